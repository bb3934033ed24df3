/**
 * This module splits text into tokens kept as parallel typed arrays (start, end, kind, flags) plus the
 * lowercased form of each word: one pass, no per-token objects, so that a long page costs little memory.
 * Words keep inner hyphens and apostrophes ("well-known", "O'Brien"); clitics are split off the way
 * English grammar reads them ("didn't" → "did" + "n't", "Russia's" → "Russia" + "'s"); abbreviation periods
 * stay on their word ("Sen.", "U.S.", "J.") so that sentence splitting can tell them from a full stop.
 */
import { abbreviationKind } from './lexicon/abbreviations';

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

// One alternative per token shape, tried in order: dotted abbreviations (U.S., a.m.), numbers (1,000, 3.5%,
// 9/11, 10:30), words with inner joiners, doubled-apostrophe quotes, dashes, ellipses, a newline, any other
// single non-space character.
const TOKEN =
  /(?:\p{L}\.){2,}|\p{N}+(?:[.,:/]\p{N}+)*(?:%|\p{L}+)?(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}_]+(?:(?:[-'’.&@/]|['’](?=\p{L}))[\p{L}\p{M}\p{N}_]+)*|''|``|--+|\.{3}|\n|\S/gu;

const CLITIC = /(?:n['’]t|['’](?:s|re|ve|ll|d|m))$/i;
const QUOTE_CHARS = '"\'“”‘’«»„‹›`';

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 160 ||
    (code >= 0x2000 && code <= 0x200b)
  );
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

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
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const s = m.index;
    const raw = m[0];
    const first = raw.charCodeAt(0);
    if (raw === '\n') {
      push(t, s, s + 1, Kind.Break, 0);
    } else if (isWordStart(raw)) {
      if (first >= 48 && first <= 57) {
        push(t, s, s + raw.length, Kind.Number, 0);
      } else {
        // An abbreviation takes its period: continue after it.
        TOKEN.lastIndex = pushWord(t, text, s, raw);
      }
    } else if (raw === "''" || raw === '``' || QUOTE_CHARS.includes(raw)) {
      push(t, s, s + raw.length, Kind.Quote, 0);
    } else {
      push(t, s, s + raw.length, Kind.Punct, 0);
    }
  }
  return t;
}

function isWordStart(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  return /^[\p{L}\p{N}]/u.test(raw);
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
    const initial = raw.length === 1 && isUpper(raw.charCodeAt(0));
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
  if (isUpper(c) || (c > 0xff && word[0] !== word[0]?.toLowerCase())) {
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
  if (s === 0 || isSpace(text.charCodeAt(s - 1))) flags |= Flag.SpaceBefore;
  if (e >= text.length || isSpace(text.charCodeAt(e))) flags |= Flag.SpaceAfter;
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
