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
 *
 * The subject behind asides is read in subject-asides.ts, the inverted source in inverted-source.ts, the
 * subject of a governing clause in clause-subjects.ts.
 */
import { isClosingMark, isOpeningMark, word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { PEOPLE_QUANTIFIERS, TIME_WORDS } from './lexicon/closed-classes';
import { DOCUMENT_NOUNS } from './lexicon/nouns';
import { canEndPhrase, opensClauseAt, phraseEndRight, phraseStartLeft } from './noun-phrase';
import {
  nearestFiniteVerb,
  subjectOfClause,
  subjectOfMainClause,
  subordinateBetween,
} from './clause-subjects';
import { inverted } from './inverted-source';
import { commaSubject, isBoundary } from './subject-asides';
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
      return e > cue.last ? [cue.last, withReducedRelative(ctx, e, b)] : null;
    }
    case 'byline': {
      // "“…” — Ana Ruiz, a nurse in Tulsa": the name after the dash, with its apposition.
      return inverted(ctx, cue, b);
    }
    case 'noun':
      return possessor(ctx, cue.head, a);
    case 'colon': {
      // A transcript's label comes after the quote mark that reopens the quote ("“WALLACE: …").
      return [isOpeningMark(ctx, a) ? a + 1 : a, cue.head];
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
    case 'attitude':
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
      let e = phraseEndRight(ctx, j + 1, b);
      // "by some of his rivals", "by one of the officials": a part of a group.
      const part = e <= j + 2 && word(ctx, j + 2) === 'of';
      if (part && (e > j + 1 || PEOPLE_QUANTIFIERS.has(word(ctx, j + 1)) || tagAt(ctx, j + 1) === Tag.Num)) {
        const whole = phraseEndRight(ctx, j + 3, b);
        if (whole > j + 3) e = whole;
      }
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

/** Prepositions of an adjunct that says where something was said ("Trump in his speech said"). */
const DOCUMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during']);

/**
 * Skips, to the left of token `p`, a phrase that says where the words were said ("Trump in his speech
 * said", "Clinton during the interview said"): it is no part of the source.
 */
function skipDocumentLeft(ctx: Context, p: number, a: number): number {
  if (!DOCUMENT_NOUNS.has(word(ctx, p))) return p;
  let j = p - 1;
  while (j >= a && (tagAt(ctx, j) === Tag.Adj || tagAt(ctx, j) === Tag.Det || tagAt(ctx, j) === Tag.Poss))
    j--;
  return j > a && DOCUMENT_PREPOSITIONS.has(word(ctx, j)) ? j - 1 : p;
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
  const r = skipDocumentLeft(ctx, p, a);
  if (r !== p && r >= a && canEndPhrase(ctx, r)) p = r;
  const t = tagAt(ctx, p);
  const w = word(ctx, p);
  if (t === Tag.Pron || t === Tag.Rel || (t === Tag.ObjPron && isStandalonePronoun(w))) return [p, p + 1];
  // "Cruz himself said": the intensifying pronoun belongs to the subject before it.
  if (t === Tag.ObjPron && w.endsWith('self') && canEndPhrase(ctx, p - 1)) {
    const s = phraseStartLeft(ctx, p, a);
    if (s >= 0) return [s, p + 1];
  }
  // "Yet another said", "Some say", "Many believe": a quantifier standing alone as the subject.
  if (t === Tag.Det && PEOPLE_QUANTIFIERS.has(w) && opensClauseAt(ctx, p, a)) return [p, p + 1];
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
  if (t === Tag.Comma || t === Tag.Dash) {
    // "Trump joked about …, declined to …, and told …": after a clause and a comma, a finite verb with no
    // subject of its own continues the list of that clause's verbs.
    const found = commaSubject(ctx, p, a) ?? inverted(ctx, cue, b);
    if (found || t !== Tag.Comma || cue.use !== 'finite' || cue.first !== p + 1) return found;
    return coordinated(ctx, cue, a, earlier);
  }
  if (t === Tag.Conj || (t === Tag.Comma && tagAt(ctx, p - 1) === Tag.Conj)) {
    return coordinated(ctx, cue, a, earlier);
  }
  if (t === Tag.Quote && isClosingMark(ctx, p) && tagAt(ctx, p - 1) === Tag.Comma) {
    // "Mr. Manafort, citing ''the unique magic of Trump,'' said": a quote that ends an aside.
    const r = commaSubject(ctx, p + 1, a);
    if (r) return r;
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
    // "Anyone who has closed a deal will tell you …": a pronoun that stands for people.
    if (tagAt(ctx, r - 1) === Tag.ObjPron && isStandalonePronoun(word(ctx, r - 1)))
      return opensClauseAt(ctx, r - 1, a) ? r - 1 : null;
    if (!canEndPhrase(ctx, r - 1)) return null;
    let head = phraseStartLeft(ctx, r, a);
    if (head >= 0 && !opensClauseAt(ctx, head, a)) head = phraseStartLeft(ctx, r, a, true);
    return head >= 0 && opensClauseAt(ctx, head, a) ? head : null;
  }
  return null;
}

const STANDALONE_PRONOUNS: ReadonlySet<string> = new Set(
  'everyone everybody someone somebody anyone anybody nobody'.split(' '),
);

function isStandalonePronoun(w: string): boolean {
  return STANDALONE_PRONOUNS.has(w);
}

/** A verb joined to an earlier one by "and"/"but": it shares that verb's subject. */
function coordinated(ctx: Context, cue: Cue, a: number, earlier: readonly Earlier[]): Range | null {
  for (let k = earlier.length - 1; k >= 0; k--) {
    const prev = earlier[k];
    if (!prev || prev.cue.head >= cue.head || !prev.source) continue;
    // "Scott's relatives watched the videos, their attorneys said, and said …": a tag set off by commas
    // inside the clause is not the verb joined here; the clause's subject is.
    if (isMidTag(ctx, prev, a)) return subjectOfMainClause(ctx, prev.source[0], a) ?? prev.source;
    return prev.source;
  }
  return subjectOfClause(ctx, cue.first, a);
}

/** A tag set off by commas in the middle of its clause: ", their attorneys said,", ", according to …,". */
function isMidTag(ctx: Context, e: Earlier, a: number): boolean {
  const source = e.source;
  if (!source) return false;
  const start = Math.min(source[0], e.cue.first);
  const end = Math.max(source[1], e.cue.last);
  return start > a && tagAt(ctx, start - 1) === Tag.Comma && tagAt(ctx, end) === Tag.Comma;
}

/**
 * A participle or infinitive takes the subject of the clause it belongs to: the earlier cue's source if
 * there is one, the object of a governing verb for an infinitive ("urged him to say"), else the subject
 * of the nearest finite verb before it, else (for an opening participle: "Speaking to reporters, Smith
 * said …") the subject after the comma.
 */
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
  // "…, the government was quoted as saying by Interfax": the subject of "was quoted" speaks, not the
  // source of an earlier cue in the sentence.
  if (
    cue.use === 'participle' &&
    word(ctx, cue.first - 1) === 'as' &&
    word(ctx, cue.first - 2) === 'quoted'
  ) {
    const quoted = subjectOfClause(ctx, cue.first - 1, a);
    if (quoted) return quoted;
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

/**
 * The end of a source phrase with the participle phrase that qualifies it: "according to a report
 * released by the department", "documents obtained by the Gazette", "a study published in Nature".
 */
function withReducedRelative(ctx: Context, end: number, b: number): number {
  if (tagAt(ctx, end) !== Tag.Past || tagAt(ctx, end + 1) !== Tag.Prep) return end;
  const after = phraseEndRight(ctx, end + 2, b);
  return after > end + 2 ? after : end;
}
