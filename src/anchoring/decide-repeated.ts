/**
 * This module decides for a quote that was already repeated on the page when it was described (see
 * context-length.ts). Such a quote is told apart from its copies by part of its context only, which a
 * nearby edit can move or copy, so that a copy looks like the annotated text slightly edited. It is
 * anchored in two cases only, and otherwise needs review:
 * - quote and context reappear nearly verbatim, every other place is far behind, and no place agrees
 *   better within its own paragraph;
 * - with the annotated text and its copies in view, a whole side of the context (prefix or suffix)
 *   reappears intact at one place only, which also agrees best within its paragraph: an edit next to the
 *   annotated copy leaves its other side whole, while the copies keep none.
 */
import { ANCHOR_QUOTE_FLOOR, confidence, overlaps, type Decision } from './decide';
import type { Evidence, QuoteModel } from './evidence';

export const REPEATED_MAX_DISTANCE = 8;
export const REPEATED_MARGIN = 16;

/** Edits against the quote and the context within its paragraph. */
const inBlock = (c: Evidence) => c.quoteErrors + c.inBlockErrors;

export function decideRepeated(
  ranked: readonly Evidence[],
  best: Evidence,
  _model: QuoteModel,
  complete: boolean,
): Decision {
  const review: Decision = { status: 'needs-review', best, score: Math.min(confidence(best), 0.5) };
  if (!complete) return review;
  const anchored = (c: Evidence): Decision => ({ status: 'anchored', best: c, score: confidence(c) });
  const othersThan = (c: Evidence) => ranked.filter((o) => o !== c && !overlaps(o, c));
  const good = (c: Evidence) => c.quoteSimilarity >= ANCHOR_QUOTE_FLOOR;

  const verbatim =
    good(best) &&
    best.distance <= REPEATED_MAX_DISTANCE &&
    othersThan(best).every(
      (c) => c.distance > best.distance + REPEATED_MARGIN && inBlock(c) >= inBlock(best),
    );
  if (verbatim) return anchored(best);

  const witnesses = ranked.filter((c) => c.intactSides > 0 && good(c));
  const [witness] = witnesses;
  if (witness && witnesses.length === 1 && ranked.length >= 2) {
    if (ranked.every((c) => inBlock(c) >= inBlock(witness))) return anchored(witness);
  }
  return review;
}
