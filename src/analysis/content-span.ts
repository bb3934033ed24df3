/**
 * This module finds the content of an attribution: what is said, thought or wanted. Its shapes:
 *
 * - after the cue: a that-clause, a bare clause, an infinitive, an indirect question, an object, a quote
 *   or what follows a colon, after skipping a recipient ("told reporters") and adjuncts ("on Tuesday",
 *   "in a statement"); it runs to the end of its clause: the end of the sentence, a semicolon, or the
 *   comma before another attribution's tag ("…, KCNA reported", "…, adding that …");
 * - before the cue, when cue and source form a tag after the content ("…, he said", "“…,” said Leff"):
 *   from the start of the clause (or the quote's opening mark) to the comma before the tag; a tag in the
 *   middle ("The hashtag, he said, was popular") takes the rest of the sentence too;
 * - an object or a noun-phrase content ends earlier, at a comma before a new clause or a subordinator.
 *
 * Quotes are followed across sentences and paragraphs by extendQuote (in quote-continuation.ts).
 */
import { isClosingMark, isOpeningMark, runAt, word, tagAt, type Context } from './context';
import type { Cue } from './cues';
import { startsClause, startsPhrase } from './cue-complements';
import { Frame } from './lexicon/cue-verbs';
import { TIME_WORDS } from './lexicon/closed-classes';
import { phraseEndRight } from './noun-phrase';
import type { Range } from './source-phrase';
import { Tag, isAux, isFiniteVerb, isVerbal } from './tags';
import { Flag, Kind } from './tokens';

/** Where the attributions of a sentence begin and end, so that one content stops at the next tag. */
export interface SentenceFrame {
  readonly a: number;
  readonly b: number;
  /** Token positions at which a content must stop (the comma before another attribution's tag). */
  readonly stops: readonly number[];
}

export function findContent(ctx: Context, cue: Cue, source: Range | null, frame: SentenceFrame): Range[] {
  const { b } = frame;
  // The tag: cue plus an adjacent source ("he said", "said Leff", "according to the newspaper").
  let tagStart = cue.first;
  let tagEnd = cue.last;
  if (source && source[1] <= cue.first && cue.first - source[1] <= 3) tagStart = source[0];
  if (source && source[0] >= cue.last && source[0] - cue.last <= 3) tagEnd = source[1];
  if (cue.kind === 'according' && source) tagEnd = Math.max(tagEnd, source[1]);
  if (cue.kind === 'document') tagEnd = documentEnd(ctx, cue.last, b);
  if (cue.kind === 'colon' || cue.kind === 'lead') return right(ctx, cue.last, frame);
  if (cue.kind === 'byline') return signedQuote(ctx, cue.first - 1);
  if (cue.kind === 'attitude') {
    // "eager to …", "confident that …" keep their mark; "critical of X", "worried about X" give X.
    const mark = word(ctx, cue.last);
    return right(ctx, mark === 'that' || mark === 'to' ? cue.last : cue.last + 1, frame);
  }

  // "the vote, which she said was a mistake, …": the relative pronoun and the rest of its clause.
  const rel = tagStart - 1;
  if (
    source &&
    rel >= frame.a &&
    (tagAt(ctx, rel) === Tag.Rel || tagAt(ctx, rel) === Tag.That) &&
    tagStart < cue.first
  ) {
    const k = afterCue(ctx, cue, tagEnd, b);
    let end = k;
    while (end < b && tagAt(ctx, end) !== Tag.Comma && tagAt(ctx, end) !== Tag.Stop) end++;
    return end > k
      ? [
          [rel, rel + 1],
          [k, end],
        ]
      : [[rel, rel + 1]];
  }
  // Content before the cue only for a real tag ("…, he said", "…, said Leff", "according to …"), and only
  // when what comes before says something: a quote, or a clause with a verb ("Meanwhile, he said" has none).
  const closingBefore = tagStart - 1 >= frame.a && isClosingMark(ctx, tagStart - 1);
  // A relative pronoun as the source ("…, which outlines trade sanctions") opens a clause: what it says
  // comes after the verb.
  const relativeSource = source !== null && source[1] - source[0] === 1 && isRelative(tagAt(ctx, source[0]));
  const hasTag =
    !relativeSource &&
    (cue.kind !== 'verb' || (source !== null && (tagStart < cue.first || tagEnd > cue.last)));
  let before = hasTag ? leftOfTag(ctx, tagStart, frame) : [];
  const beforeSays = before.length > 0 && (closingBefore || saysSomething(ctx, before));
  let after: Range[] = [];
  let midTag = false;
  const k = afterCue(ctx, cue, tagEnd, b);
  if (k < b) {
    const t = tagAt(ctx, k);
    if (t === Tag.Comma) {
      // A tag in the middle: "A, he said, B.", "“A,” he said, “B.”", "Recently, he said, he has …"
      midTag = continuesAfterTag(ctx, k + 1, b);
      if (isOpeningMark(ctx, k + 1) || midTag) after = right(ctx, k + 1, frame);
    } else if (t === Tag.Colon) {
      after = right(ctx, k + 1, frame);
    } else if (t !== Tag.Stop) {
      // A clause after the verb is its complement, and then what stood before was no content ("When
      // asked …, 59 percent said it was not"), unless it was a quote. After a tag that follows its
      // content, other words after the verb are adjuncts ("he said with a grin").
      const complement = t === Tag.That || t === Tag.Wh || isOpeningMark(ctx, k) || startsClause(ctx, k, b);
      if (complement && !closingBefore) before = [];
      if (complement || !beforeSays) after = objectOrClause(ctx, cue, k, frame);
    }
  }
  // The half before a tag in the middle of a clause is its start ("The steel, he said, arrived late"); a
  // half before a tag that ends the sentence must say something itself.
  if (!beforeSays && !midTag) before = [];
  if (cue.kind === 'according' || cue.kind === 'document') {
    return before.length > 0 ? [...before, ...after] : after;
  }
  if (cue.kind === 'noun') return after;
  // "Declaring that he alone …, the mogul offered himself …": an opening participle's content ends at the
  // comma before the subject it belongs to.
  if (cue.use === 'participle' && source && source[0] > cue.last) after = cut(ctx, after, source[0] - 1);
  return [...before, ...after];
}

