/**
 * This module splits text into tokens kept as parallel typed arrays (start, end, kind, flags) plus the
 * lowercased form of each word: one pass, no per-token objects, so that a long page costs little memory.
 * Words keep inner hyphens and apostrophes ("well-known", "O'Brien"); clitics are split off the way
 * English grammar reads them ("didn't" → "did" + "n't", "Russia's" → "Russia" + "'s"); abbreviation periods
 * stay on their word ("Sen.", "U.S.", "J.") so that sentence splitting can tell them from a full stop.
 */
import { abbreviationKind } from './lexicon/abbreviations';
import { isDigit, isLetter, isSpaceChar, isUpperLetter, isWordChar } from './char-classes';

export const Kind = { Word: 1, Number: 2, Punct: 3, Quote: 4, Break: 5 } as const;

export const Flag = {
  /** Starts with a capital letter. */
  Cap: 1,
  /** Two or more letters, all capitals ("KCNA", "FBI"). */
  AllCaps: 2,
  /** Carries an abbreviation period ("Sen.", "U.S."). */
  Abbrev: 4,
  /** A title before a name ("Sen.", "Dr."). */
  Title: 8,
  /** A single letter with a period ("J."). */
  Initial: 16,
  /** White space (or the start of the text) right before the token. */
  SpaceBefore: 32,
  /** White space (or the end of the text) right after the token. */
  SpaceAfter: 64,
} as const;

export interface Tokens {
  readonly text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** Lowercased words with typographic apostrophes made plain ("’s" → "'s"); punctuation as written. */
  readonly lower: string[];
}

const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const QUOTE_CHARS = '"\'“”‘’«»„‹›`';

/**
 * The token shapes, scanned by hand (char-classes.ts): dotted abbreviations ("U.S.", "a.m."); numbers
 * ("1,000", "3.5%", "9/11", "10:30", "78-year-old"); words with inner joiners ("well-known", "O'Brien",
 * "AT&T"); the doubled-apostrophe quotes '' and ``; dashes "--"; an ellipsis "..."; a newline; and any other
 * single character.
 */
export function tokenize(text: string): Tokens {
  const capacity = Math.max(16, (text.length >> 2) + 16);
  const t: Tokens = {
    text,
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
    flags: new Uint8Array(capacity),
    lower: [],
  };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(t, i, i + 1, Kind.Break, 0);
      i++;
    } else if (isSpaceChar(c)) {
      i++;
    } else if (isLetter(c) || isDigit(c)) {
      if (isDottedAbbreviation(text, i)) {
        let j = i;
        while (j + 1 < n && isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
        pushPlainWord(t, text, i, text.slice(i, j), Flag.Abbrev);
        i = j;
      } else if (isDigit(c)) {
        const j = scanNumber(text, i);
        push(t, i, j, Kind.Number, 0);
        i = j;
      } else {
        // An abbreviation takes its period: continue after it.
        i = pushWord(t, text, i, text.slice(i, scanWord(text, i)));
      }
    } else {
      const j = scanSymbol(text, i, c);
      const raw = text.slice(i, j);
      const quote = raw === "''" || raw === '``' || (j === i + 1 && QUOTE_CHARS.includes(raw));
      push(t, i, j, quote ? Kind.Quote : Kind.Punct, 0);
      i = j;
    }
  }
  return t;
}

/** "U.S.", "a.m.", "e.g.": two or more letters each followed by a period. */
function isDottedAbbreviation(text: string, i: number): boolean {
  return (
    text.charCodeAt(i + 1) === 46 &&
    isLetter(text.charCodeAt(i)) &&
    isLetter(text.charCodeAt(i + 2)) &&
    text.charCodeAt(i + 3) === 46
  );
}

function isJoiner(d: number): boolean {
  // - ' ’ . & @ /
  return d === 45 || d === 39 || d === 0x2019 || d === 46 || d === 38 || d === 64 || d === 47;
}

/** End of a word starting at i: word characters, joined by - ' ’ . & @ / when a word character follows. */
function scanWord(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  for (;;) {
    while (j < n && isWordChar(text.charCodeAt(j))) j++;
    if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isWordChar(text.charCodeAt(j + 1))) {
      j += 2;
      continue;
    }
    return j;
  }
}

