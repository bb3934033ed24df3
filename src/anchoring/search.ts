/**
 * This module gathers the candidate places for a quote in the normalized text: every exact occurrence
 * (found through the piece index), and, when there is none (or when the quote was already repeated when
 * described), approximate matches found by a bounded search. The fuzzy search verifies windows near the
 * expected position and where pieces of the quote reappear, with at most a quarter of the quote's length
 * in errors (and at most 64); it scans a whole page only for a quote too short to have pieces, and only on
 * pages under WHOLE_TEXT_LIMIT characters, so that a long page never costs a full approximate scan.
 */
import approxSearch from 'approx-string-match';
import type { Candidate, Evidence, QuoteModel } from './evidence';
import { GramIndex } from './gram-index';
import type { PreparedText } from './prepared-text';

/** More exact occurrences than this: the quote is too common to tell them apart; weigh the first ones. */
export const MAX_EXACT = 256;
export const FUZZY_ERROR_RATE = 0.25;
export const MAX_FUZZY_ERRORS = 64;
/** Beside an exact occurrence of a repeated quote, look for inexact ones with up to this many more edits. */
const REPEATED_FUZZY_MARGIN = 16;
/** Windows verified around places where pieces of the quote reappear. */
const MAX_WINDOWS = 6;
/** How many places a single piece may vote for (a piece found more often says little). */
const MAX_PIECE_HITS = 32;
/** The whole text is searched (for short quotes that pieces cannot find) only below this size. */
const WHOLE_TEXT_LIMIT = 200_000;

export interface Candidates {
  readonly evidence: Evidence[];
  /** False when exact occurrences were too many to weigh them all. */
  readonly complete: boolean;
}

export function findCandidates(
  prepared: PreparedText,
  model: QuoteModel,
  hint: number | null,
  weigh: (candidate: Candidate) => Evidence,
): Candidates {
  const quote = model.quote;
  const starts = prepared.occurrences(quote, MAX_EXACT + 1);
  const complete = starts.length <= MAX_EXACT;
  const evidence = starts
    .slice(0, MAX_EXACT)
    .map((start) => weigh({ start, end: start + quote.length, quoteErrors: 0 }));
  let bestExact: Evidence | null = null;
  for (const e of evidence) if (!bestExact || e.distance < bestExact.distance) bestExact = e;

  // A quote that was unique when described and occurs exactly now is there: an inexact look-alike (a
  // copy with a word changed, a similar sentence nearby) is no better evidence than the quote itself.
  if (bestExact && !model.repeated) return { evidence, complete };

  // Fuzzy search. For a quote that was repeated when described it also runs beside exact occurrences:
  // the annotated copy may have had a typo fixed while another copy kept the old words. Its budget is what
  // could still compete.
  let budget = Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length * FUZZY_ERROR_RATE));
  if (bestExact) budget = Math.min(budget, bestExact.distance + REPEATED_FUZZY_MARGIN);
  if (budget < 1) return { evidence, complete };

  const text = prepared.normalized.text;
  const known: Candidate[] = [...evidence];
  const windows = fuzzyWindows(prepared, quote, hint, budget);
  const found: Candidate[] = [];
  for (const [from, to] of windows) found.push(...approximate(text, quote, from, to, budget, known));
  if (found.length === 0 && !bestExact && windows.length <= 1 && text.length <= WHOLE_TEXT_LIMIT) {
    found.push(...approximate(text, quote, 0, text.length, budget, known));
  }
  for (const candidate of found) evidence.push(weigh(candidate));
  return { evidence, complete };
}

