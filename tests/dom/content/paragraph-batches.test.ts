/**
 * Paragraph batches: whole paragraphs, offsets into the whole text, bounded sizes, and boundaries that
 * depend on the paragraphs themselves, so an edit re-analyzes its own batch and leaves the others alone.
 */
import { describe, expect, it } from 'vitest';
import { paragraphBatches } from '../../../extension/content/paragraph-batches';

/** Distinct paragraphs of varied length, as an article has. */
function article(count: number, salt = ''): string[] {
  return Array.from({ length: count }, (_, i) => {
    const words = 12 + ((i * 7) % 23);
    return `${salt}Paragraph ${i}: ${Array.from({ length: words }, (_, w) => `word${(i * 31 + w) % 97}`).join(' ')}.`;
  });
}

const limits = { targetChars: 500, maxChars: 1000 };

describe('paragraph batches', () => {
  it('cover the text exactly, cutting only between paragraphs', () => {
    const text = article(60).join('\n');
    const batches = paragraphBatches(text, limits);
    expect(batches.length).toBeGreaterThan(3);
    for (const batch of batches) {
      expect(text.slice(batch.start, batch.start + batch.text.length)).toBe(batch.text);
      expect(batch.start === 0 || text[batch.start - 1] === '\n').toBe(true);
    }
    expect(batches.map((b) => b.text).join('\n')).toBe(text);
  });

  it('stay under the maximum unless one paragraph alone is longer', () => {
    const long = 'x'.repeat(1500);
    const text = [...article(20), long, ...article(20, 'b')].join('\n');
    for (const batch of paragraphBatches(text, limits)) {
      if (batch.text !== long) expect(batch.text.length).toBeLessThanOrEqual(limits.maxChars);
    }
    expect(paragraphBatches(text, limits).some((b) => b.text === long)).toBe(true);
  });

  it('keep all but one or two batches when a paragraph is inserted anywhere', () => {
    const paragraphs = article(80);
    const before = paragraphBatches(paragraphs.join('\n'), limits).map((b) => b.text);
    const changed: number[] = [];
    for (let at = 0; at <= paragraphs.length; at += 4) {
      const edited = [
        ...paragraphs.slice(0, at),
        'A late paragraph: the council said it would vote.',
        ...paragraphs.slice(at),
      ];
      const after = paragraphBatches(edited.join('\n'), limits).map((b) => b.text);
      changed.push(after.filter((text) => !before.includes(text)).length);
    }
    expect(Math.max(...changed)).toBeLessThanOrEqual(2);
    expect(changed.reduce((a, b) => a + b, 0) / changed.length).toBeLessThanOrEqual(1.5);
  });

  it('give one batch for a short article, and none for no text', () => {
    expect(paragraphBatches('One short paragraph.\nAnother.', limits)).toEqual([
      { start: 0, text: 'One short paragraph.\nAnother.' },
    ]);
    expect(paragraphBatches('', limits)).toEqual([]);
  });
});
