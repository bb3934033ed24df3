/**
 * This module finds the cues of a sentence: the words that signal an attribution. Four shapes:
 *
 * - a verb from the cue lexicon, used as a verb (word-classes.ts decides "claims" the noun from "claims"
 *   the verb), with the complement its class needs ("think" only with a clause, "support" only with an
 *   object); its auxiliaries, negation and adverbs belong to the cue ("has also said", "did not deny"),
 *   and so does its particle ("pointed out", "pushed back");
 * - "according to";
 * - a message noun with a that-clause ("Western claims that …", "the allegation that …");
 * - "In" before a document ("In a statement, …", "In an NBC poll released Monday, …") and a colon after a
 *   bare name ("Trump: …", "He added: “…”" is a verb cue).
 *
 * The complements each class needs are checked in cue-complements.ts; the cues that are not verbs ("In a
 * poll", colons) are recognized in cue-shapes.ts. It also says how the verb is used, which decides where its source is: finite (the subject), a participle
 * adjunct (the subject of the clause it hangs on: "…, saying …"), an infinitive (the subject or object of
 * the governing verb), passive (a by-phrase or no source).
 */
import { runAt, word, tagAt, type Context } from './context';
import type { CueEntry } from './lexicon/index';
import { wordSet } from './lexicon/word-set';
import { isClauseAfterThat, needsMet } from './cue-complements';
import {
  attitudeCue,
  isDocumentOpening,
  isNameColon,
  isSpeakerLabel,
  leadsIntoQuote,
  signsQuote,
} from './cue-shapes';
import { canEndPhrase, opensClauseAt, phraseStartLeft } from './noun-phrase';
import { TIME_WORDS } from './lexicon/closed-classes';
import { Tag, isAux, isVerbal } from './tags';
import { Form } from './lexicon/inflect';

export type CueKind = 'verb' | 'according' | 'noun' | 'document' | 'colon' | 'lead' | 'byline' | 'attitude';
export type VerbUse = 'finite' | 'participle' | 'infinitive' | 'passive';

export interface Cue {
  readonly kind: CueKind;
  /** The cue word itself ("said", "according", "claims", "In", ":"). */
  readonly head: number;
  /** Token range of the whole cue, auxiliaries and particles included. */
  readonly first: number;
  readonly last: number;
  readonly entry: CueEntry | null;
  readonly use: VerbUse;
}

/** Adverbs that sit inside a verb group and belong to the cue ("also said", "has repeatedly denied"). */
const CUE_ADVERBS: ReadonlySet<string> = wordSet(
  'also later earlier previously repeatedly publicly privately first then again once still reportedly ' +
    'recently explicitly flatly strongly firmly quickly immediately subsequently initially further ' +
    'even just already never often always sharply angrily bluntly',
);

const NOMINAL_CUES: ReadonlySet<string> = wordSet(
  'claim claims allegation allegations accusation accusations assertion assertions suggestion insistence ' +
    'argument belief warning warnings charge charges contention notion promise pledge admission ' +
    'acknowledgment denial assurance assurances prediction fear fears hope hopes view',
);

