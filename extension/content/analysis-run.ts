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
import { paragraphBatches, type Batch } from './paragraph-batches';

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

/**
 * About a screen of article text: on a page view's first analysis, the batches that start within it (the
 * article's opening, what the reader sees first) go to the engine in a request of their own, ahead of the
 * rest, and their findings are painted as soon as they come back. The engine in the service worker runs in
 * a background process, which gets little of the machine while the page is still loading: analyzing the
 * whole article there took 2–3 times as long as it does once the page has loaded (`npm run bench:page`).
 */
export const OPENING_CHARS = 2400;

/**
 * The opening goes ahead only in an article at least this long, where the rest is at least twice the
 * opening: on shorter ones the second request and paint cost more than the earlier first highlights win
 * (measured on the saved pages, `npm run bench:page -- --against=…`).
 */
export const SPLIT_FROM_CHARS = 3 * OPENING_CHARS;

/**
 * Analyzes an article's text in batches, each batch's result cached by its text. With `onOpening`, in a
 * long article, the batches of its opening are sent to the engine first (both requests leave at once) and
 * `onOpening` gets their attributions as soon as they are back, before the rest are.
 */
export async function analyzeInBatches(
  text: string,
  engine: EngineClient,
  cache: AnalysisCache,
  budget: IdleBudget,
  onOpening?: (attributions: Attribution[]) => void,
): Promise<{ attributions: Attribution[]; stats: RunStats }> {
  const batches = paragraphBatches(text);
  const missing = [...new Set(batches.map((b) => b.text).filter((t) => cache.get(t) === undefined))];
  const opening = batches.filter((b) => b.start < OPENING_CHARS);
  const early =
    onOpening && text.length >= SPLIT_FROM_CHARS && opening.length < batches.length
      ? missing.filter((t) => opening.some((b) => b.text === t))
      : [];
  const late = early.length ? missing.filter((t) => !early.includes(t)) : missing;
  const run = (texts: string[]) => (texts.length ? engine.analyze(texts, budget, cache.costs) : null);
  const earlyRun = run(early);
  const lateRun = run(late);
  // Awaited only once the opening is done: its failure meanwhile must not count as unhandled.
  lateRun?.catch(() => undefined);
  let engineMs = 0;
  const store = async (texts: string[], running: ReturnType<typeof run>) => {
    if (!running) return;
    const { results, engineMs: ms } = await running;
    texts.forEach((batchText, i) => cache.set(batchText, results[i] ?? []));
    engineMs += ms;
  };
  await store(early, earlyRun);
  if (early.length && onOpening) onOpening(collect(opening, cache));
  await store(late, lateRun);
  return {
    attributions: collect(batches, cache),
    stats: { batches: batches.length, analyzed: missing.length, engineMs },
  };
}

/**
 * The cached attributions of `batches`, in the whole text's offsets and reading order. Each batch was
 * analyzed alone: "Leff" in one batch is Jonah Leff named in an earlier one, and "She" at the start of a
 * batch is the source before it.
 */
function collect(batches: readonly Batch[], cache: AnalysisCache): Attribution[] {
  const attributions: Attribution[] = [];
  for (const batch of batches) {
    for (const attribution of cache.get(batch.text) ?? []) attributions.push(shift(attribution, batch.start));
  }
  return resolveSourcesAcross(attributions);
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