/** End of a number starting at i: digits with . , : / between them, a % or unit, hyphenated parts. */
function scanNumber(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  for (;;) {
    const d = text.charCodeAt(j);
    if ((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(text.charCodeAt(j + 1))) {
      j++;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      continue;
    }
    break;
  }
  if (text.charCodeAt(j) === 37) j++;
  else while (j < n && isLetter(text.charCodeAt(j))) j++;
  while (
    text.charCodeAt(j) === 45 &&
    j + 1 < n &&
    (isLetter(text.charCodeAt(j + 1)) || isDigit(text.charCodeAt(j + 1)))
  ) {
    j++;
    while (j < n && (isLetter(text.charCodeAt(j)) || isDigit(text.charCodeAt(j)))) j++;
  }
  return j;
}

/** End of a punctuation token: '' `` -- ... as one, a surrogate pair as one, else one code unit. */
function scanSymbol(text: string, i: number, c: number): number {
  const d = text.charCodeAt(i + 1);
  if ((c === 39 && d === 39) || (c === 96 && d === 96)) return i + 2;
  if (c === 45 && d === 45) {
    let j = i + 2;
    while (text.charCodeAt(j) === 45) j++;
    return j;
  }
  if (c === 46 && d === 46 && text.charCodeAt(i + 2) === 46) return i + 3;
  if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return i + 2;
  return i + 1;
}

/** Pushes a word (split into word and clitic where English splits it); returns where the next token starts. */
function pushWord(t: Tokens, text: string, s: number, raw: string): number {
  if (raw.length === 6 && raw.toLowerCase() === 'cannot') {
    pushPlainWord(t, text, s, raw.slice(0, 3));
    push(t, s + 3, s + 6, Kind.Word, 0);
    return s + 6;
  }
  const clitic = raw.length > 2 ? CLITIC.exec(raw) : null;
  // "O'Brien" and "rock'n'roll" keep their apostrophes; "didn't", "it's" and "Russia's" split.
  if (clitic && clitic.index > 0) {
    let cut = clitic.index;
    // "can't" → "ca" + "n't" reads oddly but keeps the lexicon simple; "won't" likewise.
    pushPlainWord(t, text, s, raw.slice(0, cut));
    cut += s;
    push(t, cut, s + raw.length, Kind.Word, 0);
    return s + raw.length;
  }
  let end = s + raw.length;
  let flags = 0;
  if (text.charCodeAt(end) === 46 /* . */ && raw.indexOf('.') < 0) {
    // "(D-Wash.)", "(R-Fla.)": the part after the last hyphen decides.
    const part = raw.slice(raw.lastIndexOf('-') + 1);
    const kind = abbreviationKind(part, part.toLowerCase(), text.slice(end + 1, end + 3));
    const initial = raw.length === 1 && isUpperLetter(raw.charCodeAt(0));
    if (kind || initial) {
      end += 1;
      flags |= Flag.Abbrev;
      if (kind === 'title') flags |= Flag.Title;
      if (initial) flags |= Flag.Initial;
    }
  } else if (raw.length > 2 && raw.charCodeAt(raw.length - 1) === 46) {
    flags |= Flag.Abbrev; // dotted abbreviation: "U.S.", "a.m."
  }
  pushPlainWord(t, text, s, text.slice(s, end), flags);
  return end;
}

function pushPlainWord(t: Tokens, text: string, s: number, word: string, flags = 0): void {
  const c = word.charCodeAt(0);
  if (isUpperLetter(c)) {
    flags |= Flag.Cap;
    if (word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase()) flags |= Flag.AllCaps;
  }
  push(t, s, s + word.length, Kind.Word, flags);
}

function push(t: Tokens, s: number, e: number, kind: number, flags: number): void {
  if (t.count === t.start.length) grow(t);
  const i = t.count++;
  t.start[i] = s;
  t.end[i] = e;
  t.kind[i] = kind;
  const text = t.text;
  if (s === 0 || isSpaceChar(text.charCodeAt(s - 1))) flags |= Flag.SpaceBefore;
  if (e >= text.length || isSpaceChar(text.charCodeAt(e))) flags |= Flag.SpaceAfter;
  t.flags[i] = flags;
  let lower = text.slice(s, e);
  if (kind === Kind.Word) {
    lower = lower.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  }
  t.lower.push(lower);
}

function grow(t: Tokens): void {
  const size = t.start.length * 2;
  const start = new Int32Array(size);
  start.set(t.start);
  t.start = start;
  const end = new Int32Array(size);
  end.set(t.end);
  t.end = end;
  const kind = new Uint8Array(size);
  kind.set(t.kind);
  t.kind = kind;
  const flags = new Uint8Array(size);
  flags.set(t.flags);
  t.flags = flags;
}
