/**
 * This module recognizes the cues that are not verbs: "In" before a document that finds something ("In a
 * CNN poll, …"), a colon after a bare name in a headline ("Trump: …"), and a colon that leads into a quote
 * ("He then listed the qualities:" ⏎ “…”).
 */
import { isOpeningMark, word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { startsClause } from './cue-complements';
import { wordSet } from './lexicon/word-set';
import { phraseEndRight } from './noun-phrase';
import { Tag } from './tags';
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
  'latest update updates note editor name age city job pay video photos photo related breaking exclusive ' +
    'editorial opinion analysis correction transcript watch read live bonus q a',
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
  // The colon ends its sentence: the next sentence must open with a quote mark.
  let j = b;
  while (j < ctx.tokens.count && ctx.tokens.kind[j] === Kind.Break) j++;
  return j < ctx.tokens.count && j - b <= 2 && isOpeningMark(ctx, j);
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
