/**
 * This module defines what the analysis finds: attributions (a source, a cue, the content they carry and the
 * source's stance toward it), the shape `analyze(text)` returns.
 */
import type { Span } from './span';

export type Stance = 'assert' | 'deny';

/** How the source is named in the text: by name or description, anonymously, or by a pronoun. */
export type SourceKind = 'named' | 'anonymous' | 'pronoun';

export interface Attribution {
  /** Where the source is named in the text (may be empty: "Asked about it, …" has no explicit source). */
  readonly source: readonly Span[];
  /** The words that signal the attribution: "said", "according to", "denied", a colon before a quote. */
  readonly cue: readonly Span[];
  /** What is attributed: the claim. */
  readonly content: readonly Span[];
  readonly stance: Stance;
  /** The source's display name, resolved through pronouns and short names ("It" → "KCNA"). */
  readonly sourceName: string;
  readonly sourceKind: SourceKind;
  /**
   * Whether the source reads as a person (a title or role, a two- or three-word name; for a pronoun,
   * "he", "she"…): a later "she" looks back for a person, "it" for anything else.
   */
  readonly sourceIsPerson: boolean;
  /** 0..1: how sure the engine is that this is an attribution. */
  readonly confidence: number;
}

export interface Analysis {
  /** Sentence spans in reading order. */
  readonly sentences: readonly Span[];
  readonly attributions: readonly Attribution[];
}

/** What the reader sees painted on the page for each attribution. */
export type FindingKind = 'source' | 'cue' | 'claim' | 'denial';
