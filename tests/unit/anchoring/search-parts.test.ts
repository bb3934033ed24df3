import { describe, expect, it } from 'vitest';
import { contextDistances } from '../../../src/anchoring/context-distance';
import { GramIndex } from '../../../src/anchoring/gram-index';

describe('context distance, anchored at the quote and free at the far end', () => {
  const text = 'the harbour council voted on tuesday|QUOTE|to close the old ferry pier';
  const before = text.indexOf('|QUOTE|');
  const after = before + '|QUOTE|'.length;

  it('is zero for every length when the context is there verbatim', () => {
    expect([...contextDistances('council voted on tuesday', text, before, 'before')]).toEqual(
      new Array(25).fill(0),
    );
    expect([...contextDistances('to close the', text, after, 'after')]).toEqual(new Array(13).fill(0));
  });

  it('counts a change next to the quote in every length, one further away only in the longer ones', () => {
    const near = contextDistances('council voted on monday', text, before, 'before');
    expect(near[6]).toBeGreaterThan(0);
    const far = contextDistances(
      'council voted on tuesday',
      'the harbour kouncil voted on tuesday|',
      36,
      'before',
    );
    // The prefix read from its end: "tuesday" and "voted on" intact, the typo 17+ characters away.
    expect(far[16]).toBe(0);
    expect(far[24]).toBe(1);
  });

  it('charges an insertion at most its length, and nothing before it', () => {
    const d = contextDistances('to close the old', 'to close, for good, the old', 0, 'after');
    expect(d[8]).toBe(0);
    expect(d[16]).toBeGreaterThan(0);
    expect(d[16]).toBeLessThanOrEqual(', for good,'.length);
  });
});

describe('the piece index finds every occurrence, as a scan would', () => {
  const alphabet = 'abc d';
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const text = Array.from({ length: 20_000 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
    '',
  );
  const index = new GramIndex(text);

  it.each([8, 9, 12, 20])('for needles of %i characters', (length) => {
    for (let k = 0; k < 50; k++) {
      const at = Math.floor(random() * (text.length - length));
      const needle = text.slice(at, at + length);
      const scanned: number[] = [];
      for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) scanned.push(i);
      expect(index.occurrences(needle, 10_000)).toEqual(scanned);
    }
  });

  it('and nothing for a needle that is not there', () => {
    expect(index.occurrences('zzzzzzzzz', 10)).toEqual([]);
  });
});
