import { afterEach, describe, expect, it } from 'vitest';
import type { SourcemarkDb } from '../../../src/store/db';
import { getPage, pagesOfSite, recentPages, recordPageVisit } from '../../../src/store/pages';
import { freshDb, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

describe('pages', () => {
  it('remember when they were first and last seen, and keep the newest title', async () => {
    db = freshDb();
    const clock = tickingClock(0);
    await recordPageVisit(db, 'https://www.news.example/a', 'Old title', clock);
    await recordPageVisit(db, 'https://www.news.example/a', '', clock);
    await recordPageVisit(db, 'https://www.news.example/a', 'New title', clock);
    expect(await getPage(db, 'https://www.news.example/a')).toEqual({
      url: 'https://www.news.example/a',
      title: 'New title',
      site: 'news.example',
      firstSeen: 1000,
      lastSeen: 3000,
    });
    expect(await getPage(db, 'https://www.news.example/b')).toBeNull();
  });

  it('are listed by last visit and by site', async () => {
    db = freshDb();
    const clock = tickingClock(0);
    await recordPageVisit(db, 'https://news.example/a', 'A', clock);
    await recordPageVisit(db, 'https://other.example/b', 'B', clock);
    await recordPageVisit(db, 'https://news.example/c', 'C', clock);
    expect((await recentPages(db, { limit: 2 })).map((p) => p.title)).toEqual(['C', 'B']);
    expect((await pagesOfSite(db, 'www.news.example')).map((p) => p.title)).toEqual(['C', 'A']);
  });
});
