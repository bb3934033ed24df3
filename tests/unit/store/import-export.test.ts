/**
 * Export and import through the database: a full backup imported into an empty database gives identical
 * data; importing the same file twice adds nothing the second time; a refused file changes nothing.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, updateAnnotation } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { readSnapshot } from '../../../src/store/export';
import { exportBackupFiles, exportFile } from '../../../src/store/export-file';
import { ImportRefusedError, importFileText } from '../../../src/store/import-file';
import { recordPageVisit } from '../../../src/store/pages';
import { searchAnnotations } from '../../../src/store/search';
import { saveSource } from '../../../src/store/sources';
import { annotation, draft, freshDb, postedWords, quoteTarget, tickingClock } from './helpers';

const dbs: SourcemarkDb[] = [];
function newDb(): SourcemarkDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

/** A database with a bit of everything. */
async function filled(): Promise<SourcemarkDb> {
  const db = newDb();
  const clock = tickingClock();
  await createAnnotation(
    db,
    draft({ tags: ['disputed'], note: 'Harbour <b>note</b>', sourceName: 'KCNA' }),
    clock,
  );
  await createAnnotation(
    db,
    draft({
      pageUrl: 'https://other.example/b',
      target: quoteTarget('🚢 ferry', 9),
      kind: 'highlight',
      stance: null,
    }),
    clock,
  );
  await updateAnnotation(db, 'a-1', { anchor: 'needs-review' }, clock);
  await saveSource(
    db,
    {
      name: 'KCNA',
      aliases: ['Korean Central News Agency'],
      domain: null,
      rating: 'unreliable',
      note: '',
      evidence: [],
    },
    clock,
  );
  await recordPageVisit(db, 'https://third.example/c', 'Visited, no annotations', clock);
  await db.siteSettings.put({ site: 'news.example', autoHighlight: false });
  return db;
}

describe('a full backup', () => {
  it('imported into an empty database gives identical data, search index included', async () => {
    const source = await filled();
    const file = await exportFile(source, 'backup');
    const target = newDb();
    const { summary } = await importFileText(target, file.text);
    expect(summary.annotations).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await readSnapshot(target)).toEqual(await readSnapshot(source));
    expect(await postedWords(target)).toEqual(await postedWords(source));
    expect(await target.sources.toArray()).toEqual(await source.sources.toArray());
    expect((await searchAnnotations(target, 'harbour')).total).toBe(1);
  });

  it('imported twice adds nothing the second time', async () => {
    const source = await filled();
    const { text } = await exportFile(source, 'backup');
    const target = newDb();
    await importFileText(target, text);
    const before = await readSnapshot(target);
    const { summary } = await importFileText(target, text);
    expect(summary).toEqual({
      annotations: { added: 0, updated: 0, unchanged: 2 },
      sources: { added: 0, updated: 0, unchanged: 1 },
      pages: { added: 0, updated: 0, unchanged: 3 },
      siteSettings: { added: 0, updated: 0, unchanged: 1 },
    });
    expect(await readSnapshot(target)).toEqual(before);
    expect(await postedWords(target)).toEqual(await postedWords(source));
  });

  it('does not overwrite an annotation edited since the backup, and updates an older one', async () => {
    const db = await filled();
    const { text } = await exportFile(db, 'backup');
    const edited = await updateAnnotation(
      db,
      'a-1',
      { note: 'edited after the backup' },
      tickingClock(Date.UTC(2027, 0, 1)),
    );
    await importFileText(db, text);
    expect(await db.annotations.get('a-1')).toEqual(edited);
    const other = newDb();
    await other.annotations.put(annotation('a-2', { updated: 0 }));
    const { summary } = await importFileText(other, text);
    expect(summary.annotations).toEqual({ added: 1, updated: 1, unchanged: 0 });
  });

  it('split into parts, each part imports on its own', async () => {
    const db = await filled();
    const files = await exportBackupFiles(db);
    expect(files).toHaveLength(1);
    const target = newDb();
    for (const file of files) await importFileText(target, file.text);
    expect(await readSnapshot(target)).toEqual(await readSnapshot(db));
  });
});

describe('a refused file', () => {
  it('leaves the database exactly as it was', async () => {
    const db = await filled();
    const before = await readSnapshot(db);
    const backup = JSON.parse((await exportFile(db, 'backup')).text) as {
      annotations: Record<string, unknown>[];
    };
    backup.annotations.push({ ...backup.annotations[0], id: 'new-one', kind: 'rumour' });
    const failure = importFileText(db, JSON.stringify(backup));
    await expect(failure).rejects.toThrow(ImportRefusedError);
    await expect(failure).rejects.toThrow(/annotations\[2\]\.kind/);
    expect(await readSnapshot(db)).toEqual(before);
    await expect(importFileText(db, '{"broken": ')).rejects.toThrow(/line 1, column 12/);
    expect(await readSnapshot(db)).toEqual(before);
  });
});

describe('W3C and Hypothesis files', () => {
  it('our W3C export imports back into an empty database as the same annotations', async () => {
    const db = await filled();
    const target = newDb();
    await importFileText(target, (await exportFile(db, 'w3c')).text);
    expect((await readSnapshot(target)).annotations).toEqual((await readSnapshot(db)).annotations);
  });

  it('a Hypothesis export imported twice creates no duplicates', async () => {
    const text = readFileSync(
      new URL('../../fixtures/formats/hypothesis-export.json', import.meta.url),
      'utf8',
    );
    const db = newDb();
    const first = await importFileText(db, text);
    const second = await importFileText(db, text);
    expect(first.summary.annotations).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(second.summary.annotations).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(await db.annotations.count()).toBe(2);
    expect((await searchAnnotations(db, 'ferry twice')).total).toBe(1);
  });
});
