/**
 * This module decides words that can be nouns or verbs ("claims", "report", "support", "calls") and
 * participles that may be modifiers ("the engineering firm", "758 pledged delegates"), from their
 * neighbours: a determiner, possessive, adjective or number before makes a noun ("Western claims"); a
 * subject pronoun, modal, "to" or name before makes a verb ("Russia claims …") — unless the noun reading
 * is followed by a verb ("news reports say") — and a verb's own particle after it makes a verb ("calls for").
 */
import type { WordEntry } from './lexicon/index';
import { PEOPLE_QUANTIFIERS } from './lexicon/closed-classes';
import { Form } from './lexicon/inflect';
import { wordSet } from './lexicon/word-set';
import { Tag } from './tags';

const DEMONSTRATIVES: ReadonlySet<string> = wordSet('this that these those');

/** Determiners of a singular noun: the noun phrase they open takes a verb in "-s". */
const SINGULAR: ReadonlySet<string> = wordSet('a an each every another this that');

/** What follows a verb of a count of people ("4 in 10 say they …"), never a noun after a number. */
const STARTS_CLAUSE_AFTER_COUNT: ReadonlySet<number> = new Set([
  Tag.Pron,
  Tag.Det,
  Tag.That,
  Tag.Quote,
  Tag.Colon,
]);

/** Words after which "to" is a preposition, not the mark of an infinitive. */
const PREPOSITIONAL_TO: ReadonlySet<string> = wordSet(
  'according due thanks next prior contrary addition close compared opposed related regard respect ' +
    'reference access commitment contribution objection response reaction answer attention',
);

export function verbFormTag(f: number): number {
  if (f & Form.Ing) return Tag.Ing;
  if (f & Form.Past) return Tag.Past;
  if (f & Form.Participle) return Tag.Part;
  return Tag.Verb;
}

/**
 * Decides a word that has a verb reading from its left neighbour (and, for plural-looking forms, its right
 * one): determiners, possessives, adjectives and numbers make a noun; subjects, modals and "to" make a verb.
 */
