/**
 * This module weighs one candidate place for a quote: how far the text there is from the quote, and how
 * far the text around it is from the stored context. Context inside the quote's own paragraph counts;
 * context beyond a block break counts only when the paragraph gives too little of its own, because
 * paragraphs move as units (reordered, separated by an advertisement, copied) while a sentence's
 * neighbours within its paragraph rarely change.
 */
import type { TextQuoteSelector } from '../model/annotation';
import { contextDistances } from './context-distance';
import { normalizeString } from './normalize';

/** Below this many characters of in-paragraph context, the context beyond the paragraph is used too. */
export const MIN_IN_BLOCK_CONTEXT = 8;

export interface QuoteModel {
  /** Normalized quote, prefix and suffix. */
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** How many characters at the quote's end of the prefix, and the start of the suffix, lie in its block. */
  readonly prefixInBlock: number;
  readonly suffixInBlock: number;
}

/** A place in the normalized text and how many edits separate it from the quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quoteErrors: number;
}

export interface Evidence extends Candidate {
  /** 1 − quote errors / quote length. */
  readonly quoteSimilarity: number;
  /** Agreement of the context within the block (1 when none was stored). */
  readonly inBlockSimilarity: number;
  /** Agreement of all the context (1 when none was stored). */
  readonly contextSimilarity: number;
  /** How much the context confirms this place: in-block agreement, or all of it when the block gives little. */
  readonly support: number;
  /** Edits against quote and the context that counts: lower is better; compares candidates. */
  readonly distance: number;
}

export function quoteModel(selector: TextQuoteSelector): QuoteModel {
  const quote = normalizeString(selector.exact);
  const prefix = normalizeString(selector.prefix);
  const suffix = normalizeString(selector.suffix);
  // The block break itself belongs to the in-block part: "starts a paragraph" is evidence too.
  const lastBreak = prefix.lastIndexOf('\n');
  const firstBreak = suffix.indexOf('\n');
  return {
    quote,
    prefix,
    suffix,
    prefixInBlock: lastBreak < 0 ? prefix.length : prefix.length - lastBreak,
    suffixInBlock: firstBreak < 0 ? suffix.length : firstBreak + 1,
  };
}

export function weigh(model: QuoteModel, text: string, candidate: Candidate): Evidence {
  const before = contextDistances(model.prefix, text, candidate.start, 'before');
  const after = contextDistances(model.suffix, text, candidate.end, 'after');
  const inBlockErrors = (before[model.prefixInBlock] ?? 0) + (after[model.suffixInBlock] ?? 0);
  const allErrors = (before[model.prefix.length] ?? 0) + (after[model.suffix.length] ?? 0);
  const inBlockLength = model.prefixInBlock + model.suffixInBlock;
  const contextLength = model.prefix.length + model.suffix.length;
  const inBlockSimilarity = inBlockLength > 0 ? 1 - inBlockErrors / inBlockLength : 1;
  const contextSimilarity = contextLength > 0 ? 1 - allErrors / contextLength : 1;
  const blockSuffices = inBlockLength >= MIN_IN_BLOCK_CONTEXT;
  return {
    ...candidate,
    quoteSimilarity: model.quote.length > 0 ? 1 - candidate.quoteErrors / model.quote.length : 0,
    inBlockSimilarity,
    contextSimilarity,
    support: blockSuffices ? inBlockSimilarity : contextSimilarity,
    distance: candidate.quoteErrors + (blockSuffices ? inBlockErrors : allErrors),
  };
}