/** The ranges up to token `end` (exclusive), dropping a comma left at the end. */
function cut(ctx: Context, ranges: Range[], end: number): Range[] {
  const out: Range[] = [];
  for (const [s, e] of ranges) {
    let stop = Math.min(e, end);
    while (stop > s && tagAt(ctx, stop - 1) === Tag.Comma) stop--;
    if (stop > s) out.push([s, stop]);
  }
  return out;
}

/**
 * "…said that the fragments were made abroad, a finding that the government has rejected": a noun phrase
 * after a complete clause that sums it up and opens a relative clause is the narrator's comment on what
 * was said (it names it "a finding", "a claim"), so the content ends before it.
 */
function endAtResumption(ctx: Context, ranges: Range[]): Range[] {
  const first = ranges[0];
  if (!first) return ranges;
  const [s, e] = first;
  let finite = false;
  for (let j = s + 1; j < e; j++) {
    const t = tagAt(ctx, j);
    if (isFiniteVerb(t) || isAux(t)) finite = true;
    if (t !== Tag.Comma || !finite || runAt(ctx, j) >= 0) continue;
    const det = word(ctx, j + 1);
    if (det !== 'a' && det !== 'an') continue;
    let h = j + 2;
    while (h < e && (tagAt(ctx, h) === Tag.Adj || tagAt(ctx, h) === Tag.Noun)) h++;
    if (h > j + 2 && tagAt(ctx, h - 1) === Tag.Noun && isRelative(tagAt(ctx, h))) return cut(ctx, ranges, j);
  }
  return ranges;
}

function isRelative(t: number): boolean {
  return t === Tag.Rel || t === Tag.That;
}

/** Whether a stretch holds a verb or a quote mark: a clause or a quotation, not an adverbial. */
function saysSomething(ctx: Context, ranges: readonly Range[]): boolean {
  // "Asked if …, Trump replied", "When asked about …, she said": an adverbial opening is not what is said.
  const first = ranges[0];
  if (first) {
    const t = tagAt(ctx, first[0]);
    const lead = t === Tag.Past || t === Tag.Part || t === Tag.Ing || t === Tag.Sub;
    if (lead || (t === Tag.Wh && tagAt(ctx, first[0] + 1) !== Tag.Pron && isVerbal(tagAt(ctx, first[0] + 1))))
      return false;
  }
  for (const [s, e] of ranges) {
    for (let i = s; i < e; i++) {
      const t = tagAt(ctx, i);
      if (isFiniteVerb(t) || isAux(t) || t === Tag.Quote) return true;
    }
  }
  return false;
}

