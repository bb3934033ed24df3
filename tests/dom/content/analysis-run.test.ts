/**
 * Feeding the engine in batches: attributions come back in the whole text's offsets, a batch whose text
 * was analyzed before is not analyzed again (the page changed elsewhere), an engine on the page runs in
 * slices of time, and one in the service worker gets all new batches in one request.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  AnalysisCache,
  analyzeInBatches,
  OPENING_CHARS,
  SPLIT_FROM_CHARS,
} from '../../../extension/content/analysis-run';
import type { AskBackground } from '../../../extension/content/background';
import { pageEngine, workerEngine, type Engine } from '../../../extension/content/engines';
import { IdleBudget } from '../../../extension/content/idle-budget';
import { analyze } from '../../../src/analysis';
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
        sourceIsPerson: false,
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

/**
 * Analyzes `first`, thirty paragraphs about something else, then `last`, in batches with the real engine;
 * returns the words of the last attribution's source and the name it was given.
 */
async function lastSourceAcrossBatches(
  first: string,
  last: string,
): Promise<{ words: string; name: string }> {
  const filler = Array.from(
    { length: 30 },
    (_, i) => `The harbour handled ${i + 2} ships that week, ${'and more '.repeat(20)}.`,
  );
  const text = [first, ...filler, last].join('\n');
  const { attributions, stats } = await analyzeInBatches(
    text,
    pageEngine(analyze),
    new AnalysisCache(),
    new IdleBudget(),
  );
  expect(stats.batches).toBeGreaterThan(1);
  const found = attributions[attributions.length - 1];
  const [start, end] = found?.source[0] ?? [0, 0];
  return { words: text.slice(start, end), name: found?.sourceName ?? '' };
}

