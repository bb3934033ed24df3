/**
 * This module recognizes a source saying that it did not do what it is said to have done: "he never met
 * …", "she did not know …", "I did not mention …", "it had nothing to do with …", "he is not a racist".
 * The content's subject must be the source itself, which English marks by person and agreement: in a
 * direct quote the source speaks as "I" or "we"; in reported speech as "he"/"she" for a person, "it" for
 * an organization, "they" for several, or by repeating its name. "It doesn't make sense", quoted from a
 * person, is not about the person. The verb must be a deed, a word (verbs of saying: "never said", "did
 * not mention", "was not speaking about …") or knowledge, or a predicate of guilt or knowledge ("was not
 * aware", "is not responsible"); "will not", "cannot" announce intentions and deny nothing.
 */
import { runAt, tagAt, word, type Context } from './context';
import { wordSet } from './lexicon/word-set';
import type { Range } from './source-phrase';
import { Tag, isAux } from './tags';

/** Verbs and predicates of deed and knowledge whose negation, said of oneself, answers an accusation. */
const DEEDS: ReadonlySet<string> = wordSet(
  'know knew known meet met have had receive received do did done commit committed make made ' +
    'take took taken use used pay paid send sent authorize authorized approve approved order ordered ' +
    'lie lied threaten threatened mock mocked support supported endorse endorsed intend intended mean ' +
    'meant plan planned attack attacked sign signed break broke broken violate violated steal stole ' +
    'collude colluded coordinate coordinated involved aware responsible guilty racist sexist ' +
    'anti-semitic biased wrong party part',
);

/** Verbs that, negated in the progressive, correct how the source's words were taken: "was not speaking
 * about …", "is not referring to …". */
const CORRECTIONS: ReadonlySet<string> = wordSet('speak talk refer suggest');

/** Classes of the cue lexicon whose verbs are acts of speech: "never said", "did not mention". */
const SPEECH_CLASSES: ReadonlySet<string> = wordSet('saying telling informing addressing publishing');

const SKIPPED: ReadonlySet<number> = new Set([
  Tag.Adv,
  Tag.Det,
  Tag.Dash,
  Tag.Sym,
  Tag.Be,
  Tag.Have,
  Tag.Do,
  Tag.Modal,
]);
const NEGATION: ReadonlySet<string> = wordSet("not n't never no");
const FIRST_PERSON: ReadonlySet<string> = wordSet('i we');
const PERSONS: ReadonlySet<string> = wordSet('he she him her');
const NOT_A_PERSON: ReadonlySet<string> = wordSet('it they we them');

/** Whether the content denies a deed, word or knowledge of the source itself. */
export function deniesOwnDeed(ctx: Context, content: readonly Range[], source: Range | null): boolean {
  const first = content[0];
  if (!first) return false;
  let i = first[0];
  const end = first[1];
  while (i < end && (tagAt(ctx, i) === Tag.That || tagAt(ctx, i) === Tag.Quote)) i++;
  if (!isSelf(ctx, i, source)) return toldNothing(ctx, i, end, source);
  // The auxiliary says what kind of statement it is: "did not", "had never" deny a deed of the past;
  // "was not", "is not" deny a description only with a predicate of guilt or knowledge ("was not aware",
  // "is not a racist") or a deed in progress ("was not speaking"); "will not", "cannot" are intentions.
  let j = i + 1;
  let aux = '';
  while (j < end && isAux(tagAt(ctx, j))) {
    const t = tagAt(ctx, j);
    aux = t === Tag.Modal ? 'modal' : t === Tag.Be ? 'be' : 'do';
    j++;
  }
  if (!NEGATION.has(word(ctx, j))) return false;
  const never = word(ctx, j) === 'never';
  j++;
  // "never -- never -- been", "not even once": adverbs, a repeated negation and asides set off by dashes.
  while (j < end && (SKIPPED.has(tagAt(ctx, j)) || NEGATION.has(word(ctx, j)))) j++;
  if (j >= end || aux === 'modal') return false;
  const t = tagAt(ctx, j);
  const deed = t === Tag.Verb || t === Tag.Past || t === Tag.Part;
  if ((aux === 'do' || never) && deed) return isDeedOrWord(ctx, j);
  if (aux === 'be' && t === Tag.Ing)
    return isDeedOrWord(ctx, j) || CORRECTIONS.has(ctx.entry[j]?.lemma ?? '');
  return DEEDS.has(word(ctx, j)) && !deed;
}

