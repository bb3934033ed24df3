/**
 * This module runs the analysis engine for content scripts: they send an article's paragraph batches, it
 * answers with each batch's attributions and the time spent in the engine. The engine runs here rather
 * than in every page: the service worker loads its lexicon once and keeps its code optimized across pages,
 * and the page's main thread never waits for it. The text comes from the reader's own page and goes back
 * to it; nothing is stored or sent anywhere.
 */
import { analyze } from '../../src/analysis';
import type { BackgroundReplies } from '../../src/messaging/protocol';

export function runAnalysis(texts: readonly string[]): BackgroundReplies['analysis/run'] {
  const started = performance.now();
  const attributions = texts.map((text) => [...analyze(text).attributions]);
  return { attributions, engineMs: performance.now() - started };
}
