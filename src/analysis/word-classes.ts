/**
 * This module assigns each token a coarse word class (tags.ts): first from the lexicon and the shape of the
 * word, then corrected from its neighbours. The decisions are the ones attribution depends on:
 *
 * - capitalized words inside a sentence are names, unless the whole line is set in title case (a headline);
 * - a word that can be noun or verb ("claims", "report", "support", "calls") is decided by its neighbours
 *   (noun-or-verb.ts): "Western claims" is a noun, "Russia claims …" a verb;
 * - "her" is a possessive before a noun and an object pronoun elsewhere; "'s" is "is" after a pronoun;
 * - unknown lowercase words are read from their endings: -ly adverbs, -ing and -ed verb forms, common
 *   adjective endings, and nouns otherwise.
 */
import { lookup, type WordEntry } from './lexicon/index';
import { GROUP_ADJECTIVES, SHAPELESS_ADJECTIVES } from './lexicon/closed-classes';
import { DOCUMENT_NOUNS, MESSAGE_NOUNS, ROLE_NOUNS } from './lexicon/nouns';
import { Form } from './lexicon/inflect';
import { wordSet } from './lexicon/word-set';
import { isModifierSlot, isOpeningSlot, nounOrVerb, verbFormTag } from './noun-or-verb';
import { Tag } from './tags';
import { Flag, Kind, type Tokens } from './tokens';

export interface Tagged {
  tag: Uint8Array;
  /** The lexicon entry of each word token, when it has one. */
  readonly entry: Array<WordEntry | undefined>;
}

const PUNCT: ReadonlyMap<string, number> = new Map([
  [',', Tag.Comma],
  ['.', Tag.Stop],
  ['!', Tag.Stop],
  ['?', Tag.Stop],
  ['…', Tag.Stop],
  ['...', Tag.Stop],
  [':', Tag.Colon],
  [';', Tag.Semi],
  ['—', Tag.Dash],
  ['–', Tag.Dash],
  ['-', Tag.Dash],
  ['(', Tag.Open],
  ['[', Tag.Open],
  [')', Tag.Close],
  [']', Tag.Close],
]);

const LY_NOT_ADVERB: ReadonlySet<string> = wordSet(
  'only family july italy rally ally supply reply apply fly july early likely daily weekly monthly ' +
    'friendly holy ugly silly lonely elderly costly deadly lovely timely unlikely assembly anomaly ' +
    'belly bully jelly folly monopoly oligopoly tally homily panoply lily gully',
);

const ADJ_ENDING = /(?:ous|ful|able|ible|ical|less)$/;

export function tagTokens(
  tokens: Tokens,
  firstOfSentence: Int32Array,
  lastOfSentence: Int32Array,
  count: number,
  runOf: Int32Array,
): Tagged {
  const n = tokens.count;
  const tag = new Uint8Array(n);
  const entry: Array<WordEntry | undefined> = new Array<WordEntry | undefined>(n);
  for (let s = 0; s < count; s++) {
    const a = firstOfSentence[s] ?? 0;
    const b = lastOfSentence[s] ?? 0;
    tagSentence(tokens, a, b, tag, entry, runOf);
  }
  return { tag, entry };
}

function titleCase(tokens: Tokens, a: number, b: number): boolean {
  let words = 0;
  let caps = 0;
  for (let i = a; i < b; i++) {
    if (tokens.kind[i] !== Kind.Word) continue;
    const w = tokens.lower[i] ?? '';
    if (w.length < 4) continue;
    words++;
    if ((tokens.flags[i] ?? 0) & Flag.Cap) caps++;
  }
  return words >= 3 && caps >= words * 0.75;
}

