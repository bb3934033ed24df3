/**
 * This module finds the subject of a clause for cues that have none of their own: a participle or an
 * infinitive takes the subject of the verb it hangs on — the nearest finite verb, or the main clause's
 * verb when the participle follows a comma ("Trump called for …, saying …").
 */
import { tagAt, type Context } from './context';
import { canEndPhrase, phraseStartLeft } from './noun-phrase';
import type { Range } from './source-phrase';
import { commaSubject } from './subject-asides';
import { Tag, isAux, isFiniteVerb } from './tags';

export function subordinateBetween(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tagAt(ctx, i) === Tag.Sub || tagAt(ctx, i) === Tag.Wh) return true;
  return false;
}

export function nearestFiniteVerb(ctx: Context, before: number, a: number): number {
  for (let v = before - 1; v >= a; v--) if (isFiniteVerb(tagAt(ctx, v))) return v;
  return -1;
}

/** The subject of the nearest finite verb before token `before` in the sentence. */
export function subjectOfClause(ctx: Context, before: number, a: number): Range | null {
  for (let v = before - 1; v >= a; v--) {
    const t = tagAt(ctx, v);
    if (!(isFiniteVerb(t) || isAux(t))) continue;
    const first = verbGroupStart(ctx, v, a);
    const subject = subjectBefore(ctx, first, a);
    if (subject !== undefined) return subject;
    v = first;
  }
  return null;
}

/**
 * The subject of the main clause before token `before`: the first finite verb that is not inside a
 * subordinate or relative clause ("Earlier, Trump called for a prosecutor to investigate …, saying …").
 */
export function subjectOfMainClause(ctx: Context, before: number, a: number): Range | null {
  let subordinate = false;
  for (let v = a; v < before; v++) {
    const t = tagAt(ctx, v);
    if (t === Tag.Sub || t === Tag.Wh || t === Tag.Rel || t === Tag.That) subordinate = true;
    else if (t === Tag.Comma) subordinate = false;
    else if (!subordinate && (isFiniteVerb(t) || isAux(t))) {
      const subject = subjectBefore(ctx, verbGroupStart(ctx, v, a), a);
      if (subject) return subject;
    }
  }
  return null;
}

function verbGroupStart(ctx: Context, v: number, a: number): number {
  let first = v;
  while (first - 1 >= a) {
    const t = tagAt(ctx, first - 1);
    if (!(isAux(t) || t === Tag.Neg || t === Tag.Adv)) break;
    first--;
  }
  return first;
}

/** The subject ending right before a verb group starting at `first`; null for none, undefined to go on. */
function subjectBefore(ctx: Context, first: number, a: number): Range | null | undefined {
  const p = first - 1;
  if (p < a) return null;
  const tp = tagAt(ctx, p);
  if (tp === Tag.Pron || tp === Tag.Rel) return [p, p + 1];
  if (canEndPhrase(ctx, p)) {
    const s = phraseStartLeft(ctx, p + 1, a);
    if (s >= 0) return [s, p + 1];
  }
  if (tp === Tag.Comma) {
    const r = commaSubject(ctx, p, a);
    if (r) return r;
  }
  return undefined;
}
