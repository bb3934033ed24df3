/**
 * This module feeds the analysis engine an article's text in paragraph batches (see engines.ts for where
 * they run), and remembers each batch's result by its text: when the page changes, only the batches whose
 * text changed are analyzed again. The attributions come back in the whole text's offsets, in reading order,
 * with short names completed and pronouns resolved from the sources of earlier batches.
 */
import { resolveSourcesAcross } from '../../src/analysis/name-completion';
import type { Attribution } from '../../src/model/attribution';
import type { Span } from '../../src/model/span';
import { CostModel, type EngineClient } from './engines';
import type { IdleBudget } from './idle-budget';
import { paragraphBatches } from './paragraph-batches';

export interface RunStats {
  readonly batches: number;
  /** Batches the engine analyzed (the others came from the cache). */
  readonly analyzed: number;
  readonly engineMs: number;
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
  engine: EngineClient,
  cache: AnalysisCache,
  budget: IdleBudget,
): Promise<{ attributions: Attribution[]; stats: RunStats }> {
  const batches = paragraphBatches(text);
  const missing = [...new Set(batches.map((b) => b.text).filter((t) => cache.get(t) === undefined))];
  const { results, engineMs } = missing.length
    ? await engine.analyze(missing, budget, cache.costs)
    : { results: [], engineMs: 0 };
  missing.forEach((batchText, i) => cache.set(batchText, results[i] ?? []));
  const attributions: Attribution[] = [];
  for (const batch of batches) {
    for (const attribution of cache.get(batch.text) ?? []) attributions.push(shift(attribution, batch.start));
  }
  // Each batch was analyzed alone: "Leff" in one batch is Jonah Leff named in an earlier one, and "She"
  // at the start of a batch is the source before it.
  return {
    attributions: resolveSourcesAcross(attributions),
    stats: { batches: batches.length, analyzed: missing.length, engineMs },
  };
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