export function findCues(ctx: Context, a: number, b: number, out: Cue[]): void {
  for (let i = a; i < b; i++) {
    const t = tagAt(ctx, i);
    // Words inside a direct quote are what someone said, not the article's attributions ("“I think …”"),
    // but for the speaker's label of a quoted transcript.
    if (runAt(ctx, i) >= 0) {
      if (t === Tag.Colon && isSpeakerLabel(ctx, i, a, b))
        out.push({ kind: 'colon', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    const w = word(ctx, i);
    if (w === 'according' && word(ctx, i + 1) === 'to' && i + 2 < b) {
      out.push({ kind: 'according', head: i, first: i, last: i + 2, entry: null, use: 'finite' });
      i++;
      continue;
    }
    if (w === 'in' && isDocumentOpening(ctx, i, a, b)) {
      out.push({ kind: 'document', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    if (
      t === Tag.Noun &&
      NOMINAL_CUES.has(w) &&
      word(ctx, i + 1) === 'that' &&
      isClauseAfterThat(ctx, i + 2, b)
    ) {
      out.push({ kind: 'noun', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    if (t === Tag.Colon && isNameColon(ctx, i, a, b, out)) {
      out.push({ kind: 'colon', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    if (t === Tag.Colon && leadsIntoQuote(ctx, i, a, b, out)) {
      out.push({ kind: 'lead', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    if ((t === Tag.Dash || t === Tag.Sym) && signsQuote(ctx, i, b)) {
      out.push({ kind: 'byline', head: i, first: i, last: i + 1, entry: null, use: 'finite' });
      continue;
    }
    const attitude = attitudeCue(ctx, i, a, b);
    if (attitude) {
      out.push(attitude);
      i = attitude.last - 1;
      continue;
    }
    const e = ctx.entry[i];
    if (!e?.cue || !isVerbal(t) || NOT_CUE_FORMS.has(w)) continue;
    const cue = verbCue(ctx, i, a, b, e.cue);
    if (cue) {
      out.push(cue);
      i = cue.last - 1;
    }
  }
  // "In a poll released Monday, 52 percent said …": the verb is the cue, not the document.
  const doc = out.findIndex((c) => c.kind === 'document' && c.head >= a);
  if (doc >= 0 && out.some((c, k) => k > doc && c.kind === 'verb')) out.splice(doc, 1);
}

function verbCue(ctx: Context, i: number, a: number, b: number, entry: CueEntry): Cue | null {
  const t = tagAt(ctx, i);
  // Particle: "pointed out", "made it clear", "pushed back".
  let last = i + 1;
  let k = i + 1;
  if (word(ctx, k) === 'it' && entry.particles.has('clear')) k++;
  const particle = entry.particles.has(word(ctx, k)) && k < b;
  if (particle) last = k + 1;
  else if (entry.particleOnly) return null;
  if (!particle && NOT_CUE_PARTICLES.has(word(ctx, i + 1))) return null;
  if (!particle && NOT_CUE_AFTER.get(entry.lemma)?.has(word(ctx, i + 1))) return null;
  if (isSetPhrase(ctx, i, a)) return null;
  // The verb group to the left: auxiliaries, negation, cue adverbs.
  let first = i;
  let be = false;
  let have = false;
  let to = false;
  for (let j = i - 1; j >= a; j--) {
    const tj = tagAt(ctx, j);
    if (isAux(tj) || tj === Tag.Neg) {
      if (tj === Tag.Be) be = true;
      if (tj === Tag.Have) have = true;
      first = j;
    } else if (tj === Tag.Adv && CUE_ADVERBS.has(word(ctx, j))) {
      first = j;
    } else if (tj === Tag.To && (tagAt(ctx, i) === Tag.Verb || first < i)) {
      to = true;
      first = j;
      break;
    } else break;
  }
  // A participle right after a noun with no auxiliary modifies it ("a group called …"): not a cue.
  let use: VerbUse = 'finite';
  if (to) use = 'infinitive';
  else if (t === Tag.Ing) use = be ? 'finite' : 'participle';
  else if ((t === Tag.Past || t === Tag.Part) && be && !(word(ctx, i - 1) === 'being' && have))
    use = 'passive';
  else if (t === Tag.Part && !have && !be) return null;
  else if (
    t === Tag.Past &&
    !have &&
    first === i &&
    canEndPhrase(ctx, i - 1) &&
    isReducedRelative(ctx, i, a, b)
  ) {
    return null;
  } else if (t === Tag.Past && first === i && isAdjectival(ctx, i, a)) return null;
  // "Aotearoa, as it is called by Māori, …": "called" in a clause of "as" and a pronoun names a thing.
  const naming =
    entry.lemma === 'call' && tagAt(ctx, first - 1) === Tag.Pron && word(ctx, first - 2) === 'as';
  if (use === 'passive' && naming) return null;
  // "Note the date.", "Ask yourself: …": a bare verb opening its clause gives an order, not an attribution.
  if (use === 'finite' && t === Tag.Verb && first === i && opensSentence(ctx, i, a)) {
    const forms = ctx.entry[i]?.verbForms ?? 0;
    if (forms & Form.Base && !(forms & Form.Third)) return null;
  }
  if (!particle && !needsMet(ctx, entry, first, last, b, use) && !isTrailingTag(ctx, first, last, a, b))
    return null;
  return { kind: 'verb', head: i, first, last, entry, use };
}

/**
 * Forms of cue verbs that are nearly always something else in news prose: "the states", "the contest",
 * "reporting" (the news gathering), "related", "party rules that …", "a ruling that …" (only "ruled" is
 * the court's decision as a cue).
 */
const NOT_CUE_FORMS: ReadonlySet<string> = wordSet('state states reporting rule rules ruling');

/** Senses that are not attributions: "added to the tension", "charged with fraud". */
const NOT_CUE_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['add', wordSet('to')],
  ['charge', wordSet('with')],
]);

/** "adds up to", "calls off": particles that make a verb that is not a cue. */
const NOT_CUE_PARTICLES: ReadonlySet<string> = new Set(['up', 'off', 'down']);

/**
 * A verb after its content, at the end of the sentence ("…, the poll found.", "“…,” he believes."): the
 * content is before it, so the verb needs no complement after it.
 */
function isTrailingTag(ctx: Context, first: number, last: number, a: number, b: number): boolean {
  let k = last;
  while (k < b && (tagAt(ctx, k) === Tag.Adv || TIME_WORDS.has(word(ctx, k)))) k++;
  if (k < b && tagAt(ctx, k) !== Tag.Stop && tagAt(ctx, k) !== Tag.Comma) return false;
  // Subject before the verb, and a comma or closing quote before the subject.
  let p = first - 1;
  if (p < a) return false;
  if (tagAt(ctx, p) === Tag.Pron) p--;
  else if (canEndPhrase(ctx, p)) {
    const s = phraseStartLeft(ctx, p + 1, a);
    if (s < 0) return false;
    p = s - 1;
  } else return false;
  const t = tagAt(ctx, p);
  return p > a && (t === Tag.Comma || t === Tag.Quote);
}

/**
 * Set phrases where a verb of saying says nothing: "That said, …", "easier said than done", "let's say",
 * "…, say, five years", "needless to say".
 */
function isSetPhrase(ctx: Context, i: number, a: number): boolean {
  const w = word(ctx, i);
  const prev = word(ctx, i - 1);
  const next = word(ctx, i + 1);
  if (w === 'said' && ((prev === 'that' && i - 1 === a && next === ',') || next === 'than')) return true;
  if (w === 'say' && tagAt(ctx, i - 1) === Tag.Comma && tagAt(ctx, i + 1) === Tag.Comma) return true;
  return w === 'say' && (prev === "'s" || prev === 'needless');
}

/** Whether token i is the first word of its sentence, or of a quote or a list item inside it. */
function opensSentence(ctx: Context, i: number, a: number): boolean {
  const p = tagAt(ctx, i - 1);
  return i === a || p === Tag.Quote || p === Tag.Colon || p === Tag.Semi || p === Tag.Open;
}

/** "758 pledged delegates", "the proposed rule": a participle before a noun, after a number or determiner. */
function isAdjectival(ctx: Context, i: number, a: number): boolean {
  const prev = i > a ? tagAt(ctx, i - 1) : Tag.None;
  const next = tagAt(ctx, i + 1);
  const before =
    prev === Tag.Num || prev === Tag.Det || prev === Tag.Poss || prev === Tag.Adj || prev === Tag.Prep;
  return before && (next === Tag.Noun || next === Tag.Adj);
}

/** "the weapons used in …", "a group called the …": a past participle modifying the noun before it. */
function isReducedRelative(ctx: Context, i: number, a: number, b: number): boolean {
  const next = tagAt(ctx, i + 1);
  if (word(ctx, i + 1) === 'by') return true;
  if (ctx.entry[i]?.lemma === 'call' && i + 1 < b) {
    // "joined a group called X" names; "The senator called X Y" judges. Naming follows a phrase that is
    // itself an object (it does not open the clause).
    const s = phraseStartLeft(ctx, i, a);
    return s >= 0 && !opensClauseAt(ctx, s, a) && !ctx.entry[i]?.cue?.particles.has(word(ctx, i + 1));
  }
  // "the weapons used in …" modifies a common noun; "Trump said during the debate …" has a subject. A verb of
  // saying after a name or a pronoun is finite.
  const noun = tagAt(ctx, i - 1);
  if (noun === Tag.Propn || (ctx.entry[i]?.cue?.strength ?? 0) === 2) return false;
  return next === Tag.Prep && word(ctx, i + 1) !== 'to' && word(ctx, i + 1) !== 'about';
}
