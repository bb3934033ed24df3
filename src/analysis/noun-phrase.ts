/**
 * This module finds the boundaries of noun phrases, the shape every source takes. A phrase is a chunk of
 * determiners, adjectives, nouns, names and numbers ("North Korea's state news agency KCNA"), extended by
 * "of" and by the prepositions a role or document noun takes ("a spokesman for Mrs. Clinton", "a poll by
 * the Times"), by coordination of phrases ("Moscow and Pyongyang"), by a parenthesized acronym
 * ("the United States of America (US)"), and by relative clauses and participles that modify it ("the
 * organization that is looking for …", "the weapons used in …").
 */
import { word, tagAt, type Context } from './context';
import { DOCUMENT_NOUNS, ROLE_NOUNS } from './lexicon/nouns';
import { TIME_WORDS } from './lexicon/closed-classes';
import { Tag, isAux, isFiniteVerb, isVerbal } from './tags';

/** Prepositions that attach to a role or document noun inside a source. */
const ROLE_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'from', 'with', 'in', 'on', 'by', 'to']);

/** Adjectives that describe a source by its access: "familiar with", "close to". */
const PERSON_TAILS: ReadonlySet<string> = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'privy']);

function isChunkWord(tag: number): boolean {
  return tag === Tag.Noun || tag === Tag.Propn || tag === Tag.Adj || tag === Tag.Num;
}

/** Whether token i can end a noun phrase (be its head). */
export function canEndPhrase(ctx: Context, i: number): boolean {
  const t = tagAt(ctx, i);
  return t === Tag.Noun || t === Tag.Propn || t === Tag.Num || t === Tag.Close;
}

/**
 * The first token of the noun phrase whose last token is `end - 1`, not going before `floor`; -1 when no
 * phrase ends there. A lone pronoun is a phrase.
 */
export function phraseStartLeft(ctx: Context, end: number, floor: number, anyPreposition = false): number {
  const last = end - 1;
  if (last < floor) return -1;
  const t = tagAt(ctx, last);
  if (t === Tag.Pron || t === Tag.ObjPron || t === Tag.Rel) return last;
  if (!canEndPhrase(ctx, last)) return -1;
  let start = chunkStartLeft(ctx, last, floor);
  for (;;) {
    const j = start - 1; // a connector before the chunk: "of", a role preposition, "and"
    const before = j - 1;
    if (before < floor || !canEndPhrase(ctx, before)) return start;
    const w = word(ctx, j);
    const coordination = (w === 'and' || w === '&') && !isTime(ctx, before);
    const prep = ROLE_PREPOSITIONS.has(w) && (anyPreposition || isRoleOrDocument(ctx, before));
    // "a person familiar with the planning", "an aide close to the senator"
    if (
      (w === 'with' || w === 'to') &&
      PERSON_TAILS.has(word(ctx, before)) &&
      canEndPhrase(ctx, before - 1)
    ) {
      start = chunkStartLeft(ctx, before - 1, floor);
      continue;
    }
    // "4 in 10 say": a ratio of people.
    const ratio =
      w === 'in' && start === last && tagAt(ctx, last) === Tag.Num && tagAt(ctx, before) === Tag.Num;
    if (!(w === 'of' || coordination || prep || ratio)) return start;
    if (coordination) {
      // The left conjunct is a whole phrase ("The United States of America (US) and Ukraine"); but in "Trump
      // won Iowa and Cruz said" it is an object, not part of the subject.
      const left = phraseStartLeft(ctx, before + 1, floor, anyPreposition);
      const lb = tagAt(ctx, left - 1);
      if (
        left < 0 ||
        (left - 1 >= floor && (isVerbal(lb) || lb === Tag.Prep || lb === Tag.To || isAux(lb)))
      ) {
        return start;
      }
      return left;
    }
    start = chunkStartLeft(ctx, before, floor);
  }
}

/** The "(" of a short parenthesis of names or abbreviations closing at `close`, or -1. */
function parenthesisOpen(ctx: Context, close: number, floor: number): number {
  for (let j = close - 1; j >= Math.max(floor, close - 7); j--) {
    const t = tagAt(ctx, j);
    if (t === Tag.Open) return j;
    if (isVerbal(t) || isAux(t) || t === Tag.Comma || t === Tag.Stop || t === Tag.Quote) return -1;
  }
  return -1;
}