/** The content that starts at token k after the cue: a clause to its end, or an object phrase. */
function objectOrClause(ctx: Context, cue: Cue, k: number, frame: SentenceFrame): Range[] {
  const t = tagAt(ctx, k);
  const clause =
    t === Tag.That || t === Tag.Wh || t === Tag.To || t === Tag.Quote || startsClause(ctx, k, frame.b);
  if (clause || cue.kind !== 'verb') return endAtResumption(ctx, right(ctx, k, frame));
  // An object: ends at a comma that opens a new clause, or at a subordinator.
  const whole = right(ctx, k, frame);
  const last = whole[whole.length - 1];
  if (!last) return whole;
  let end = last[1];
  for (let j = k + 1; j < end; j++) {
    const tj = tagAt(ctx, j);
    const subordinate = tj === Tag.Sub && (tagAt(ctx, j - 1) === Tag.Comma || word(ctx, j) !== 'as');
    if (subordinate || (tj === Tag.Comma && !isOpeningMark(ctx, j + 1) && opensClause(ctx, j + 1, frame.b))) {
      end = j;
      break;
    }
  }
  return end > k ? [[k, end]] : [];
}

function opensClause(ctx: Context, j: number, b: number): boolean {
  const t = tagAt(ctx, j);
  if (t === Tag.Conj || t === Tag.Sub || t === Tag.Rel || t === Tag.Ing || t === Tag.Wh) return true;
  if (isFiniteVerb(t) || isAux(t)) return true;
  return startsClause(ctx, j, b);
}

/** Whether a complement or an adjunct before one starts at `e`, after a verb's object. */
function complementFollows(ctx: Context, e: number, b: number): boolean {
  if (e >= b) return false;
  const t = tagAt(ctx, e);
  if (t === Tag.To || t === Tag.That || t === Tag.Wh || t === Tag.Colon || t === Tag.Prep || t === Tag.Adv)
    return true;
  if (isOpeningMark(ctx, e) || (t === Tag.Comma && isOpeningMark(ctx, e + 1))) return true;
  return isTimeAdjunct(ctx, e) || startsClause(ctx, e, b);
}

/**
 * The "that" ending a recipient's relative clause that starts at `k` ("who would listen that …"), else k
 * (also when the clause has a verb of saying of its own).
 */
function afterRecipientClause(ctx: Context, k: number, b: number): number {
  for (let j = k + 1; j < Math.min(b, k + 12); j++) {
    const t = tagAt(ctx, j);
    if (t === Tag.That) return j;
    if (t === Tag.Stop || t === Tag.Semi || t === Tag.Quote || t === Tag.Comma || t === Tag.Colon) break;
    // "told a voter who suggested that …": the clause after "that" is the recipient's own words.
    if (isSayingVerb(ctx, j)) break;
  }
  return k;
}

