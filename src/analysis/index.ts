/**
 * This module is the analysis entry point: text in, attributions out. The steps, each in its own module:
 * tokens (tokens.ts) → sentences (sentences.ts) → word classes (word-classes.ts) → quotes (quotes.ts) →
 * cues per sentence (cues.ts) → the source of each cue (source-phrase.ts) → its content (content-span.ts),
 * followed across sentences and paragraphs (quote-continuation.ts) → nested attributions settled
 * (nesting.ts) → stance (stance.ts) → display names (source-names.ts). Offsets are UTF-16 offsets into
 * exactly the input text.
 */
import type { Analysis, Attribution } from '../model/attribution';
import type { Span } from '../model/span';
import { buildFindings, type Finding } from './findings';
import { findQuotes } from './quotes';
import { splitSentences } from './sentences';
import { nameSources } from './source-names';
import type { Context } from './context';
import type { Range } from './source-phrase';
import { tokenize } from './tokens';
import { tagTokens } from './word-classes';

/**
 * Texts longer than this are analyzed in pieces cut at paragraph breaks: memory stays bounded and the
 * work per character stays what it is on an article (one piece is a long article; attributions rarely
 * reach across this many paragraphs).
 */
const PIECE = 64_000;

export function analyze(text: string): Analysis {
  if (text.length <= PIECE * 1.5) return analyzeContext(prepare(text));
  const sentences: Span[] = [];
  const attributions: Attribution[] = [];
  for (let from = 0; from < text.length;) {
    const to = pieceEnd(text, from);
    const part = analyzeContext(prepare(text.slice(from, to)));
    for (const [s, e] of part.sentences) sentences.push([s + from, e + from]);
    for (const a of part.attributions) attributions.push(shifted(a, from));
    from = to;
  }
  return { sentences, attributions };
}

/** Where the piece starting at `from` ends: after a line break, not before a paragraph that opens a quote. */
function pieceEnd(text: string, from: number): number {
  if (text.length - from <= PIECE * 1.5) return text.length;
  let cut = text.indexOf('\n', from + PIECE);
  while (cut >= 0 && cut < from + PIECE * 1.5 && /^\s*["“‘«„']/.test(text.slice(cut + 1, cut + 4))) {
    cut = text.indexOf('\n', cut + 1);
  }
  return cut < 0 ? text.length : cut + 1;
}

function shifted(a: Attribution, by: number): Attribution {
  const move = (spans: readonly Span[]): Span[] => spans.map(([s, e]) => [s + by, e + by]);
  return { ...a, source: move(a.source), cue: move(a.cue), content: move(a.content) };
}

/** The analysis of a prepared text (prepare), for callers that adjust its word classes first. */
export function analyzeContext(ctx: Context): Analysis {
  const findings = buildFindings(ctx);
  const names = nameSources(ctx, findings);
  const attributions: Attribution[] = findings.map((f, i) => ({
    source: spans(ctx, f.source ? [f.source] : []),
    cue: spans(ctx, [[f.cue.first, f.cue.last]]),
    content: spans(ctx, f.content),
    stance: f.stance,
    sourceName: names[i]?.name ?? '',
    sourceKind: names[i]?.kind ?? 'named',
    sourceIsPerson: names[i]?.person ?? false,
    confidence: f.confidence,
  }));
  const sentences: Span[] = [];
  const { first, last } = ctx.sentences;
  for (let s = 0; s < ctx.sentences.count; s++) {
    sentences.push([ctx.tokens.start[first[s] ?? 0] ?? 0, ctx.tokens.end[(last[s] ?? 1) - 1] ?? 0]);
  }
  return { sentences, attributions };
}

/** Tokens, sentences, word classes and quotes of a text: what every later step reads. */
export function prepare(text: string): Context {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Int32Array(tokens.count).fill(-1);
  for (let s = 0; s < sentences.count; s++) {
    sentenceOf.fill(s, sentences.first[s] ?? 0, sentences.last[s] ?? 0);
  }
  const quotes = findQuotes(tokens);
  const { tag, entry } = tagTokens(tokens, sentences.first, sentences.last, sentences.count, quotes.runOf);
  return { tokens, tag, entry, quotes, sentences, sentenceOf };
}

/** Character spans of token ranges, split at line breaks so that each span stays inside one block. */
function spans(ctx: Context, ranges: readonly Range[]): Span[] {
  const out: Span[] = [];
  const { start, end, kind } = ctx.tokens;
  for (const [a, b] of ranges) {
    let s = a;
    for (let i = a; i <= b; i++) {
      if (i === b || kind[i] === 5 /* Kind.Break */) {
        let e = i;
        while (e > s && kind[e - 1] === 5) e--;
        if (e > s) out.push([start[s] ?? 0, end[e - 1] ?? 0]);
        s = i + 1;
      }
    }
  }
  return out;
}

export type { Finding };