describe('analysis in batches', () => {
  it('returns every attribution in the whole text’s offsets', async () => {
    const text = paragraphs(40).join('\n');
    const { engine, calls } = recordingEngine();
    const { attributions, stats } = await analyzeInBatches(
      text,
      pageEngine(engine),
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

  it('completes a short name from the full name given in an earlier batch', async () => {
    const last = await lastSourceAcrossBatches(
      'Jonah Leff said the drones were new.',
      'Leff said the serial numbers matched.',
    );
    expect(last).toEqual({ words: 'Leff', name: 'Jonah Leff' });
  });

  it('resolves a pronoun whose source is named in an earlier batch', async () => {
    const last = await lastSourceAcrossBatches(
      'Council member Paula Okafor said the vote was rushed.',
      'She said she would appeal.',
    );
    expect(last).toEqual({ words: 'She', name: 'Paula Okafor' });
  });

  it('analyzes again only the batches whose text changed', async () => {
    const before = paragraphs(40);
    const cache = new AnalysisCache();
    const first = recordingEngine();
    await analyzeInBatches(before.join('\n'), pageEngine(first.engine), cache, new IdleBudget());
    const after = [...before.slice(0, 20), 'Latecomer said the vote was delayed.', ...before.slice(20)];
    const second = recordingEngine();
    const { attributions, stats } = await analyzeInBatches(
      after.join('\n'),
      pageEngine(second.engine),
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

  it('spreads slow batches over several slices of time, one task never holding many', async () => {
    const { engine: quick } = recordingEngine();
    let slices = 0;
    let perSlice = 0;
    let mostPerSlice = 0;
    const budget = new IdleBudget();
    const ensure = budget.ensure.bind(budget);
    budget.ensure = async (ms: number) => {
      const before = budget.slices;
      await ensure(ms);
      if (budget.slices !== before) {
        slices++;
        perSlice = 0;
      }
      mostPerSlice = Math.max(mostPerSlice, ++perSlice);
    };
    // An engine that takes 8 ms a batch: a 12 ms slice has room for one, maybe two.
    const slow: Engine = (text) => {
      const until = performance.now() + 8;
      while (performance.now() < until);
      return quick(text);
    };
    const text = paragraphs(40).join('\n');
    const { stats } = await analyzeInBatches(text, pageEngine(slow), new AnalysisCache(), budget);
    expect(stats.batches).toBeGreaterThan(4);
    expect(slices).toBeGreaterThanOrEqual(stats.batches / 2);
    expect(mostPerSlice).toBeLessThanOrEqual(2);
  });

  it('sends the service worker all new batches at once, and only those', async () => {
    const sent: string[][] = [];
    const { engine: local } = recordingEngine();
    const ask = (async (name: string, data: { texts: string[] }) => {
      expect(name).toBe('analysis/run');
      sent.push(data.texts);
      return { attributions: data.texts.map((t) => local(t).attributions), engineMs: 3 };
    }) as unknown as AskBackground;
    const cache = new AnalysisCache();
    const before = paragraphs(40);
    const first = await analyzeInBatches(before.join('\n'), workerEngine(ask), cache, new IdleBudget());
    expect(sent).toHaveLength(1);
    expect(first.attributions).toHaveLength(40);
    expect(first.stats.engineMs).toBe(3);
    const after = [...before.slice(0, 20), 'Latecomer said the vote was delayed.', ...before.slice(20)];
    const second = await analyzeInBatches(after.join('\n'), workerEngine(ask), cache, new IdleBudget());
    expect(sent).toHaveLength(2);
    expect(sent[1]?.length).toBeLessThanOrEqual(2);
    expect(sent[1]?.join('\n')).toContain('Latecomer said');
    expect(second.attributions).toHaveLength(41);
  });

  it("sends the article's opening ahead of the rest and hands over its findings before the rest are back", async () => {
    const { engine: local } = recordingEngine();
    const requests: { texts: string[]; answer: () => void }[] = [];
    const ask = ((_name: string, data: { texts: string[] }) =>
      new Promise((resolve) => {
        const answer = () =>
          resolve({ attributions: data.texts.map((t) => local(t).attributions), engineMs: 1 });
        requests.push({ texts: data.texts, answer });
      })) as unknown as AskBackground;
    const text = paragraphs(40).join('\n');
    expect(text.length).toBeGreaterThanOrEqual(SPLIT_FROM_CHARS);
    const openings: string[][] = [];
    const run = analyzeInBatches(text, workerEngine(ask), new AnalysisCache(), new IdleBudget(), (found) =>
      openings.push(found.map((a) => a.sourceName)),
    );
    await Promise.resolve();
    // Both requests are on their way before either is answered.
    expect(requests).toHaveLength(2);
    const [opening, rest] = requests;
    const openingText = opening?.texts.join('\n') ?? '';
    expect(text.startsWith(openingText)).toBe(true);
    expect(openingText.length).toBeLessThan(OPENING_CHARS + 2400);
    expect(rest?.texts.join('\n')).toContain('Speaker39 said');
    opening?.answer();
    await vi.waitFor(() => expect(openings).toHaveLength(1));
    // The opening's speakers in reading order, and none from the rest.
    const names = openings[0] ?? [];
    expect(names).toEqual(names.map((_, i) => `Speaker${i}`));
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(20);
    rest?.answer();
    const { attributions } = await run;
    expect(attributions).toHaveLength(40);
    expect(openings).toHaveLength(1);
  });

  it('analyzes an article shorter than three openings in one request, with no opening of its own', async () => {
    const sent: string[][] = [];
    const { engine: local } = recordingEngine();
    const ask = (async (_name: string, data: { texts: string[] }) => {
      sent.push(data.texts);
      return { attributions: data.texts.map((t) => local(t).attributions), engineMs: 1 };
    }) as unknown as AskBackground;
    const openings: unknown[] = [];
    for (const count of [3, 20]) {
      const text = paragraphs(count).join('\n');
      expect(text.length).toBeLessThan(SPLIT_FROM_CHARS);
      await analyzeInBatches(text, workerEngine(ask), new AnalysisCache(), new IdleBudget(), (found) =>
        openings.push(found),
      );
    }
    // The longer one is more than an opening, in more than one batch: still a single request.
    expect(paragraphs(20).join('\n').length).toBeGreaterThan(OPENING_CHARS * 2);
    expect(sent).toHaveLength(2);
    expect(openings).toEqual([]);
  });

  it('stops when the page view ends', async () => {
    const { engine } = recordingEngine();
    const stop = new AbortController();
    stop.abort();
    const run = analyzeInBatches(
      paragraphs(10).join('\n'),
      pageEngine(engine),
      new AnalysisCache(),
      new IdleBudget(stop.signal),
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