/** The first content token after the cue, past a recipient and adjuncts; b when there is none. */
function afterCue(ctx: Context, cue: Cue, from: number, b: number): number {
  let k = from;
  const frames = cue.entry?.frames ?? 0;
  // "told reporters that …", "urged Congress to …", "warned him that …"
  // But a verb whose object can be what is said keeps it when no complement follows ("voters want a change").
  if (frames & Frame.Object && k < b && tagAt(ctx, k) !== Tag.That) {
    const e = tagAt(ctx, k) === Tag.ObjPron ? k + 1 : phraseEndRight(ctx, k, b);
    if (e > k && (!(frames & Frame.Np) || complementFollows(ctx, e, b))) {
      k = e;
      // "told anyone who would listen that …": the recipient's relative clause runs to "that".
      if (tagAt(ctx, k) === Tag.Rel) k = afterRecipientClause(ctx, k, b);
    }
  }
  // Look ahead over adjuncts for the real start: "said on Tuesday in a statement that …". An adjunct opens
  // with a preposition or a time word; a noun phrase here would be an object ("called the discussion …").
  const opensAdjunct = tagAt(ctx, k) === Tag.Prep || tagAt(ctx, k) === Tag.Adv || isTimeAdjunct(ctx, k);
  const lookahead = frames & Frame.Clause && opensAdjunct ? 16 : 1;
  for (let j = k; j < Math.min(b, k + lookahead); j++) {
    const t = tagAt(ctx, j);
    if (t === Tag.That || t === Tag.Colon || isOpeningMark(ctx, j))
      return j === k ? k : adjunctsOnly(ctx, k, j) ? j : k;
    if (t === Tag.Comma && (isOpeningMark(ctx, j + 1) || tagAt(ctx, j + 1) === Tag.That)) {
      return adjunctsOnly(ctx, k, j) ? j : k;
    }
    if (isFiniteVerb(t) || isAux(t) || t === Tag.Stop || t === Tag.Semi || t === Tag.To || t === Tag.Quote)
      break;
  }
  while (k < b && !isExpletive(ctx, k) && (tagAt(ctx, k) === Tag.Adv || isTimeAdjunct(ctx, k)))
    k = skipTime(ctx, k, b);
  // A pause before the clause ("sources tell TMZ ... the dress was taken") is not part of it.
  if (tagAt(ctx, k) === Tag.Dash && startsClause(ctx, k + 1, b)) k++;
  return k;
}

/** "there is …", "there have been …": an adverb in form, but the subject of the clause that follows. */
function isExpletive(ctx: Context, k: number): boolean {
  return word(ctx, k) === 'there' && isAux(tagAt(ctx, k + 1));
}

function adjunctsOnly(ctx: Context, s: number, e: number): boolean {
  for (let j = s; j < e; j++) {
    const t = tagAt(ctx, j);
    const ok =
      t === Tag.Prep ||
      t === Tag.Det ||
      t === Tag.Poss ||
      t === Tag.Noun ||
      t === Tag.Propn ||
      t === Tag.Num ||
      t === Tag.Adj ||
      t === Tag.Adv ||
      t === Tag.ObjPron ||
      t === Tag.Comma ||
      t === Tag.To ||
      word(ctx, j) === "'s";
    if (!ok) return false;
  }
  return true;
}

/** A time word or phrase after the verb ("said Tuesday", "said on Monday"), not a possessor ("Tuesday's"). */
function isTimeAdjunct(ctx: Context, k: number): boolean {
  const w = word(ctx, k);
  if (TIME_WORDS.has(w)) return tagAt(ctx, k + 1) !== Tag.Poss;
  return (w === 'on' || w === 'last' || w === 'this' || w === 'earlier') && TIME_WORDS.has(word(ctx, k + 1));
}

function skipTime(ctx: Context, k: number, b: number): number {
  let j = k + 1;
  while (j < b && (TIME_WORDS.has(word(ctx, j)) || tagAt(ctx, j) === Tag.Num)) j++;
  return j;
}

/** After "In a statement": the document phrase runs to the comma. */
function documentEnd(ctx: Context, k: number, b: number): number {
  for (let j = k; j < b; j++) if (tagAt(ctx, j) === Tag.Comma) return j;
  return b;
}

/** Whether the words after a mid-sentence tag continue the content (not a new attribution or clause). */
function continuesAfterTag(ctx: Context, j: number, b: number): boolean {
  if (j >= b) return false;
  const t = tagAt(ctx, j);
  if (t === Tag.Ing || t === Tag.Rel || t === Tag.Wh || t === Tag.Sub) return false;
  if (word(ctx, j) === 'according') return false;
  // "…, records show, and experts say …": a clause joined to the tag with a verb of saying of its own is
  // another attribution, not more of this content; so is a verb of saying joined to it ("…, and said …").
  if (t === Tag.Conj && reportsOnItsOwn(ctx, j + 1, b)) return false;
  // The rest must be (the end of) a clause: "…, was even more popular", not an apposition ("…, a senator").
  for (let i = j; i < b; i++) {
    const ti = tagAt(ctx, i);
    if (isFiniteVerb(ti) || isAux(ti)) return true;
  }
  return false;
}

