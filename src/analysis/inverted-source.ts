/**
 * This module finds a source after its verb: the inverted tag of news writing ("“…,” said Leff.", "…, says
 * Sara Walker, 44, a resident who …"), with its appositions and the modifiers of an anonymous source
 * ("said a person close to the council").
 */
import { word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { TIME_WORDS } from './lexicon/closed-classes';
import { ROLE_NOUNS } from './lexicon/nouns';
import { phraseEndRight } from './noun-phrase';
import type { Range } from './source-phrase';
import { isBoundary } from './subject-asides';
import { Tag, isFiniteVerb } from './tags';

/**
 * A verb after its content ("…,” said Leff.", "…, says Smith, a professor at …"): the phrase right after
 * the verb, when nothing but the end of the sentence, a comma or a quote follows it.
 */
export function inverted(ctx: Context, cue: Cue, b: number): Range | null {
  let k = cue.last;
  while (k < b && (tagAt(ctx, k) === Tag.Adv || TIME_WORDS.has(word(ctx, k)))) k++;
  const t = tagAt(ctx, k);
  const opens = t === Tag.Propn || t === Tag.Det || t === Tag.Poss || t === Tag.Noun || t === Tag.Adj;
  if (!(opens || t === Tag.Num)) return null;
  const e = phraseEndRight(ctx, k, b);
  if (e <= k) return null;
  const after = tagAt(ctx, e);
  if (e >= b || after === Tag.Stop || after === Tag.Comma || after === Tag.Quote || after === Tag.Colon) {
    return extendRight(ctx, k, e, b);
  }
  // "said Dan Golvach when asked about …", "said Rep. Bobby Scott at the time": an adjunct follows.
  if (after === Tag.Sub || after === Tag.Wh || (after === Tag.Prep && TIME_WORDS.has(word(ctx, e + 2)))) {
    return [k, e];
  }
  // "said a source close to the campaign", "said one person with knowledge of …", "said the man who …":
  // the phrase's modifiers run to the next comma or the end.
  if (after === Tag.Rel || after === Tag.Prep || after === Tag.Adj || after === Tag.Ing || isTail(ctx, e)) {
    let j = isTail(ctx, e) ? e + 1 : e;
    while (j < b && !isBoundary(tagAt(ctx, j))) {
      if (isFiniteVerb(tagAt(ctx, j)) && after !== Tag.Rel) return [k, e];
      j++;
    }
    return [k, j];
  }
  return null;
}

/** Adds an apposition closed by a comma or the end: "Leff, executive director of the organization". */
function extendRight(ctx: Context, s: number, e: number, b: number): Range {
  let end = e;
  // "said Sara Walker, 44, a home-care aide from Nashua who attended the rally."
  while (tagAt(ctx, end) === Tag.Comma) {
    const t = tagAt(ctx, end + 1);
    if (!(t === Tag.Det || t === Tag.Noun || t === Tag.Adj || t === Tag.Propn || t === Tag.Num)) break;
    let e2 = phraseEndRight(ctx, end + 1, b);
    if (e2 <= end + 1 && t === Tag.Num) e2 = end + 2;
    if (e2 <= end + 1) break;
    const after = tagAt(ctx, e2);
    // "said Robin Maynard, half joking": one bare word before a participle, not a role ("economist
    // working for …"), describes the manner.
    if (after === Tag.Ing && e2 === end + 2 && t !== Tag.Propn && !ROLE_NOUNS.has(word(ctx, end + 1))) break;
    if (
      after === Tag.Rel ||
      after === Tag.That ||
      after === Tag.Prep ||
      after === Tag.Ing ||
      after === Tag.Past
    ) {
      while (e2 < b && !isBoundary(tagAt(ctx, e2))) e2++;
    }
    if (e2 < b && tagAt(ctx, e2) !== Tag.Stop && tagAt(ctx, e2) !== Tag.Comma) break;
    end = e2;
  }
  return [s, end];
}

/** Words that start a modifier of a person after the noun: "close to", "familiar with". */
function isTail(ctx: Context, e: number): boolean {
  const w = word(ctx, e);
  return w === 'close' || w === 'familiar' || w === 'knowledgeable' || w === 'briefed';
}
