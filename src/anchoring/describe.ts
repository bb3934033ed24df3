/**
 * This module describes a span of the page's text as a W3C-style target: the quote with some context on
 * each side (what re-anchoring searches for when the page has changed) and the position (what it checks
 * first), with the count of astral characters before it (so that the W3C export can write code-point
 * offsets without the page), and the length of the page's text. A quote that occurs more than once gets
 * more context (see context-length.ts) and the count of its paragraph's copies. Spans are widened so that
 * they never split a surrogate pair or a letter from its accents.
 */
import type { AnnotationTarget } from '../model/annotation';
import { isHighSurrogate, isLowSurrogate, normalizeString, snapToGraphemes } from './normalize';
import { prepareText, type PreparedText } from './prepared-text';
import { AMBIGUOUS_CONTEXT_LENGTH, CONTEXT_LENGTH } from './context-length';

export function describeTextRange(text: string, start: number, end: number): AnnotationTarget {
  const lo = clamp(Math.min(start, end), 0, text.length);
  const hi = clamp(Math.max(start, end), 0, text.length);
  const [s, e] = snapToGraphemes(text, lo, hi);
  const quote = normalizeString(text.slice(s, e));
  const prepared = prepareText(text);
  const repeated = quote.length > 0 && prepared.occurrences(quote, 2).length > 1;
  const context = repeated ? AMBIGUOUS_CONTEXT_LENGTH : CONTEXT_LENGTH;
  let prefixStart = Math.max(0, s - context);
  if (splitsPair(text, prefixStart)) prefixStart++;
  let suffixEnd = Math.min(text.length, e + context);
  if (splitsPair(text, suffixEnd)) suffixEnd--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(prefixStart, s),
      suffix: text.slice(e, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
    astralBefore: astralBefore(text, s),
    textLength: text.length,
    ...(repeated ? paragraphCopies(prepared, text, s, e) : {}),
  };
}

/** Most copies of a paragraph worth counting: beyond this, the count says "many" all the same. */
const MAX_PARAGRAPH_COPIES = 64;

/** How many times the paragraph around `[s, e)` occurs, whole, in the normalized text (absent if not found). */
function paragraphCopies(
  prepared: PreparedText,
  text: string,
  s: number,
  e: number,
): { paragraphCopies?: number } {
  const from = text.lastIndexOf('\n', s - 1) + 1;
  const next = text.indexOf('\n', e);
  const paragraph = normalizeString(text.slice(from, next < 0 ? text.length : next));
  const normal = prepared.normalized.text;
  const whole = prepared
    .occurrences(paragraph, MAX_PARAGRAPH_COPIES)
    .filter(
      (at) =>
        (at === 0 || normal[at - 1] === '\n') &&
        (at + paragraph.length === normal.length || normal[at + paragraph.length] === '\n'),
    );
  return whole.length > 0 ? { paragraphCopies: whole.length } : {};
}

/** Characters outside the Basic Multilingual Plane (surrogate pairs) before `offset`: for code-point export. */
function astralBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = 1; i < offset; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) count++;
  }
  return count;
}

function clamp(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Whether `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}