/** The ")" of a short parenthesis of names or abbreviations opening at `open`, or -1. */
function parenthesisClose(ctx: Context, open: number, ceil: number): number {
  for (let j = open + 1; j < Math.min(ceil, open + 8); j++) {
    const t = tagAt(ctx, j);
    if (t === Tag.Close) return j;
    if (isVerbal(t) || isAux(t) || t === Tag.Comma || t === Tag.Stop || t === Tag.Quote) return -1;
  }
  return -1;
}

/** Start of the word chunk ending at token `last` (determiners, adjectives, nouns, names, possessives). */
function chunkStartLeft(ctx: Context, last: number, floor: number): number {
  let i = last;
  while (i >= floor) {
    const t = tagAt(ctx, i);
    if (t === Tag.Close) {
      const open = parenthesisOpen(ctx, i, floor);
      if (open > floor && isChunkWord(tagAt(ctx, open - 1))) {
        i = open - 1; // "the United States of America (US)", "Sen. Jack Reed (D-R.I.)"
        continue;
      }
      break;
    }
    if (isChunkWord(t)) {
      // "Tuesday Trump said": a time word is not part of the name after it.
      if (i < last && DAY_WORDS.has(word(ctx, i)) && tagAt(ctx, i + 1) === Tag.Propn && !isTime(ctx, i + 1))
        break;
      i--;
      continue;
    }
    if (word(ctx, i) === "'s" || (t === Tag.Poss && word(ctx, i) === "'")) {
      i--;
      continue;
    }
    if ((t === Tag.Past || t === Tag.Ing || t === Tag.Part) && i < last) {
      // "a leading expert", "the city's elected officials": a participle between modifiers and head…
      if (isChunkWord(tagAt(ctx, i - 1))) {
        i--;
        continue;
      }
      // …also with its adverb: "the newly elected mayor", "an analysis of newly filed reports".
      if (tagAt(ctx, i - 1) === Tag.Adv && opensModifiedParticiple(ctx, i - 2)) {
        i -= 2;
        continue;
      }
    }
    // "members of his own party": "own" after a possessive belongs to it.
    if (t === Tag.Det && word(ctx, i) === 'own' && i > floor && tagAt(ctx, i - 1) === Tag.Poss && i < last)
      return i - 1;
    if ((t === Tag.Det || t === Tag.Poss) && i < last) return i;
    if (t === Tag.Dash && word(ctx, i) === '-' && i < last) {
      i--;
      continue;
    }
    break;
  }
  return i + 1;
}

/** Whether an adverb and participle can follow token i inside a noun phrase ("the", "its", "new", "of"). */
function opensModifiedParticiple(ctx: Context, i: number): boolean {
  const t = tagAt(ctx, i);
  return t === Tag.Det || t === Tag.Poss || isChunkWord(t) || word(ctx, i) === 'of';
}

function isRoleOrDocument(ctx: Context, i: number): boolean {
  const w = word(ctx, i);
  return ROLE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w) || tagAt(ctx, i) === Tag.Propn;
}

/** Time words that stand before a name without being part of it ("On Tuesday Trump said"); not months,
 * which are also names ("April Mellody"). */
const DAY_WORDS: ReadonlySet<string> = new Set(
  [...TIME_WORDS].filter((w) => !/^(?:january|february|march|april|may|june|july|august)$/.test(w)),
);

function isTime(ctx: Context, i: number): boolean {
  return TIME_WORDS.has(word(ctx, i));
}

/**
 * One past the last token of the noun phrase that starts at `start`, not going to or beyond `ceil`; `start`
 * when no phrase starts there. Takes "of" phrases and role prepositions, and an apposition after a comma
 * when it is closed by another comma or the end ("said Jonah Leff, executive director of …,").
 */
