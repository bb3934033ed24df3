/**
 * This module prepares a page's text once for many look-ups: the normalized text with its offset maps,
 * and (built on first use) an index of the normalized text's 8-character pieces, so that finding where
 * parts of a quote reappear costs the number of occurrences rather than a scan of the page.
 */
import { GramIndex } from './gram-index';
import { normalizeText, type NormalizedText } from './normalize';

export interface PreparedText {
  readonly normalized: NormalizedText;
  /** The piece index, built on first call. */
  grams(): GramIndex;
  /** Start offsets of `needle` in the normalized text, at most `limit` of them, in text order. */
  occurrences(needle: string, limit: number): number[];
  /** Whether `needle` occurs in the normalized text at `at` and nowhere else. */
  isUniqueAt(needle: string, at: number): boolean;
}

let last: PreparedText | null = null;

/** Prepares `text`; the last prepared text is kept, so per-annotation calls on one page share the work. */
export function prepareText(text: string): PreparedText {
  if (last && last.normalized.source === text) return last;
  last = createPrepared(text);
  return last;
}

export function createPrepared(text: string): PreparedText {
  const normalized = normalizeText(text);
  let grams: GramIndex | null = null;
  const index = () => {
    grams ??= new GramIndex(normalized.text);
    return grams;
  };
  const occurrences = (needle: string, limit: number): number[] => {
    if (needle.length >= GramIndex.GRAM) return index().occurrences(needle, limit);
    const found: number[] = [];
    const haystack = normalized.text;
    for (
      let at = haystack.indexOf(needle);
      at >= 0 && found.length < limit;
      at = haystack.indexOf(needle, at + 1)
    ) {
      found.push(at);
    }
    return found;
  };
  return {
    normalized,
    grams: index,
    occurrences,
    isUniqueAt(needle, at) {
      const found = occurrences(needle, 2);
      return found.length === 1 && found[0] === at;
    },
  };
}
