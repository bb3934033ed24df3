import { describe, expect, it } from 'vitest';
import { WARM_UP_TEXTS } from '../../../src/analysis/warm-up';
import { read } from './read';

const isTwoByte = (text: string) => [...text].some((c) => c.charCodeAt(0) > 0xff);

describe('the warm-up text the service worker runs the engine on when it starts', () => {
  it('comes as one-byte strings and as two-byte ones (typographic quotes), as articles give', () => {
    expect(WARM_UP_TEXTS.filter(isTwoByte).length).toBeGreaterThan(0);
    expect(WARM_UP_TEXTS.filter((t) => !isTwoByte(t)).length).toBeGreaterThan(0);
    expect(WARM_UP_TEXTS.filter(isTwoByte).join('')).toMatch(/[“”’]/);
  });

  it('runs each text twice, so that each pattern is compiled to machine code', () => {
    const runs = new Map<string, number>();
    for (const text of WARM_UP_TEXTS) runs.set(text, (runs.get(text) ?? 0) + 1);
    expect([...runs.values()].every((n) => n === 2)).toBe(true);
  });

  it('is cut into short texts, so that a page asking meanwhile waits for one only', () => {
    for (const text of WARM_UP_TEXTS) expect(text.length).toBeLessThan(1200);
  });

  it('gives every paragraph at least one attribution: none is dead weight', () => {
    for (const text of WARM_UP_TEXTS)
      for (const paragraph of text.split('\n')) expect(read(paragraph), paragraph).not.toEqual([]);
  });

  it('reaches quotes, "according to", colons, denials by verb and in the source’s own words', () => {
    const found = WARM_UP_TEXTS.flatMap(read);
    const cues = found.map((f) => f.cue.toLowerCase());
    expect(cues).toContain('according to');
    expect(cues).toContain(':');
    expect(found.some((f) => f.what.startsWith('“'))).toBe(true);
    expect(found.some((f) => f.stance === 'deny' && /denied|rejected/.test(f.cue))).toBe(true);
    expect(found.some((f) => f.stance === 'deny' && /said/.test(f.cue))).toBe(true);
  });
});
