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
 * It also says how the verb is used, which decides where its source is: finite (the subject), a participle
 * adjunct (the subject of the clause it hangs on: "…, saying …"), an infinitive (the subject or object of
 * the governing verb), passive (a by-phrase or no source).
 */
import { isOpeningMark, runAt, word, tagAt, type Context } from './context';
import type { CueEntry } from './lexicon/index';
import { Frame } from './lexicon/cue-verbs';
import { wordSet } from './lexicon/word-set';
import { canEndPhrase, opensClauseAt, phraseEndRight, phraseStartLeft } from './noun-phrase';
import { TIME_WORDS } from './lexicon/closed-classes';
import { Tag, isAux, isVerbal } from './tags';
import { Flag, Kind } from './tokens';
import { Form } from './lexicon/inflect';

export type CueKind = 'verb' | 'according' | 'noun' | 'document' | 'colon' | 'lead';
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
    // Words inside a direct quote are what someone said, not the article's attributions ("“I think …”").
    if (runAt(ctx, i) >= 0) continue;
    const t = tagAt(ctx, i);
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
 * "reporting" (the news gathering), "related".
 */
const NOT_CUE_FORMS: ReadonlySet<string> = wordSet('state states reporting');

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

/** Things that show or find: "polls show", "the data suggest", "records indicate". */
const EVIDENCE_NOUNS: ReadonlySet<string> = wordSet(
  'poll polls survey surveys study studies report reports data record records numbers figures results ' +
    'analysis research documents statistics estimates audit investigation review evidence filings',
);

/** The token just before a verb group, past adverbs: the head of its subject when there is one. */
function subjectHead(ctx: Context, first: number): number {
  let p = first - 1;
  while (p >= 0 && tagAt(ctx, p) === Tag.Adv) p--;
  return p;
}

/** Whether the words after the cue give it the complement its class needs to count as an attribution. */
function needsMet(ctx: Context, entry: CueEntry, first: number, k: number, b: number, use: VerbUse): boolean {
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
  if (entry.classes.includes('showing') && EVIDENCE_NOUNS.has(word(ctx, subjectHead(ctx, first)))) {
    return startsPhrase(t) || t === Tag.That;
  }
  const quoteNext = t === Tag.Comma && isOpeningMark(ctx, j + 1); // "He continued, “…”"
  const clause = t === Tag.That || t === Tag.Colon || t === Tag.Quote || quoteNext || startsClause(ctx, j, b);
  const frames = entry.frames;
  if (frames & Frame.Clause && clause) return true;
  if (frames & Frame.To && t === Tag.To && isInfinitive(ctx, j + 1)) return true;
  if (frames & Frame.Wh && t === Tag.Wh) return true;
  if (entry.strength === 0) return false;
  if (frames & Frame.Np && startsPhrase(t)) return true;
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

/** The word after "to" is a verb: a known verb form, or a lowercase word that is not a noun phrase. */
function isInfinitive(ctx: Context, j: number): boolean {
  const t = tagAt(ctx, j);
  if (isVerbal(t) || isAux(t)) return true;
  return t === Tag.Noun && ((ctx.tokens.flags[j] ?? 0) & Flag.Cap) === 0;
}

function startsPhrase(t: number): boolean {
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

function isClauseAfterThat(ctx: Context, j: number, b: number): boolean {
  // "claims that the two countries are violating …" (a clause) vs "claims that were made" (a relative).
  const t = tagAt(ctx, j);
  return j < b && !isVerbal(t) && !isAux(t);
}

/**
 * Documents that find or report on their own: "In a CNN poll, Clinton led …". (A statement or an interview
 * has a speaker, whose verb is the cue: "In a statement, Smith said …".)
 */
const FINDING_NOUNS: ReadonlySet<string> = wordSet(
  'poll polls survey surveys study studies report reports analysis count tally estimate estimates census ' +
    'review audit investigation',
);

/** Labels that head a line before a colon without anyone saying anything ("The Latest:", "Update:"). */
const LABELS: ReadonlySet<string> = wordSet(
  'latest update updates note editor name age city job pay video photos photo related breaking exclusive ' +
    'editorial opinion analysis correction transcript watch read live bonus q a',
);

/** "In a CNN poll, …", "In the survey released Monday, …": at the start of a clause, before a comma. */
function isDocumentOpening(ctx: Context, i: number, a: number, b: number): boolean {
  const prev = tagAt(ctx, i - 1);
  if (!(i === a || prev === Tag.Conj || prev === Tag.Quote || prev === Tag.Comma)) return false;
  const e = phraseEndRight(ctx, i + 1, b);
  if (e <= i + 1) return false;
  let hasDocument = false;
  for (let j = i + 1; j < e; j++) if (FINDING_NOUNS.has(word(ctx, j))) hasDocument = true;
  if (!hasDocument) return false;
  // The document phrase may run on ("released Monday", "by Quinnipiac") up to the comma.
  for (let j = e; j < Math.min(b, e + 8); j++) {
    if (tagAt(ctx, j) === Tag.Comma) return j + 1 < b;
    if (tagAt(ctx, j) === Tag.Stop || tagAt(ctx, j) === Tag.Quote) return false;
  }
  return false;
}

/**
 * "The timing does not surprise pollster Daron Shaw: “…”", "He then listed the qualities:" ⏎ “…”: a colon
 * with no cue before it in its sentence, opening a quote (in the sentence or the next paragraph).
 */
function leadsIntoQuote(ctx: Context, i: number, a: number, b: number, found: readonly Cue[]): boolean {
  for (const c of found) if (c.head >= a && c.head < i) return false;
  if (i - a < 2) return false;
  if (i + 1 < b) return isOpeningMark(ctx, i + 1);
  // The colon ends its sentence: the next sentence must open with a quote mark.
  let j = b;
  while (j < ctx.tokens.count && ctx.tokens.kind[j] === Kind.Break) j++;
  return j < ctx.tokens.count && j - b <= 2 && isOpeningMark(ctx, j);
}

/** "Trump: Cruz has ‘to come a long way’", "KCNA: …": a colon after a bare name that opens the sentence. */
function isNameColon(ctx: Context, i: number, a: number, b: number, found: readonly Cue[]): boolean {
  if (i - a > 5 || i + 1 >= b) return false;
  for (const c of found) if (c.head >= a && c.head < i) return false;
  for (let j = a; j < i; j++) {
    // Names only (a headline sets every word in capitals, so capitals, not word classes, decide).
    const w = word(ctx, j);
    const f = ctx.tokens.flags[j] ?? 0;
    const closed = (ctx.entry[j]?.closed ?? 0) !== 0 && !(f & Flag.Title);
    if (!((f & Flag.Cap && !closed) || w === "'s") || LABELS.has(w)) return false;
  }
  // The text after the colon says something: a clause or a quote, not a list or a label ("Bonus video:").
  const next = tagAt(ctx, i + 1);
  return next === Tag.Quote || startsClause(ctx, i + 1, b) || b - i > 4;
}
