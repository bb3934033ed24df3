/**
 * This module feeds the analysis engine an article's text in paragraph batches within idle deadlines, and
 * remembers each batch's result by its text: when the page changes, only the batches whose text changed
 * are analyzed again. The attributions come back in the whole text's offsets, in reading order.
 */
import type { Analysis, Attribution } from '../../src/model/attribution';
import type { Span } from '../../src/model/span';
import type { IdleBudget } from './idle-budget';
import { paragraphBatches } from './paragraph-batches';
import { MARKS, measured } from './timing';

export type Engine = (text: string) => Analysis;

export interface RunStats {
  readonly batches: number;
  /** Batches the engine analyzed (the others came from the cache). */
  readonly analyzed: number;
  readonly engineMs: number;
}

/** Engine cost per character, learned as batches run (starts pessimistic: the first call is cold). */
class CostModel {
  private msPerChar = 0.01;

  estimate(chars: number): number {
    return chars * this.msPerChar;
  }

  learn(chars: number, ms: number): void {
    if (chars < 200) return;
    this.msPerChar = 0.7 * this.msPerChar + 0.3 * (ms / chars);
  }
}

/**
 * Results of recent batches by their text, and what the engine costs here; bounded so that a long-lived
 * SPA does not grow it forever.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, readonly Attribution[]>();
  readonly costs = new CostModel();

  constructor(private readonly capacity = 400) {}

  get(text: string): readonly Attribution[] | undefined {
    const found = this.entries.get(text);
    if (found) {
      // Most recently used last, so that eviction drops the oldest.
      this.entries.delete(text);
      this.entries.set(text, found);
    }
    return found;
  }

  set(text: string, attributions: readonly Attribution[]): void {
    this.entries.set(text, attributions);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}

export async function analyzeInBatches(
  text: string,
  engine: Engine,
  cache: AnalysisCache,
  budget: IdleBudget,
): Promise<{ attributions: Attribution[]; stats: RunStats }> {
  const attributions: Attribution[] = [];
  let analyzed = 0;
  let engineMs = 0;
  const batches = paragraphBatches(text);
  for (const batch of batches) {
    let found = cache.get(batch.text);
    if (!found) {
      await budget.ensure(cache.costs.estimate(batch.text.length));
      const started = performance.now();
      found = measured(MARKS.analysis, () => engine(batch.text).attributions);
      const ms = performance.now() - started;
      cache.costs.learn(batch.text.length, ms);
      engineMs += ms;
      analyzed++;
      cache.set(batch.text, found);
    }
    for (const attribution of found) attributions.push(shift(attribution, batch.start));
  }
  return { attributions, stats: { batches: batches.length, analyzed, engineMs } };
}

function shift(attribution: Attribution, by: number): Attribution {
  if (by === 0) return attribution;
  const move = (spans: readonly Span[]): Span[] => spans.map(([s, e]) => [s + by, e + by]);
  return {
    ...attribution,
    source: move(attribution.source),
    cue: move(attribution.cue),
    content: move(attribution.content),
  };
}
