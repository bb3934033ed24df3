/**
 * This module decides the stance of an attribution: `deny` when the source denies, rejects, refutes,
 * disputes or dismisses a claim, accusation or report; `assert` otherwise. Three signals:
 *
 * - the cue is a verb of denial ("denied", "rejected", "dismissed", "disputed") or a rebuttal phrase
 *   ("pushed back", "hit back"), not negated ("did not deny" asserts nothing of the kind);
 * - the content declares something untrue ("is not true", "there is no evidence", "groundless",
 *   "categorically false", "fake news", "never happened");
 * - the cue characterizes a claim with a verdict ("called the allegations “absurd”", "described the
 *   report as …"): a verb of naming or judging whose object is a message noun (claims, report, story).
 */
import { word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { DENIABLE_NOUNS } from './lexicon/nouns';
import type { Range } from './source-phrase';
import type { Stance } from '../model/attribution';
import { Tag } from './tags';

/** Particles that turn a verb into a rebuttal: "pushed back", "hit back", "fired back". */
const REBUTTAL_PARTICLES: ReadonlySet<string> = new Set(['back']);

/** Verbs that name or judge what their object is; with a claim as object, the verdict is a denial. */
const VERDICT_VERBS: ReadonlySet<string> = new Set([
  'call',
  'describe',
  'label',
  'brand',
  'characterize',
  'characterise',
  'term',
  'dub',
  'dismiss',
  'deride',
  'mock',
  'ridicule',
  'slam',
  'blast',
  'denounce',
  'condemn',
  'decry',
]);

/**
 * Expressions that say a claim is untrue. Written as phrases of English denial: predicates of falsity,
 * absence of evidence, and the stock words of rebuttal.
 */
const UNTRUE =
  /\b(?:(?:is|are|was|were|be|been)(?: simply| just| absolutely| completely| categorically)? (?:not|n't) (?:true|accurate|correct|the case)|untrue|false(?:ly)?|falsehoods?|groundless|baseless|unfounded|unsubstantiated|fabricat(?:ed|ion|ions)|no (?:evidence|proof|basis|truth|merit)|without (?:evidence|merit|basis|foundation)|fake news|a hoax|made[- ]up|nonsense|categorically|absurd|a lie|lies|lying|never (?:happened|said|did)|did(?: not|n't) (?:happen|say)|nothing to do with|no such (?:thing|plan|deal|agreement)|debunked|misleading|inaccurate|erroneous|ludicrous|preposterous|presumptuous|slander(?:ous)?|libel(?:ous)?|smear)\b/i;

export function stanceOf(ctx: Context, cue: Cue, content: readonly Range[]): Stance {
  const negated = isNegated(ctx, cue);
  if (cue.entry) {
    if (cue.entry.denial) return negated ? 'assert' : 'deny';
    if (cue.last - cue.head > 1 && REBUTTAL_PARTICLES.has(word(ctx, cue.last - 1))) return 'deny';
    if (VERDICT_VERBS.has(cue.entry.lemma) && objectIsClaim(ctx, content)) return 'deny';
  }
  const text = ctx.tokens.text;
  for (const [s, e] of content) {
    const from = ctx.tokens.start[s] ?? 0;
    const to = ctx.tokens.end[e - 1] ?? from;
    if (UNTRUE.test(text.slice(from, to))) return 'deny';
  }
  return 'assert';
}

function isNegated(ctx: Context, cue: Cue): boolean {
  for (let i = cue.first; i < cue.head; i++) if (tagAt(ctx, i) === Tag.Neg) return true;
  return false;
}

/** Whether the content opens with a phrase about a claim ("the allegations", "those claims", "the report"). */
function objectIsClaim(ctx: Context, content: readonly Range[]): boolean {
  const first = content[0];
  if (!first) return false;
  const [s, e] = first;
  for (let i = s; i < Math.min(e, s + 5); i++) {
    if (DENIABLE_NOUNS.has(word(ctx, i))) return true;
    const t = tagAt(ctx, i);
    if (!(t === Tag.Det || t === Tag.Adj || t === Tag.Poss || t === Tag.Noun || t === Tag.Propn))
      return false;
  }
  return false;
}
