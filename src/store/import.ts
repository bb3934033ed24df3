/**
 * This module writes an imported file's records into the database in one transaction: all of them or,
 * if anything fails (the quota, a crash), none. Records already present are matched by id (pages by
 * URL), and the newer version wins, so importing the same file twice changes nothing the second time.
 */
import type { Annotation } from '../model/annotation';
import type { Page } from '../model/page';
import type { SourceNote } from '../model/source-note';
import { annotationTables, writeAnnotations } from './annotation-writes';
import type { SiteSettingsRecord, SourcemarkDb } from './db';
import { mergePages, samePage } from './page-records';
import { storedSourceOf, type StoredSource } from './records';
import type { Snapshot } from './snapshot';
import { writeSafely } from './storage-errors';

export interface ImportCounts {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
}

export interface ImportSummary {
  readonly annotations: ImportCounts;
  readonly sources: ImportCounts;
  readonly pages: ImportCounts;
  readonly siteSettings: ImportCounts;
}

interface Decision<T> {
  readonly write: T[];
  readonly replaced: (T | undefined)[];
  readonly counts: ImportCounts;
}

/** For each incoming record: add it, replace the stored one, or leave the stored one (`pick` decides). */
function decide<T>(
  incoming: readonly T[],
  stored: readonly (T | undefined)[],
  pick: (incoming: T, stored: T) => T | null,
): Decision<T> {
  const write: T[] = [];
  const replaced: (T | undefined)[] = [];
  let added = 0;
  let updated = 0;
  incoming.forEach((record, i) => {
    const old = stored[i];
    const chosen = old === undefined ? record : pick(record, old);
    if (chosen === null) return;
    write.push(chosen);
    replaced.push(old);
    if (old === undefined) added++;
    else updated++;
  });
  return { write, replaced, counts: { added, updated, unchanged: incoming.length - added - updated } };
}

/**
 * The stored versions of the annotations `ids`, in order. Most of an import is usually new: the ids
 * present are found with one read of the keys in the file's id range, and only those are read in full.
 */
async function storedAnnotations(
  db: SourcemarkDb,
  ids: readonly string[],
): Promise<(Annotation | undefined)[]> {
  if (ids.length === 0) return [];
  let lowest = ids[0] ?? '';
  let highest = lowest;
  for (const id of ids) {
    if (id < lowest) lowest = id;
    if (id > highest) highest = id;
  }
  const present = new Set(
    await db.annotations.where(':id').between(lowest, highest, true, true).primaryKeys(),
  );
  const known = ids.filter((id) => present.has(id));
  if (known.length === 0) return ids.map(() => undefined);
  const found = new Map<string, Annotation>();
  for (const annotation of await db.annotations.bulkGet(known))
    if (annotation) found.set(annotation.id, annotation);
  return ids.map((id) => found.get(id));
}

const newer = <T extends { updated: number }>(incoming: T, stored: T): T | null =>
  incoming.updated > stored.updated ? incoming : null;

export async function applySnapshot(db: SourcemarkDb, incoming: Snapshot): Promise<ImportSummary> {
  const tables = [...annotationTables(db), db.sources, db.pages, db.siteSettings];
  return writeSafely(() =>
    db.transaction('rw', tables, async () => {
      const annotations = decide<Annotation>(
        incoming.annotations,
        await storedAnnotations(
          db,
          incoming.annotations.map((a) => a.id),
        ),
        newer,
      );
      await writeAnnotations(db, annotations.write, annotations.replaced);

      const sources = decide<StoredSource>(
        incoming.sources.map((s: SourceNote) => storedSourceOf(s)),
        await db.sources.bulkGet(incoming.sources.map((s) => s.id)),
        newer,
      );
      if (sources.write.length) await db.sources.bulkPut(sources.write);

      const pages = decide<Page>(
        incoming.pages,
        await db.pages.bulkGet(incoming.pages.map((p) => p.url)),
        (next, old) => {
          const merged = mergePages(old, next);
          return samePage(merged, old) ? null : merged;
        },
      );
      if (pages.write.length) await db.pages.bulkPut(pages.write);

      // Settings carry no time: the file is what the reader chose to restore.
      const siteSettings = decide<SiteSettingsRecord>(
        incoming.siteSettings,
        await db.siteSettings.bulkGet(incoming.siteSettings.map((s) => s.site)),
        (next, old) => (next.autoHighlight === old.autoHighlight ? null : next),
      );
      if (siteSettings.write.length) await db.siteSettings.bulkPut(siteSettings.write);

      return {
        annotations: annotations.counts,
        sources: sources.counts,
        pages: pages.counts,
        siteSettings: siteSettings.counts,
      };
    }),
  );
}
