/**
 * Feeding the engine in batches: attributions come back in the whole text's offsets, and a batch whose
 * text was analyzed before is not analyzed again (the page changed elsewhere).
 */
import { describe, expect, it } from 'vitest';
import { AnalysisCache, analyzeInBatches, type Engine } from '../../../extension/content/analysis-run';
import { IdleBudget } from '../../../extension/content/idle-budget';
import { budgetSlice } from '../../../extension/content/idle';
import type { Analysis } from '../../../src/model/attribution';

/** A stand-in engine: every "said" is a cue, the word before it the source; it records what it was given. */
function recordingEngine(): { engine: Engine; calls: string[] } {
  const calls: string[] = [];
  const engine: Engine = (text): Analysis => {
    calls.push(text);
    const attributions = [...text.matchAll(/(\w+) (said)/g)].map((m) => {
      const start = m.index ?? 0;
      const sourceEnd = start + (m[1]?.length ?? 0);
      return {
        source: [[start, sourceEnd] as const],
        cue: [[sourceEnd + 1, sourceEnd + 5] as const],
        content: [],
        stance: 'assert' as const,
        sourceName: m[1] ?? '',
        sourceKind: 'named' as const,
        confidence: 1,
      };
    });
    return { sentences: [], attributions };
  };
  return { engine, calls };
}

function paragraphs(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `Speaker${i} said ${'that the figures were wrong '.repeat(8 + (i % 5))}.`,
  );
}

describe('analysis in batches', () => {
  it('returns every attribution in the whole text’s offsets', async () => {
    const text = paragraphs(40).join('\n');
    const { engine, calls } = recordingEngine();
    const { attributions, stats } = await analyzeInBatches(
      text,
      engine,
      new AnalysisCache(),
      new IdleBudget(),
    );
    expect(calls.length).toBeGreaterThan(1);
    expect(stats.batches).toBe(calls.length);
    expect(attributions).toHaveLength(40);
    for (const [i, a] of attributions.entries()) {
      const [start, end] = a.source[0] ?? [0, 0];
      expect(text.slice(start, end)).toBe(`Speaker${i}`);
      const [cs, ce] = a.cue[0] ?? [0, 0];
      expect(text.slice(cs, ce)).toBe('said');
    }
  });

  it('analyzes again only the batches whose text changed', async () => {
    const before = paragraphs(40);
    const cache = new AnalysisCache();
    const first = recordingEngine();
    await analyzeInBatches(before.join('\n'), first.engine, cache, new IdleBudget());
    const after = [...before.slice(0, 20), 'Latecomer said the vote was delayed.', ...before.slice(20)];
    const second = recordingEngine();
    const { attributions, stats } = await analyzeInBatches(
      after.join('\n'),
      second.engine,
      cache,
      new IdleBudget(),
    );
    expect(second.calls.length).toBeGreaterThanOrEqual(1);
    expect(second.calls.length).toBeLessThanOrEqual(2);
    expect(second.calls.join('\n')).toContain('Latecomer said');
    expect(stats.analyzed).toBe(second.calls.length);
    expect(attributions.map((a) => a.sourceName)).toContain('Latecomer');
    expect(attributions).toHaveLength(41);
  });

  it('waits for idle time when the current slice has no room left', async () => {
    const { engine } = recordingEngine();
    const budget = new IdleBudget(undefined, budgetSlice(0));
    await analyzeInBatches(paragraphs(10).join('\n'), engine, new AnalysisCache(), budget);
    expect(budget.slices).toBeGreaterThanOrEqual(1);
  });

  it('stops when the page view ends', async () => {
    const { engine } = recordingEngine();
    const stop = new AbortController();
    stop.abort();
    const run = analyzeInBatches(
      paragraphs(10).join('\n'),
      engine,
      new AnalysisCache(),
      new IdleBudget(stop.signal),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
