/** This module records the pages the reader annotated (first and last seen, title) and lists them. */
import type { Page } from '../model/page';
import type { Clock, Paging } from './annotations';
import { systemClock } from './annotations';
import type { SourcemarkDb } from './db';
import { mergePages, pageSeenAt } from './page-records';
import { writeSafely } from './storage-errors';

/**
 * Notes that the reader is on `url` now. The service worker calls it when a page with annotations is
 * opened; createAnnotation calls it too. Returns the page as stored.
 */
export async function recordPageVisit(
  db: SourcemarkDb,
  url: string,
  title = '',
  clock: Pick<Clock, 'now'> = systemClock,
): Promise<Page> {
  return writeSafely(() =>
    db.transaction('rw', db.pages, async () => {
      const seen = pageSeenAt(url, title, clock.now());
      const known = await db.pages.get(url);
      const page = known ? mergePages(known, seen) : seen;
      await db.pages.put(page);
      return page;
    }),
  );
}

export async function getPage(db: SourcemarkDb, url: string): Promise<Page | null> {
  return (await db.pages.get(url)) ?? null;
}

/** Pages by when they were last seen, most recent first. */
export function recentPages(db: SourcemarkDb, paging: Paging = {}): Promise<Page[]> {
  let query = db.pages.orderBy('lastSeen').reverse();
  if (paging.offset) query = query.offset(paging.offset);
  if (paging.limit !== undefined) query = query.limit(paging.limit);
  return query.toArray();
}

/** The pages of one site (host name without "www."), most recently seen first. */
export async function pagesOfSite(db: SourcemarkDb, site: string): Promise<Page[]> {
  const pages = await db.pages
    .where('site')
    .equals(site.replace(/^www\./, '').toLowerCase())
    .toArray();
  return pages.sort((a, b) => b.lastSeen - a.lastSeen);
}
