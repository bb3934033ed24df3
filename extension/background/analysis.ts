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

/** A few sentences of the kinds the engine reads (written for this purpose), to run it once on start. */
const WARM_UP_TEXT = [
  'The mayor said on Tuesday that the bridge would reopen next month.',
  '"We have found no fault in the cables," an engineer told reporters.',
  'The company denied the claims, according to a statement.',
  'Residents say the repairs have taken too long.',
].join('\n');

/**
 * Runs the engine once on a short text, in a task of its own after the worker has started: its code is
 * compiled and its lexicon built then, while the page that woke the worker is still finding its article,
 * instead of during that page's first request.
 */
export function warmEngine(): void {
  setTimeout(() => {
    try {
      analyze(WARM_UP_TEXT);
    } catch {
      // A failure here shows again, and is reported, on the first real request.
    }
  }, 0);
}
