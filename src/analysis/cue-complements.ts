/**
 * This module says whether a cue verb has the complement its class needs to count as an attribution:
 * "think" with a clause, "support" with an object, "ask" with what is asked, a poll that shows with its
 * object (cue-verbs.ts gives each class its frames and strength). It also recognizes the clause shapes
 * the other steps look for: a bare clause ("said the plan would fail"), an infinitive, a phrase start.
 */
import { isOpeningMark, word, tagAt, type Context } from './context';
import type { VerbUse } from './cues';
import type { CueEntry } from './lexicon/index';
import { Frame } from './lexicon/cue-verbs';
import { wordSet } from './lexicon/word-set';
import { phraseEndRight } from './noun-phrase';
import { Tag, isAux, isVerbal } from './tags';
import { Flag } from './tokens';

/** Things that show or find: "polls show", "the data suggest", "records indicate". */
const EVIDENCE_NOUNS: ReadonlySet<string> = wordSet(
  'poll polls survey surveys study studies report reports data record records numbers figures results ' +
    'analysis research documents statistics estimates audit investigation review evidence filings ' +
    'average averages video videos footage recording test tests inspection inspections autopsy samples',
);

/** How far back a link is looked for in an evidence subject ("an analysis of newly filed reports shows"). */
const MAX_OF_PHRASE = 12;

/** Tags an "of" phrase inside a subject is made of: nouns and their modifiers, a participle, a preposition. */
const IN_OF_PHRASE: ReadonlySet<number> = new Set([
  Tag.Noun,
  Tag.Propn,
  Tag.Adj,
  Tag.Det,
  Tag.Num,
  Tag.Poss,
  Tag.Adv,
  Tag.Past,
  Tag.Part,
  Tag.Prep,
  Tag.Dash,
]);

/** The token just before a verb group, past adverbs: the head of its subject when there is one. */
export function subjectHead(ctx: Context, first: number): number {
  let p = first - 1;
  while (p >= 0 && tagAt(ctx, p) === Tag.Adv) p--;
  return p;
}

/** Prepositions between evidence and what it is of, or whose it is ("a study by …", "data from …"). */
const EVIDENCE_LINKS: ReadonlySet<string> = wordSet('of by from');

/**
 * Whether the subject before a verb is evidence: "the polls show", and with the evidence first and what it
 * is of or whose it is after it: "a USA TODAY analysis of newly filed campaign-finance reports shows",
 * "video of the incident shows", "a 2014 study by Loyola Law School professor Justin Levitt found", "a poll
 * conducted by the university found".
 */
function isEvidenceSubject(ctx: Context, first: number): boolean {
  const head = subjectHead(ctx, first);
  if (EVIDENCE_NOUNS.has(word(ctx, head))) return true;
  for (let k = head; k > 0 && k > head - MAX_OF_PHRASE; k--) {
    if (EVIDENCE_LINKS.has(word(ctx, k))) {
      const before = isParticiple(tagAt(ctx, k - 1)) ? k - 2 : k - 1;
      if (EVIDENCE_NOUNS.has(word(ctx, before))) return true;
    }
    if (!IN_OF_PHRASE.has(tagAt(ctx, k))) return false;
  }
  return false;
}

function isParticiple(t: number): boolean {
  return t === Tag.Past || t === Tag.Part;
}

/** Whether the words after the cue give it the complement its class needs to count as an attribution. */
export function needsMet(
  ctx: Context,
  entry: CueEntry,
  first: number,
  k: number,
  b: number,
  use: VerbUse,
): boolean {
  let j = k;
  while (j < b && tagAt(ctx, j) === Tag.Adv) j++;
  const t = tagAt(ctx, j);
  const w = word(ctx, j);
  if (use === 'passive') {
    // "was told that", "is expected to", "was asked about": only with what was said.
    return (
      t === Tag.That ||
      t === Tag.To ||
      w === 'about' ||
      w === 'by' ||
      t === Tag.Colon ||
      t === Tag.Quote ||
      t === Tag.Wh
    );
  }
  if (entry.strength === 2) return true;
  // "…, which he believes will make …": in an object relative clause the content is the relative pronoun
  // and a clause missing its subject.
  const subj = subjectHead(ctx, first);
  if (
    tagAt(ctx, subj) === Tag.Pron &&
    (tagAt(ctx, subj - 1) === Tag.Rel || tagAt(ctx, subj - 1) === Tag.That)
  ) {
    if (entry.frames & Frame.Clause && (isAux(t) || t === Tag.Verb || t === Tag.Past)) return true;
  }
  // "The reports show …", "a poll found …": evidence speaks through its object too.
  if (entry.classes.includes('showing') && isEvidenceSubject(ctx, first)) {
    return startsPhrase(t) || t === Tag.That;
  }
  const quoteNext = t === Tag.Comma && isOpeningMark(ctx, j + 1); // "He continued, “…”"
  const clause = t === Tag.That || t === Tag.Colon || t === Tag.Quote || quoteNext || startsClause(ctx, j, b);
  const frames = entry.frames;
  if (frames & Frame.Clause && clause) return true;
  if (frames & Frame.To && t === Tag.To && isInfinitive(ctx, j + 1)) return true;
  if (frames & Frame.Wh && (t === Tag.Wh || w === 'if')) return true; // "asked whether / if / who …"
  if (entry.strength === 0) return false;
  if (frames & Frame.Np && startsPhrase(t)) return true;
  // "an explosion that the mayor described as “an intentional act”", "what analysts described as …": the
  // object went before the subject, what it is taken to be stays after the verb.
  if (w === 'as' && entry.classes.includes('judging') && objectBeforeSubject(ctx, first)) return true;
  if (frames & Frame.Pred && startsPhrase(t)) {
    // "sees him as weak", "considers it a mistake": an object and then what it is taken to be.
    const e = t === Tag.ObjPron || t === Tag.Pron ? j + 1 : phraseEndRight(ctx, j, b);
    const p = tagAt(ctx, e);
    return e > j && (word(ctx, e) === 'as' || p === Tag.Adj || p === Tag.Quote || p === Tag.Det);
  }
  if (frames & Frame.Object && startsPhrase(t)) {
    const e = phraseEndRight(ctx, j, b);
    return e > j && (tagAt(ctx, e) === Tag.To || tagAt(ctx, e) === Tag.That);
  }
  return false;
}