/** Windows of the normalized text worth verifying: near the hint, and where pieces of the quote cluster. */
function fuzzyWindows(
  prepared: PreparedText,
  quote: string,
  hint: number | null,
  budget: number,
): [number, number][] {
  const n = prepared.normalized.text.length;
  const pad = budget + GramIndex.GRAM;
  const windows: [number, number][] = [];
  if (hint !== null) windows.push([hint - quote.length - pad, hint + 2 * quote.length + pad]);

  if (quote.length >= GramIndex.GRAM) {
    const grams = prepared.grams();
    const last = quote.length - GramIndex.GRAM;
    const step = Math.max(GramIndex.GRAM, Math.ceil(last / 31));
    const offsets: number[] = [];
    for (let o = 0; o < last; o += step) offsets.push(o);
    offsets.push(last);
    // Each hit says where the quote would start ("diagonal"); hits that agree form a cluster.
    const hits: { diagonal: number; piece: number }[] = [];
    offsets.forEach((o, piece) => {
      const at = grams.pieceOccurrences(quote, o, MAX_PIECE_HITS + 1);
      if (at.length > MAX_PIECE_HITS) return;
      for (const position of at) hits.push({ diagonal: position - o, piece });
    });
    hits.sort((a, b) => a.diagonal - b.diagonal);
    const clusters: { from: number; to: number; pieces: Set<number> }[] = [];
    for (const hit of hits) {
      const current = clusters[clusters.length - 1];
      if (current && hit.diagonal - current.to <= pad) {
        current.to = hit.diagonal;
        current.pieces.add(hit.piece);
      } else {
        clusters.push({ from: hit.diagonal, to: hit.diagonal, pieces: new Set([hit.piece]) });
      }
    }
    const minVotes = Math.min(2, offsets.length);
    clusters
      .filter((c) => c.pieces.size >= minVotes)
      .sort((a, b) => b.pieces.size - a.pieces.size)
      .slice(0, MAX_WINDOWS)
      .forEach((c) => windows.push([c.from - pad, c.to + quote.length + pad]));
  }
  return mergeWindows(windows.map(([a, b]) => [Math.max(0, a), Math.min(n, b)]));
}

function mergeWindows(windows: [number, number][]): [number, number][] {
  const sorted = windows.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const w of sorted) {
    const prev = merged[merged.length - 1];
    if (prev && w[0] <= prev[1]) prev[1] = Math.max(prev[1], w[1]);
    else merged.push([w[0], w[1]]);
  }
  return merged;
}

/** Approximate matches found in one window; more than this and the window is searched no further. */
const MAX_PER_WINDOW = 3;

/**
 * Approximate matches of `quote` within `[from, to)`, in normalized offsets, that overlap none of `known`
 * (which it extends). The matcher reports only the fewest-error matches of a text, so places already
 * found are masked out and the window searched again: the second-best place is often the one that matters.
 */
function approximate(
  text: string,
  quote: string,
  from: number,
  to: number,
  budget: number,
  known: Candidate[],
): Candidate[] {
  if (to - from < quote.length - budget) return [];
  let window = text.slice(from, to);
  const found: Candidate[] = [];
  for (let round = 0; round <= MAX_PER_WINDOW; round++) {
    window = mask(window, from, known);
    if (round === MAX_PER_WINDOW) break;
    const matches = approxSearch(window, quote, budget).map((m) => ({
      start: m.start + from,
      end: m.end + from,
      quoteErrors: m.errors,
    }));
    const fresh = dedupe(matches).filter((c) => !known.some((k) => k.start < c.end && c.start < k.end));
    if (fresh.length === 0) break;
    found.push(...fresh);
    known.push(...fresh);
  }
  return found;
}

/** `window` (which starts at `from` in the text) with the characters of `known` places replaced. */
function mask(window: string, from: number, known: readonly Candidate[]): string {
  let out = window;
  for (const k of known) {
    const s = Math.max(0, k.start - from);
    const e = Math.min(window.length, k.end - from);
    if (e > s) out = out.slice(0, s) + '\u0000'.repeat(e - s) + out.slice(e);
  }
  return out;
}

/** Keeps the fewest-error match among overlapping ones. */
function dedupe(found: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of [...found].sort((a, b) => a.quoteErrors - b.quoteErrors || a.start - b.start)) {
    if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  }
  return kept;
}
