/**
 * This module holds what every step of the analysis reads: the tokens, their word classes and lexicon
 * entries, the quotes, the sentences, and small questions asked about them everywhere ("is this token the
 * word X?", "which sentence holds token i?").
 */
import type { WordEntry } from './lexicon/index';
import type { Quotes } from './quotes';
import type { Sentences } from './sentences';
import { Tag } from './tags';
import type { Tokens } from './tokens';

export interface Context {
  readonly tokens: Tokens;
  readonly tag: Uint8Array;
  readonly entry: ReadonlyArray<WordEntry | undefined>;
  readonly quotes: Quotes;
  readonly sentences: Sentences;
  /** Sentence index of each token (-1 for breaks). */
  readonly sentenceOf: Int32Array;
}

export function word(ctx: Context, i: number): string {
  return ctx.tokens.lower[i] ?? '';
}

export function tagAt(ctx: Context, i: number): number {
  return ctx.tag[i] ?? Tag.None;
}

/** First token of the sentence holding token i. */
export function sentenceStart(ctx: Context, i: number): number {
  const s = ctx.sentenceOf[i] ?? -1;
  return s < 0 ? i : (ctx.sentences.first[s] ?? i);
}

/** One past the last token of the sentence holding token i. */
export function sentenceEnd(ctx: Context, i: number): number {
  const s = ctx.sentenceOf[i] ?? -1;
  return s < 0 ? i + 1 : (ctx.sentences.last[s] ?? i + 1);
}

/** The quote run holding token i, or -1. */
export function runAt(ctx: Context, i: number): number {
  return ctx.quotes.runOf[i] ?? -1;
}

/** Whether token i is an opening quote mark (the first token of its run). */
export function isOpeningMark(ctx: Context, i: number): boolean {
  const r = runAt(ctx, i);
  return r >= 0 && ctx.quotes.open[r] === i && ctx.tag[i] === Tag.Quote;
}

/** Whether token i is the closing quote mark of its run. */
export function isClosingMark(ctx: Context, i: number): boolean {
  const r = runAt(ctx, i);
  return r >= 0 && ctx.quotes.close[r] === i && ctx.quotes.closed[r] === true;
}