/** Tags of a short subject between a relative pronoun and its verb ("that the city's mayor described"). */
const IN_SUBJECT: ReadonlySet<number> = new Set([Tag.Noun, Tag.Propn, Tag.Adj, Tag.Det, Tag.Poss, Tag.Pron]);

/** Whether the verb group at `first` has a subject right after a relative "that", "which" or "what". */
function objectBeforeSubject(ctx: Context, first: number): boolean {
  let k = subjectHead(ctx, first);
  const last = k;
  while (k >= 0 && last - k < 6 && IN_SUBJECT.has(tagAt(ctx, k))) k--;
  const t = tagAt(ctx, k);
  return k < last && (t === Tag.Rel || t === Tag.That || word(ctx, k) === 'what');
}

/** The word after "to" is a verb: a known verb form, or a lowercase word that is not a noun phrase. */
export function isInfinitive(ctx: Context, j: number): boolean {
  const t = tagAt(ctx, j);
  if (isVerbal(t) || isAux(t)) return true;
  return t === Tag.Noun && ((ctx.tokens.flags[j] ?? 0) & Flag.Cap) === 0;
}

export function startsPhrase(t: number): boolean {
  return (
    t === Tag.Det ||
    t === Tag.Poss ||
    t === Tag.Propn ||
    t === Tag.Noun ||
    t === Tag.Num ||
    t === Tag.Adj ||
    t === Tag.ObjPron ||
    t === Tag.Pron ||
    t === Tag.Quote
  );
}

/** A bare clause: a subject followed by a verb within a few words ("he would", "the plan is"). */
export function startsClause(ctx: Context, j: number, b: number): boolean {
  const t = tagAt(ctx, j);
  if (t === Tag.Pron) return true;
  if (!(
    t === Tag.Det ||
    t === Tag.Poss ||
    t === Tag.Propn ||
    t === Tag.Noun ||
    t === Tag.Num ||
    t === Tag.Adj
  )) {
    return false;
  }
  // "this provides …", "those who …": a demonstrative standing alone is the subject.
  let e = phraseEndRight(ctx, j, b);
  if (e <= j && t === Tag.Det) e = j + 1;
  if (e <= j) return false;
  // Coordinated subjects: "believes oil and gas could be used" (not adjectives: "felt helpless and …").
  const w = word(ctx, e);
  if ((w === 'and' || w === 'or') && t !== Tag.Adj) {
    const e2 = phraseEndRight(ctx, e + 1, b);
    if (e2 > e + 1) e = e2;
  }
  // An apposition between commas may separate the subject from its verb ("Smith, a senator, is …").
  if (tagAt(ctx, e) === Tag.Comma) {
    const e2 = phraseEndRight(ctx, e + 1, b);
    if (e2 > e + 1 && tagAt(ctx, e2) === Tag.Comma) e = e2 + 1;
  }
  let k = e;
  while (k < b && tagAt(ctx, k) === Tag.Adv) k++;
  const v = tagAt(ctx, k);
  return isAux(v) || v === Tag.Verb || v === Tag.Past;
}

export function isClauseAfterThat(ctx: Context, j: number, b: number): boolean {
  // "claims that the two countries are violating …" (a clause) vs "claims that were made" (a relative).
  const t = tagAt(ctx, j);
  return j < b && !isVerbal(t) && !isAux(t);
}
