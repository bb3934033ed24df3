/**
 * This module writes annotations together with their search index: the posting lists of their words
 * and source (term-postings.ts). Callers run it inside one read-write transaction over
 * `annotationTables(db)`, so a record and its index are saved, or dropped, together.
 */
import type { Annotation } from '../model/annotation';
import type { SourcemarkDb } from './db';
import { indexedWordsOf } from './records';
import { addPostings, removePostings } from './term-postings';

/** The tables an annotation write touches: open the transaction over these. */
export function annotationTables(db: SourcemarkDb) {
  return [db.annotations, db.termPostings];
}

/**
 * Takes stored annotations out of the search index. Their words are worked out again, the same way as
 * when they were indexed (search-terms.ts: a change there comes with a schema version that rebuilds the
 * posting lists).
 */
async function unindex(db: SourcemarkDb, stored: readonly Annotation[]): Promise<void> {
  if (stored.length > 0) await removePostings(db.termPostings, stored.map(indexedWordsOf));
}

/** Saves `next`; `previous[i]` is the stored version `next[i]` replaces, if any. */
export async function writeAnnotations(
  db: SourcemarkDb,
  next: readonly Annotation[],
  previous: readonly (Annotation | undefined)[],
): Promise<void> {
  await unindex(
    db,
    previous.filter((old): old is Annotation => old !== undefined),
  );
  if (next.length === 0) return;
  await db.annotations.bulkPut([...next]);
  await addPostings(db.termPostings, next.map(indexedWordsOf));
}

/** Deletes stored annotations and their index. */
export async function removeAnnotations(db: SourcemarkDb, stored: readonly Annotation[]): Promise<void> {
  if (stored.length === 0) return;
  await unindex(db, stored);
  await db.annotations.bulkDelete(stored.map((annotation) => annotation.id));
}
