/**
 * This module builds the form of the text that quotes are matched on. Edits that do not change what a
 * reader reads must not break an anchor: white space (including no-break and zero-width spaces) is
 * dropped, block breaks are kept as a single "\n" (they tell paragraphs apart), curly and straight quotes,
 * dashes and letter case are unified. Every normalized character remembers where it came from, so a
 * match maps back to offsets in the page's text.
 */

export interface NormalizedText {
  /** The page's text as given. */
  readonly source: string;
  /** The text that matching works on. */
  readonly text: string;
  /** `toSource[i]`: offset in `source` of normalized character `i`; `toSource[text.length]` is `source.length`. */
  readonly toSource: Int32Array;
  /** `toNormal[j]`: offset in `text` of the first normalized character at or after source offset `j`. */
  readonly toNormal: Int32Array;
}

const NEWLINE = 10;

/**
 * What a UTF-16 code unit becomes: -1 dropped, -2 a block break, else the code unit to keep.
 * Written as a switch on purpose: it runs once per character of the page.
 */
function mapCode(code: number): number {
  if (code < 128) {
    if (code === 10) return -2;
    if (code === 32 || code === 9 || code === 13 || code === 12 || code === 11) return -1;
    if (code >= 65 && code <= 90) return code + 32;
    if (code === 96) return 39; // ` typed for an apostrophe
    return code;
  }
  switch (code) {
    case 0x00a0: // no-break space
    case 0x00ad: // soft hyphen
    case 0x1680:
    case 0x180e:
    case 0x200b: // zero-width space, non-joiner, joiner
    case 0x200c:
    case 0x200d:
    case 0x202f:
    case 0x205f:
    case 0x2060:
    case 0x3000:
    case 0xfeff:
      return -1;
    case 0x2028:
    case 0x2029:
      return -2;
    case 0x2018: // ‘ ’ ‚ ‛ ′ ´
    case 0x2019:
    case 0x201a:
    case 0x201b:
    case 0x2032:
    case 0x00b4:
      return 39;
    case 0x201c: // “ ” „ ‟ ″ « »
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x2033:
    case 0x00ab:
    case 0x00bb:
      return 34;
    case 0x2010: // hyphens, dashes, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return 45;
    default:
      break;
  }
  if (code >= 0x2000 && code <= 0x200a) return -1; // typographic spaces
  if (code >= 0xd800 && code <= 0xdfff) return code; // surrogates: keep both halves as they are
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/**
 * Normalizes a short string (a quote, a prefix, a suffix) the same way as the page's text. A suffix keeps
 * a leading block break: "the quote ends its paragraph" is part of what the suffix says.
 */
export function normalizeString(value: string, keepLeadingBreak = false): string {
  return normalizeText(value, keepLeadingBreak).text;
}

/** mapCode for the 128 ASCII codes, looked up rather than computed: most pages are mostly ASCII. */
const ASCII = Int32Array.from({ length: 128 }, (_, code) => mapCode(code));

export function normalizeText(source: string, keepLeadingBreak = false): NormalizedText {
  const n = source.length;
  const codes = new Uint16Array(n);
  const toSource = new Int32Array(n + 1);
  const toNormal = new Int32Array(n + 1);
  let length = 0;
  let lastWasBreak = !keepLeadingBreak; // no break at the very start of a page
  for (let j = 0; j < n; j++) {
    toNormal[j] = length;
    const code = source.charCodeAt(j);
    const mapped = code < 128 ? (ASCII[code] ?? code) : mapCode(code);
    if (mapped === -1) continue;
    if (mapped === -2) {
      if (lastWasBreak) continue;
      lastWasBreak = true;
      codes[length] = NEWLINE;
    } else {
      lastWasBreak = false;
      codes[length] = mapped;
    }
    toSource[length] = j;
    length++;
  }
  toNormal[n] = length;
  toSource[length] = n;
  return {
    source,
    text: decode(codes, length),
    toSource: toSource.subarray(0, length + 1),
    toNormal,
  };
}

/** String.fromCharCode over chunks: one call per character would be slow, one call for all overflows. */
function decode(codes: Uint16Array, length: number): string {
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode(...codes.subarray(i, Math.min(length, i + CHUNK))));
  }
  return parts.join('');
}

/**
 * Source offsets `[start, end)` of the normalized span `[from, to)`: from the first kept character to just
 * after the last one, widened so as not to split a surrogate pair or strip combining marks off a letter.
 */
export function toSourceSpan(normalized: NormalizedText, from: number, to: number): [number, number] {
  const { source, toSource } = normalized;
  const start = toSource[from] ?? source.length;
  const end = to > from ? (toSource[to - 1] ?? source.length - 1) + 1 : start;
  return snapToGraphemes(source, start, end);
}

const COMBINING = /\p{M}/u;

/** Widens `[start, end)` so that it neither splits a surrogate pair nor leaves combining marks behind. */
export function snapToGraphemes(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  if (
    s > 0 &&
    s < text.length &&
    isLowSurrogate(text.charCodeAt(s)) &&
    isHighSurrogate(text.charCodeAt(s - 1))
  )
    s--;
  if (
    e > 0 &&
    e < text.length &&
    isLowSurrogate(text.charCodeAt(e)) &&
    isHighSurrogate(text.charCodeAt(e - 1))
  )
    e++;
  while (s > 0 && s < e && COMBINING.test(text.charAt(s))) s--;
  while (e < text.length && COMBINING.test(text.charAt(e))) e++;
  return [s, e];
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
