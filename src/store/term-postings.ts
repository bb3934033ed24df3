/**
 * This module keeps the full-text index as posting lists: for each indexed word, the index keys (time,
 * then id; see records.ts) of the annotations that contain it. Words are grouped into rows by their first
 * letters (a bucket), many annotations to a row. An import of 10,000 annotations then writes a few
 * thousand small rows instead of some 170,000 IndexedDB index entries (one per word per annotation, which
 * is what made an import slow in Chromium), and a search for a word found in a quarter of all quotes
 * reads a handful of rows instead of walking tens of thousands of index entries.
 */
import type { Table } from 'dexie';

/** Words are grouped by this many first letters; a shorter query word reads every bucket it begins. */
export const BUCKET_LENGTH = 4;

/**
 * A row that single edits add to; past this many postings they start a new row of the bucket. Each such
 * edit rewrites the row, so rows stay small (a common word's row of 500 keys is some 25 kB).
 */
export const ROW_CAPACITY = 500;

/** Up to this many annotations are added to the newest row of each bucket; more get rows of their own. */
const APPEND_UP_TO = 50;

/** One row of the index: some of the postings of the words of one bucket. */
export interface PostingRow {
  /** The bucket, U+0000, then a row id: the rows of a bucket sort together. */
  readonly key: string;
  /**
   * Word → the index keys of the annotations having it, joined by line breaks (ids never hold one): one
   * string reads and writes far faster than thousands. A Map, so that no word meets Object's keys.
   */
  readonly postings: Map<string, string>;
}

/** What the index needs of one annotation: its index key and its words. */
export interface IndexedWords {
  readonly key: string;
  readonly terms: readonly string[];
}

export type PostingTable = Table<PostingRow, string>;

const SEPARATOR = '\u0000';
const KEY_SEPARATOR = '\n';

/** The keys of a posting list. */
export function postedKeys(list: string): string[] {
  return list.split(KEY_SEPARATOR);
}

function keyCount(list: string): number {
  let count = 1;
  for (let at = list.indexOf(KEY_SEPARATOR); at >= 0; at = list.indexOf(KEY_SEPARATOR, at + 1)) count++;
  return count;
}

/** Source keys are posted as words that no text gives (they start with U+0001), so no query meets them. */
export function sourceWord(sourceKey: string): string {
  return `\u0001${sourceKey}`;
}

export function bucketOf(word: string): string {
  return word.slice(0, BUCKET_LENGTH);
}

/** The key range of the rows holding the words that begin with `prefix`. */
function rowsBeginning(table: PostingTable, prefix: string) {
  if (prefix.length >= BUCKET_LENGTH) {
    const bucket = bucketOf(prefix);
    return table.where(':id').between(bucket + SEPARATOR, bucket + '\u0001', true, false);
  }
  return table.where(':id').between(prefix, prefix + '\uffff', true, false);
}

function bucketRows(table: PostingTable, bucket: string) {
  return table.where(':id').between(bucket + SEPARATOR, bucket + '\u0001', true, false);
}

let rowCounter = 0;

/** A row id not used before: the time (so the newest row sorts last), a counter and a random part. */
function newRowId(): string {
  rowCounter = (rowCounter + 1) % 1_679_616;
  const random = Math.floor(Math.random() * 1_679_616);
  return `${Date.now().toString(36).padStart(9, '0')}${rowCounter.toString(36).padStart(4, '0')}${random.toString(36).padStart(4, '0')}`;
}

/** Bucket → word → keys, for `entries`. */
function groupByBucket(entries: readonly IndexedWords[]): Map<string, Map<string, string[]>> {
  const buckets = new Map<string, Map<string, string[]>>();
  for (const { key, terms } of entries) {
    for (const term of terms) {
      const bucket = bucketOf(term);
      let words = buckets.get(bucket);
      if (!words) buckets.set(bucket, (words = new Map()));
      const keys = words.get(term);
      if (keys) keys.push(key);
      else words.set(term, [key]);
    }
  }
  return buckets;
}

function size(postings: Map<string, string>): number {
  let n = 0;
  for (const list of postings.values()) n += keyCount(list);
  return n;
}

function joined(words: Map<string, string[]>): Map<string, string> {
  return new Map([...words].map(([word, keys]) => [word, keys.join(KEY_SEPARATOR)]));
}

