/**
 * This module finds a saved annotation again in the page's current text. In order: the stored position is
 * checked against the quote; the quote is searched exactly (on text normalized for white space, quote
 * style and case) and each occurrence weighed by its context, within its paragraph first; when there is
 * no exact occurrence (or, for a quote that was already repeated when described, beside the exact ones) a
 * bounded fuzzy search looks near the expected place and where pieces of the quote reappear. An annotation
 * is anchored only when quote and context point at one place and pass the confidence floors (decide.ts);
 * otherwise it needs review (with the best guess), or, when nothing resembles the quote, it is an orphan
 * that the caller keeps and retries when the page's text changes.
 */
import type { AnnotationTarget } from '../model/annotation';
import { decide } from './decide';
import { quoteModel, weigh } from './evidence';
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

  // 2–3. Exact occurrences weighed by context; a bounded fuzzy search where needed.
  const candidates = findCandidates(prepared, model, hint, (c) => weigh(model, normalized.text, c));
  const place =
    positionKnown && target.textLength !== undefined
      ? {
          start,
          shift: source.length - target.textLength,
          sourceStart: (c: { start: number; end: number }) => toSourceSpan(normalized, c.start, c.end)[0],
        }
      : null;
  const surroundings = {
    text: normalized.text,
    hint,
    place,
    paragraphCopies: target.paragraphCopies ?? null,
  };
  const decision = decide(candidates.evidence, model, candidates.complete, surroundings);
  if (decision.status === 'orphan') return decision;
  const [from, to] = toSourceSpan(normalized, decision.best.start, decision.best.end);
  return { status: decision.status, start: from, end: to, score: round(decision.score) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
