/**
 * This module finds sentences in the token stream. A newline always ends a sentence (it is a block boundary
 * in the page text); a full stop, question or exclamation mark ends one when what follows looks like the
 * start of a new sentence; an abbreviation period ("U.S.", "Inc.", "J.") ends one only before a word that
 * usually opens sentences ("The", "He", "But"); titles ("Sen.", "Dr.") never. Run-on text without
 * punctuation is cut into pieces of bounded length so that later steps stay linear.
 */
import { lookup } from './lexicon';
import { Form } from './lexicon/inflect';
import { Flag, Kind, type Tokens } from './tokens';

/** Sentences as token ranges: sentence k covers tokens [first[k], last[k]) and lies in paragraph para[k]. */
export interface Sentences {
  count: number;
  first: Int32Array;
  last: Int32Array;
  para: Int32Array;
}

/** No sentence is longer than this many tokens; longer runs are cut at a comma or semicolon if possible. */
export const MAX_SENTENCE_TOKENS = 160;

/** Capitalized words that usually open a sentence, so an abbreviation period before them is a full stop. */
const OPENERS: ReadonlySet<string> = new Set(
  (
    'the a an he she it they we i you his her its their our my this that these those there but and so yet ' +
    'in on at as if when while after before although though because since however meanwhile still also ' +
    'then now mr mrs ms what who why how where some many most no one'
  ).split(' '),
);

const TERMINAL: ReadonlySet<string> = new Set(['.', '!', '?', '...', '…']);

export function splitSentences(tokens: Tokens): Sentences {
  const n = tokens.count;
  const out: Sentences = {
    count: 0,
    first: new Int32Array(Math.max(8, (n >> 3) + 8)),
    last: new Int32Array(Math.max(8, (n >> 3) + 8)),
    para: new Int32Array(Math.max(8, (n >> 3) + 8)),
  };
  const { kind, flags, lower } = tokens;
  let para = 0;
  let begin = 0;
  let i = 0;
  while (i < n) {
    const k = kind[i];
    if (k === Kind.Break) {
      emit(out, tokens, begin, i, para);
      para++;
      begin = i + 1;
      i++;
      continue;
    }
    let boundaryAfter = -1;
    const word = lower[i] ?? '';
    if (k === Kind.Punct && TERMINAL.has(word)) {
      const j = afterClosers(tokens, i + 1);
      const quoted = j > i + 1 && kind[j - 1] === Kind.Quote;
      if (j >= n || (startsSentence(tokens, j, false) && !(quoted && isQuoteTag(tokens, j))))
        boundaryAfter = j;
    } else if (k === Kind.Word && (flags[i] ?? 0) & Flag.Abbrev && !((flags[i] ?? 0) & Flag.Title)) {
      // After a closing quote or bracket ("“Neither do I.”", "(in the U.S.)") the period is a full stop.
      const j = afterClosers(tokens, i + 1);
      if (j >= n || startsSentence(tokens, j, j === i + 1)) boundaryAfter = j;
    }
    if (boundaryAfter >= 0) {
      emit(out, tokens, begin, boundaryAfter, para);
      begin = boundaryAfter;
      i = boundaryAfter;
      continue;
    }
    if (i + 1 - begin >= MAX_SENTENCE_TOKENS) {
      const cut = softCut(tokens, begin, i + 1);
      emit(out, tokens, begin, cut, para);
      begin = cut;
    }
    i++;
  }
  emit(out, tokens, begin, n, para);
  return out;
}

/** The token after the closing quotes and brackets that hug a stop from `j` on (they belong to its sentence). */
function afterClosers(tokens: Tokens, j: number): number {
  while (
    j < tokens.count &&
    (tokens.kind[j] === Kind.Quote || tokens.lower[j] === ')') &&
    !((tokens.flags[j] ?? 0) & Flag.SpaceBefore)
  )
    j++;
  return j;
}

/** Whether the token at `j` can open a sentence (after a full stop; `strict` after an abbreviation). */
function startsSentence(tokens: Tokens, j: number, strict: boolean): boolean {
  const k = tokens.kind[j];
  if (k === Kind.Break) return true;
  const f = tokens.flags[j] ?? 0;
  if (k === Kind.Quote) return true;
  if (k === Kind.Punct) {
    const w = tokens.lower[j];
    return !strict && (w === '(' || w === '[' || w === '—' || w === '-' || w === '–');
  }
  if (k === Kind.Number) return !strict;
  if (!(f & Flag.Cap)) return false;
  if (!strict) return true;
  return OPENERS.has(tokens.lower[j] ?? '');
}

/** Cue classes whose verbs make a quote's tag after the speaker's name ("“…?” Graham asked."). */
const TAG_CLASSES: ReadonlySet<string> = new Set([
  'saying',
  'asking',
  'pressing',
  'telling',
  'publishing',
  'continuing',
]);

/** Whether a word is a verb of saying in the past or the present ("said", "asks", "tweeted"). */
function isTagVerb(lower: string): boolean {
  const entry = lookup(lower);
  return (
    entry?.cue != null &&
    (entry.verbForms & (Form.Past | Form.Third)) !== 0 &&
    entry.cue.classes.some((c) => TAG_CLASSES.has(c))
  );
}

/**
 * Whether the words at `j` are a quote's tag rather than a new sentence: a name of up to four words, a verb
 * of saying, then the end of the sentence ("“Does anybody know?” Graham asked. “Neither do I.”").
 */
function isQuoteTag(tokens: Tokens, j: number): boolean {
  let m = j;
  while (m < j + 4 && tokens.kind[m] === Kind.Word && (tokens.flags[m] ?? 0) & Flag.Cap) m++;
  if (m === j || !isTagVerb(tokens.lower[m] ?? '')) return false;
  const after = tokens.lower[m + 1];
  return after === undefined || after === '.' || after === ',' || tokens.kind[m + 1] === Kind.Break;
}

/** The best place to cut an over-long run in [begin, end): after its last semicolon or comma, else at end. */
function softCut(tokens: Tokens, begin: number, end: number): number {
  for (let j = end - 1; j > begin + (MAX_SENTENCE_TOKENS >> 1); j--) {
    const w = tokens.lower[j];
    if (w === ';' || w === ',') return j + 1;
  }
  return end;
}

function emit(out: Sentences, tokens: Tokens, begin: number, end: number, para: number): void {
  // Leading and trailing breaks never belong to a sentence.
  while (begin < end && tokens.kind[begin] === Kind.Break) begin++;
  while (end > begin && tokens.kind[end - 1] === Kind.Break) end--;
  if (end <= begin) return;
  if (out.count === out.first.length) {
    const size = out.count * 2;
    out.first = copy(out.first, size);
    out.last = copy(out.last, size);
    out.para = copy(out.para, size);
  }
  out.first[out.count] = begin;
  out.last[out.count] = end;
  out.para[out.count] = para;
  out.count++;
}

function copy(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
