/**
 * This module is full-text search over quotes, notes and source names. Every query word must begin a word
 * of the annotation ("vacc minist" finds "vaccines … Ministry"). The index rows are keyed by
 * time, so the matches are intersected and sorted newest first on keys alone; only the page of
 * results shown is read from the annotations table.
 */
import type { Annotation } from '../model/annotation';
import type { Paging } from './annotations';
import type { SourcemarkDb } from './db';
import { idOfIndexKey } from './records';
import { queryTerms } from './search-terms';

export interface SearchResult {
  /** How many annotations match in all. */
  readonly total: number;
  /** The requested slice of them, newest first. */
  readonly annotations: Annotation[];
  /** Query words left out: too short, or too common to be indexed ("the", "of"). */
  readonly ignored: readonly string[];
}

export const DEFAULT_SEARCH_LIMIT = 50;

/** The index keys of the annotations having a word that starts with `term`, by id. */
async function matchesOf(db: SourcemarkDb, term: string): Promise<Map<string, string>> {
  const keys = await db.annotationIndex.where('terms').startsWith(term).primaryKeys();
  // A record matches once per word with that beginning ("minister", "ministry"): the map keeps one.
  return new Map(keys.map((key) => [idOfIndexKey(key), key]));
}

export async function searchAnnotations(
  db: SourcemarkDb,
  query: string,
  paging: Paging = {},
): Promise<SearchResult> {
  const { terms, ignored } = queryTerms(query);
  if (terms.length === 0) return { total: 0, annotations: [], ignored };
  // Longest words first: they tend to match least, and an empty set ends the search early.
  let matches: Map<string, string> | null = null;
  for (const term of terms) {
    const found = await matchesOf(db, term);
    if (matches) {
      for (const id of matches.keys()) if (!found.has(id)) matches.delete(id);
    } else {
      matches = found;
    }
    if (matches.size === 0) break;
  }
  // Index keys sort by time then id: descending key order is newest first.
  const ranked = [...(matches?.values() ?? [])].sort().reverse();
  const offset = paging.offset ?? 0;
  const limit = paging.limit ?? DEFAULT_SEARCH_LIMIT;
  const ids = ranked.slice(offset, offset + limit).map(idOfIndexKey);
  const annotations = (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => !!a);
  return { total: ranked.length, annotations, ignored };
}