function isDeedOrWord(ctx: Context, j: number): boolean {
  const e = ctx.entry[j];
  if (DEEDS.has(word(ctx, j)) || (e && DEEDS.has(e.lemma))) return true;
  return e?.cue?.classes.some((c) => SPEECH_CLASSES.has(c)) ?? false;
}

/** Whether token i, a subject, refers to the source (by person, agreement, or its repeated name). */
function isSelf(ctx: Context, i: number, source: Range | null): boolean {
  const w = word(ctx, i);
  if (FIRST_PERSON.has(w)) return true;
  const head = source ? word(ctx, source[1] - 1) : '';
  if (head !== '' && w === head) return tagAt(ctx, i) !== Tag.Det;
  // In a direct quote the source speaks in the first person; "he", "it" there are someone else.
  if (tagAt(ctx, i) !== Tag.Pron || runAt(ctx, i) >= 0) return false;
  // Without a source in view ("…, stressing that she did not …") a third person is taken as the source.
  if (!source) return true;
  const headTag = tagAt(ctx, source[1] - 1);
  const plural = NOT_A_PERSON.has(head) ? head === 'they' : /s$/.test(head) && headTag === Tag.Noun;
  const several = plural || hasConjunction(ctx, source);
  if (w === 'they') return several;
  if (several) return false;
  if (w === 'he' || w === 'she') return PERSONS.has(head) || !NOT_A_PERSON.has(head);
  // "it" speaks for an organization named by a common noun ("the ministry said it …"), or for "it".
  if (w === 'it') return head === 'it' || headTag === Tag.Noun;
  return false;
}

function hasConjunction(ctx: Context, source: Range): boolean {
  for (let i = source[0]; i < source[1]; i++) if (word(ctx, i) === 'and') return true;
  return false;
}

/** Verbs of telling and asking: "nobody ever told me …", "the board never asked them …". */
const RECIPIENT_CLASSES: ReadonlySet<string> = wordSet('telling informing asking pressing');

/**
 * "the management has never told them what to say": the source as the recipient of a negated telling,
 * in the content's first clause, denies having been told.
 */
function toldNothing(ctx: Context, from: number, end: number, source: Range | null): boolean {
  let negated = false;
  for (let j = from; j < end; j++) {
    const t = tagAt(ctx, j);
    if (t === Tag.Comma || t === Tag.Stop || t === Tag.Semi || t === Tag.That) return false;
    if (NEGATION.has(word(ctx, j))) negated = true;
    else if (t === Tag.Verb || t === Tag.Past || t === Tag.Part) {
      const classes = ctx.entry[j]?.cue?.classes ?? [];
      if (!negated || !classes.some((c) => RECIPIENT_CLASSES.has(c))) return false;
      return tagAt(ctx, j + 1) === Tag.ObjPron && isSelfObject(ctx, j + 1, source);
    }
  }
  return false;
}

const SUBJECT_OF: Readonly<Record<string, string>> = {
  me: 'i',
  us: 'we',
  him: 'he',
  her: 'she',
  them: 'they',
};

function isSelfObject(ctx: Context, i: number, source: Range | null): boolean {
  const w = SUBJECT_OF[word(ctx, i)];
  if (!w || !source) return w === 'i' || w === 'we';
  if (w === 'i' || w === 'we') return true;
  if (runAt(ctx, i) >= 0) return false;
  const head = word(ctx, source[1] - 1);
  const several =
    head === 'they' ||
    hasConjunction(ctx, source) ||
    (/s$/.test(head) && tagAt(ctx, source[1] - 1) === Tag.Noun);
  return w === 'they' ? several : !several && !NOT_A_PERSON.has(head);
}
