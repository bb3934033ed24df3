/**
 * This module decides for a quote that was already repeated on the page when it was described (see
 * context-length.ts). Such a quote is told apart from its copies by part of its context only, which a
 * nearby edit can move or copy, so that a copy looks like the annotated text slightly edited. It is
 * anchored in these cases only, tried in this order, and otherwise needs review:
 * - one place only is where an edit on one side of the annotation would have put it, with the context on
 *   the other side intact, reaching into the quote's paragraph (same-place.ts);
 * - quote and context reappear nearly verbatim, every other place is far behind, and no place agrees
 *   better within its own paragraph;
 * - with the annotated text and its copies in view, a whole side of the context (prefix or suffix)
 *   reappears intact at one place only, which also agrees best within its paragraph: an edit next to the
 *   annotated copy leaves its other side whole, while the copies keep none;
 * - the first case with an intact side beyond the paragraph, when the annotated paragraph does not
 *   reappear whole elsewhere;
 * - the annotated paragraph reappears unchanged, at as many places as it had copies, which are
 *   interchangeable (twin-paragraphs.ts). */
import { ANCHOR_QUOTE_FLOOR, confidence, overlaps, type Decision, type Surroundings } from './decide';
import type { Evidence, QuoteModel } from './evidence';
import { unchangedSidePlace } from './same-place';
import { twinParagraphPlace, wholeParagraphPlaces } from './twin-paragraphs';

export const REPEATED_MAX_DISTANCE = 8;
export const REPEATED_MARGIN = 16;

/** Edits against the quote and the context within its paragraph. */
const inBlock = (c: Evidence) => c.quoteErrors + c.inBlockErrors;

export function decideRepeated(
  ranked: readonly Evidence[],
  best: Evidence,
  model: QuoteModel,
  complete: boolean,
  surroundings: Surroundings | null,
): Decision {
  const review: Decision = { status: 'needs-review', best, score: Math.min(confidence(best), 0.5) };
  if (!complete) return review;
  const anchored = (c: Evidence): Decision => ({ status: 'anchored', best: c, score: confidence(c) });
  const othersThan = (c: Evidence) => ranked.filter((o) => o !== c && !overlaps(o, c));
  const good = (c: Evidence) => c.quoteSimilarity >= ANCHOR_QUOTE_FLOOR;

  // Where the page changed on one side only, the other side places the annotation; when that side reaches
  // into the quote's own paragraph, no copy can be a better explanation.
  const same = surroundings?.place
    ? unchangedSidePlace(ranked, contextLengths(model), surroundings.place)
    : null;
  if (same && same.withinParagraph && good(same.best)) return anchored(same.best);

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

  if (!surroundings) return review;
  // An intact side beyond the paragraph: unless the annotated paragraph, known whole, reappears elsewhere
  // (a paragraph opening or closing with the same words was swapped into its place).
  if (same && good(same.best)) {
    const paragraphElsewhere = wholeParagraphPlaces(ranked, model).some((c) => c !== same.best);
    if (!paragraphElsewhere) return anchored(same.best);
  }
  const twin = twinParagraphPlace(ranked, model, surroundings);
  if (twin && good(twin)) return anchored(twin);
  return review;
}

function contextLengths(model: QuoteModel) {
  return {
    prefix: model.prefix.length,
    suffix: model.suffix.length,
    // The in-block parts count the block break itself; the paragraph's own text is one character less.
    prefixInParagraph: model.prefix.includes('\n') ? model.prefixInBlock - 1 : model.prefix.length,
    suffixInParagraph: model.suffix.includes('\n') ? model.suffixInBlock - 1 : model.suffix.length,
  };
}
