/**
 * This module finds a saved annotation again in the page's current text. In order: the stored position is
 * checked against the quote; the quote is searched exactly (on text normalized for white space, quote
 * style and case) and each occurrence weighed by its context; when no exact occurrence is convincing, a
 * bounded fuzzy search looks near the expected place and where pieces of the quote reappear. An annotation
 * is anchored only when quote and context point at one place; otherwise it needs review (with the best
 * guess) or, when nothing resembles the quote, it is an orphan that the caller keeps and retries.
 */
import type { AnnotationTarget } from '../model/annotation';
import { decide } from './decide';
import { quoteModel, weigh, type Evidence, type QuoteModel } from './evidence';
import { findCandidates } from './search';
import { prepareText, type PreparedText } from './prepared-text';
import { toSourceSpan } from './normalize';

export type AnchorResult =
  | { status: 'anchored' | 'needs-review'; start: number; end: number; score: number }
  | { status: 'orphan'; score: number };

/** Anchors one target. Repeated calls on the same text reuse its preparation. */
export function anchorTarget(text: string, target: AnnotationTarget): AnchorResult {
  return anchorPrepared(prepareText(text), target);
}

/** Anchors many targets on one text, preparing the text once. */
export function anchorAll(text: string, targets: readonly AnnotationTarget[]): AnchorResult[] {
  const prepared = prepareText(text);
  return targets.map((target) => anchorPrepared(prepared, target));
}

export function anchorPrepared(prepared: PreparedText, target: AnnotationTarget): AnchorResult {
  const { normalized } = prepared;
  const source = normalized.source;
  const { exact } = target.quote;
  if (exact.length === 0) return { status: 'orphan', score: 0 };

  const { start, end } = target.position;
  const positionKnown = end > start && end <= source.length;
  const model = quoteModel(target.quote);
  if (model.quote.length === 0) {
    // A quote of white space only: nothing to search for; trust the position if it still holds.
    return positionKnown && source.slice(start, end) === exact
      ? { status: 'anchored', start, end, score: 1 }
      : { status: 'orphan', score: 0 };
  }
  const hint = positionKnown ? (normalized.toNormal[start] ?? 0) : null;

  // 1. The position still holds the quote, and the quote occurs nowhere else.
  if (positionKnown && source.slice(start, end) === exact && prepared.isUniqueAt(model.quote, hint ?? 0)) {
    return { status: 'anchored', start, end, score: 1 };
  }

  // 2–3. Exact occurrences weighed by context; fuzzy search when none is convincing.
  const candidates = findCandidates(prepared, model, hint, (c) => weigh(model, normalized.text, c));
  const decision = decide(candidates.evidence, model, candidates.complete);
  if (decision.status === 'orphan') return decision;
  return toResult(prepared, model, decision.status, decision.best, decision.score);
}

function toResult(
  prepared: PreparedText,
  _model: QuoteModel,
  status: 'anchored' | 'needs-review',
  best: Evidence,
  score: number,
): AnchorResult {
  const [start, end] = toSourceSpan(prepared.normalized, best.start, best.end);
  return { status, start, end, score: round(score) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
