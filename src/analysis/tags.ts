/**
 * This module names the word classes the engine works with: a coarse part-of-speech set, just fine enough for
 * the decisions attribution needs (where a noun phrase starts and ends, whether a word is a verb, where a
 * clause begins). Punctuation gets its own classes because commas, colons and dashes carry structure.
 */

export const Tag = {
  None: 0,
  /** the, a, this, every, some */
  Det: 1,
  /** his, her, its, their, our, my, your, whose; and the possessive clitic 's */
  Poss: 2,
  /** he, she, it, they, we, I, you (subject pronouns) */
  Pron: 3,
  /** him, them, us, me (object pronouns) */
  ObjPron: 4,
  /** who, whom, which (relative or interrogative) */
  Rel: 5,
  /** what, where, when, why, how, whether */
  Wh: 6,
  Prep: 7,
  /** to: infinitive marker or preposition */
  To: 8,
  /** and, or, but, nor */
  Conj: 9,
  /** because, although, if, while, unless, since */
  Sub: 10,
  /** forms of be */
  Be: 11,
  /** forms of have */
  Have: 12,
  /** forms of do */
  Do: 13,
  /** will, would, can, could, may, might, shall, should, must */
  Modal: 14,
  /** not, n't, never */
  Neg: 15,
  Adv: 16,
  Adj: 17,
  Noun: 18,
  /** a capitalized name or part of one */
  Propn: 19,
  /** a verb in base or present form (say, says) */
  Verb: 20,
  /** past form, finite or participle (said, announced) */
  Past: 21,
  /** -ing form (saying) */
  Ing: 22,
  /** a past participle distinct from the past tense (written, shown) */
  Part: 23,
  Num: 24,
  /** that: determiner, relative or complementizer, decided where it matters */
  That: 25,
  Comma: 26,
  /** sentence-final . ! ? */
  Stop: 27,
  Colon: 28,
  Semi: 29,
  Dash: 30,
  Open: 31,
  Close: 32,
  Quote: 33,
  Sym: 34,
  Break: 35,
} as const;

export type TagValue = (typeof Tag)[keyof typeof Tag];

/** Classes that can sit inside a noun phrase before its head. */
export function isNominal(tag: number): boolean {
  return tag === Tag.Noun || tag === Tag.Propn || tag === Tag.Num || tag === Tag.Adj;
}

/** Verb forms that can head a finite clause. */
export function isFiniteVerb(tag: number): boolean {
  return tag === Tag.Verb || tag === Tag.Past;
}

export function isVerbal(tag: number): boolean {
  return tag >= Tag.Verb && tag <= Tag.Part;
}

export function isAux(tag: number): boolean {
  return tag === Tag.Be || tag === Tag.Have || tag === Tag.Do || tag === Tag.Modal;
}
