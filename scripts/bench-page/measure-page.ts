/**
 * This module measures Sourcemark on one page load in Chromium: from the content script's start to its
 * highlights painted (its own User Timing marks), the engine's share of that time, the findings painted,
 * the main-thread tasks that ran Sourcemark's code (from a trace), and the page's "floor": a plain
 * TreeWalker pass over document.body's text, timed in the page.
 */
import type { BrowserContext, CDPSession } from 'playwright-core';
import { markTime, startTrace, stopTrace, summarizeTasks, type TaskSummary } from './trace';

export interface RunResult {
  /** Content script start → highlights registered (ms); null when the page got no highlights. */
  readonly painted: number | null;
  /**
   * Content script start → the first highlights registered (ms): those of the article's opening where it
   * was painted ahead of the rest (extension/content/analysis-run.ts), else all of them; null as above.
   */
  readonly firstPainted: number | null;
  /** Content script start → "no article" decided (ms), for pages without automatic highlights. */
  readonly noArticle: number | null;
  /** Time spent in the analysis engine (wherever it ran), finding the article, indexing its text, mapping findings (ms). */
  readonly engine: number;
  /** With the engine in the service worker: the page's wait for its answers (ms), 0 otherwise. */
  readonly roundTrip: number;
  readonly article: number;
  /** Whether the article was found in the site's remembered container (not by a search of the page). */
  readonly remembered: boolean;
  readonly index: number;
  readonly map: number;
  /** Content script start → the service worker's answer with the site setting (ms). */
  readonly settings: number | null;
  /** Content script start → its code evaluated, about to start working (ms). */
  readonly evaluated: number | null;
  /** Calls into the engine (paragraph batches analyzed). */
  readonly batches: number;
  readonly findings: number;
  readonly floor: number;
  readonly tasks: TaskSummary;
}

const SETTLE_TIMEOUT_MS = 20_000;

// Page-side code is passed as text: the TypeScript loader would add helpers to functions that the page
// does not have.

/**
 * The floor: a TreeWalker pass over the body's text nodes, reading each one's length, timed once in the page
 * at DOMContentLoaded, before the content script (document_idle) has touched anything: the same cold DOM
 * Sourcemark starts from. Installed as an init script (the pages' CSP does not apply to it).
 */
export const FLOOR_PROBE = `document.addEventListener('DOMContentLoaded', () => {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  window.__sourcemarkFloor = { ms: performance.now() - start, chars };
});`;

const FLOOR = `window.__sourcemarkFloor ? window.__sourcemarkFloor.ms : null`;

interface Timeline {
  readonly start: number | null;
  readonly painted: number | null;
  readonly openingPainted: number | null;
  readonly noArticle: number | null;
  readonly engine: number;
  readonly roundTrip: number;
  readonly article: number;
  readonly remembered: boolean;
  readonly index: number;
  readonly map: number;
  readonly settings: number | null;
  readonly ready: number | null;
  readonly slices: number;
  readonly findings: number;
}

const TIMELINE = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const total = (name) => performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0);
  return {
    start: at('sourcemark:start'),
    painted: at('sourcemark:painted'),
    openingPainted: at('sourcemark:painted-opening'),
    noArticle: at('sourcemark:no-article'),
    engine: performance.getEntriesByName('sourcemark:engine').length
      ? total('sourcemark:engine')
      : total('sourcemark:analysis'),
    roundTrip: performance.getEntriesByName('sourcemark:engine').length ? total('sourcemark:analysis') : 0,
    article: total('sourcemark:article'),
    remembered: performance.getEntriesByName('sourcemark:remembered-article').length > 0,
    index: total('sourcemark:index'),
    map: total('sourcemark:map'),
    settings: at('sourcemark:settings'),
    ready: at('sourcemark:ready'),
    slices: performance.getEntriesByName('sourcemark:analysis').length,
    findings: [...(CSS.highlights.get('sourcemark-cue') ?? [])].length,
  };
})()`;

const SETTLED = `new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200))))`;

const DONE = `performance.getEntriesByName('sourcemark:painted').length > 0 ||
  performance.getEntriesByName('sourcemark:no-article').length > 0`;

/**
 * Evaluates an expression in the page's main world through the DevTools protocol itself. Playwright's
 * `page.evaluate` first installs its own helper script in the page, 12–15 ms of script evaluation on the
 * page's main thread (seen in a trace), and the first poll comes right after DOMContentLoaded: in some loads
 * that landed inside Sourcemark's measured time, while the content script waited for the service worker.
 * Over 19 pages × 5 runs the medians moved within the noise (0.97×), but the page should run nothing of
 * the harness's while it is measured.
 */
async function evaluate(cdp: CDPSession, expression: string): Promise<unknown> {
  const reply = (await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
  if (reply.exceptionDetails) throw new Error(`in the page: ${reply.exceptionDetails.text}`);
  return reply.result.value;
}

/** Polls an expression in the page (waitForFunction would `eval`, which the pages' CSP forbids). */
async function until(cdp: CDPSession, expression: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await evaluate(cdp, expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

export async function measureLoad(
  context: BrowserContext,
  url: string,
  options: { trace: boolean } = { trace: true },
): Promise<RunResult> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (options.trace) await startTrace(cdp);
  let tracing = options.trace;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await until(cdp, DONE, SETTLE_TIMEOUT_MS);
    // Let the frame that shows the highlights, and follow-up work (source ratings), run before the trace ends.
    await evaluate(cdp, SETTLED);
    const timeline = (await evaluate(cdp, TIMELINE)) as Timeline;
    const events = tracing ? await stopTrace(cdp) : [];
    tracing = false;
    const from = markTime(events, 'sourcemark:start');
    const to = markTime(events, timeline.painted !== null ? 'sourcemark:painted' : 'sourcemark:no-article');
    const tasks = summarizeTasks(
      events,
      from !== null && to !== null ? { fromUs: from, toUs: to } : undefined,
    );
    const floor = ((await evaluate(cdp, FLOOR)) as number | null) ?? Number.NaN;
    const since = (t: number | null) => (t === null || timeline.start === null ? null : t - timeline.start);
    return {
      painted: since(timeline.painted),
      firstPainted: since(timeline.openingPainted ?? timeline.painted),
      noArticle: since(timeline.noArticle),
      engine: timeline.engine,
      roundTrip: timeline.roundTrip,
      article: timeline.article,
      remembered: timeline.remembered,
      index: timeline.index,
      map: timeline.map,
      settings: since(timeline.settings),
      evaluated: since(timeline.ready),
      batches: timeline.slices,
      findings: timeline.findings,
      floor,
      tasks,
    };
  } finally {
    if (tracing) await stopTrace(cdp).catch(() => []);
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
