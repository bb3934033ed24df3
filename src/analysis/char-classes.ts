/**
 * This module classifies characters for the tokenizer, by UTF-16 code unit: a table for ASCII, Unicode
 * properties (letters, marks, numbers) for the rest, remembered per code unit. Hand-written scanning with
 * these is several times faster than a regular expression with Unicode classes, and allocates nothing.
 */

const WORD = 1; // letter, mark, digit or underscore
const DIGIT = 2;
const LETTER = 4;
const SPACE = 8;
const UPPER = 16;

const ascii = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if (c >= 48 && c <= 57) ascii[c] = WORD | DIGIT;
  else if (c >= 65 && c <= 90) ascii[c] = WORD | LETTER | UPPER;
  else if (c >= 97 && c <= 122) ascii[c] = WORD | LETTER;
  else if (c === 95) ascii[c] = WORD;
  else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12) ascii[c] = SPACE;
}

/** Classes of the code units above ASCII, computed on first sight (0 = not computed yet). */
const wide = new Uint8Array(65536);
const COMPUTED = 128;

const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUMBER_RE = /\p{N}/u;
const SPACE_RE = /\s/u;
/** Zero-width spaces and joiners, which pages put between words. */
const ZERO_WIDTH = '\u200b\u200c\u200d\u2060\ufeff';

function classOf(c: number): number {
  if (c < 128) return ascii[c] ?? 0;
  let k = wide[c] ?? 0;
  if (k === 0) {
    // Surrogates (emoji and rare scripts) are symbols here.
    const ch = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c);
    k = COMPUTED;
    if (ch && LETTER_RE.test(ch)) k |= WORD | LETTER | (ch !== ch.toLowerCase() ? UPPER : 0);
    else if (ch && MARK_RE.test(ch)) k |= WORD;
    else if (ch && NUMBER_RE.test(ch)) k |= WORD | DIGIT;
    else if (ch && (SPACE_RE.test(ch) || ZERO_WIDTH.includes(ch))) k |= SPACE;
    wide[c] = k;
  }
  return k;
}

/** A letter, mark, digit or underscore: a character of a word. */
export function isWordChar(c: number): boolean {
  return (classOf(c) & WORD) !== 0;
}

export function isLetter(c: number): boolean {
  return (classOf(c) & LETTER) !== 0;
}

export function isDigit(c: number): boolean {
  return (classOf(c) & DIGIT) !== 0;
}

export function isUpperLetter(c: number): boolean {
  return (classOf(c) & UPPER) !== 0;
}

export function isSpaceChar(c: number): boolean {
  return (classOf(c) & SPACE) !== 0;
}
