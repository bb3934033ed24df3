/**
 * This module reads an attribution's content for a denial in the source's own words. English says that
 * something said or done is not so in a few recurring ways, each a pattern below:
 *
 * - falsity: a predicate or word of untruth ("is not true", "are lies", "is lying about", "groundless",
 *   "falsely"); "false" counts as a predicate ("that is false") or on a word for a claim ("false claims"),
 *   not on anything else ("false hope" disputes nothing); "wrong" when said of a person or a claim ("they
 *   are wrong", not "something is wrong"); calling someone a liar is an insult, not a denial of a claim;
 * - absence of support: "there is no evidence", "without basis"; "…, but offered no proof" is the
 *   narrator's remark on the source, not the source's words ("there is no chance", "no one better" are
 *   not denials: only support for a claim counts);
 * - a charge negated, whoever its subject: "was not intentional", "is no more biased than …", "did nothing
 *   wrong", "no wrongdoing";
 * - an inference refused: "does not mean …", "doesn't prove …", "does not hold water";
 * - a characterization refused at the opening of a statement: "That's not …", "No, …".
 *
 * Scope: only what the source says. A content that is a bare noun phrase ("citing an unfounded theory")
 * carries the narrator's words, so it is not read here; nor is a content that opens with a verb and no
 * subject ("everything he says is a lie": the predicate is about what he says, said by someone else).
 */
import { tagAt, type Context } from './context';
import type { Range } from './source-phrase';
import { Tag, isAux } from './tags';

// The patterns are lower case and read the content lower-cased (`spoken`): with case-insensitive matching
// they took about a fifth of the engine's time. Lower-casing instead made the whole engine 1.27–1.34× faster
// (PolNeAR dev, the two versions alternating in one process), with the same output on dev, train and seed.
const BE = String.raw`(?:is|are|was|were|be|been|being|'s|'re|'m|am)`;
const NOT = String.raw`(?:\s+not|\s?n't|\s+never)`;
const DEGREE = String.raw`(?:\s+(?:simply|just|absolutely|completely|categorically|totally|patently|demonstrably|flatly|entirely|clearly|certainly|really|at all|even))?`;

/** Words for something said, which "false" can qualify: "false claims", "false statement". */
const CLAIM_WORDS =
  'claims?|statements?|allegations?|accusations?|charges?|information|reports?|stories|story|narratives?|' +
  'assertions?|rumou?rs?|news|narrative|premise|impression|equivalence|advertising|ads?|attacks?';

const FALSITY = new RegExp(
  String.raw`\b(?:` +
    String.raw`not${DEGREE} (?:true|accurate|correct|factual|the case)` +
    String.raw`|${BE}${NOT}${DEGREE} (?:true|accurate|correct|factual|the case)` +
    String.raw`|untrue|falsely|falsehoods?|false(?=\s*[^\s\p{L}]|\s*$|\s+(?:${CLAIM_WORDS})\b)` +
    String.raw`|groundless|baseless|meritless|unfounded|unsubstantiated|fabricat(?:ed|ions?)|debunked|inaccurate` +
    String.raw`|erroneous|ludicrous|preposterous|presumptuous|slander(?:ous)?|libel(?:ous)?|smears?` +
    String.raw`|misleading|mischaracteri[sz]\w*|misrepresent\w*|distort(?:ed|ions?)` +
    String.raw`|(?:a |total |complete )?hoax|made[- ]up|nonsense|absurd|categorically` +
    String.raw`|${BE}(?: all| just| simply)?[\s"“‘']+(?:lies|an? (?:outright |flat |big |total )?lie|lying)\b|\b(?:lied|lying) (?:about|to)` +
    String.raw`|(?:\b(?:he|she|they|you|we|i)|${CLAIM_WORDS})(?:'s|'re|\s+(?:is|are|was|were))(?: (?!the\b|a\b|an\b)[\w%-]+){0,2}? wrong\b(?![- ](?:with|to|for)\b)` +
    String.raw`|(?:not|n't)\b[^.;!?]{0,80}\b(?:make|makes|making|made) (?:it|him|her|them|this|that|us|me) out to be` +
    String.raw`|never (?:happened|said)|did${NOT} (?:happen|say)|nothing to do with|no such (?:thing|plan|deal|agreement|meeting|policy)` +
    String.raw`)\b`,
  'u',
);

/** An absence of support: "no evidence", "without basis"; "…, but offered no proof" is the narrator's. */
const NO_SUPPORT = new RegExp(
  String.raw`(?<!\bbut\s(?:\w+\s)?(?:offered|provided|presented|produced|gave|cited|showed)\s(?:\w+\s)?)` +
    String.raw`\bno (?:evidence|proof|basis|truth|merit|credible evidence)\b` +
    String.raw`|\bwithout (?:any )?(?:evidence|merit|basis|foundation)\b`,
  'u',
);

