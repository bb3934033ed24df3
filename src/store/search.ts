/**
 * This module is full-text search over quotes, notes and source names. Every query word must begin a word
 * of the annotation ("vacc minist" finds "vaccines … Ministry"). The posting lists (term-postings.ts) give
 * the index keys of each word's annotations; the keys sort by time, so the matches are intersected,
 * counted exactly and sorted newest first on keys alone, and only the page of results shown is read from
 * the annotations table.
 */
import type { Annotation } from '../model/annotation';
import type { Paging } from './annotations';
import type { SourcemarkDb } from './db';
import { idOfIndexKey } from './records';
import { queryTerms } from './search-terms';
import { keysMatchingAll } from './term-postings';

export interface SearchResult {
  /** How many annotations match in all. */
  readonly total: number;
  /** Whether the total is an estimate: counts from the posting lists are exact, so always false now. */
  readonly totalIsEstimate: boolean;
  /** The requested slice of them, newest first. */
  readonly annotations: Annotation[];
  /** Query words left out: too short, or too common to be indexed ("the", "of"). */
  readonly ignored: readonly string[];
}

export type SearchOptions = Paging;

export const DEFAULT_SEARCH_LIMIT = 50;

/** The `count` greatest of `keys`, greatest first, without sorting them all. */
function newest(keys: Iterable<string>, count: number): string[] {
  if (count <= 0) return [];
  const all = [...keys];
  if (all.length <= count * 4) return all.sort().reverse().slice(0, count);
  // One pass keeping a sorted shortlist: far cheaper than sorting 25,000 keys to show 50 of them.
  const top: string[] = [];
  for (const key of all) {
    if (top.length === count && key <= (top[count - 1] ?? '')) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((top[mid] ?? '') > key) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, key);
    if (top.length > count) top.pop();
  }
  return top;
}

export async function searchAnnotations(
  db: SourcemarkDb,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const { terms, ignored } = queryTerms(query);
  const offset = options.offset ?? 0;
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (terms.length === 0) return { total: 0, totalIsEstimate: false, annotations: [], ignored };
  const keys = await keysMatchingAll(db.termPostings, terms);
  const shown = newest(keys, offset + limit).slice(offset);
  const annotations = (await db.annotations.bulkGet(shown.map(idOfIndexKey))).filter(
    (a): a is Annotation => !!a,
  );
  return { total: keys.size, totalIsEstimate: false, annotations, ignored };
}
