/**
 * This module tells open tabs and the service worker that the reader changed something from an extension
 * page: tabs repaint their annotations (`page/annotations-changed`), the service worker redraws the
 * toolbar badges when ratings changed. Tabs without Sourcemark (browser pages) simply do not answer.
 */
import browser from 'webextension-polyfill';
import { askBackground, askTab } from '../../shared/ask';

export async function notifyTab(tabId: number): Promise<void> {
  await askTab(tabId, 'page/annotations-changed', {}).catch(() => undefined);
}

/** Every tab repaints its annotations: the dashboard does not know which tab shows which page. */
export async function notifyAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : notifyTab(tab.id))));
}

export async function refreshBadges(): Promise<void> {
  await askBackground('badge/refresh', {}).catch(() => undefined);
}
