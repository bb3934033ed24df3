import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BackgroundAnalysis from '../../../extension/background/analysis';

// The engine is replaced by a recorder: what matters here is when it runs, not what it finds.
const analyzed: string[] = [];
vi.mock('../../../src/analysis', () => ({
  analyze: (text: string) => {
    analyzed.push(text);
    return { sentences: [], attributions: [] };
  },
}));

type Background = typeof BackgroundAnalysis;

/** A fresh copy of the module: its warm-up state starts over in each test. */
async function freshBackground(): Promise<Background> {
  vi.resetModules();
  return import('../../../extension/background/analysis');
}

const TEXTS = ['first', 'second', 'third'];

describe('the service worker warms the engine after it starts', () => {
  beforeEach(() => {
    analyzed.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs one warm-up text per task, none in the call itself', async () => {
    const { warmEngineSoon } = await freshBackground();
    warmEngineSoon(TEXTS);
    expect(analyzed).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    expect(analyzed).toEqual(['first']);
    await vi.advanceTimersToNextTimerAsync();
    expect(analyzed).toEqual(['first', 'second']);
    await vi.runAllTimersAsync();
    expect(analyzed).toEqual(TEXTS);
  });

  it('stops once a page has asked for an analysis', async () => {
    const { warmEngineSoon, runAnalysis } = await freshBackground();
    warmEngineSoon(TEXTS);
    await vi.advanceTimersToNextTimerAsync();
    runAnalysis(['An article.']);
    await vi.runAllTimersAsync();
    expect(analyzed).toEqual(['first', 'An article.']);
  });

  it('warms once per worker: later calls do nothing', async () => {
    const { warmEngineSoon } = await freshBackground();
    warmEngineSoon(TEXTS);
    warmEngineSoon(TEXTS);
    await vi.runAllTimersAsync();
    expect(analyzed).toEqual(TEXTS);
  });

  it('runs at background priority where the browser ranks tasks', async () => {
    const priorities: string[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, options: { priority: string }) => {
        priorities.push(options.priority);
        return new Promise<void>((done) =>
          setTimeout(() => {
            task();
            done();
          }, 0),
        );
      },
    });
    const { warmEngineSoon } = await freshBackground();
    warmEngineSoon(TEXTS);
    await vi.runAllTimersAsync();
    expect(analyzed).toEqual(TEXTS);
    expect(new Set(priorities)).toEqual(new Set(['background']));
  });
});
