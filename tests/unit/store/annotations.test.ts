import { afterEach, describe, expect, it } from 'vitest';
import {
  annotationsByTag,
  annotationsBySource,
  annotationsForPage,
  countAnnotations,
  createAnnotation,
  deleteAnnotation,
  deleteAnnotations,
  getAnnotation,
  recentAnnotations,
  tagCounts,
  updateAnnotation,
} from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { searchAnnotations } from '../../../src/store/search';
import { draft, freshDb, postedWords, quoteTarget, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

describe('saving an annotation', () => {
  it('fills in id, times and anchoring status, and stores tags lower-case without repeats', async () => {
    db = freshDb();
    const clock = tickingClock();
    const saved = await createAnnotation(
      db,
      draft({ tags: ['Disputed', 'disputed', 'needs source'] }),
      clock,
    );
    expect(saved).toMatchObject({ id: 'a-1', anchor: 'anchored', tags: ['disputed', 'needs-source'] });
    expect(saved.created).toBe(saved.updated);
    expect(await getAnnotation(db, 'a-1')).toEqual(saved);
  });

  it('records the page it was made on, with its title, first and last seen', async () => {
    db = freshDb();
    const clock = tickingClock();
    const first = await createAnnotation(db, draft({ pageTitle: 'Harbour to reopen' }), clock);
    const second = await createAnnotation(db, draft({ pageTitle: undefined }), clock);
    expect(await db.pages.get('https://news.example/story')).toEqual({
      url: 'https://news.example/story',
      title: 'Harbour to reopen',
      site: 'news.example',
      firstSeen: first.created,
      lastSeen: second.created,
    });
  });
});

describe('reading annotations', () => {
  it("lists a page's annotations in reading order, and only that page's", async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft({ target: quoteTarget('later words', 500) }), clock);
    await createAnnotation(db, draft({ target: quoteTarget('early words', 20) }), clock);
    await createAnnotation(db, draft({ pageUrl: 'https://news.example/other' }), clock);
    const found = await annotationsForPage(db, 'https://news.example/story');
    expect(found.map((a) => a.target.quote.exact)).toEqual(['early words', 'later words']);
  });

  it('finds annotations by tag, newest first, whatever the case of the tag asked for', async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft({ tags: ['disputed'] }), clock);
    await createAnnotation(db, draft({ tags: ['verified'] }), clock);
    await createAnnotation(db, draft({ tags: ['disputed', 'verified'] }), clock);
    expect((await annotationsByTag(db, 'Disputed')).map((a) => a.id)).toEqual(['a-3', 'a-1']);
    expect((await annotationsByTag(db, 'disputed', { limit: 1 })).map((a) => a.id)).toEqual(['a-3']);
    expect(await tagCounts(db)).toEqual([
      { tag: 'disputed', count: 2 },
      { tag: 'verified', count: 2 },
    ]);
  });

  it('finds annotations by source under any spelling of its name', async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft({ sourceName: 'The Ministry of Health' }), clock);
    await createAnnotation(db, draft({ sourceName: 'ministry of health' }), clock);
    await createAnnotation(db, draft({ sourceName: 'Ministère de la Santé' }), clock);
    await createAnnotation(db, draft({ sourceName: null }), clock);
    expect((await annotationsBySource(db, 'MINISTRY OF HEALTH')).map((a) => a.id)).toEqual(['a-2', 'a-1']);
    expect((await annotationsBySource(db, 'ministere de la sante')).map((a) => a.id)).toEqual(['a-3']);
    expect(await annotationsBySource(db, 'the')).toEqual([]);
  });

  it('lists the most recently edited first', async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft(), clock);
    await createAnnotation(db, draft(), clock);
    await updateAnnotation(db, 'a-1', { note: 'edited' }, clock);
    expect((await recentAnnotations(db)).map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect((await recentAnnotations(db, { offset: 1, limit: 5 })).map((a) => a.id)).toEqual(['a-2']);
    expect(await countAnnotations(db)).toBe(2);
  });
});

describe('editing and deleting', () => {
  it('updates the note and tags, moves the time forward and keeps search in step', async () => {
    db = freshDb();
    const clock = tickingClock();
    const saved = await createAnnotation(db, draft({ note: 'first thoughts' }), clock);
    const edited = await updateAnnotation(db, saved.id, { note: 'checked with the port authority' }, clock);
    expect(edited.updated).toBeGreaterThan(saved.updated);
    expect(edited.created).toBe(saved.created);
    expect((await searchAnnotations(db, 'thoughts')).total).toBe(0);
    expect((await searchAnnotations(db, 'authority')).annotations).toEqual([edited]);
    expect(await postedWords(db)).toEqual({ harbour: 1, reopen: 1, checked: 1, port: 1, authority: 1 });
  });

  it('refuses to edit an annotation that was deleted', async () => {
    db = freshDb();
    await expect(updateAnnotation(db, 'gone', { note: 'x' })).rejects.toThrow('no longer exists');
  });

  it('deletes the annotation with its search entries', async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft({ note: 'harbour' }), clock);
    await createAnnotation(db, draft({ note: 'harbour' }), clock);
    await createAnnotation(db, draft({ note: 'harbour' }), clock);
    await deleteAnnotation(db, 'a-1');
    await deleteAnnotations(db, ['a-2', 'not-there']);
    expect((await db.annotations.toArray()).map((a) => a.id)).toEqual(['a-3']);
    expect(await postedWords(db)).toEqual({ harbour: 1, reopen: 1 });
    expect((await searchAnnotations(db, 'harbour')).total).toBe(1);
  });
});
