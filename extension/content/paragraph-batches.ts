/**
 * This module cuts an article's text into batches of whole paragraphs for the analysis engine, so that a
 * large page is analyzed in slices of idle time and a page that changes is re-analyzed only where it
 * changed. Where a batch ends depends on the paragraphs' own text (content-defined, as in rsync), not on
 * where the text starts: a paragraph inserted or edited changes its own batch and rarely the next one, so
 * every other batch's text (the analysis cache's key) stays the same.
 */

export interface Batch {
  /** Offset of the batch's first character in the whole text. */
  readonly start: number;
  readonly text: string;
}

export interface BatchLimits {
  /** The batch size aimed at: a paragraph ends a batch with probability (its length / targetChars)… */
  readonly targetChars: number;
  /** …and a batch must end before it would exceed this (a longer paragraph is a batch of its own). */
  readonly maxChars: number;
}

/** A few milliseconds of analysis each in Chromium, even before the engine's code is optimized. */
export const DEFAULT_LIMITS: BatchLimits = { targetChars: 1200, maxChars: 2400 };

export function paragraphBatches(text: string, limits: BatchLimits = DEFAULT_LIMITS): Batch[] {
  const batches: Batch[] = [];
  let batchStart = 0;
  let paragraphStart = 0;
  const close = (end: number) => {
    if (end > batchStart) batches.push({ start: batchStart, text: text.slice(batchStart, end) });
  };
  while (paragraphStart < text.length) {
    const newline = text.indexOf('\n', paragraphStart);
    const paragraphEnd = newline < 0 ? text.length : newline;
    // A paragraph that would overflow the batch starts a new one.
    if (paragraphStart > batchStart && paragraphEnd - batchStart > limits.maxChars) {
      close(paragraphStart - 1);
      batchStart = paragraphStart;
    }
    // Whether this paragraph ends its batch depends on its own text only: long paragraphs end batches
    // more often, so batches hold about `targetChars` whatever the paragraphs' lengths.
    const chance = (paragraphEnd - paragraphStart) / limits.targetChars;
    if (newline >= 0 && hashOf(text, paragraphStart, paragraphEnd) / 0x100000000 < chance) {
      close(paragraphEnd);
      batchStart = paragraphEnd + 1;
    }
    paragraphStart = paragraphEnd + 1;
  }
  close(text.length);
  return batches;
}

/** FNV-1a over a paragraph's last characters: cheap, and independent of where the paragraph sits. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = Math.max(start, end - 64); i < end; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
