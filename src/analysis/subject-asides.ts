/**
 * This module reads the subject of a cue that follows a comma: the subject stands before asides set off by
 * commas or dashes — appositions ("X, a spokesman, said"), relative clauses ("X, who …, said"),
 * prepositional phrases and participles ("X, in a statement, said") — and the source is the subject with
 * its appositions and relative clauses, up to the first aside that is about something else.
 */
import { isClosingMark, runAt, word, tagAt, type Context } from './context';
import { TIME_WORDS } from './lexicon/closed-classes';
import { isPhraseSegment, opensClauseAt, phraseStartLeft } from './noun-phrase';
import type { Range } from './source-phrase';
import { Tag, isAux } from './tags';

/**
 * The cue follows a comma (or a dash): the subject stands before one or more asides set off by commas —
 * appositions ("X, a spokesman, said"), relative clauses ("X, who …, said"), prepositional phrases and
 * participles ("X, in a statement, said"; "X, wearing a T-shirt, said"). The source is the subject with
 * the appositions and relative clauses that follow it, up to the first prepositional or participle aside.
 * A long subject before a stray comma ("The head of the organization that …, stated") is taken whole.
 * Returns null when the text before the comma is a clause (then the source, if any, follows the verb).
 */
export function commaSubject(ctx: Context, comma: number, a: number): Range | null {
  const segments: Array<{ close: number; kind: SegmentKind }> = [];
  let close = comma;
  for (let guard = 0; guard < 8; guard++) {
    let q = close - 1;
    for (;;) {
      while (q >= a && !isBoundary(tagAt(ctx, q))) q--;
      // A quote inside an aside ("Mr. Manafort, citing ''the unique magic of Trump,'' said") is skipped.
      const inner = q >= a ? quotedWithin(ctx, q, a) : -1;
      if (inner < 0) break;
      q = inner;
    }
    const segStart = q + 1;
    const kind = segmentKind(ctx, segStart, close);
    if (!kind) return null;
    if (q < a || tagAt(ctx, q) === Tag.Quote || tagAt(ctx, q) === Tag.Colon || tagAt(ctx, q) === Tag.Semi) {
      // The segment opens the clause: it is the subject itself.
      return kind === 'np' && segments.length === 0 ? [segStart, close] : null;
    }
    if (tagAt(ctx, q) !== Tag.Comma && tagAt(ctx, q) !== Tag.Dash) return null;
    segments.push({ close, kind });
    let s = phraseStartLeft(ctx, q, a);
    if (s >= 0 && !opensClauseAt(ctx, s, a)) s = phraseStartLeft(ctx, q, a, true);
    // "Dewayne Smithy, 33, of Baldwin, …": a phrase right after a comma may itself be an apposition to a
    // phrase that opens the clause further left.
    if (s >= 0 && opensClauseAt(ctx, s, a) && tagAt(ctx, s - 1) === Tag.Comma && s - 1 > a) {
      const s2 = phraseStartLeft(ctx, s - 1, a);
      if (s2 >= 0 && s2 < s - 1 && opensClauseAt(ctx, s2, a) && tagAt(ctx, s2 - 1) !== Tag.Comma) {
        segments.push({ close: q, kind: 'np' });
        q = s - 1;
        s = s2;
      }
    }
    if (s >= 0 && opensClauseAt(ctx, s, a)) {
      let end = q;
      for (let k = segments.length - 1; k >= 0; k--) {
        const seg = segments[k];
        if (!seg || seg.kind === 'aside') break;
        end = seg.close;
      }
      return [s, end];
    }
    close = q;
  }
  return null;
}

type SegmentKind = 'np' | 'relative' | 'aside';

/**
 * When token q is the closing mark of a quote that opens inside a phrase (after a word, not at a clause
 * start), the token before the opening mark; else -1.
 */
function quotedWithin(ctx: Context, q: number, a: number): number {
  if (!isClosingMark(ctx, q) && !(tagAt(ctx, q) === Tag.Comma && isClosingMark(ctx, q + 1))) return -1;
  const open = ctx.quotes.open[runAt(ctx, isClosingMark(ctx, q) ? q : q + 1)] ?? -1;
  if (open <= a || open > q) return -1;
  return isBoundary(tagAt(ctx, open - 1)) ? -1 : open - 1;
}

/** What a stretch between commas is: a noun phrase, a relative clause, an aside (a phrase, a participle). */
function segmentKind(ctx: Context, s: number, e: number): SegmentKind | null {
  if (e <= s) return null;
  const t = tagAt(ctx, s);
  if (t === Tag.Rel || t === Tag.That) return 'relative';
  if (isPhraseSegment(ctx, s, e)) return 'np';
  // "Democrats — and some Republicans — say": a coordinated phrase set off by dashes or commas.
  if ((t === Tag.Conj || word(ctx, s) === 'not') && isPhraseSegment(ctx, s + 1, e)) return 'np';
  const opensAside =
    t === Tag.Prep || t === Tag.Ing || t === Tag.Past || t === Tag.Part || t === Tag.Adv || t === Tag.Sub;
  if (!opensAside && !TIME_WORDS.has(word(ctx, s))) return null;
  if (t === Tag.Ing) return 'aside'; // a participle clause: "hoping to surge in New Hampshire"
  for (let i = s + 1; i < e; i++) {
    const ti = tagAt(ctx, i);
    if (ti === Tag.Quote || ti === Tag.Stop) return null;
    if (isAux(ti) && t !== Tag.Sub) return null;
    if (ti === Tag.Verb && t !== Tag.Sub) return null;
  }
  return 'aside';
}

export function isBoundary(t: number): boolean {
  return (
    t === Tag.Comma ||
    t === Tag.Semi ||
    t === Tag.Colon ||
    t === Tag.Quote ||
    t === Tag.Dash ||
    t === Tag.Stop
  );
}