export function nounOrVerb(
  tag: Uint8Array,
  i: number,
  a: number,
  b: number,
  e: WordEntry,
  lower: readonly string[],
  entries: readonly (WordEntry | undefined)[],
): number {
  let j = i - 1;
  while (j >= a && tag[j] === Tag.Adv) j--;
  const prev = j >= a ? (tag[j] ?? Tag.None) : Tag.None;
  const cueBefore = j >= a && entries[j]?.cue !== undefined;
  const next = i + 1 < b ? (tag[i + 1] ?? Tag.None) : Tag.None;
  const nextWord = i + 1 < b ? (lower[i + 1] ?? '') : '';
  const verb = verbFormTag(e.verbForms);
  switch (prev) {
    case Tag.Det:
      // "this provides …", "those who …": a demonstrative can be the subject of a verb that is not a noun.
      // But the verb must agree with it: singular "this"/"that" takes "provides" or "provided", never
      // "comment" ("that comment is …"); and a finite verb right after means this word was its subject.
      if (DEMONSTRATIVES.has(lower[j] ?? '') && !e.nounToo) {
        const singular = lower[j] === 'this' || lower[j] === 'that';
        if (singular && !(e.verbForms & (Form.Third | Form.Past))) return Tag.Noun;
        return isFinite(next) ? Tag.Noun : verb;
      }
      // "many say", "some believe", "others argue": a quantifier standing for people, then their verb.
      if (PEOPLE_QUANTIFIERS.has(lower[j] ?? '') && !e.nounToo) return verb;
      return Tag.Noun;
    case Tag.Num:
      // "4 in 10 say they …", "two-thirds say that …": a count of people, then their verb of a clause (but
      // "the 10 claims that …" are things counted).
      return !e.nounToo &&
        e.verbForms & (Form.Base | Form.Third) &&
        STARTS_CLAUSE_AFTER_COUNT.has(next) &&
        tag[j - 1] !== Tag.Det
        ? verb
        : Tag.Noun;
    case Tag.Poss:
    case Tag.Adj:
      // "the said report" is rare; "the claims", "her support", "Western claims" are common.
      return e.verbForms & (Form.Past | Form.Ing) && prev === Tag.Adj ? verb : Tag.Noun;
    case Tag.To:
      // "according to figures …", "due to reports …": here "to" is a preposition.
      return PREPOSITIONAL_TO.has(lower[j - 1] ?? '') ? Tag.Noun : verb;
    case Tag.Pron:
    case Tag.Modal:
    case Tag.Rel:
    case Tag.Neg:
    case Tag.Do:
      return verb;
    case Tag.That: {
      // "that comment is …": a finite verb after the word shows it was a noun after "that" the
      // determiner; opening a sentence, "that" is a demonstrative, and its verb agrees ("that provides");
      // after a preposition it is a determiner ("an answer to that question").
      if (isFinite(next) || tag[j - 1] === Tag.To || tag[j - 1] === Tag.Prep) return Tag.Noun;
      const opening = j === a || tag[j - 1] === Tag.Quote;
      return opening && !(e.verbForms & (Form.Third | Form.Past)) ? Tag.Noun : verb;
    }
    case Tag.Be:
    case Tag.Have:
      return e.verbForms & (Form.Past | Form.Participle | Form.Ing) ? verb : Tag.Noun;
    case Tag.Noun:
    case Tag.Propn:
    case Tag.ObjPron: {
      // "a tender offer that …": after a singular noun phrase, a verb would have to agree ("offers").
      if (e.nounToo && !(e.verbForms & (Form.Third | Form.Past)) && SINGULAR.has(lower[j - 1] ?? ''))
        return Tag.Noun;
      // "news reports say", "the CBS News poll, she …": a noun followed by a verb or a comma is part of
      // a noun phrase; "Trump calls the plan …", "the president claims that …" are verbs.
      if (!e.nounToo || e.verbForms & Form.Past) return isVerbish(next) ? Tag.Noun : verb;
      // "Trump calls for a ban": the verb's own particle follows.
      if (e.cue?.particles.has(nextWord)) return verb;
      return startsObject(next) ? verb : Tag.Noun;
    }
    case Tag.Prep:
      return e.verbForms & Form.Ing ? verb : Tag.Noun;
    case Tag.Past:
    case Tag.Verb:
    case Tag.Part: {
      // "denied claims that …": right after a verb, a noun reading is its object; but after a participle
      // that modifies a noun ("students polled support …") the main verb comes.
      // A verb of saying or finding is the main verb, not a participle: "the tests found lead in …".
      const reduced =
        prev === Tag.Past && (tag[j - 1] === Tag.Noun || tag[j - 1] === Tag.Propn) && !cueBefore;
      return e.nounToo && !reduced ? Tag.Noun : verb;
    }
    case Tag.Conj:
      // "news and talk, …", "food and shelter for …": a base form joined to a noun, with no object or
      // clause after it, is a noun of the same phrase.
      if (
        (tag[j - 1] === Tag.Noun || tag[j - 1] === Tag.Propn) &&
        e.verbForms === Form.Base &&
        (next === Tag.Comma || next === Tag.Stop || next === Tag.Prep || next === Tag.Propn)
      )
        return Tag.Noun;
      return fallback(e, next, verb);
    default:
      return fallback(e, next, verb);
  }
}

/** With no neighbour that decides: a noun unless an object or a clause follows (a verb's form decides). */
function fallback(e: WordEntry, next: number, verb: number): number {
  if (e.nounToo && !(e.verbForms & (Form.Past | Form.Ing))) {
    return next === Tag.That || next === Tag.Det || next === Tag.Pron || next === Tag.To ? verb : Tag.Noun;
  }
  return verb;
}

/** "…, fundraising documents show": an -ing word opening a phrase before a plural or mass noun. */
export function isOpeningSlot(prev: number, next: number): boolean {
  const opens = prev === Tag.None || prev === Tag.Comma || prev === Tag.Conj || prev === Tag.Quote;
  return opens && next === Tag.Noun;
}

export function isModifierSlot(prev: number, next: number): boolean {
  const before = prev === Tag.Det || prev === Tag.Poss || prev === Tag.Num;
  return before && (next === Tag.Noun || next === Tag.Adj || next === Tag.Propn);
}

function startsObject(t: number): boolean {
  return (
    t === Tag.Det ||
    t === Tag.Poss ||
    t === Tag.Pron ||
    t === Tag.ObjPron ||
    t === Tag.That ||
    t === Tag.Propn ||
    t === Tag.Num ||
    t === Tag.Quote ||
    t === Tag.Wh ||
    t === Tag.To ||
    t === Tag.Colon ||
    t === Tag.Adv
  );
}

function isVerbish(t: number): boolean {
  return t === Tag.Verb || t === Tag.Past || t === Tag.Part;
}

function isFinite(t: number): boolean {
  return t === Tag.Verb || t === Tag.Past || t === Tag.Be || t === Tag.Have || t === Tag.Modal;
}
