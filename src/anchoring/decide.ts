/**
 * This module decides, from the weighed candidates, whether an annotation is anchored, needs review or is
 * an orphan. It anchors only when the content (quote and context) points at one place: position never
 * breaks a tie, because a copied paragraph takes over exactly the position of the original.
 */
import { decideRepeated } from './decide-repeated';
import type { Evidence, QuoteModel } from './evidence';
import type { StoredPlace } from './same-place';

/** What a decision may read besides the candidates: the normalized text and where the annotation was. */
export interface Surroundings {
  readonly text: string;
  /** The stored start in normalized offsets, when known. */
  readonly hint: number | null;
  /** The stored place with the text's change in length, when both are known. */
  readonly place: StoredPlace | null;
  /** For a quote repeated when described: how many identical copies its paragraph had (null: unknown). */
  readonly paragraphCopies: number | null;
}

/** Quote similarity needed to anchor; below it, at best "needs review". */
export const ANCHOR_QUOTE_FLOOR = 0.8;
/** Quote similarity needed to show a candidate for review; below it, an orphan. */
export const REVIEW_QUOTE_FLOOR = 0.6;
/** Context agreement that confirms a short or inexact quote. */
export const SUPPORT_FLOOR = 0.5;
/** A quote this long (normalized characters), found exactly, identifies its place without context. */
export const SELF_EVIDENT_LENGTH = 16;

export type Decision =
  | { readonly status: 'anchored' | 'needs-review'; readonly best: Evidence; readonly score: number }
  | { readonly status: 'orphan'; readonly score: number };

/** How many more edits than the best a candidate may have and still make the choice ambiguous. */
export function rivalMargin(best: Evidence): number {
  return Math.max(2, Math.ceil(best.distance * 0.15));
}

/** Confidence in a candidate, 0–1: mostly the quote, confirmed by the context. */
export function confidence(evidence: Evidence): number {
  return evidence.quoteSimilarity * (0.75 + 0.25 * evidence.support);
}

export function byEvidence(a: Evidence, b: Evidence): number {
  return a.distance - b.distance || b.contextSimilarity - a.contextSimilarity;
}

export function decide(
  candidates: readonly Evidence[],
  model: QuoteModel,
  complete: boolean,
  surroundings: Surroundings | null = null,
): Decision {
  const quoteLength = model.quote.length;
  const ranked = candidates.filter((c) => c.quoteSimilarity >= REVIEW_QUOTE_FLOOR).sort(byEvidence);
  const best = ranked[0];
  if (!best) {
    const top = Math.max(0, ...candidates.map(confidence));
    return { status: 'orphan', score: top };
  }
  if (model.repeated) return decideRepeated(ranked, best, model, complete, surroundings);
  const score = confidence(best);
  const margin = rivalMargin(best);
  // A rival is as good on the measure that counts, or clearly better on another one: a copy that took
  // over the paragraph's neighbours, or a place whose own paragraph agrees better.
  const rival = ranked.find(
    (c) =>
      c !== best &&
      !overlaps(c, best) &&
      (c.distance <= best.distance + margin ||
        c.otherDistances.some((d, i) => d < (best.otherDistances[i] ?? 0) - margin)),
  );
  // Too many exact occurrences to weigh them all: a rival may hide among the rest.
  if (rival || !complete) return { status: 'needs-review', best, score: Math.min(score, 0.5) };
  if (best.quoteSimilarity < ANCHOR_QUOTE_FLOOR) return { status: 'needs-review', best, score };
  // A long quote (unique when described) found exactly identifies its place by itself. An inexact one
  // never does: boilerplate ("TUESDAY'S OUTLIERS – Links to the best of news…") recurs with a word
  // changed, so the context must confirm it.
  const selfEvident = best.quoteErrors === 0 && quoteLength >= SELF_EVIDENT_LENGTH;
  const confirmed = best.support >= SUPPORT_FLOOR || selfEvident;
  return { status: confirmed ? 'anchored' : 'needs-review', best, score };
}

export function overlaps(a: Evidence, b: Evidence): boolean {
  return a.start < b.end && b.start < a.end;
}
