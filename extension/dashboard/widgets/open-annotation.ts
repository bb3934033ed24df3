/**
 * This module opens the page an annotation was made on and scrolls it there: in a new tab from the
 * dashboard, in the current tab from the side panel (or just scrolls, when that tab already shows the
 * page). The content script needs a moment to place the page's annotations, so the reveal is asked again
 * until it succeeds or the page has had long enough.
 */
import browser from 'webextension-polyfill';
import type { Annotation } from '../../../src/model/annotation';
import { normalizePageUrl } from '../../../src/model/page';
import { askTab } from '../../shared/ask';

const REVEAL_TIMEOUT_MS = 15_000;
const RETRY_MS = 250;

async function reveal(tabId: number, annotationId: string): Promise<boolean> {
  return askTab(tabId, 'page/reveal', { annotationId }).catch(() => false);
}

export async function revealWhenReady(
  tabId: number,
  annotationId: string,
  timeout = REVEAL_TIMEOUT_MS,
): Promise<boolean> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await reveal(tabId, annotationId)) return true;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  return false;
}

async function showsPage(tabId: number, pageUrl: string): Promise<boolean> {
  const location = await askTab(tabId, 'page/location', {}).catch(() => null);
  return location !== null && normalizePageUrl(location) === pageUrl;
}

export async function openAnnotation(
  annotation: Pick<Annotation, 'id' | 'pageUrl'>,
  where: 'new-tab' | 'current-tab',
): Promise<boolean> {
  if (where === 'current-tab') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) {
      if (await showsPage(tab.id, annotation.pageUrl)) return revealWhenReady(tab.id, annotation.id);
      await browser.tabs.update(tab.id, { url: annotation.pageUrl });
      return revealWhenReady(tab.id, annotation.id);
    }
  }
  const tab = await browser.tabs.create({ url: annotation.pageUrl, active: true });
  return tab.id === undefined ? false : revealWhenReady(tab.id, annotation.id);
}

/** Opens a page (no annotation to scroll to): a new tab from the dashboard, the current one from the panel. */
export async function openPage(url: string, where: 'new-tab' | 'current-tab'): Promise<void> {
  if (where === 'current-tab') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { url });
      return;
    }
  }
  await browser.tabs.create({ url, active: true });
}
