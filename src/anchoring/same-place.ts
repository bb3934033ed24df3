/**
 * This module applies the rule of the unchanged side, for a quote that occurs more than once. A page
 * edited only after the annotation leaves it at its stored offset, with the text before it (the whole
 * stored prefix) intact; a page edited only before it leaves it at the same distance from the end of the
 * text (the stored offset moved by the text's change in length, see `textLength`), with the text after it
 * intact. When exactly one place, with the quote exact, is where one of these explanations puts it, that
 * place is the annotated one, whatever its copies look like. A paragraph copied in front of the annotated
 * one makes both explanations hold at two places (the copy at the old offset, the original at the moved
 * one): that stays ambiguous, as does a page changed on both sides of the annotation.
 *
 * An intact side that lies wholly outside the quote's paragraph (a quote opening or closing it) says only
 * that the paragraphs on that side are unchanged: a paragraph opening (closing) with the same words may
 * have been swapped into the annotated one's place. The caller then prefers a place where the whole
 * annotated paragraph reappears unchanged (decide-repeated.ts). */
import type { Evidence } from './evidence';
import { WITNESS_SIDE, WITNESS_SIDE_ERRORS } from './evidence';

/** Where the annotation was, in the text of the page when described and in the current text's terms. */
export interface StoredPlace {
  /** Stored start, in offsets of the page's text (UTF-16). */
  readonly start: number;
  /** Current text length minus the length when described. */
  readonly shift: number;
  /** A candidate's start in offsets of the page's text (candidates are in normalized offsets). */
  readonly sourceStart: (candidate: Evidence) => number;
}

/** Characters of the intact side within the quote's own paragraph that make it speak for the paragraph. */
export const OWN_PARAGRAPH_CONTEXT = 32;

/** Lengths of the stored context: each side whole, and the part of it within the quote's paragraph. */
export interface ContextLengths {
  readonly prefix: number;
  readonly suffix: number;
  readonly prefixInParagraph: number;
  readonly suffixInParagraph: number;
}

/** A side of context is intact when it reappears whole: with at most a couple of edits if it is long. */
export function sideIntact(length: number, errors: number): boolean {
  return errors <= (length >= WITNESS_SIDE ? WITNESS_SIDE_ERRORS : 0);
}

/** The one place an edit on one side only explains, or null when none or several do. */
export function unchangedSidePlace(
  ranked: readonly Evidence[],
  lengths: ContextLengths,
  place: StoredPlace,
): { readonly best: Evidence; readonly withinParagraph: boolean } | null {
  const explained: { best: Evidence; withinParagraph: boolean }[] = [];
  for (const c of ranked) {
    if (c.quoteErrors > 0) continue;
    const start = place.sourceStart(c);
    const before = start === place.start && sideIntact(lengths.prefix, c.prefixErrors);
    const after = start === place.start + place.shift && sideIntact(lengths.suffix, c.suffixErrors);
    if (!before && !after) continue;
    const withinParagraph =
      (before && lengths.prefixInParagraph >= OWN_PARAGRAPH_CONTEXT) ||
      (after && lengths.suffixInParagraph >= OWN_PARAGRAPH_CONTEXT);
    explained.push({ best: c, withinParagraph });
  }
  return explained.length === 1 ? (explained[0] ?? null) : null;
}