/** Whether the words from `j` are a verb of saying ("said …") or a subject and its verb ("experts say"). */
function reportsOnItsOwn(ctx: Context, j: number, b: number): boolean {
  if (isSayingVerb(ctx, j)) return true;
  if (!startsPhrase(tagAt(ctx, j))) return false;
  for (let i = j + 1; i < b; i++) {
    const t = tagAt(ctx, i);
    if (t === Tag.Comma || t === Tag.Quote) return false;
    if (isFiniteVerb(t)) return isSayingVerb(ctx, i);
  }
  return false;
}

/** A finite verb that is a cue ("said", "show", "believes"). */
function isSayingVerb(ctx: Context, i: number): boolean {
  return isFiniteVerb(tagAt(ctx, i)) && ctx.entry[i]?.cue != null;
}

/** Content from token k to the end of its clause, following a quote that opens at k. */
function right(ctx: Context, k: number, frame: SentenceFrame): Range[] {
  const { b } = frame;
  if (k >= b) return [];
  let end = b;
  for (const s of frame.stops) if (s > k && s < end) end = s;
  for (let j = k; j < end; j++) {
    const t = tagAt(ctx, j);
    if (t === Tag.Semi) {
      end = j;
      break;
    }
  }
  // Drop the sentence's final stop; a stop inside a closing quote stays with its quote ("… somehow.''").
  while (end > k && (tagAt(ctx, end - 1) === Tag.Stop || tagAt(ctx, end - 1) === Tag.Comma)) end--;
  return end > k ? [[k, end]] : [];
}

/** Content before a tag: from the clause start (or the quote's opening mark) to the comma before the tag. */
function leftOfTag(ctx: Context, tagStart: number, frame: SentenceFrame): Range[] {
  const { a } = frame;
  let end = tagStart;
  if (end - 1 < a) return [];
  const prev = tagAt(ctx, end - 1);
  const closing = isClosingMark(ctx, end - 1);
  if (!(prev === Tag.Comma || closing || prev === Tag.Dash)) return [];
  if (prev === Tag.Comma || prev === Tag.Dash) end--;
  if (end <= a && !closing) return [];
  let start = a;
  if (closing) {
    // The quote may have opened sentences earlier: “A. B,” he said.
    start = Math.min(a, ctx.quotes.open[runAt(ctx, tagStart - 1)] ?? a);
  }
  // A dateline is where the story was filed ("LONDON — …", "MOSCOW (AP) — …"), and a leading conjunction
  // or comma is not part of what is said either ("But …, he said").
  start = afterDateline(ctx, start, end);
  while (start < end && (tagAt(ctx, start) === Tag.Conj || tagAt(ctx, start) === Tag.Comma)) start++;
  if (start >= end) return [];
  if (tagAt(ctx, end - 1) === Tag.Comma) end--;
  return [[start, end]];
}

/**
 * The token after a dateline that opens a story at `s` (words in capitals, a state or an agency after
 * them, then a dash: "WASHINGTON —", "CHARLESTON, S.C. —", "MOSCOW (AP) —"), else `s`.
 */
function afterDateline(ctx: Context, s: number, end: number): number {
  // A dateline opens a paragraph, and a sentence opens after its dash ("NASA — which runs it — is …").
  if (s > 0 && ctx.tokens.kind[s - 1] !== Kind.Break) return s;
  let j = s;
  while (j < end && j - s < 8 && tagAt(ctx, j) !== Tag.Dash) {
    const t = tagAt(ctx, j);
    const caps = ((ctx.tokens.flags[j] ?? 0) & Flag.AllCaps) !== 0;
    const place = t === Tag.Propn || t === Tag.Comma || t === Tag.Open || t === Tag.Close;
    if (!(caps || place) || (j === s && !caps)) return s;
    j++;
  }
  const opens = ((ctx.tokens.flags[j + 1] ?? 0) & Flag.Cap) !== 0;
  return j > s && j + 1 < end && tagAt(ctx, j) === Tag.Dash && opens ? j + 1 : s;
}

/** The whole quote whose closing mark is token `close`, marks included (a dash signs it). */
function signedQuote(ctx: Context, close: number): Range[] {
  const r = runAt(ctx, close);
  const open = r >= 0 ? (ctx.quotes.open[r] ?? close) : close;
  return [[open, close + 1]];
}