/** Charges that a source answers by negating them ("was not intentional", "is not biased"). */
const CHARGES =
  'intentional|deliberate|biased|partisan|racist|sexist|anti-?semitic|homophobic|xenophobic|bigoted|' +
  'guilty|corrupt|illegal|unlawful|improper|inappropriate|unethical|criminal|politically motivated|' +
  'motivated by|complicit|involved|to blame|at fault|a racist|a liar|a crook|a bigot|a criminal';

const NEGATED_CHARGE = new RegExp(
  String.raw`\b(?:${BE}${NOT}${DEGREE}|no more|no less)(?:\s+\w+ly)? (?:${CHARGES})\b` +
    String.raw`|\b(?:did|done|doing|do|does)\s+nothing (?:wrong|illegal|improper|inappropriate|unethical)\b` +
    String.raw`|\bno (?:wrongdoing|collusion|illegal|improper|impropriety)\b`,
  'u',
);

/** An inference refused: "that doesn't mean …", "does not prove …", "does not hold water". */
const REFUSED_INFERENCE = new RegExp(
  String.raw`\b(?:does|did|do|will|would)${NOT} (?:mean|prove|make it so)\b|\b(?:does|did|do)${NOT} hold (?:water|up|weight)\b`,
  'u',
);

/**
 * A statement that opens by refusing what was said: "That's not …", "No, …". Only "that", which points
 * back at something said; "this is not …" presents the speaker's own topic.
 */
const REFUSAL_OPENING = new RegExp(
  String.raw`^[\s"“‘'«„]*(?:(?:but|and)\s+)?that(?:(?:'s|\s+is|\s+was)${NOT}|\s+(?:isn't|wasn't))\b` +
    String.raw`|^[\s"“‘'«„]*(?:no|nope)\s*[,.!—]`,
  'u',
);

/**
 * "Fake news" judges what it is said of untrue: in a verdict ("called the report fake news") wherever it
 * stands, in a statement only as its predicate ("that is fake news") or alone ("Fake news!"), since a
 * statement may speak of fake news as a topic ("impartial enough to label fake news"). Tested apart from
 * FALSITY, and only on a content that holds the words: an alternative there would cost every content.
 */
const FAKE_NEWS_SAID = new RegExp(
  String.raw`^[\s"“‘']*fake news\b|\b${BE}(?: all| just| simply| more)?[\s"“‘']+fake news\b`,
  'u',
);

/** A content's words as the patterns read them: lower case, typographic apostrophes made plain. */
function spoken(words: string): string {
  return words.replace(/[’‘]/g, "'").toLowerCase();
}

/** Whether the content, in the source's own words, says that something claimed is not so. */
export function contentDenies(ctx: Context, content: readonly Range[]): boolean {
  if (!speaksForSource(ctx, content)) return false;
  const { text, start, end } = ctx.tokens;
  for (const [s, e] of content) {
    if (e <= s) continue;
    const from = start[s] ?? 0;
    const to = end[e - 1] ?? from;
    if (to - from < 6) continue;
    const said = spoken(text.slice(from, to));
    if (FALSITY.test(said) || NO_SUPPORT.test(said) || NEGATED_CHARGE.test(said)) return true;
    if (said.includes('fake news') && FAKE_NEWS_SAID.test(said)) return true;
    if (REFUSED_INFERENCE.test(said) || REFUSAL_OPENING.test(said)) return true;
  }
  return false;
}

/** Whether the content holds a statement of the source (a clause or a quote), not a noun phrase. */
function speaksForSource(ctx: Context, content: readonly Range[]): boolean {
  const first = content[0];
  if (!first) return false;
  const t = tagAt(ctx, first[0]);
  if (t === Tag.Quote || t === Tag.That || t === Tag.Wh) return true;
  // "(everything he says) is a lie": a predicate without its subject is not what the source says.
  if (isAux(t) || t === Tag.Verb || t === Tag.Past) return false;
  for (const [s, e] of content) {
    for (let i = s; i < e; i++) {
      const u = tagAt(ctx, i);
      if (u === Tag.Quote || isAux(u) || u === Tag.Verb || u === Tag.Past) return true;
    }
  }
  return false;
}

/** Verdicts that dismiss what they judge: "called the report a witch hunt", "described it as ridiculous". */
const DISMISSIVE =
  /\b(?:ridiculous|laughable|outrageous|silly|bogus|rubbish|garbage|baloney|a joke|a sham|a stunt|a political stunt|a witch[- ]hunt|a distraction|a fantasy|a fairy tale|fiction|politically motivated|partisan)\b/u;

/**
 * Whether a verdict's object and complement judge it untrue ("called the charges unsubstantiated", "called
 * climate change a hoax") or, when the object is a claim, dismiss it ("called the report ridiculous"; but
 * "called the bank's behavior outrageous" judges a deed, not a claim).
 */
export function verdictDismisses(ctx: Context, content: readonly Range[], claimObject: boolean): boolean {
  const { text, start, end } = ctx.tokens;
  for (const [s, e] of content) {
    if (e <= s) continue;
    const said = spoken(text.slice(start[s] ?? 0, end[e - 1] ?? 0));
    if (FALSITY.test(said) || said.includes('fake news') || (claimObject && DISMISSIVE.test(said)))
      return true;
  }
  return false;
}
