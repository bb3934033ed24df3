/**
 * This module recognizes the cues that are not verbs: "In" before a document that finds something ("In a
 * CNN poll, …"), a colon after a bare name in a headline ("Trump: …"), a colon that leads into a quote
 * ("He then listed the qualities:" ⏎ “…”), a dash that signs a quote with a name ("“…” — Ana Ruiz"), and
 * an adjective of attitude with its complement ("is eager to …", "was skeptical that …", "remains critical
 * of …").
 */
import { isClosingMark, isOpeningMark, runAt, sentenceStart, word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { startsClause } from './cue-complements';
import { wordSet } from './lexicon/word-set';
import { phraseEndRight } from './noun-phrase';
import { Tag, isAux } from './tags';
import { Flag, Kind } from './tokens';

/**
 * Documents that find or report on their own: "In a CNN poll, Clinton led …". (A statement or an interview
 * has a speaker, whose verb is the cue: "In a statement, Smith said …".)
 */
const FINDING_NOUNS: ReadonlySet<string> = wordSet(
  'poll polls survey surveys study studies report reports analysis count tally estimate estimates census ' +
    'review audit investigation',
);

/** Labels that head a line before a colon without anyone saying anything ("The Latest:", "Update:"). */
const LABELS: ReadonlySet<string> = wordSet(
  'latest update updates note editor name age city job pay video videos photos photo related breaking ' +
    'exclusive editorial opinion analysis correction transcript watch read live bonus q a map maps chart ' +
    'charts graphic graphics gallery listen audio podcast infographic timeline',
);

/** "In a CNN poll, …", "In the survey released Monday, …": at the start of a clause, before a comma. */
export function isDocumentOpening(ctx: Context, i: number, a: number, b: number): boolean {
  const prev = tagAt(ctx, i - 1);
  if (!(i === a || prev === Tag.Conj || prev === Tag.Quote || prev === Tag.Comma)) return false;
  const e = phraseEndRight(ctx, i + 1, b);
  if (e <= i + 1) return false;
  let hasDocument = false;
  for (let j = i + 1; j < e; j++) if (FINDING_NOUNS.has(word(ctx, j))) hasDocument = true;
  if (!hasDocument) return false;
  // The document phrase may run on ("released Monday", "by Quinnipiac") up to the comma.
  for (let j = e; j < Math.min(b, e + 8); j++) {
    if (tagAt(ctx, j) === Tag.Comma) return j + 1 < b;
    if (tagAt(ctx, j) === Tag.Stop || tagAt(ctx, j) === Tag.Quote) return false;
  }
  return false;
}

/**
 * "The timing does not surprise pollster Daron Shaw: “…”", "He then listed the qualities:" ⏎ “…”: a colon
 * with no cue before it in its sentence, opening a quote (in the sentence or the next paragraph).
 */
export function leadsIntoQuote(
  ctx: Context,
  i: number,
  a: number,
  b: number,
  found: readonly Cue[],
): boolean {
  for (const c of found) if (c.head >= a && c.head < i) return false;
  if (i - a < 2) return false;
  if (i + 1 < b) return isOpeningMark(ctx, i + 1);
  // The colon ends its sentence: the next sentence must open with a quote mark, and not with a speaker's
  // label ("Partial transcript as follows:" ⏎ "“WALLACE: …": each speaker is an attribution of their own).
  let j = b;
  while (j < ctx.tokens.count && ctx.tokens.kind[j] === Kind.Break) j++;
  return j < ctx.tokens.count && j - b <= 2 && isOpeningMark(ctx, j) && !labelsSpeaker(ctx, j);
}

/** Whether the quote opening at `open` starts with a speaker's label (see isSpeakerLabel). */
function labelsSpeaker(ctx: Context, open: number): boolean {
  const last = Math.min(ctx.tokens.count, open + 5);
  for (let i = open + 2; i < last; i++) {
    if (tagAt(ctx, i) === Tag.Colon) return isSpeakerLabel(ctx, i, open, ctx.tokens.count);
  }
  return false;
}

/** "Trump: Cruz has ‘to come a long way’", "KCNA: …": a colon after a bare name that opens the sentence. */
export function isNameColon(ctx: Context, i: number, a: number, b: number, found: readonly Cue[]): boolean {
  if (i - a > 5 || i + 1 >= b) return false;
  for (const c of found) if (c.head >= a && c.head < i) return false;
  for (let j = a; j < i; j++) {
    // Names only (a headline sets every word in capitals, so capitals, not word classes, decide).
    const w = word(ctx, j);
    const f = ctx.tokens.flags[j] ?? 0;
    const closed = (ctx.entry[j]?.closed ?? 0) !== 0 && !(f & Flag.Title);
    if (!((f & Flag.Cap && !closed) || w === "'s") || LABELS.has(w)) return false;
  }
  // The text after the colon says something: a clause or a quote, not a list or a label ("Bonus video:").
  const next = tagAt(ctx, i + 1);
  return next === Tag.Quote || startsClause(ctx, i + 1, b) || b - i > 4;
}

/**
 * A transcript quoted one paragraph at a time: each paragraph reopens the quote with its speaker's label
 * in capitals, one to three words ("“WALLACE: Let's start with …"), before the colon at i. (A bare "Q:" or
 * "A:" names nobody.)
 */
export function isSpeakerLabel(ctx: Context, i: number, a: number, b: number): boolean {
  const first = a + 1;
  if (!isOpeningMark(ctx, a) || i <= first || i - first > 3 || i + 2 >= b) return false;
  for (let j = first; j < i; j++) {
    if (!((ctx.tokens.flags[j] ?? 0) & Flag.AllCaps) || LABELS.has(word(ctx, j))) return false;
  }
  return true;
}

/** Dashes that sign a quote with its author's name. */
const SIGNING_DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '--']);

