/**
 * This module decides the stance of an attribution: `deny` when the source denies, rejects, refutes,
 * disputes or dismisses a claim, accusation or report; `assert` otherwise. The signals, from the meaning of
 * denial in English:
 *
 * - a verb of denial whose object is a claim: "denied the allegations", "disputed the figures" ("deny" and
 *   its kin take almost anything said as object, but not a thing withheld: "denied him a visa", "denied
 *   access"); "rejected" and "dismissed" only with a claim, a that-clause or a quote ("rejected the
 *   claims", not "rejected the plan"); never when negated ("did not deny");
 * - a rebuttal phrase: "pushed back", "hit back", "fired back";
 * - a verdict on a claim: "called the allegations “absurd”", "described the report as false";
 * - a content that declares something untrue ("is not true", "there is no evidence", "groundless");
 * - a content in which the source says it did not do what it is said to have done: a subject that is the
 *   source itself (a pronoun or its name) with a negated verb of deed or knowledge ("he never met …",
 *   "she did not know …", "it had nothing to do with …", "he is not a racist").
 */
import { word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { DENIABLE_NOUNS } from './lexicon/nouns';
import { wordSet } from './lexicon/word-set';
import type { Range } from './source-phrase';
import type { Stance } from '../model/attribution';
import { Tag } from './tags';

/** Verbs of denial that take any claim as object; "reject" and "dismiss" need a claim noun. */
const DENY_ANYTHING: ReadonlySet<string> = wordSet(
  'deny refute rebut contradict dispute disavow repudiate deflect',
);

/** What one denies someone (a thing withheld), rather than a claim: "denied access", "denied bail". */
const WITHHELD: ReadonlySet<string> = wordSet(
  'access entry bail permission request requests visa visas service services benefits coverage funding ' +
    'right rights opportunity chance admission passage parole asylum tenure',
);

/** Particles that turn a verb into a rebuttal: "pushed back", "hit back", "fired back". */
const REBUTTAL_PARTICLES: ReadonlySet<string> = wordSet('back');

/** Verbs that name or judge what their object is; with a claim as object, the verdict is a denial. */
const VERDICT_VERBS: ReadonlySet<string> = wordSet(
  'call describe label brand characterize characterise term dub deride mock ridicule slam blast denounce ' +
    'condemn decry',
);

/** Claim nouns beyond the message nouns that a denial verb can take: "denied wrongdoing". */
const DENIED_THINGS: ReadonlySet<string> = wordSet(
  'wrongdoing involvement knowledge responsibility guilt charge charges it that this them any ' +
    'characterization assessment premise comparison description label figures numbers version',
);

/** Expressions that say a claim is untrue: predicates of falsity, absence of evidence, words of rebuttal. */
const UNTRUE =
  /\b(?:(?:is|are|was|were|be|been|'s)(?: simply| just| absolutely| completely| categorically)? (?:not|n't) (?:true|accurate|correct|the case)|untrue|false(?:ly)?|falsehoods?|groundless|baseless|unfounded|unsubstantiated|fabricat(?:ed|ion|ions)|no (?:evidence|proof|basis|truth|merit)|without (?:evidence|merit|basis|foundation)|fake news|a hoax|made[- ]up|nonsense|categorically|absurd|a lie|never (?:happened|said)|did(?: not|n't) (?:happen|say)|nothing to do with|no such (?:thing|plan|deal|agreement)|debunked|misleading|inaccurate|erroneous|ludicrous|preposterous|presumptuous|slander(?:ous)?|libel(?:ous)?|smear)\b/i;

/** Verbs and predicates of deed and knowledge whose negation, said of oneself, answers an accusation. */
const DEEDS: ReadonlySet<string> = wordSet(
  'know knew known meet met say said have had receive received do did done commit committed make made ' +
    'take took taken use used pay paid send sent discuss discussed authorize authorized approve approved ' +
    'order ordered lie lied threaten threatened mock mocked support supported endorse endorsed intend ' +
    'intended mean meant plan planned call called attack attacked write wrote written sign signed break ' +
    'broke broken violate violated steal stole collude colluded coordinate coordinated involved aware ' +
    'responsible guilty racist sexist anti-semitic biased wrong party part',
);

const NEGATION: ReadonlySet<string> = wordSet("not n't never no");

export function stanceOf(ctx: Context, cue: Cue, content: readonly Range[], source: Range | null): Stance {
  const negated = isNegated(ctx, cue);
  // "does not believe …", "doesn't think …", "did not accept …": a belief in the claim refused.
  if (cue.entry && negated && DISBELIEF.has(cue.entry.lemma)) return 'deny';
  // A reply that negates ("countered that it was not …") rebuts what it answers.
  if (cue.entry && !negated && REPLIES.has(cue.entry.lemma) && contentNegates(ctx, content)) return 'deny';
  if (cue.entry && !negated) {
    const lemma = cue.entry.lemma;
    if (cue.entry.denial && deniesObject(ctx, lemma, content)) return 'deny';
    if (cue.last - cue.head > 1 && REBUTTAL_PARTICLES.has(word(ctx, cue.last - 1))) return 'deny';
    if (VERDICT_VERBS.has(lemma) && objectIsClaim(ctx, content)) return 'deny';
  }
  const text = ctx.tokens.text;
  for (const [s, e] of content) {
    const from = ctx.tokens.start[s] ?? 0;
    const to = ctx.tokens.end[e - 1] ?? from;
    if (to - from > 6 && UNTRUE.test(text.slice(from, to))) return 'deny';
  }
  if (deniesDeed(ctx, content, source)) return 'deny';
  return 'assert';
}

/** Verbs of belief and agreement: negated, they dispute ("does not believe the report"). */
const DISBELIEF: ReadonlySet<string> = wordSet('believe think agree accept buy trust');

/** Verbs of reply: with a negation in what they say, they rebut. */
const REPLIES: ReadonlySet<string> = wordSet('respond reply counter retort answer');

function contentNegates(ctx: Context, content: readonly Range[]): boolean {
  for (const [s, e] of content) for (let i = s; i < e; i++) if (NEGATION.has(word(ctx, i))) return true;
  return false;
}

function isAuxiliary(t: number): boolean {
  return t === Tag.Be || t === Tag.Have || t === Tag.Do || t === Tag.Modal;
}

function isNegated(ctx: Context, cue: Cue): boolean {
  for (let i = cue.first; i < cue.head; i++) if (tagAt(ctx, i) === Tag.Neg) return true;
  return false;
}

/** Whether a verb of denial, by its object, denies a claim. */
function deniesObject(ctx: Context, lemma: string, content: readonly Range[]): boolean {
  const first = content[0];
  if (!first) return DENY_ANYTHING.has(lemma);
  const t = tagAt(ctx, first[0]);
  if (t === Tag.That || t === Tag.Quote || t === Tag.Ing) return true;
  if (DENY_ANYTHING.has(lemma)) {
    // "denied him a visa", "denied access": something withheld, not a claim refused.
    if (t === Tag.ObjPron && first[1] - first[0] > 1) return false;
    for (let i = first[0]; i < Math.min(first[1], first[0] + 3); i++)
      if (WITHHELD.has(word(ctx, i))) return false;
    return true;
  }
  return objectIsClaim(ctx, content);
}

/** Whether the content opens with a phrase about a claim ("the allegations", "those claims", "the report"). */
function objectIsClaim(ctx: Context, content: readonly Range[]): boolean {
  const first = content[0];
  if (!first) return false;
  const [s, e] = first;
  for (let i = s; i < Math.min(e, s + 5); i++) {
    const w = word(ctx, i);
    if (DENIABLE_NOUNS.has(w) || DENIED_THINGS.has(w)) return true;
    const t = tagAt(ctx, i);
    if (!(t === Tag.Det || t === Tag.Adj || t === Tag.Poss || t === Tag.Noun || t === Tag.Propn))
      return false;
  }
  return false;
}

/**
 * "he never met …", "she did not know …", "it is not a racist group": the content's subject is the source
 * itself (a personal pronoun, or the source's own last word) and its verb of deed or knowledge is negated.
 */
function deniesDeed(ctx: Context, content: readonly Range[], source: Range | null): boolean {
  const first = content[0];
  if (!first) return false;
  let i = first[0];
  const end = first[1];
  if (tagAt(ctx, i) === Tag.That || tagAt(ctx, i) === Tag.Quote) i++;
  const w = word(ctx, i);
  const sourceHead = source ? word(ctx, source[1] - 1) : '';
  const self = tagAt(ctx, i) === Tag.Pron || (sourceHead !== '' && w === sourceHead);
  if (!self) return false;
  // The auxiliary says what kind of statement it is: "did not", "had never" deny a deed of the past;
  // "was not", "is not" deny a description only with a predicate of guilt or knowledge ("was not aware",
  // "is not a racist"); "will not", "cannot" are intentions, not denials.
  let j = i + 1;
  let aux = '';
  while (j < end && isAuxiliary(tagAt(ctx, j))) {
    aux = tagAt(ctx, j) === Tag.Modal ? 'modal' : tagAt(ctx, j) === Tag.Be ? 'be' : 'do';
    j++;
  }
  if (!NEGATION.has(word(ctx, j))) return false;
  const never = word(ctx, j) === 'never';
  j++;
  while (j < end && (tagAt(ctx, j) === Tag.Adv || tagAt(ctx, j) === Tag.Det || isAuxiliary(tagAt(ctx, j))))
    j++;
  if (j >= end || aux === 'modal') return false;
  const t = tagAt(ctx, j);
  const deed = t === Tag.Verb || t === Tag.Past || t === Tag.Part;
  if ((aux === 'do' || never) && deed) return DEEDS.has(word(ctx, j));
  return DEEDS.has(word(ctx, j)) && !deed;
}
