/**
 * This module finds the source of a cue: who says, thinks or wants. Where it looks depends on the cue:
 *
 * - a finite verb: its subject, the noun phrase before it, with appositions and relative clauses between
 *   commas ("Jonah Leff, executive director of …, said"; "Mrs. Clinton, who …, said"); or, after a comma
 *   or a closing quote, the phrase after an inverted verb ("…,” said Leff");
 * - a verb coordinated with an earlier one ("denied the allegations, but have vowed …") or a participle
 *   adjunct ("…, saying …"): the subject of the clause it belongs to;
 * - an infinitive: the object of the governing verb when there is one ("urged him to …"), else its subject;
 * - a passive verb: the by-phrase, if any;
 * - "according to X", "In a statement", a possessor before a message noun ("Western claims", "Trump's
 *   claim"), a name before a colon.
 */
import { word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { TIME_WORDS } from './lexicon/closed-classes';
import { canEndPhrase, isPhraseSegment, opensClauseAt, phraseEndRight, phraseStartLeft } from './noun-phrase';
import { Tag, isAux, isFiniteVerb } from './tags';

/** A token range [start, end). */
export type Range = readonly [number, number];

/** What came before in the sentence: earlier cues with their sources, for coordinated verbs and participles. */
export interface Earlier {
  readonly cue: Cue;
  readonly source: Range | null;
}

export function findSource(
  ctx: Context,
  cue: Cue,
  a: number,
  b: number,
  earlier: readonly Earlier[],
): Range | null {
  if (cue.entry?.impersonal) return null;
  switch (cue.kind) {
    case 'according':
    case 'document': {
      const e = phraseEndRight(ctx, cue.last, b);
      return e > cue.last ? extendRight(ctx, cue.last, e, b) : null;
    }
    case 'noun':
      return possessor(ctx, cue.head, a);
    case 'colon': {
      return [a, cue.head];
    }
    case 'lead': {
      // The subject of the clause before the colon ("He then listed the qualities:"), or the person named
      // right before it ("… does not surprise pollster Daron Shaw:").
      const p = cue.head - 1;
      if (tagAt(ctx, p) === Tag.Propn) {
        const s = phraseStartLeft(ctx, cue.head, a);
        if (s >= 0) return [s, cue.head];
      }
      return subjectOfClause(ctx, cue.head, a);
    }
    case 'verb':
      break;
  }
  switch (cue.use) {
    case 'passive':
      return byPhrase(ctx, cue.last, b);
    case 'participle':
    case 'infinitive':
      return governingSource(ctx, cue, a, b, earlier);
    case 'finite':
      return subjectOf(ctx, cue, a, b, earlier);
  }
}

function possessor(ctx: Context, head: number, a: number): Range | null {
  const p = head - 1;
  if (p < a) return null;
  if (word(ctx, p) === "'s" || word(ctx, p) === "'") {
    const s = phraseStartLeft(ctx, p, a);
    return s >= 0 ? [s, p] : null;
  }
  const t = tagAt(ctx, p);
  if (t === Tag.Poss && word(ctx, p) !== "'s") return [p, p + 1];
  if (t === Tag.Propn || (t === Tag.Adj && (ctx.tokens.flags[p] ?? 0) & 1)) return [p, p + 1];
  return null;
}

function byPhrase(ctx: Context, k: number, b: number): Range | null {
  for (let j = k; j < Math.min(b, k + 4); j++) {
    if (word(ctx, j) === 'by') {
      const e = phraseEndRight(ctx, j + 1, b);
      return e > j + 1 ? [j + 1, e] : null;
    }
    if (tagAt(ctx, j) !== Tag.Adv) break;
  }
  return null;
}

/** Skips time words and time phrases to the left of token `p` ("Trump on Tuesday said"). */
function skipTimeLeft(ctx: Context, p: number, a: number): number {
  let j = p;
  while (j >= a && (TIME_WORDS.has(word(ctx, j)) || tagAt(ctx, j) === Tag.Num)) j--;
  if (j === p) return p;
  if (j >= a && (word(ctx, j) === 'on' || word(ctx, j) === 'last' || tagAt(ctx, j) === Tag.Det)) j--;
  if (j >= a && word(ctx, j) === 'on') j--;
  return j;
}

/**
 * The subject of an impersonal cue ("the senator seemed to …"), which belongs to its content; null for an
 * expletive ("It appears that …", "There seems to be …").
 */
export function impersonalSubject(ctx: Context, cue: Cue, a: number, b: number): Range | null {
  const s = subjectOf(ctx, cue, a, b, []);
  if (!s) return null;
  const w = word(ctx, s[0]);
  return s[1] - s[0] === 1 && (w === 'it' || w === 'there') ? null : s;
}

function subjectOf(ctx: Context, cue: Cue, a: number, b: number, earlier: readonly Earlier[]): Range | null {
  let p = cue.first - 1;
  // "he and Brafman had basically said", "Carter however said": adverbs and auxiliaries outside the cue.
  while (p > a && (tagAt(ctx, p) === Tag.Adv || isAux(tagAt(ctx, p)) || tagAt(ctx, p) === Tag.Neg)) p--;
  if (p < a) return inverted(ctx, cue, b);
  const q = skipTimeLeft(ctx, p, a);
  if (q !== p && q >= a && canEndPhrase(ctx, q)) p = q;
  const t = tagAt(ctx, p);
  const w = word(ctx, p);
  if (t === Tag.Pron || t === Tag.Rel || (t === Tag.ObjPron && isStandalonePronoun(w))) return [p, p + 1];
  if (t === Tag.That) return [p, p + 1];
  if (canEndPhrase(ctx, p)) {
    let s = phraseStartLeft(ctx, p + 1, a);
    // "Opponents of allowing refugees into the U.S. cite …": a phrase inside a prepositional phrase is not
    // the subject; try the longer phrase that opens the clause.
    if (s >= 0 && !opensClauseAt(ctx, s, a)) {
      const s2 = phraseStartLeft(ctx, p + 1, a, true);
      if (s2 >= 0 && opensClauseAt(ctx, s2, a)) s = s2;
      else s = relativeSubjectStart(ctx, s, a) ?? s;
    }
    if (s >= 0) return [s, p + 1];
  }
  if (t === Tag.Comma || t === Tag.Dash) return commaSubject(ctx, p, a) ?? inverted(ctx, cue, b);
  if (t === Tag.Conj || (t === Tag.Comma && tagAt(ctx, p - 1) === Tag.Conj)) {
    return coordinated(ctx, cue, a, earlier);
  }
  if (t === Tag.Quote || t === Tag.Colon) return inverted(ctx, cue, b);
  return null;
}

/**
 * "The firm that designed the bridge denied …": the phrase before the verb ends a relative clause; the
 * subject is the phrase the clause modifies, together with the clause.
 */
function relativeSubjectStart(ctx: Context, s: number, a: number): number | null {
  for (let r = s - 1; r > a; r--) {
    const t = tagAt(ctx, r);
    if (isBoundary(t)) return null;
    if (t !== Tag.Rel && t !== Tag.That) continue;
    if (!canEndPhrase(ctx, r - 1)) return null;
    let head = phraseStartLeft(ctx, r, a);
    if (head >= 0 && !opensClauseAt(ctx, head, a)) head = phraseStartLeft(ctx, r, a, true);
    return head >= 0 && opensClauseAt(ctx, head, a) ? head : null;
  }
  return null;
}

function isStandalonePronoun(w: string): boolean {
  return w === 'everyone' || w === 'someone' || w === 'somebody' || w === 'nobody' || w === 'everybody';
}

/**
 * The cue follows a comma (or a dash): the subject stands before one or more asides set off by commas —
 * appositions ("X, a spokesman, said"), relative clauses ("X, who …, said"), prepositional phrases and
 * participles ("X, in a statement, said"; "X, wearing a T-shirt, said"). The source is the subject with
 * the appositions and relative clauses that follow it, up to the first prepositional or participle aside.
 * A long subject before a stray comma ("The head of the organization that …, stated") is taken whole.
 * Returns null when the text before the comma is a clause (then the source, if any, follows the verb).
 */
function commaSubject(ctx: Context, comma: number, a: number): Range | null {
  const segments: Array<{ close: number; kind: SegmentKind }> = [];
  let close = comma;
  for (let guard = 0; guard < 8; guard++) {
    let q = close - 1;
    while (q >= a && !isBoundary(tagAt(ctx, q))) q--;
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

/** What a stretch between commas is: a noun phrase, a relative clause, an aside (a phrase, a participle). */
function segmentKind(ctx: Context, s: number, e: number): SegmentKind | null {
  if (e <= s) return null;
  const t = tagAt(ctx, s);
  if (t === Tag.Rel || t === Tag.That) return 'relative';
  if (isPhraseSegment(ctx, s, e)) return 'np';
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

function isBoundary(t: number): boolean {
  return (
    t === Tag.Comma ||
    t === Tag.Semi ||
    t === Tag.Colon ||
    t === Tag.Quote ||
    t === Tag.Dash ||
    t === Tag.Stop
  );
}

/**
 * A verb after its content ("…,” said Leff.", "…, says Smith, a professor at …"): the phrase right after
 * the verb, when nothing but the end of the sentence, a comma or a quote follows it.
 */
function inverted(ctx: Context, cue: Cue, b: number): Range | null {
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

/** A verb joined to an earlier one by "and"/"but": it shares that verb's subject. */
function coordinated(ctx: Context, cue: Cue, a: number, earlier: readonly Earlier[]): Range | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const prev = earlier[k];
    if (prev && prev.cue.head < cue.head && prev.source) return prev.source;
  }
  return subjectOfClause(ctx, cue.first, a);
}

/**
 * A participle or infinitive takes the subject of the clause it belongs to: the earlier cue's source if
 * there is one, the object of a governing verb for an infinitive ("urged him to say"), else the subject
 * of the nearest finite verb before it, else (for an opening participle: "Speaking to reporters, Smith
 * said …") the subject after the comma.
 */
/** Words that start a modifier of a person after the noun: "close to", "familiar with". */
function isTail(ctx: Context, e: number): boolean {
  const w = word(ctx, e);
  return w === 'close' || w === 'familiar' || w === 'knowledgeable' || w === 'briefed';
}

function governingSource(
  ctx: Context,
  cue: Cue,
  a: number,
  b: number,
  earlier: readonly Earlier[],
): Range | null {
  if (cue.use === 'infinitive') {
    const p = cue.first - 1;
    if (p >= a && (canEndPhrase(ctx, p) || tagAt(ctx, p) === Tag.ObjPron)) {
      const s = tagAt(ctx, p) === Tag.ObjPron ? p : phraseStartLeft(ctx, p + 1, a);
      const v = s - 1;
      if (s >= 0 && v >= a && (isFiniteVerb(tagAt(ctx, v)) || tagAt(ctx, v) === Tag.Ing)) return [s, p + 1];
    }
  }
  // "saying …, but suggesting …": a participle coordinated with an earlier one shares its source.
  const p = cue.first - 1;
  if (cue.use === 'participle' && p >= a && tagAt(ctx, p) === Tag.Conj) {
    for (let k = earlier.length - 1; k >= 0; k--) {
      const prev = earlier[k];
      if (prev && prev.cue.use === 'participle' && prev.source) return prev.source;
    }
  }
  // The clause the participle hangs on: its verb is the nearest finite verb before it. When that verb is
  // itself a cue, its source is already known.
  // A finite verb after an earlier cue sits in that cue's complement ("said the vote was rushed, adding
  // …"): the participle then hangs on the cue, unless an adverbial clause intervenes ("asks as a guard
  // walks in, saying …").
  const verb = nearestFiniteVerb(ctx, cue.first, a);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const prev = earlier[k];
    if (!prev || !prev.source || prev.cue.use !== 'finite' || prev.cue.head > verb) continue;
    if (prev.cue.head === verb || !subordinateBetween(ctx, prev.cue.last, verb)) return prev.source;
  }
  const main = cue.use === 'participle' && tagAt(ctx, cue.first - 1) === Tag.Comma;
  const left = main
    ? (subjectOfMainClause(ctx, cue.first, a) ?? subjectOfClause(ctx, cue.first, a))
    : subjectOfClause(ctx, cue.first, a);
  if (left) return left;
  if (cue.use === 'participle' && cue.first === a) {
    for (let j = cue.last; j < b; j++) {
      if (tagAt(ctx, j) === Tag.Comma) {
        const e = phraseEndRight(ctx, j + 1, b);
        return e > j + 1 ? [j + 1, e] : null;
      }
    }
  }
  return null;
}

function subordinateBetween(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tagAt(ctx, i) === Tag.Sub || tagAt(ctx, i) === Tag.Wh) return true;
  return false;
}

function nearestFiniteVerb(ctx: Context, before: number, a: number): number {
  for (let v = before - 1; v >= a; v--) if (isFiniteVerb(tagAt(ctx, v))) return v;
  return -1;
}

/** The subject of the nearest finite verb before token `before` in the sentence. */
function subjectOfClause(ctx: Context, before: number, a: number): Range | null {
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
function subjectOfMainClause(ctx: Context, before: number, a: number): Range | null {
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
