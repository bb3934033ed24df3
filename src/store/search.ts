/**
 * This module is full-text search over quotes, notes and source names. Every query word must begin a word
 * of the annotation ("vacc minist" finds "vaccines … Ministry"). The index rows are keyed by time, so
 * the matches are intersected and sorted newest first on keys alone; only the page of results shown is
 * read from the annotations table. When every query word is very common ("said" in a quarter of all
 * quotes), collecting every match would cost more than the reader waits for: the newest rows are then
 * read until the page is full, and the total is an estimate.
 */
import type { Annotation } from '../model/annotation';
import type { Paging } from './annotations';
import type { SourcemarkDb } from './db';
import { idOfIndexKey, type AnnotationIndexRecord } from './records';
import { queryTerms } from './search-terms';

export interface SearchResult {
  /** How many annotations match in all (see `totalIsEstimate`). */
  readonly total: number;
  /** The total is an upper estimate ("about 27,000"): every query word was very common. */
  readonly totalIsEstimate: boolean;
  /** The requested slice of them, newest first. */
  readonly annotations: Annotation[];
  /** Query words left out: too short, or too common to be indexed ("the", "of"). */
  readonly ignored: readonly string[];
}

export interface SearchOptions extends Paging {
  /**
   * Up to how many matches of the query's rarest word the search counts exactly; beyond, it reads the
   * newest rows until the page is full. The default suits 100,000 annotations (see bench:store).
   */
  readonly exactUpTo?: number;
}

export const DEFAULT_SEARCH_LIMIT = 50;
export const DEFAULT_EXACT_UP_TO = 5_000;

/** The index keys of the annotations having a word that starts with `term`, by id. */
async function matchesOf(db: SourcemarkDb, term: string): Promise<Map<string, string>> {
  const keys = await db.annotationIndex.where('terms').startsWith(term).primaryKeys();
  // A record matches once per word with that beginning ("minister", "ministry"): the map keeps one.
  return new Map(keys.map((key) => [idOfIndexKey(key), key]));
}

function matchesAll(row: AnnotationIndexRecord, terms: readonly string[]): boolean {
  return terms.every((term) => row.terms.some((word) => word.startsWith(term)));
}

async function annotationsOf(db: SourcemarkDb, ids: readonly string[]): Promise<Annotation[]> {
  return (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => !!a);
}

export async function searchAnnotations(
  db: SourcemarkDb,
  query: string,
  options: SearchOptions = {},
): Promise<SearchResult> {
  const { terms, ignored } = queryTerms(query);
  const offset = options.offset ?? 0;
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const none: SearchResult = { total: 0, totalIsEstimate: false, annotations: [], ignored };
  if (terms.length === 0) return none;
  // Index entries per word (a row with two words of the same beginning counts twice: an upper bound).
  const counts = await Promise.all(
    terms.map((term) => db.annotationIndex.where('terms').startsWith(term).count()),
  );
  const rarest = Math.min(...counts);
  if (rarest === 0) return none;

  if (rarest > (options.exactUpTo ?? DEFAULT_EXACT_UP_TO)) {
    const rows = await db.annotationIndex
      .orderBy(':id')
      .reverse()
      .filter((row) => matchesAll(row, terms))
      .offset(offset)
      .limit(limit)
      .toArray();
    const annotations = await annotationsOf(
      db,
      rows.map((row) => row.id),
    );
    return { total: rarest, totalIsEstimate: true, annotations, ignored };
  }

  // Rarest word first: its matches are few, and an empty intersection ends the search early.
  const order = terms.map((term, i) => ({ term, count: counts[i] ?? 0 })).sort((a, b) => a.count - b.count);
  let matches: Map<string, string> | null = null;
  for (const { term } of order) {
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
  const annotations = await annotationsOf(db, ranked.slice(offset, offset + limit).map(idOfIndexKey));
  return { total: ranked.length, totalIsEstimate: false, annotations, ignored };
}
