/**
 * This module fixes how much context a described quote carries, which re-anchoring also reads back as a
 * signal: a context longer than CONTEXT_LENGTH means the quote was not unique on the page when described.
 */

/**
 * Characters of context kept on each side of the quote. Much longer than the usual 32: when a paragraph
 * is copied with a few words changed (a correction, a teaser), the copy's changes fall inside a long
 * context far more often than inside a short one, and they are what tells the copies apart. Measured with
 * npm run bench:anchoring: 64 → 2,672 correct and 522 needing review on the near-duplicate edit, 128 →
 * 2,746, 160 → 2,761, at no cost in wrong anchors; it stays below the schemas' 200 so that a longer context
 * can carry the signal below.
 */
export const CONTEXT_LENGTH = 160;

/**
 * Context kept when the quote occurs more than once on the page (the schemas' maximum). Re-anchoring then
 * weighs all of the context, beyond the paragraph too, and never trusts the quote without it.
 */
export const AMBIGUOUS_CONTEXT_LENGTH = 200;

/** Whether a stored context says that its quote was repeated on the page when it was described. */
export function describedAsRepeated(prefix: string, suffix: string): boolean {
  return Math.max(prefix.length, suffix.length) > CONTEXT_LENGTH;
}