/**
 * A dash right after a closing quote mark and before a name that ends there (at the end of the sentence, a
 * comma, or the next quote): the quote is signed, as in testimonials, pull quotes and epigraphs
 * ("“… our greatest shame.” ― Sonya Herridge", "“…” — Ana Ruiz, a nurse in Tulsa").
 */
export function signsQuote(ctx: Context, i: number, b: number): boolean {
  if (!SIGNING_DASHES.has(word(ctx, i)) || !isClosingMark(ctx, i - 1) || tagAt(ctx, i + 1) !== Tag.Propn)
    return false;
  // The quote stands on its own; one that ends a sentence of the article is signed by its reporter
  // ("… insisted that his party was “still the No. 1 force in Spain.”--Kim Hjelmgaard").
  const open = ctx.quotes.open[runAt(ctx, i - 1)] ?? -1;
  if (!(open === sentenceStart(ctx, open) || followsSignature(ctx, open))) return false;
  const e = phraseEndRight(ctx, i + 1, b);
  if (e <= i + 1) return false;
  const after = tagAt(ctx, e);
  return e >= b || after === Tag.Stop || after === Tag.Comma || after === Tag.Quote;
}

/** Whether token `open` (a quote's opening mark) comes right after the name that signs another quote. */
function followsSignature(ctx: Context, open: number): boolean {
  for (let j = open - 1; j >= Math.max(0, open - 6); j--) {
    if (SIGNING_DASHES.has(word(ctx, j))) return isClosingMark(ctx, j - 1);
    if (tagAt(ctx, j) !== Tag.Propn) return false;
  }
  return false;
}

/**
 * Adjectives of belief, feeling and stance that take a complement: with "be" (or "seem", "remain") they
 * attribute an attitude to the subject, as a verb of thinking would ("is confident that", "was critical of").
 */
const ATTITUDES: ReadonlySet<string> = wordSet(
  'confident optimistic pessimistic skeptical sceptical convinced sure certain unsure uncertain aware ' +
    'worried concerned afraid fearful eager keen reluctant hesitant hopeful adamant insistent critical ' +
    'supportive wary doubtful dismissive determined anxious angry furious upset frustrated disappointed ' +
    'pleased proud grateful thankful',
);
const LINKING: ReadonlySet<string> = wordSet(
  'seem seems seemed remain remains remained appear appears appeared',
);
const COMPLEMENT: ReadonlySet<string> = wordSet('that to about of over with');

/** "Americans are increasingly eager to …": be + adjective of attitude + that / to / about / of. */
export function attitudeCue(ctx: Context, i: number, a: number, b: number): Cue | null {
  if (!ATTITUDES.has(word(ctx, i)) || i + 1 >= b || !COMPLEMENT.has(word(ctx, i + 1))) return null;
  let first = i;
  while (first - 1 >= a && (tagAt(ctx, first - 1) === Tag.Adv || tagAt(ctx, first - 1) === Tag.Neg)) first--;
  const v = first - 1;
  if (v < a || !(tagAt(ctx, v) === Tag.Be || LINKING.has(word(ctx, v)))) return null;
  while (first - 1 >= a && (isAux(tagAt(ctx, first - 1)) || LINKING.has(word(ctx, first - 1)))) first--;
  return { kind: 'attitude', head: i, first, last: i + 1, entry: null, use: 'finite' };
}
