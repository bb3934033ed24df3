/**
 * This module holds English function words with their word class: the closed classes (determiners, pronouns,
 * prepositions, conjunctions, auxiliaries, modals), which a grammar lists rather than learns, plus small
 * open-class lists the engine leans on (frequent adverbs, time words, adjectives of nationality). Words that
 * belong to two classes get the class they have most often in news prose; the tagger corrects them in
 * context ("that", "as", "to", "her", "since" are decided there).
 */
import { Tag } from '../tags';

function words(list: string, tag: number, into: Map<string, number>): void {
  for (const w of list.split(/\s+/)) if (w) into.set(w, tag);
}

const CLOSED = new Map<string, number>();
words(
  'the a an this these those every each some any no all both either neither another such',
  Tag.Det,
  CLOSED,
);
words('many much several few more most less least fewer various certain enough own', Tag.Det, CLOSED);
words("his her its their our my your whose 's '", Tag.Poss, CLOSED);
words('he she it they we i you', Tag.Pron, CLOSED);
words(
  'him them us me himself herself itself themselves ourselves myself yourself everyone',
  Tag.ObjPron,
  CLOSED,
);
words(
  'everybody someone somebody anyone anybody nobody nothing something anything everything',
  Tag.ObjPron,
  CLOSED,
);
words('who whom which', Tag.Rel, CLOSED);
words('what where when why how whether whatever whoever', Tag.Wh, CLOSED);
words(
  'of in on at by for with about against from into onto over under after before during since through ' +
    'between among amongst without within across toward towards despite amid amidst including like per via ' +
    'upon near outside inside around behind beyond beside besides below above along alongside throughout ' +
    'until till unlike except regarding concerning following versus vs. off out up down past plus than ' +
    'atop beneath underneath amongst',
  Tag.Prep,
  CLOSED,
);
words('to', Tag.To, CLOSED);
words('and or but nor &', Tag.Conj, CLOSED);
words('because although though while whereas if unless lest as', Tag.Sub, CLOSED);
words("be is am are was were been being 're 'm", Tag.Be, CLOSED);
words("have has had having 've 'd", Tag.Have, CLOSED);
words('do does did doing done', Tag.Do, CLOSED);
words("will would can could may might shall should must ca wo 'll ought", Tag.Modal, CLOSED);
words("not n't never", Tag.Neg, CLOSED);
words('that', Tag.That, CLOSED);
words(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen ' +
    'seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand ' +
    'million billion trillion dozen dozens hundreds thousands millions billions half',
  Tag.Num,
  CLOSED,
);

/**
 * Adverbs that appear between a subject and its verb ("Trump also said", "she later told") or around cues,
 * and other frequent adverbs not ending in -ly.
 */
words(
  'also still already then now later earlier again even just only soon once often always sometimes ' +
    'ever yet too very quite rather almost nearly perhaps maybe instead further furthermore moreover ' +
    'meanwhile thus hence therefore indeed otherwise anyway nonetheless nevertheless so else here there ' +
    'together apart away back forward ahead long well far fast hard altogether afterward afterwards ' +
    'previously repeatedly recently reportedly allegedly publicly privately reluctantly initially ' +
    'subsequently separately jointly explicitly repeatedly first twice however',
  Tag.Adv,
  CLOSED,
);

export const CLOSED_CLASSES: ReadonlyMap<string, number> = CLOSED;

/**
 * Words of time that make up adjuncts ("said on Tuesday", "told reporters last week"); a phrase built of
 * these and prepositions, determiners and numbers is skipped when looking for the content after a cue.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow ' +
    'morning afternoon evening night day days week weeks weekend month months year years hour hours ' +
    'minute minutes time times moment decade january february march april may june july august september ' +
    'october november december jan feb mar apr jun jul aug sep sept oct nov dec last next recently ' +
    'earlier later ago early late past previous a.m. p.m. noon midnight'
  ).split(' '),
);

/**
 * Adjectives of nationality, region and party. Capitalized like names, but they modify a noun ("Western
 * claims", "Russian officials"), which matters when deciding whether the next word is a noun or a verb.
 */
export const GROUP_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'american british english french german russian chinese japanese korean north south east west ' +
    'western eastern northern southern european african asian arab israeli palestinian iranian iraqi ' +
    'syrian turkish ukrainian indian pakistani afghan mexican canadian cuban brazilian italian spanish ' +
    'saudi egyptian libyan jewish muslim christian catholic islamic democratic republican conservative ' +
    'liberal progressive federal congressional presidential gop senate house white black hispanic latino ' +
    'international national global foreign domestic'
  ).split(' '),
);

/** Quantifiers that stand alone for people, as the subject of their verb ("many say", "another says"). */
export const PEOPLE_QUANTIFIERS: ReadonlySet<string> = new Set(
  'another some many several few both all each most others either neither'.split(' '),
);

/** Adjectives whose shape does not show them, which predicates take ("getting ready to", "reluctant to"). */
export const SHAPELESS_ADJECTIVES: ReadonlySet<string> = new Set(
  (
    'ready able unable willing unwilling eager aware unaware afraid sure unsure reluctant hesitant ' +
    'confident wary keen glad'
  ).split(' '),
);
