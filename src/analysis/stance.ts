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
 * - a reply whose first clause negates ("replied that the council had never …"), but not the object of
 *   "responded to", which is what was answered;
 * - a belief refused, in the active voice ("does not believe the report"; "is not thought to …" is not);
 * - a verdict that judges its object untrue or dismisses a claim ("called the charges fabricated", "called
 *   the report ridiculous"); a verdict that only names ("called it a common ailment") asserts;
 * - the content, in the source's own words (content-denial.ts): falsity, absence of evidence, a charge
 *   negated, an inference refused, "That's not …";
 * - the source saying it did not do, say or know what it is said to have (self-denial.ts).
 *
 * Scope: a denial verb negated ("did not deny") asserts; a denial inside the content belongs to whoever
 * says it there, so only the patterns above, said by the source, count.
 */
import { word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { DENIABLE_NOUNS } from './lexicon/nouns';
import { wordSet } from './lexicon/word-set';
import type { Range } from './source-phrase';
import type { Stance } from '../model/attribution';
import { Tag, isAux } from './tags';
import { contentDenies, verdictDismisses } from './content-denial';
import { deniesOwnDeed } from './self-denial';

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

export function stanceOf(ctx: Context, cue: Cue, content: readonly Range[], source: Range | null): Stance {
  const negated = isNegated(ctx, cue);
  // "does not believe …", "doesn't think …": a belief in the claim refused; "is not thought to …" is a
  // passive that reports what nobody in particular believes.
  if (cue.entry && negated && cue.use !== 'passive' && DISBELIEF.has(cue.entry.lemma)) return 'deny';
  if (cue.entry && !negated) {
    const lemma = cue.entry.lemma;
    // A reply that negates ("countered that it was not …") rebuts what it answers.
    if (REPLIES.has(lemma) && replyNegates(ctx, cue, content)) return 'deny';
    if (cue.entry.denial && deniesObject(ctx, lemma, content)) return 'deny';
    if (cue.last - cue.head > 1 && REBUTTAL_PARTICLES.has(word(ctx, cue.last - 1))) return 'deny';
    // A verdict denies when it judges its object untrue or dismisses it ("called the charges fabricated",
    // "called it a witch hunt"), not when it names it otherwise ("called it a common ailment").
    if (VERDICT_VERBS.has(lemma))
      return verdictDismisses(ctx, content, objectIsClaim(ctx, content)) ? 'deny' : 'assert';
  }
  if (negated && cue.entry?.denial) return 'assert';
  if (contentDenies(ctx, content)) return 'deny';
  if (deniesOwnDeed(ctx, content, source)) return 'deny';
  return 'assert';
}

/** Verbs of belief and agreement: negated, they dispute ("does not believe the report"). */
const DISBELIEF: ReadonlySet<string> = wordSet('believe think agree accept buy trust');

/** Verbs of reply: with a negation in what they say, they rebut. */
const REPLIES: ReadonlySet<string> = wordSet('respond reply counter retort answer');

/**
 * Whether a reply's content negates in its first clause ("replied that he had not …", "“No, …”"); the
 * object of "responded to" is what was answered, not the answer.
 */
function replyNegates(ctx: Context, cue: Cue, content: readonly Range[]): boolean {
  if (word(ctx, cue.last - 1) === 'to') return false;
  const first = content[0];
  if (!first) return false;
  for (let i = first[0]; i < first[1]; i++) {
    const t = tagAt(ctx, i);
    if (t === Tag.Comma || t === Tag.Stop || t === Tag.Semi) return false;
    const w = word(ctx, i);
    if (w === 'never' || (w === 'no' && i <= first[0] + 1)) return true;
    if (t === Tag.Neg && isAux(tagAt(ctx, i - 1)) && tagAt(ctx, i + 1) !== Tag.Ing) return true;
  }
  return false;
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
