/**
 * This module defines the reader's notes on sources: outlets (known by their domain) and the sources
 * articles cite (known by name and aliases), each with a reliability rating on a fixed scale.
 */

export const RELIABILITY_RATINGS = ['reliable', 'mostly-reliable', 'mixed', 'unreliable', 'unknown'] as const;
export type ReliabilityRating = (typeof RELIABILITY_RATINGS)[number];

export const RATING_LABELS: Readonly<Record<ReliabilityRating, string>> = {
  reliable: 'Reliable',
  'mostly-reliable': 'Mostly reliable',
  mixed: 'Mixed',
  unreliable: 'Unreliable',
  unknown: 'Unknown',
};

export interface SourceNote {
  readonly id: string;
  /** Display name: "KCNA", "The Guardian". */
  readonly name: string;
  /** Other names the source goes by: "Korean Central News Agency". */
  readonly aliases: readonly string[];
  /** For outlets: the site's domain ("theguardian.com"); null for cited sources. */
  readonly domain: string | null;
  readonly rating: ReliabilityRating;
  readonly note: string;
  readonly evidence: readonly string[];
  readonly updated: number;
}

/** The key a source name is looked up by: case, punctuation, accents and a leading "the" do not matter. */
export function sourceKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}
