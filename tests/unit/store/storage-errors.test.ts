/**
 * A write stopped by the storage quota (simulated here below Dexie, where the browser would raise it)
 * gives the reader one clear message, and leaves everything saved before exactly as it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { createAnnotation, updateAnnotation } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { readSnapshot } from '../../../src/store/export';
import { applySnapshot } from '../../../src/store/import';
import { isQuotaError, STORAGE_FULL_MESSAGE, StorageFullError } from '../../../src/store/storage-errors';
import { annotation, draft, freshDb, postedWords, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

/** A database whose writes to `failingTable` fail with the browser's quota error while `full.on` is set. */
function dbThatFillsUp(failingTable: string): { db: SourcemarkDb; full: { on: boolean } } {
  const full = { on: false };
  const fresh = freshDb();
  fresh.use({
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) =>
            full.on && name === failingTable
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return { db: fresh, full };
}

describe('when storage is full', () => {
  it('a new annotation is refused with a clear message, and nothing half-saved remains', async () => {
    const setup = dbThatFillsUp('termPostings');
    db = setup.db;
    const clock = tickingClock();
    await createAnnotation(db, draft({ note: 'kept' }), clock);
    const before = await readSnapshot(db);
    setup.full.on = true;
    const failure = createAnnotation(db, draft({ note: 'lost' }), clock);
    await expect(failure).rejects.toThrow(StorageFullError);
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    setup.full.on = false;
    expect(await readSnapshot(db)).toEqual(before);
    expect(await postedWords(db)).toEqual({ harbour: 1, reopen: 1, kept: 1 });
  });

  it('an edit is refused and the annotation keeps its saved version', async () => {
    const setup = dbThatFillsUp('annotations');
    db = setup.db;
    const clock = tickingClock();
    const saved = await createAnnotation(db, draft({ note: 'original' }), clock);
    setup.full.on = true;
    await expect(updateAnnotation(db, saved.id, { note: 'changed' }, clock)).rejects.toThrow(
      StorageFullError,
    );
    setup.full.on = false;
    expect(await db.annotations.get(saved.id)).toEqual(saved);
  });

  it('an import stopped half-way writes nothing', async () => {
    const setup = dbThatFillsUp('pages');
    db = setup.db;
    setup.full.on = true;
    const page = {
      url: 'https://news.example/story',
      title: '',
      site: 'news.example',
      firstSeen: 1,
      lastSeen: 2,
    };
    const incoming = {
      annotations: [annotation('x-1'), annotation('x-2')],
      sources: [],
      pages: [page],
      siteSettings: [],
    };
    await expect(applySnapshot(db, incoming)).rejects.toThrow(StorageFullError);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.termPostings.count()).toBe(0);
  });
});

describe('recognizing a quota error', () => {
  it('sees through the wrappers Dexie puts around it', () => {
    const inner = new DOMException('full', 'QuotaExceededError');
    expect(isQuotaError(inner)).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner })).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: { name: 'NS_ERROR_DOM_QUOTA_REACHED' } }))).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
  });
});
