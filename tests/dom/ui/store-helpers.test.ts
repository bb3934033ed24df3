/**
 * The store functions the dashboard adds: search answered as a set of ids (every word must begin a word
 * of the quote, note or source), bulk tagging and deleting with their undo, and erasing everything.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { searchAnnotationIds } from '../../../src/store/annotation-ids';
import {
  deleteAnnotationsForUndo,
  restoreAnnotations,
  restoreTags,
  retagAnnotations,
} from '../../../src/store/bulk-edits';
import type { SourcemarkDb } from '../../../src/store/db';
import { eraseEverything } from '../../../src/store/erase';
import { readSnapshot } from '../../../src/store/export';
import { applySnapshot } from '../../../src/store/import';
import { saveSource } from '../../../src/store/sources';
import { annotation, freshDb, sourceNote } from './records';

let db: SourcemarkDb;
afterEach(() => db?.close());

async function seeded(): Promise<SourcemarkDb> {
  db = freshDb();
  await applySnapshot(db, {
    annotations: [
      annotation('a', {
        target: quote('Fuel surcharges will rise by a fifth'),
        note: 'Check the ministry figures',
      }),
      annotation('b', {
        target: quote('Fuel prices fell in the spring'),
        sourceName: 'Ministry of Transport',
      }),
      annotation('c', { target: quote('Three island routes could close'), tags: ['disputed'] }),
    ],
    sources: [],
    pages: [],
    siteSettings: [],
  });
  return db;
}

function quote(exact: string) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start: 0, end: exact.length },
  };
}

describe('search as ids', () => {
  it('finds annotations whose quote, note or source has words beginning with every query word', async () => {
    await seeded();
    expect((await searchAnnotationIds(db, 'fuel'))?.ids).toEqual(new Set(['a', 'b']));
    expect((await searchAnnotationIds(db, 'fuel minist'))?.ids).toEqual(new Set(['a', 'b']));
    expect((await searchAnnotationIds(db, 'surcharge figures'))?.ids).toEqual(new Set(['a']));
    expect((await searchAnnotationIds(db, 'fuel island'))?.ids).toEqual(new Set());
  });

  it('says which words it left out, and searches nothing for a query of common words only', async () => {
    await seeded();
    expect(await searchAnnotationIds(db, 'the of')).toEqual({ ids: null, ignored: ['the', 'of'] });
  });
});

describe('bulk tagging', () => {
  it('adds a tag to many annotations in one go, and undoing gives each its own tags back', async () => {
    await seeded();
    const { changed, previous } = await retagAnnotations(db, ['a', 'b', 'c'], { add: ['Needs source'] });
    expect(changed.map((a) => a.tags)).toEqual([
      ['needs-source'],
      ['needs-source'],
      ['disputed', 'needs-source'],
    ]);
    expect((await db.annotations.get('c'))?.tags).toEqual(['disputed', 'needs-source']);
    await restoreTags(db, previous);
    expect((await db.annotations.bulkGet(['a', 'b', 'c'])).map((a) => a?.tags)).toEqual([
      [],
      [],
      ['disputed'],
    ]);
  });

  it('removes a tag, touching only the annotations that had it', async () => {
    await seeded();
    const { changed } = await retagAnnotations(db, ['a', 'c'], { remove: ['disputed'] });
    expect(changed.map((a) => a.id)).toEqual(['c']);
    expect((await searchAnnotationIds(db, 'island'))?.ids).toEqual(new Set(['c']));
  });
});

describe('bulk deleting', () => {
  it('deletes many at once (and from the search index), and undoing puts them back exactly', async () => {
    await seeded();
    const before = await readSnapshot(db);
    const deleted = await deleteAnnotationsForUndo(db, ['a', 'b', 'missing']);
    expect(deleted.map((a) => a.id)).toEqual(['a', 'b']);
    expect(await db.annotations.count()).toBe(1);
    expect((await searchAnnotationIds(db, 'fuel'))?.ids).toEqual(new Set());
    expect(await restoreAnnotations(db, deleted)).toBe(2);
    expect(await readSnapshot(db)).toEqual(before);
    expect((await searchAnnotationIds(db, 'fuel'))?.ids).toEqual(new Set(['a', 'b']));
  });
});

describe('erasing everything', () => {
  it('empties every table', async () => {
    await seeded();
    await saveSource(db, { ...sourceNote('s'), id: 's' });
    await db.siteSettings.put({ site: 'harbour-ledger.example', autoHighlight: false });
    await eraseEverything(db);
    expect(await readSnapshot(db)).toEqual({ annotations: [], sources: [], pages: [], siteSettings: [] });
    expect(await db.termPostings.count()).toBe(0);
  });
});
