/**
 * This module weighs one candidate place for a quote: how far the text there is from the quote, and how
 * far the text around it is from the stored context. Context inside the quote's own paragraph counts;
 * context beyond a block break counts only when the paragraph gives too little of its own, because
 * paragraphs move as units (reordered, separated by an advertisement, copied) while a sentence's
 * neighbours within its paragraph rarely change.
 */
import type { TextQuoteSelector } from '../model/annotation';
import { contextDistances } from './context-distance';
import { describedAsRepeated } from './context-length';
import { normalizeString } from './normalize';

/** A side of context this long that reappears with at most WITNESS_SIDE_ERRORS edits is "intact". */
export const WITNESS_SIDE = 32;
export const WITNESS_SIDE_ERRORS = 2;

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
  /**
   * The stored context is longer than the usual (see context-length.ts): the quote occurred more than once when
   * it was described, so all of the context counts and the quote alone proves nothing.
   */
  readonly repeated: boolean;
}

/** A place in the normalized text and how many edits separate it from the quote. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quoteErrors: number;
}

export interface Evidence extends Candidate {
  /** Edits between the stored context and the text around this place: within the block, and all of it. */
  readonly inBlockErrors: number;
  readonly contextErrors: number;
  /** 1 − quote errors / quote length. */
  readonly quoteSimilarity: number;
  /** Agreement of the context within the block (1 when none was stored). */
  readonly inBlockSimilarity: number;
  /** Agreement of all the context (1 when none was stored). */
  readonly contextSimilarity: number;
  /** Edits between the whole stored prefix (suffix) and the text before (after) this place. */
  readonly prefixErrors: number;
  readonly suffixErrors: number;
  /** How many sides of the context (prefix, suffix; each at least WITNESS_SIDE long) reappear intact. */
  readonly intactSides: number;
  /** How much the context confirms this place: in-block agreement, or all of it when the block gives little. */
  readonly support: number;
  /** Edits against quote and the context that counts: lower is better; compares candidates. */
  readonly distance: number;
  /**
   * The other measures a rival may win on: all context when `distance` counts the block's only (and the
   * reverse); for a quote repeated when described, the block's and the rest's apart.
   */
  readonly otherDistances: readonly number[];
}

export function quoteModel(selector: TextQuoteSelector): QuoteModel {
  const quote = normalizeString(selector.exact);
  const prefix = normalizeString(selector.prefix);
  const suffix = normalizeString(selector.suffix, true);
  // The block break itself belongs to the in-block part: "starts a paragraph" is evidence too.
  const lastBreak = prefix.lastIndexOf('\n');
  const firstBreak = suffix.indexOf('\n');
  return {
    quote,
    prefix,
    suffix,
    prefixInBlock: lastBreak < 0 ? prefix.length : prefix.length - lastBreak,
    suffixInBlock: firstBreak < 0 ? suffix.length : firstBreak + 1,
    repeated: describedAsRepeated(selector.prefix, selector.suffix),
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
  const intact = (length: number, errors: number) =>
    length >= WITNESS_SIDE && errors <= WITNESS_SIDE_ERRORS ? 1 : 0;
  const intactSides =
    intact(model.prefix.length, before[model.prefix.length] ?? 0) +
    intact(model.suffix.length, after[model.suffix.length] ?? 0);
  const blockSuffices = !model.repeated && inBlockLength >= MIN_IN_BLOCK_CONTEXT;
  const q = candidate.quoteErrors;
  const beyondBlock = Math.max(0, allErrors - inBlockErrors);
  return {
    ...candidate,
    inBlockErrors,
    contextErrors: allErrors,
    prefixErrors: before[model.prefix.length] ?? 0,
    suffixErrors: after[model.suffix.length] ?? 0,
    quoteSimilarity: model.quote.length > 0 ? 1 - q / model.quote.length : 0,
    inBlockSimilarity,
    contextSimilarity,
    intactSides,
    support: blockSuffices ? inBlockSimilarity : contextSimilarity,
    distance: q + (blockSuffices ? inBlockErrors : allErrors),
    otherDistances: model.repeated
      ? [q + inBlockErrors, beyondBlock]
      : [q + (blockSuffices ? allErrors : inBlockErrors)],
  };
}
