/**
 * This module shows the reader's rating of the current site on the toolbar icon: a short word on a
 * colored badge, and the rating written out in the icon's tooltip. Sourcemark has no `tabs` permission,
 * so it learns which site a tab shows when that tab's content script says hello (`settings/site`, sent as
 * it starts); the tab-to-site map is kept in session storage, as the service worker may be stopped at any
 * time. After a rating changes, extension pages ask for `badge/refresh`.
 */
import browser from 'webextension-polyfill';
import { siteOf } from '../../src/model/page';
import { RATING_LABELS, type ReliabilityRating } from '../../src/model/source-note';
import type { SourcemarkDb } from '../../src/store/db';
import { sourceForDomain } from '../../src/store/sources';
import { classifySender } from '../shared/sender';

const TABS_KEY = 'badgeTabs';

/** Badge text (a few letters, the badge is tiny) and a background white text reads on at WCAG AA. */
export const BADGES: Readonly<Record<ReliabilityRating, { text: string; color: string }>> = {
  reliable: { text: 'REL', color: '#1e7b34' },
  'mostly-reliable': { text: 'MOST', color: '#1f5f99' },
  mixed: { text: 'MIX', color: '#8a5a00' },
  unreliable: { text: 'UNR', color: '#b3261e' },
  unknown: { text: '?', color: '#5f6368' },
};

type TabSites = Record<string, string>;

async function tabSites(): Promise<TabSites> {
  const stored = await browser.storage.session.get(TABS_KEY);
  const value: unknown = stored[TABS_KEY];
  return value && typeof value === 'object' ? (value as TabSites) : {};
}

async function rememberTab(tabId: number, site: string | null): Promise<void> {
  const sites = await tabSites();
  if (site === null) delete sites[tabId];
  else sites[tabId] = site;
  await browser.storage.session.set({ [TABS_KEY]: sites });
}

/** Paints one tab's badge for `site`: the rating, or nothing when the reader has not rated it. */
export async function showSiteRating(db: SourcemarkDb, tabId: number, site: string): Promise<void> {
  const note = site ? await sourceForDomain(db, site) : null;
  const action = browser.action;
  if (!note) {
    await action.setBadgeText({ tabId, text: '' });
    await action.setTitle({ tabId, title: 'Sourcemark' });
    return;
  }
  const badge = BADGES[note.rating];
  await action.setBadgeText({ tabId, text: badge.text });
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  // Chromium before 110 has no text color (it picks one).
  if (typeof action.setBadgeTextColor === 'function')
    await action.setBadgeTextColor({ tabId, color: '#ffffff' });
  await action.setTitle({ tabId, title: `Sourcemark — ${site}: you rated it ${RATING_LABELS[note.rating]}` });
}

/** Repaints every known tab's badge (after the reader rated or unrated an outlet). */
export async function refreshBadges(db: SourcemarkDb): Promise<void> {
  const sites = await tabSites();
  await Promise.all(
    Object.entries(sites).map(([tabId, site]) =>
      // A tab closed meanwhile: forget it.
      showSiteRating(db, Number(tabId), site).catch(() => rememberTab(Number(tabId), null)),
    ),
  );
}

export function registerBadge(db: SourcemarkDb): void {
  // A second listener beside the router's: it only watches content scripts starting, and never replies.
  browser.runtime.onMessage.addListener((message: unknown, rawSender: browser.Runtime.MessageSender) => {
    const sender = classifySender(rawSender, browser.runtime);
    const name = message && typeof message === 'object' && 'name' in message ? message.name : null;
    if (sender?.kind !== 'content-script' || sender.tabId === undefined || name !== 'settings/site') return;
    const { tabId } = sender;
    const site = siteOf(sender.url);
    void rememberTab(tabId, site)
      .then(() => showSiteRating(db, tabId, site))
      .catch(() => undefined);
  });
  browser.tabs.onRemoved.addListener((tabId) => void rememberTab(tabId, null).catch(() => undefined));
}