export function phraseEndRight(ctx: Context, start: number, ceil: number): number {
  let i = start;
  const t0 = tagAt(ctx, i);
  if (t0 === Tag.Pron || t0 === Tag.ObjPron) return i + 1;
  let end = start;
  for (;;) {
    let sawHead = false;
    while (i < ceil) {
      const t = tagAt(ctx, i);
      if (isChunkWord(t) || t === Tag.Det || t === Tag.Poss || word(ctx, i) === "'s") {
        // A determiner after a head starts another phrase ("called Obama a liar"); "'s" does not.
        if (
          (t === Tag.Det || (t === Tag.Poss && word(ctx, i) !== "'s")) &&
          sawHead &&
          word(ctx, i - 1) !== "'s"
        ) {
          break;
        }
        if (t !== Tag.Det && t !== Tag.Poss) sawHead = true;
        i++;
        continue;
      }
      if (t === Tag.Open && sawHead) {
        const close = parenthesisClose(ctx, i, ceil);
        if (close > i) {
          i = close + 1;
          continue;
        }
      }
      if ((t === Tag.Past || t === Tag.Ing) && sawHead === false && i > start) {
        i++;
        continue;
      }
      break;
    }
    if (!sawHead) return end;
    end = i;
    const w = word(ctx, i);
    // "officials familiar with the inquiry", "a person close to the minister": access, not a new phrase.
    const access = (w === 'with' || w === 'to') && PERSON_TAILS.has(word(ctx, i - 1));
    if (
      i + 1 < ceil &&
      (w === 'of' || access || (ROLE_PREPOSITIONS.has(w) && isRoleOrDocument(ctx, i - 1)))
    ) {
      const t = tagAt(ctx, i + 1);
      if (isChunkWord(t) || t === Tag.Det || t === Tag.Poss) {
        i++;
        continue;
      }
    }
    if ((w === 'and' || w === '&') && i + 1 < ceil && tagAt(ctx, i + 1) === Tag.Propn) {
      i++;
      continue;
    }
    return end;
  }
}

/** Words that open a parenthetical inside a subject: "X, like their counterparts, say", "as well as …". */
const SEGMENT_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'like',
  'including',
  'along',
  'together',
  'unlike',
]);

/**
 * Whether token s can open a clause: the sentence start, after punctuation, a conjunction or a
 * subordinator, or after an opening adverb ("Yet Democratic economists …").
 */
export function opensClauseAt(ctx: Context, s: number, a: number): boolean {
  let p = s - 1;
  while (p >= a && tagAt(ctx, p) === Tag.Adv) p--;
  if (p < a) return true;
  const t = tagAt(ctx, p);
  return (
    t === Tag.Comma ||
    t === Tag.Semi ||
    t === Tag.Colon ||
    t === Tag.Quote ||
    t === Tag.Dash ||
    t === Tag.Open ||
    t === Tag.Conj ||
    t === Tag.Sub ||
    t === Tag.That ||
    t === Tag.Wh
  );
}

/**
 * Whether tokens [s, e) read as one noun phrase, allowing prepositional phrases, coordination, relative
 * clauses ("that is looking for …") and participles ("used in …") after its head: the test for a long
 * subject or an apposition between commas.
 */
export function isPhraseSegment(ctx: Context, s: number, e: number): boolean {
  if (e <= s) return false;
  const t0 = tagAt(ctx, s);
  const opener =
    t0 === Tag.Det ||
    t0 === Tag.Poss ||
    t0 === Tag.Pron ||
    isChunkWord(t0) ||
    (t0 === Tag.Adv && isChunkWord(tagAt(ctx, s + 1))) ||
    SEGMENT_OPENERS.has(word(ctx, s));
  if (!opener) return false;
  let sawNoun = false;
  for (let i = s; i < e; i++) {
    const t = tagAt(ctx, i);
    if (t === Tag.Noun || t === Tag.Propn || t === Tag.Pron || t === Tag.Num) sawNoun = true;
    if (t === Tag.Rel || (t === Tag.That && sawNoun)) return sawNoun; // a relative clause: the rest belongs to it
    if (isFiniteVerb(t) || t === Tag.Be || t === Tag.Have || t === Tag.Modal || t === Tag.Do) {
      // "the weapons used in …": a participle right after a noun, followed by a preposition or "by"; after
      // a name it is the name's verb ("Trump joked about …").
      const reduced =
        (t === Tag.Past || t === Tag.Part) &&
        isChunkWord(tagAt(ctx, i - 1)) &&
        tagAt(ctx, i - 1) !== Tag.Propn &&
        tagAt(ctx, i + 1) === Tag.Prep;
      if (!reduced) return false;
    }
    if (t === Tag.Stop || t === Tag.Colon || t === Tag.Semi || t === Tag.Quote) return false;
  }
  return sawNoun;
}
