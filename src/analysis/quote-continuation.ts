/**
 * This module follows a quoted content beyond its sentence. A direct quote often runs on: over several
 * sentences inside one pair of marks (“A. B.” he said), into following sentences that are quotes with no
 * tag of their own (“A,” he said. “B.”), over paragraphs that each reopen the quote, and after a colon
 * that ends a paragraph ("Cruz continued:" ⏎ “…”). Such continuations become further content spans of the
 * same attribution.
 */
import { isOpeningMark, runAt, tagAt, type Context } from './context';
import type { Cue } from './cues';
import type { Finding } from './findings';
import { continuesInto } from './quotes';
import type { Range } from './source-phrase';
import { Tag } from './tags';

/** At most this many following sentences are joined to one attribution. */
const MAX_FOLLOWING = 8;

export function continueQuotes(ctx: Context, findings: Finding[], cuesOf: readonly Cue[][]): void {
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f) continue;
    // Only the sentence's last attribution speaks on into the next sentences.
    if (findings[i + 1]?.sentence === f.sentence) continue;
    if (f.content.length === 0) {
      colonParagraph(ctx, f, cuesOf);
      continue;
    }
    const quoted = f.content.some(([s, e]) => hasQuoteMark(ctx, s, e));
    if (!quoted) continue;
    const end = Math.max(extendRun(ctx, f.content), f.cue.last, f.source ? f.source[1] : 0);
    followingQuotes(ctx, f, end, cuesOf);
  }
}

function hasQuoteMark(ctx: Context, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (tagAt(ctx, i) === Tag.Quote) return true;
  return false;
}

/** Extends the last content range to the end of the quote it stops inside, across paragraphs. */
function extendRun(ctx: Context, content: Range[]): number {
  const last = content[content.length - 1];
  if (!last) return -1;
  const [s, e] = last;
  let r = runAt(ctx, e - 1);
  if (r < 0) return e;
  const q = ctx.quotes;
  let close = q.close[r] ?? e - 1;
  if (close >= e) content[content.length - 1] = [s, close + 1];
  let end = Math.max(e, close + 1);
  // Quotes reopened in the next paragraphs.
  while (continuesInto(q, r, ctx.tokens)) {
    r++;
    const open = q.open[r] ?? 0;
    close = q.close[r] ?? open;
    content.push([open, close + 1]);
    end = close + 1;
  }
  return end;
}

/** Sentences after the content that are quotes with no cue of their own belong to the same speaker. */
function followingQuotes(ctx: Context, f: Finding, end: number, cuesOf: readonly Cue[][]): void {
  const { sentences } = ctx;
  let s = ctx.sentenceOf[end - 1] ?? -1;
  if (s < 0) return;
  // No other quote after the attribution in its sentence ("he said after the vote." is fine).
  const last = sentences.last[s] ?? 0;
  for (let i = end; i < last; i++) if (tagAt(ctx, i) === Tag.Quote) return;
  const para = sentences.para[s];
  for (let k = 0; k < MAX_FOLLOWING; k++) {
    s++;
    if (s >= sentences.count || sentences.para[s] !== para) return;
    if ((cuesOf[s]?.length ?? 0) > 0) return;
    const first = sentences.first[s] ?? 0;
    if (!isOpeningMark(ctx, first)) return;
    const r = runAt(ctx, first);
    const close = ctx.quotes.close[r] ?? first;
    const stop = Math.max(close + 1, sentences.last[s] ?? first);
    f.content.push([first, trimStop(ctx, first, stop)]);
    const sEnd = ctx.sentenceOf[stop - 1] ?? s;
    s = Math.max(s, sEnd);
  }
}

function trimStop(ctx: Context, a: number, e: number): number {
  let end = e;
  while (end > a + 1 && tagAt(ctx, end - 1) === Tag.Stop) end--;
  return end;
}

/** "He added:" at the end of a paragraph: the quote in the next paragraph is the content. */
function colonParagraph(ctx: Context, f: Finding, cuesOf: readonly Cue[][]): void {
  const { sentences } = ctx;
  const s = f.sentence;
  const last = sentences.last[s] ?? 0;
  if (tagAt(ctx, last - 1) !== Tag.Colon || f.cue.last < last - 3) return;
  const n = s + 1;
  if (n >= sentences.count || (cuesOf[n]?.length ?? 0) > 0) return;
  const first = sentences.first[n] ?? 0;
  if (isOpeningMark(ctx, first)) {
    f.content.push([first, (ctx.quotes.close[runAt(ctx, first)] ?? first) + 1]);
    extendRun(ctx, f.content);
  } else {
    f.content.push([first, trimStop(ctx, first, sentences.last[n] ?? first)]);
  }
}
