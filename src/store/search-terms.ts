/**
 * This module turns text into the words the full-text index stores and the words a query looks for. Both
 * sides normalize the same way (accents, case and punctuation do not matter), so a query word matches
 * every indexed word it is a prefix of: "minist" finds "Ministry" and "ministère".
 */

/** Longer words are cut here: a prefix query longer than this still matches (both sides are cut alike). */
export const MAX_TERM_LENGTH = 24;

/** The shortest query word that is searched: one letter would match half the index. */
export const MIN_TERM_LENGTH = 2;

// Function words carry no meaning for search and would make the index several times larger. Kept short
// on purpose: only words that occur in most English sentences.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her hers him his ' +
    'i if in into is it its me my no not of on or our she so than that the their them then there these ' +
    'they this those to too us was we were what when which who whom why will with would you your'
  ).split(' '),
);

const NON_ASCII = /[^\p{ASCII}]/u;
const ASCII_SEPARATORS = /[^a-z0-9]+/;

/** Lower-case words without accents, in order, with repeats: the raw material of both index and query. */
export function normalizedWords(text: string): string[] {
  if (!text) return [];
  // ASCII text (most of it) gives the same words without the Unicode normalization, at a fraction of the
  // cost: an import of 10,000 annotations splits some 300,000 words.
  if (!NON_ASCII.test(text))
    return text
      .toLowerCase()
      .split(ASCII_SEPARATORS)
      .filter((word) => word.length > 0);
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

function keep(word: string): boolean {
  return word.length >= MIN_TERM_LENGTH && !STOPWORDS.has(word);
}

/** The distinct words of all `texts` that the index stores. */
export function indexTerms(texts: readonly (string | null | undefined)[]): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    for (const word of normalizedWords(text ?? '')) {
      if (keep(word)) terms.add(word.slice(0, MAX_TERM_LENGTH));
    }
  }
  return [...terms];
}

export interface QueryTerms {
  /** Words every result must contain (as a word prefix), longest first. */
  readonly terms: readonly string[];
  /** Words of the query that are not searched (too short or too common), to tell the reader. */
  readonly ignored: readonly string[];
}

export function queryTerms(query: string): QueryTerms {
  const terms = new Set<string>();
  const ignored = new Set<string>();
  for (const word of normalizedWords(query)) {
    if (keep(word)) terms.add(word.slice(0, MAX_TERM_LENGTH));
    else ignored.add(word);
  }
  // A word that is a prefix of another query word adds nothing: "min minister" is "minister".
  const list = [...terms].sort((a, b) => b.length - a.length);
  const needed = list.filter((term, i) => !list.slice(0, i).some((longer) => longer.startsWith(term)));
  return { terms: needed, ignored: [...ignored] };
}
