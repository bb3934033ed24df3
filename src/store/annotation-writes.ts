/**
 * This module writes annotations together with their search-index rows. Callers run it inside one
 * read-write transaction over `annotations` and `annotationIndex`, so a record and its index row are
 * saved, or dropped, together.
 */
import type { Annotation } from '../model/annotation';
import type { SourcemarkDb } from './db';
import { indexKeyOf, indexRecordOf } from './records';

/** Saves `next`; `previous[i]` is the stored version `next[i]` replaces, if any. */
export async function writeAnnotations(
  db: SourcemarkDb,
  next: readonly Annotation[],
  previous: readonly (Annotation | undefined)[],
): Promise<void> {
  const stale = previous.filter((old): old is Annotation => old !== undefined).map(indexKeyOf);
  if (stale.length > 0) await db.annotationIndex.bulkDelete(stale);
  if (next.length === 0) return;
  await db.annotations.bulkPut([...next]);
  await db.annotationIndex.bulkPut(next.map(indexRecordOf));
}

/** Deletes stored annotations and their index rows. */
export async function removeAnnotations(db: SourcemarkDb, stored: readonly Annotation[]): Promise<void> {
  if (stored.length === 0) return;
  await db.annotationIndex.bulkDelete(stored.map(indexKeyOf));
  await db.annotations.bulkDelete(stored.map((annotation) => annotation.id));
}
