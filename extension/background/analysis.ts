/**
 * This module runs the analysis engine for content scripts: they send an article's paragraph batches, it
 * answers with each batch's attributions and the time spent in the engine. The engine runs here rather
 * than in every page: the service worker loads its lexicon once and keeps its code optimized across pages,
 * and the page's main thread never waits for it. The text comes from the reader's own page and goes back
 * to it; nothing is stored or sent anywhere.
 */
import { analyze } from '../../src/analysis';
import { WARM_UP_TEXTS } from '../../src/analysis/warm-up';
import type { BackgroundReplies } from '../../src/messaging/protocol';
import { taskScheduler } from '../shared/task-scheduler';

/** Whether a page has asked for an analysis since the worker started (the warm-up then stops). */
let asked = false;
/** Whether the warm-up has begun (it runs once per worker). */
let warming = false;

export function runAnalysis(texts: readonly string[]): BackgroundReplies['analysis/run'] {
  asked = true;
  const started = performance.now();
  const attributions = texts.map((text) => [...analyze(text).attributions]);
  return { attributions, engineMs: performance.now() - started };
}

/**
 * Runs the engine on the warm-up texts, one text per task, from the first request the worker answers (the
 * hello that a page sends as it starts loading): its lexicon is built and its code and patterns compiled
 * while that page is still loading, instead of during the page's first analysis. The tasks run at
 * background priority where the browser has `scheduler.postTask`, so that the reader's requests and the
 * database's callbacks go first; a request waits for one text at most, and the warm-up stops once a page
 * has asked for an analysis (its article warms the engine from then on). Later calls do nothing.
 */
export function warmEngineSoon(texts: readonly string[] = WARM_UP_TEXTS): void {
  if (warming) return;
  warming = true;
  let next = 0;
  const step = () => {
    const text = texts[next++];
    if (text === undefined || asked) return;
    try {
      analyze(text);
    } catch {
      // A failure here shows again, and is reported, on the first real request.
    }
    inBackground(step);
  };
  inBackground(step);
}

/** Runs `task` in a task of its own, after the tasks of higher priority where the browser ranks them. */
function inBackground(task: () => void): void {
  const scheduler = taskScheduler();
  if (scheduler) scheduler.postTask(task, { priority: 'background' }).catch(() => undefined);
  else setTimeout(task, 0);
}
