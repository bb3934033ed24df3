/**
 * This module gives each source a display name and a kind, while its span stays where the text is:
 *
 * - a name in the source phrase is the display name ("Jonah Leff, executive director of …" → "Jonah
 *   Leff"); a short name is completed from an earlier full name ("Leff" → "Jonah Leff", "Mr. Sanders" →
 *   "Bernie Sanders");
 * - a pronoun is resolved to the nearest earlier named or described source ("It said" → "KCNA", "the
 *   foreign ministry"): "it" prefers organizations (names in capitals or without a title), "he"/"she"
 *   people; a relative pronoun ("who", "which") to the phrase it follows;
 * - a phrase whose head withholds a name ("officials", "a source familiar with the matter", "aides") is
 *   anonymous, and keeps its words as its name;
 * - no source at all ("Asked about it, …") is anonymous with an empty name.
 */
import { word, tagAt, type Context } from './context';
import type { Finding } from './findings';
import { ANONYMOUS_HEADS, ROLE_NOUNS } from './lexicon/nouns';
import { phraseStartLeft } from './noun-phrase';
import type { SourceKind } from '../model/attribution';
import { Flag } from './tokens';
import { Tag } from './tags';
import {
  completeName,
  isPersonalPronoun,
  remember,
  resolvePronoun,
  type EarlierSource,
} from './name-completion';

export interface SourceName {
  readonly name: string;
  readonly kind: SourceKind;
  /** Whether the source reads as a person (for pronouns: whether the pronoun names one). */
  readonly person: boolean;
}

export function nameSources(ctx: Context, findings: readonly Finding[]): SourceName[] {
  const out: SourceName[] = [];
  const named: EarlierSource[] = [];
  for (const f of findings) {
    const src = f.source;
    if (!src) {
      out.push({ name: '', kind: 'anonymous', person: false });
      continue;
    }
    const [s, e] = src;
    const t = tagAt(ctx, s);
    if (e - s === 1 && (t === Tag.Pron || t === Tag.ObjPron || t === Tag.Rel || t === Tag.That)) {
      out.push({
        name: pronounName(ctx, s, named),
        kind: 'pronoun',
        person: isPersonalPronoun(word(ctx, s)),
      });
      continue;
    }
    const name = nameRun(ctx, s, e);
    if (name) {
      const full = completeName(name, named);
      const person = isPerson(ctx, s, e);
      remember(named, { name: full, person });
      out.push({ name: full, kind: 'named', person });
      continue;
    }
    const text = phraseText(ctx, s, e);
    const anonymous = isAnonymous(ctx, s, e);
    const person = isPerson(ctx, s, e);
    // "Corvania's foreign ministry denied …. It said …": a described source is an antecedent too.
    if (!anonymous) remember(named, { name: text, person });
    out.push({ name: text, kind: anonymous ? 'anonymous' : 'named', person });
  }
  return out;
}

function phraseText(ctx: Context, s: number, e: number): string {
  const { start, end, text } = ctx.tokens;
  let last = s + 1;
  while (last < e && !isPhraseBreak(tagAt(ctx, last))) last++;
  while (last > s + 1 && (tagAt(ctx, last - 1) === Tag.Comma || tagAt(ctx, last - 1) === Tag.Quote)) last--;
  return text.slice(start[s] ?? 0, end[last - 1] ?? 0);
}

/**
 * The display name of a source phrase: the names heading it and its coordinated parts ("North Korean
 * leader Kim Jong Un and Russian official Sergei Shoigu" → "Kim Jong Un and Sergei Shoigu", "North
 * Korea's state news agency KCNA" → "KCNA"), or the name in an apposition ("a spokeswoman, Anna White" →
 * "Anna White"); '' when common nouns head the phrase and no one is named ("Obama administration
 * officials", "the head of the organization").
 */
function nameRun(ctx: Context, s: number, e: number): string {
  const parts: Array<[number, number]> = [];
  let from = s;
  for (let i = s; i <= e; i++) {
    const t = i < e ? tagAt(ctx, i) : Tag.Comma;
    if (t === Tag.Comma || t === Tag.Rel || t === Tag.That || t === Tag.Dash) {
      if (i > from) parts.push([from, i]);
      if (t === Tag.Rel || t === Tag.That) break;
      from = i + 1;
    }
  }
  for (const [ps, pe] of parts) {
    const names: string[] = [];
    let cs = ps;
    for (let i = ps; i <= pe; i++) {
      const w = i < pe ? word(ctx, i) : 'and';
      if (w === 'and' || w === '&') {
        const name = headName(ctx, cs, i);
        if (name) names.push(name);
        cs = i + 1;
      }
    }
    if (names.length > 0) return names.join(' and ');
  }
  return '';
}

/** The name run that heads the phrase [s, e), before any prepositional phrase; '' for a common noun head. */
function headName(ctx: Context, s: number, e: number): string {
  let end = e;
  let sawNoun = false;
  for (let i = s; i < e; i++) {
    const t = tagAt(ctx, i);
    if ((t === Tag.Prep || t === Tag.Open) && sawNoun) {
      end = i;
      break;
    }
    if (t === Tag.Noun || t === Tag.Propn) sawNoun = true;
  }
  let last = end - 1;
  while (last > s && tagAt(ctx, last) === Tag.Comma) last--;
  if (tagAt(ctx, last) !== Tag.Propn) return '';
  let first = last;
  while (first - 1 >= s && tagAt(ctx, first - 1) === Tag.Propn) first--;
  const { start, end: ends, text } = ctx.tokens;
  return text.slice(start[first] ?? 0, ends[last] ?? 0);
}

function isPerson(ctx: Context, s: number, e: number): boolean {
  let names = 0;
  for (let i = s; i < e; i++) {
    const f = ctx.tokens.flags[i] ?? 0;
    if (f & Flag.Title || ROLE_NOUNS.has(word(ctx, i))) return true;
    if (f & Flag.AllCaps) return false;
    if (tagAt(ctx, i) === Tag.Propn) names++;
    else if (tagAt(ctx, i) === Tag.Det) return false;
  }
  return names >= 2 && names <= 3;
}

function isPhraseBreak(t: number): boolean {
  return t === Tag.Comma || t === Tag.Rel || t === Tag.That || t === Tag.Dash;
}

/** A pronoun's display name: the phrase a relative pronoun follows, the earlier source a personal one stands for, or the pronoun itself. */
function pronounName(ctx: Context, i: number, named: readonly EarlierSource[]): string {
  const t = tagAt(ctx, i);
  if (t === Tag.Rel || t === Tag.That) {
    // "Jeb Bush, who said …": the phrase before the comma.
    let p = i - 1;
    if (tagAt(ctx, p) === Tag.Comma) p--;
    const s = phraseStartLeft(ctx, p + 1, Math.max(0, p - 12));
    if (s >= 0) return nameRun(ctx, s, p + 1) || phraseText(ctx, s, p + 1);
    return word(ctx, i);
  }
  return (
    resolvePronoun(word(ctx, i), named) ??
    ctx.tokens.text.slice(ctx.tokens.start[i] ?? 0, ctx.tokens.end[i] ?? 0)
  );
}

function isAnonymous(ctx: Context, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (ANONYMOUS_HEADS.has(word(ctx, i))) return true;
    if (word(ctx, i) === 'of' || tagAt(ctx, i) === Tag.Comma) break;
  }
  return false;
}
