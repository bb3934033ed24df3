/**
 * This module converts text offsets between JavaScript's UTF-16 code units (what Sourcemark stores and
 * the DOM uses) and Unicode code points (what the W3C TextPositionSelector counts). They differ by one
 * for every character outside the Basic Multilingual Plane (most emoji) before the offset.
 */
import type { AnnotationTarget, TextPositionSelector } from '../model/annotation';

/** How many characters of `text` (up to `end`, UTF-16) take two code units: paired surrogates. */
export function astralCount(text: string, end = text.length): number {
  let count = 0;
  for (let i = 0; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count++;
        i++;
      }
    }
  }
  return count;
}

/** The code-point offset of UTF-16 offset `offset` in `text`. */
export function toCodePointOffset(text: string, offset: number): number {
  return offset - astralCount(text, offset);
}

/** The UTF-16 offset of code-point offset `codePoints` in `text` (clamped to the text's end). */
export function toUtf16Offset(text: string, codePoints: number): number {
  let units = 0;
  for (let n = 0; n < codePoints && units < text.length; n++) {
    const c = text.charCodeAt(units);
    const next = text.charCodeAt(units + 1);
    units += c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return units;
}

export function codePointLength(text: string): number {
  return text.length - astralCount(text);
}

/** Whether the stored position is real: imports without one store an empty range before a non-empty quote. */
export function hasKnownPosition(target: AnnotationTarget): boolean {
  return target.position.end > target.position.start || target.quote.exact.length === 0;
}

/**
 * A stored position in code points, without the page's text: `astralBefore` says how many astral
 * characters precede it; inside the range, the quote tells (when the range is the quote, as it is unless
 * re-anchoring moved it onto a changed text).
 */
export function positionInCodePoints(target: AnnotationTarget): { start: number; end: number } {
  const { start, end } = target.position;
  const before = Math.min(target.astralBefore ?? 0, start);
  const quote = target.quote.exact;
  const inside = quote.length === end - start ? astralCount(quote) : 0;
  return { start: start - before, end: Math.max(start - before, end - before - inside) };
}

/** The reverse of `positionInCodePoints`, given the same quote and `astralBefore`. */
export function positionFromCodePoints(
  codePoints: { start: number; end: number },
  quote: string,
  astralBefore = 0,
): TextPositionSelector {
  const start = codePoints.start + astralBefore;
  const span = codePoints.end - codePoints.start;
  const end = codePointLength(quote) === span ? start + quote.length : start + span;
  return { type: 'TextPositionSelector', start, end };
}
