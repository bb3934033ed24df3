/**
 * This module answers "which annotations match this search" as a set of ids, for views that combine
 * full-text search with their own filters and sorting (the dashboard). It reads the same posting lists
 * as `searchAnnotations` and matches the same way: every query word must begin a word of the annotation.
 */
import type { SourcemarkDb } from './db';
import { idOfIndexKey } from './records';
import { queryTerms } from './search-terms';
import { keysMatchingAll } from './term-postings';

export interface SearchIds {
  /** The ids of every matching annotation; null when the query has no word to search for. */
  readonly ids: ReadonlySet<string> | null;
  /** Query words left out: too short, or too common to be indexed. */
  readonly ignored: readonly string[];
}

export async function searchAnnotationIds(db: SourcemarkDb, query: string): Promise<SearchIds> {
  const { terms, ignored } = queryTerms(query);
  if (terms.length === 0) return { ids: null, ignored };
  const keys = await keysMatchingAll(db.termPostings, terms);
  return { ids: new Set([...keys].map(idOfIndexKey)), ignored };
}