/**
 * Adds the words of `entries` (annotations not in the index yet). A few are added to the newest row of
 * each bucket, so that annotations saved one by one do not leave one row each; many (an import) get new
 * rows, written without reading anything first. Call inside a read-write transaction over `table`.
 */
export async function addPostings(table: PostingTable, entries: readonly IndexedWords[]): Promise<void> {
  const buckets = groupByBucket(entries);
  if (buckets.size === 0) return;
  if (entries.length > APPEND_UP_TO) {
    const rows = [...buckets].map(([bucket, words]) => ({
      key: `${bucket}${SEPARATOR}${newRowId()}`,
      postings: joined(words),
    }));
    // Add, not put: were a row id ever to repeat, the transaction fails rather than lose a row.
    await table.bulkAdd(rows);
    return;
  }
  const newest = await Promise.all([...buckets.keys()].map((bucket) => bucketRows(table, bucket).last()));
  const rows: PostingRow[] = [];
  [...buckets].forEach(([bucket, words], i) => {
    const row = newest[i];
    const postings = joined(words);
    if (!row || size(row.postings) + size(postings) > ROW_CAPACITY) {
      rows.push({ key: `${bucket}${SEPARATOR}${newRowId()}`, postings });
      return;
    }
    const merged = new Map(row.postings);
    for (const [word, list] of postings) {
      const before = merged.get(word);
      merged.set(word, before ? `${before}${KEY_SEPARATOR}${list}` : list);
    }
    rows.push({ key: row.key, postings: merged });
  });
  await table.bulkPut(rows);
}

/** Takes the words of `entries` (annotations as they were indexed) out of the index. */
export async function removePostings(table: PostingTable, entries: readonly IndexedWords[]): Promise<void> {
  const gone = new Map<string, Map<string, Set<string>>>();
  for (const [bucket, words] of groupByBucket(entries)) {
    gone.set(bucket, new Map([...words].map(([word, keys]) => [word, new Set(keys)])));
  }
  if (gone.size === 0) return;
  const stored = await Promise.all([...gone.keys()].map((bucket) => bucketRows(table, bucket).toArray()));
  const changed: PostingRow[] = [];
  const emptied: string[] = [];
  [...gone.values()].forEach((words, i) => {
    for (const row of stored[i] ?? []) {
      let postings: Map<string, string> | null = null;
      for (const [word, keys] of words) {
        const list = (postings ?? row.postings).get(word);
        if (list === undefined) continue;
        const current = postedKeys(list);
        const kept = current.filter((key) => !keys.has(key));
        if (kept.length === current.length) continue;
        postings ??= new Map(row.postings);
        if (kept.length > 0) postings.set(word, kept.join(KEY_SEPARATOR));
        else postings.delete(word);
      }
      if (!postings) continue;
      if (postings.size > 0) changed.push({ key: row.key, postings });
      else emptied.push(row.key);
    }
  });
  if (emptied.length > 0) await table.bulkDelete(emptied);
  if (changed.length > 0) await table.bulkPut(changed);
}

/** The index keys of the annotations having a word that begins with `prefix`. */
export async function keysOfWordsBeginning(table: PostingTable, prefix: string): Promise<Set<string>> {
  const rows = await rowsBeginning(table, prefix).toArray();
  const keys = new Set<string>();
  for (const row of rows) {
    for (const [word, list] of row.postings) {
      if (word.startsWith(prefix)) for (const key of postedKeys(list)) keys.add(key);
    }
  }
  return keys;
}

/** The index keys of the annotations having exactly `word` (a source word, for instance). */
export async function keysOfWord(table: PostingTable, word: string): Promise<string[]> {
  const rows = await bucketRows(table, bucketOf(word)).toArray();
  return rows.flatMap((row) => {
    const list = row.postings.get(word);
    return list === undefined ? [] : postedKeys(list);
  });
}

/** The index keys of the annotations having, for every one of `terms`, a word beginning with it. */
export async function keysMatchingAll(table: PostingTable, terms: readonly string[]): Promise<Set<string>> {
  const sets = await Promise.all(terms.map((term) => keysOfWordsBeginning(table, term)));
  sets.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = sets;
  if (!smallest) return new Set();
  if (others.length === 0) return smallest;
  const both = new Set<string>();
  for (const key of smallest) if (others.every((set) => set.has(key))) both.add(key);
  return both;
}
