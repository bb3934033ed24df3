/** This module builds and merges page records: when a page was first and last seen, and its title. */
import { siteOf, type Page } from '../model/page';

/** A page record for one sighting of `url` at `time`. */
export function pageSeenAt(url: string, title: string, time: number): Page {
  return { url, title, site: siteOf(url), firstSeen: time, lastSeen: time };
}

/** Two records of the same page as one: the earliest first sighting, the latest last, the newest title. */
export function mergePages(a: Page, b: Page): Page {
  const [older, newer] = a.lastSeen <= b.lastSeen ? [a, b] : [b, a];
  return {
    url: a.url,
    title: newer.title || older.title,
    site: a.site || b.site,
    firstSeen: Math.min(a.firstSeen, b.firstSeen),
    lastSeen: newer.lastSeen,
  };
}

export function samePage(a: Page, b: Page): boolean {
  return (
    a.url === b.url &&
    a.title === b.title &&
    a.site === b.site &&
    a.firstSeen === b.firstSeen &&
    a.lastSeen === b.lastSeen
  );
}