function tagSentence(
  tokens: Tokens,
  a: number,
  b: number,
  tag: Uint8Array,
  entry: Array<WordEntry | undefined>,
  runOf: Int32Array,
): void {
  const { kind, flags, lower } = tokens;
  const headline = titleCase(tokens, a, b);
  let initial = true; // the next word opens the sentence (or a quote inside it)
  for (let i = a; i < b; i++) {
    const k = kind[i];
    const w = lower[i] ?? '';
    if (k === Kind.Punct) {
      tag[i] = PUNCT.get(w) ?? Tag.Sym;
      // A hyphen without spaces joins words ("pro-Trump", "2-to-1"); only a spaced one is a dash.
      if (w === '-' && !((flags[i] ?? 0) & (Flag.SpaceBefore | Flag.SpaceAfter))) tag[i] = Tag.Sym;
      // An ellipsis that ends no sentence is a pause, as a dash is ("sources tell TMZ ... the dress was …").
      if (
        (w === '...' || w === '…') &&
        i + 1 < b &&
        (kind[i + 1] === Kind.Word || kind[i + 1] === Kind.Number)
      )
        tag[i] = Tag.Dash;
      if (w === ':' || tag[i] === Tag.Dash || tag[i] === Tag.Open) initial = true;
      continue;
    }
    if (k === Kind.Quote) {
      // "Sanders’ campaign": an apostrophe after a plural, outside any quote, is a possessive.
      const apostrophe =
        (w === "'" || w === '’') && (runOf[i] ?? -1) < 0 && !((flags[i] ?? 0) & Flag.SpaceBefore);
      tag[i] = apostrophe && (lower[i - 1] ?? '').endsWith('s') ? Tag.Poss : Tag.Quote;
      initial = tag[i] === Tag.Quote;
      continue;
    }
    if (k === Kind.Number) {
      tag[i] = Tag.Num;
      initial = false;
      continue;
    }
    if (k === Kind.Break) {
      tag[i] = Tag.Break;
      continue;
    }
    const f = flags[i] ?? 0;
    const e = lookup(w);
    entry[i] = e;
    tag[i] = lexicalTag(w, e, f, initial, headline);
    initial = false;
  }
  // Second pass: neighbours decide the ambiguous words.
  for (let i = a; i < b; i++) {
    if (kind[i] !== Kind.Word) continue;
    const w = lower[i] ?? '';
    const prev = i > a ? (tag[i - 1] ?? Tag.None) : Tag.None;
    const next = i + 1 < b ? (tag[i + 1] ?? Tag.None) : Tag.None;
    const t = tag[i] ?? Tag.None;
    // "the RealClearPolitics polling average": after a name too, unless the word is a cue ("Trump saying …").
    const afterName = prev === Tag.Propn && next === Tag.Noun && !entry[i]?.cue;
    // "a finding that …", "the ruling", "a meeting with …": after an article an -ing word is a noun.
    const article = lower[i - 1] === 'a' || lower[i - 1] === 'an' || lower[i - 1] === 'the';
    const modifier =
      (t === Tag.Ing && prev === Tag.Det && article) ||
      isModifierSlot(prev, next) ||
      (t === Tag.Ing && (isOpeningSlot(prev, next) || afterName) && !entry[i]?.cue);
    if ((t === Tag.Ing || t === Tag.Past) && modifier && !entry[i]?.closed) {
      // "the engineering firm", "the proposed rule": a participle between a determiner and a noun.
      tag[i] = t === Tag.Ing ? Tag.Noun : Tag.Adj;
      continue;
    }
    if (w === "'s") {
      const before = lower[i - 1];
      const isVerb =
        prev === Tag.Pron || prev === Tag.That || prev === Tag.Wh || before === 'there' || before === 'here';
      tag[i] = isVerb ? Tag.Be : Tag.Poss;
      continue;
    }
    if (t === Tag.Adj && (flags[i] ?? 0) & Flag.Cap && GROUP_ADJECTIVES.has(w)) {
      // "Russian officials", "Western claims" modify; "the West accuses", "Ms. White said" are names.
      const modifies = (next === Tag.Noun || next === Tag.Adj) && !((flags[i + 1] ?? 0) & Flag.Cap);
      if (!modifies || prev === Tag.Propn) tag[i] = Tag.Propn;
      continue;
    }
    if (w === 'her') {
      tag[i] =
        next === Tag.Noun || next === Tag.Adj || next === Tag.Propn || next === Tag.Num
          ? Tag.Poss
          : Tag.ObjPron;
      continue;
    }
    const e = entry[i];
    // "will reopen", "could outlaw": after a modal, a word the lexicon does not know is a verb.
    if (!e && t === Tag.Noun && prev === Tag.Modal) {
      tag[i] = Tag.Verb;
      continue;
    }
    if (!e || !e.verbForms || e.closed || t === Tag.Propn) continue;
    if (t === Tag.Noun || e.nounToo || t === Tag.Verb) tag[i] = nounOrVerb(tag, i, a, b, e, lower, entry);
  }
}

function lexicalTag(
  w: string,
  e: WordEntry | undefined,
  f: number,
  initial: boolean,
  headline: boolean,
): number {
  const cap = (f & Flag.Cap) !== 0;
  // "US", "KCNA", "AP": capitals make a name, even where a sentence starts ("US Senator …", not "us").
  if (f & Flag.AllCaps && w !== 'i' && w !== 'a' && !headline) return Tag.Propn;
  if (cap && !initial && !headline) {
    if (f & Flag.AllCaps) return Tag.Propn;
    if (e?.closed && w !== 'i' && w !== 'may') return e.closed;
    if (GROUP_ADJECTIVES.has(w)) return Tag.Adj;
    return Tag.Propn;
  }
  if (f & Flag.Title) return Tag.Propn;
  if (e?.closed) return e.closed;
  if (e?.verbForms) return verbTag(e);
  if (cap && (f & Flag.AllCaps || !headline)) {
    // A capitalized unknown word opening a sentence is most likely a name, unless it is a noun the engine
    // knows ("Officials said …").
    if (ROLE_NOUNS.has(w) || MESSAGE_NOUNS.has(w) || DOCUMENT_NOUNS.has(w)) return Tag.Noun;
    return GROUP_ADJECTIVES.has(w) ? Tag.Adj : Tag.Propn;
  }
  return shapeTag(w);
}

function verbTag(e: WordEntry): number {
  if (e.nounToo && e.verbForms & Form.Third && !(e.verbForms & (Form.Past | Form.Ing))) return Tag.Noun;
  return verbFormTag(e.verbForms);
}

const HAS_VOWEL = /[aeiouy]/;

function shapeTag(w: string): number {
  if (SHAPELESS_ADJECTIVES.has(w)) return Tag.Adj;
  if (w.length > 4 && w.endsWith('ly') && !LY_NOT_ADVERB.has(w)) return Tag.Adv;
  // "spring", "string": an -ing word is a participle only when a syllable stands before the ending.
  if (w.length > 4 && w.endsWith('ing') && HAS_VOWEL.test(w.slice(0, -3))) return Tag.Ing;
  // "self-described", "Iowa-based": a compound participle describes.
  if (w.length > 4 && w.endsWith('ed')) return w.includes('-') ? Tag.Adj : Tag.Past;
  if (w.length > 5 && ADJ_ENDING.test(w)) return Tag.Adj;
  return Tag.Noun;
}
