/** This module names the tags a reader gives claims; readers may add their own, these come first. */

export const STANDARD_TAGS = ['disputed', 'verified', 'needs-source'] as const;
export type StandardTag = (typeof STANDARD_TAGS)[number];

export const TAG_LABELS: Readonly<Record<StandardTag, string>> = {
  disputed: 'Disputed',
  verified: 'Verified',
  'needs-source': 'Needs source',
};

export function isStandardTag(tag: string): tag is StandardTag {
  return (STANDARD_TAGS as readonly string[]).includes(tag);
}

/** Tags are compared and stored lower-case, trimmed, with inner white space as one hyphen. */
export function normalizeTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, '-');
}
