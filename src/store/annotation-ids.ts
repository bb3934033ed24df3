/**
 * This module answers "which annotations match this search" as a set of ids, for views that combine
 * full-text search with their own filters and sorting (the dashboard). It reads the same search index as
 * `searchAnnotations` and matches the same way: every query word must begin a word of the annotation.
 * The rarest word's matches are read first; the other words are then checked on those rows alone, so a
 * common word ("said") costs no more than the rare word beside it.
 */
import type { SourcemarkDb } from './db';
import { idOfIndexKey, type AnnotationIndexRecord } from './records';
import { queryTerms } from './search-terms';

export interface SearchIds {
  /** The ids of every matching annotation; null when the query has no word to search for. */
  readonly ids: ReadonlySet<string> | null;
  /** Query words left out: too short, or too common to be indexed. */
  readonly ignored: readonly string[];
}

function matchesAll(row: AnnotationIndexRecord, terms: readonly string[]): boolean {
  return terms.every((term) => row.terms.some((word) => word.startsWith(term)));
}

export async function searchAnnotationIds(db: SourcemarkDb, query: string): Promise<SearchIds> {
  const { terms, ignored } = queryTerms(query);
  if (terms.length === 0) return { ids: null, ignored };
  const counts = await Promise.all(
    terms.map((term) => db.annotationIndex.where('terms').startsWith(term).count()),
  );
  const order = terms.map((term, i) => ({ term, count: counts[i] ?? 0 })).sort((a, b) => a.count - b.count);
  const [rarest, ...others] = order;
  if (!rarest || rarest.count === 0) return { ids: new Set(), ignored };
  // A row matches once per word with that beginning ("minister", "ministry"): keep each key once.
  const keys = [...new Set(await db.annotationIndex.where('terms').startsWith(rarest.term).primaryKeys())];
  if (others.length === 0) return { ids: new Set(keys.map(idOfIndexKey)), ignored };
  const rest = others.map((o) => o.term);
  const rows = await db.annotationIndex.bulkGet(keys);
  const ids = new Set<string>();
  for (const row of rows) if (row && matchesAll(row, rest)) ids.add(idOfIndexKey(row.key));
  return { ids, ignored };
}
