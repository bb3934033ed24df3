/**
 * The posting lists behind full-text search: words are grouped by their first letters, a few annotations
 * saved at a time join the newest row of each group, an import writes rows of its own, and whatever is
 * removed or edited leaves no word behind that would find it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotations, updateAnnotation } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { applySnapshot } from '../../../src/store/import';
import { searchAnnotations } from '../../../src/store/search';
import { EMPTY_SNAPSHOT } from '../../../src/store/snapshot';
import { BUCKET_LENGTH, ROW_CAPACITY } from '../../../src/store/term-postings';
import { annotation, draft, freshDb, postedWords, quoteTarget, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

const ids = async (query: string) =>
  (await searchAnnotations(db, query, { limit: 1000 })).annotations.map((a) => a.id);

function imported(count: number, text: (i: number) => string) {
  return Array.from({ length: count }, (_, i) =>
    annotation(`imp-${i}`, { target: quoteTarget(text(i)), created: 1_000 + i, updated: 1_000 + i }),
  );
}

describe('the posting lists', () => {
  it('find words of every length from two letters, across the groups they fall in', async () => {
    db = freshDb();
    const clock = tickingClock();
    await createAnnotation(db, draft({ target: quoteTarget('Ministers met') }), clock);
    await createAnnotation(db, draft({ target: quoteTarget('The ministry agreed') }), clock);
    await createAnnotation(db, draft({ target: quoteTarget('A mine closed') }), clock);
    expect(BUCKET_LENGTH).toBe(4);
    expect(await ids('mi')).toEqual(['a-3', 'a-2', 'a-1']);
    expect(await ids('min')).toEqual(['a-3', 'a-2', 'a-1']);
    expect(await ids('mini')).toEqual(['a-2', 'a-1']);
    expect(await ids('ministry')).toEqual(['a-2']);
    expect(await ids('mine')).toEqual(['a-3']);
  });

  it('keep words that are also names of object properties apart from them', async () => {
    db = freshDb();
    await createAnnotation(
      db,
      draft({ target: quoteTarget('The constructor said hasOwnProperty') }),
      tickingClock(),
    );
    expect(await ids('constructor')).toEqual(['a-1']);
    expect(await ids('hasownproperty')).toEqual(['a-1']);
    expect(await ids('valueof')).toEqual([]);
  });

  it('add annotations saved one by one to the newest row until it is full', async () => {
    db = freshDb();
    const clock = tickingClock();
    const count = ROW_CAPACITY + 5;
    await applySnapshot(db, { ...EMPTY_SNAPSHOT, annotations: imported(count, () => 'harbour') });
    const afterImport = await db.termPostings.count();
    for (let i = 0; i < 3; i++) await createAnnotation(db, draft({ target: quoteTarget('harbour') }), clock);
    // The import's row is full: the first single save starts a row, the next two join it.
    expect(await db.termPostings.count()).toBe(afterImport + 1);
    expect((await searchAnnotations(db, 'harbour')).total).toBe(count + 3);
  });

  it('write an import as rows of its own, one per group of words', async () => {
    db = freshDb();
    await applySnapshot(db, {
      ...EMPTY_SNAPSHOT,
      annotations: imported(200, (i) => (i % 2 ? 'ferry fuel' : 'ferry timetable')),
    });
    // "ferr", "fuel", "time": the 200 annotations' 400 words make three rows.
    expect(await db.termPostings.count()).toBe(3);
    expect(await postedWords(db)).toEqual({ ferry: 200, fuel: 100, timetable: 100 });
    expect((await searchAnnotations(db, 'ferry fuel')).total).toBe(100);
  });

  it('forget the words of deleted annotations, and the old words of edited ones', async () => {
    db = freshDb();
    const clock = tickingClock();
    await applySnapshot(db, { ...EMPTY_SNAPSHOT, annotations: imported(120, () => 'ferry fuel') });
    await createAnnotation(db, draft({ target: quoteTarget('ferry strike'), note: 'first thoughts' }), clock);
    await updateAnnotation(db, 'a-1', { note: 'second look' }, clock);
    expect(await ids('thoughts')).toEqual([]);
    expect(await ids('second')).toEqual(['a-1']);
    await deleteAnnotations(
      db,
      Array.from({ length: 120 }, (_, i) => `imp-${i}`),
    );
    expect(await postedWords(db)).toEqual({ ferry: 1, strike: 1, second: 1, look: 1 });
    await deleteAnnotations(db, ['a-1']);
    expect(await db.termPostings.count()).toBe(0);
  });

  it('index an import that replaces older versions under the new words only', async () => {
    db = freshDb();
    const old = imported(60, () => 'ferry fuel');
    await applySnapshot(db, { ...EMPTY_SNAPSHOT, annotations: old });
    const newer = old.map((a) => ({ ...a, note: 'timetable', updated: a.updated + 10_000 }));
    const summary = await applySnapshot(db, { ...EMPTY_SNAPSHOT, annotations: newer });
    expect(summary.annotations).toEqual({ added: 0, updated: 60, unchanged: 0 });
    expect(await postedWords(db)).toEqual({ ferry: 60, fuel: 60, timetable: 60 });
    expect((await searchAnnotations(db, 'timetable')).total).toBe(60);
  });
});
