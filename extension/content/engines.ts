/**
 * This module is where paragraph batches get analyzed. Two places, one interface:
 * - `pageEngine`: the engine runs here, on the page's main thread, one batch per slice of idle time (its
 *   cost learned as it goes, so that no task runs long);
 * - `workerEngine`: the batches go to the service worker, which runs the engine there: the page's main
 *   thread then never pays for the engine (not for loading its lexicon on every page, nor for its first,
 *   unoptimized runs), only for a message each way. Nothing leaves the browser either way.
 */
import type { BackgroundReplies } from '../../src/messaging/protocol';
import type { Analysis, Attribution } from '../../src/model/attribution';
import type { AskBackground } from './background';
import type { IdleBudget } from './idle-budget';
import { MARKS, measured, recordDuration } from './timing';

/** The analysis engine itself: text in, attributions out. */
export type Engine = (text: string) => Analysis;

export interface EngineRun {
  /** Attributions per text, in the texts' own offsets. */
  readonly results: readonly (readonly Attribution[])[];
  /** Time spent inside the engine (ms), wherever it ran. */
  readonly engineMs: number;
}

export interface EngineClient {
  analyze(texts: readonly string[], budget: IdleBudget, costs: CostModel): Promise<EngineRun>;
}

/** Engine cost per character, learned as batches run (starts pessimistic: the first call is cold). */
export class CostModel {
  private msPerChar = 0.01;

  estimate(chars: number): number {
    return chars * this.msPerChar;
  }

  learn(chars: number, ms: number): void {
    if (chars < 200) return;
    this.msPerChar = 0.7 * this.msPerChar + 0.3 * (ms / chars);
  }
}

export function pageEngine(engine: Engine): EngineClient {
  return {
    async analyze(texts, budget, costs) {
      const results: (readonly Attribution[])[] = [];
      let engineMs = 0;
      for (const text of texts) {
        await budget.ensure(costs.estimate(text.length));
        const started = performance.now();
        results.push(measured(MARKS.analysis, () => engine(text).attributions));
        const ms = performance.now() - started;
        costs.learn(text.length, ms);
        engineMs += ms;
      }
      return { results, engineMs };
    },
  };
}

/** Requests stay small enough for the protocol's limits (see `analysis/run`). */
const MAX_TEXTS_PER_REQUEST = 64;
const MAX_CHARS_PER_REQUEST = 200_000;

export function workerEngine(ask: AskBackground): EngineClient {
  return {
    async analyze(texts) {
      const results: (readonly Attribution[])[] = [];
      let engineMs = 0;
      for (const group of groups(texts)) {
        const started = performance.now();
        const reply: BackgroundReplies['analysis/run'] = await ask('analysis/run', { texts: group });
        recordDuration(MARKS.analysis, started, performance.now());
        results.push(...reply.attributions);
        engineMs += reply.engineMs;
      }
      recordDuration(MARKS.engine, performance.now() - engineMs, performance.now());
      return { results, engineMs };
    },
  };
}

function groups(texts: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (
      current.length &&
      (current.length >= MAX_TEXTS_PER_REQUEST || chars + text.length > MAX_CHARS_PER_REQUEST)
    ) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(text);
    chars += text.length;
  }
  if (current.length) out.push(current);
  return out;
}
