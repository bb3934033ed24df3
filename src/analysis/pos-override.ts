/**
 * This module lets an external part-of-speech tagger (wink-nlp, for one) decide the open word classes —
 * noun, name, adjective, adverb, verb — in place of the engine's own decisions, so that its effect on the
 * scores can be measured (`npm run eval -- --tagger wink`, `npm run bench:analysis`). Function words keep
 * the engine's classes, which carry more than a part of speech (auxiliary, "that", "to"). The tagger's
 * tokens are aligned with the engine's by character offset. Nothing in the shipped engine imports this.
 */
import type { Context } from './context';
import { Form } from './lexicon/inflect';
import { Tag } from './tags';
import { Kind } from './tokens';

/** A tagger's view of a text: its tokens as written and one Universal POS tag per token. */
export interface PosTags {
  readonly values: readonly string[];
  readonly pos: readonly string[];
}

const OPEN: ReadonlySet<number> = new Set([
  Tag.Noun,
  Tag.Propn,
  Tag.Adj,
  Tag.Adv,
  Tag.Verb,
  Tag.Past,
  Tag.Ing,
  Tag.Part,
]);

function verbal(ctx: Context, i: number, current: number): number {
  if (current === Tag.Verb || current === Tag.Past || current === Tag.Ing || current === Tag.Part)
    return current;
  const forms = ctx.entry[i]?.verbForms ?? 0;
  const w = ctx.tokens.lower[i] ?? '';
  if (forms & Form.Ing || w.endsWith('ing')) return Tag.Ing;
  if (forms & Form.Past || w.endsWith('ed')) return Tag.Past;
  return Tag.Verb;
}

function mapped(ctx: Context, i: number, upos: string, current: number): number {
  switch (upos) {
    case 'NOUN':
      return Tag.Noun;
    case 'PROPN':
      return Tag.Propn;
    case 'ADJ':
      return Tag.Adj;
    case 'ADV':
      return Tag.Adv;
    case 'NUM':
      return Tag.Num;
    case 'VERB':
      return verbal(ctx, i, current);
    default:
      return current;
  }
}

/** Overrides the open word classes of `ctx` with the tagger's, token by token where the offsets meet. */
export function overrideOpenClasses(ctx: Context, tags: PosTags): void {
  const { text, start, kind, count } = ctx.tokens;
  // Offsets of the tagger's tokens, found in order in the text.
  const at = new Map<number, string>();
  let pos = 0;
  for (let k = 0; k < tags.values.length; k++) {
    const value = tags.values[k] ?? '';
    const found = value ? text.indexOf(value, pos) : -1;
    if (found < 0) continue;
    at.set(found, tags.pos[k] ?? '');
    pos = found + value.length;
  }
  for (let i = 0; i < count; i++) {
    if (kind[i] !== Kind.Word) continue;
    const current = ctx.tag[i] ?? Tag.None;
    if (!OPEN.has(current)) continue;
    const upos = at.get(start[i] ?? -1);
    if (upos) ctx.tag[i] = mapped(ctx, i, upos, current);
  }
}
