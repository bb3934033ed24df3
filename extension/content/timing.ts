/**
 * This module records Sourcemark's timings on the page's performance timeline (User Timing marks and
 * measures), where `npm run bench:page` reads them: when the content script started, when the highlights
 * were registered, and how long each call into the analysis engine took. Marks cost microseconds.
 */

export const MARKS = {
  start: 'sourcemark:start',
  /** The content script waited for the page's first layout with its style sheets and goes on (laid-out.ts). */
  laidOut: 'sourcemark:laid-out',
  /** The content script has been evaluated and starts working. */
  ready: 'sourcemark:ready',
  /** The findings of the whole article are painted. */
  painted: 'sourcemark:painted',
  /** The findings of the article's opening are painted, the rest's still on their way (analysis-run.ts). */
  openingPainted: 'sourcemark:painted-opening',
  /** The first analysis of a page view finished and found no article (nothing to paint). */
  idle: 'sourcemark:no-article',
  /** Each call into the engine on the page, or each round trip to the service worker's engine. */
  analysis: 'sourcemark:analysis',
  /** Time spent inside the engine in the service worker, as it reported it. */
  engine: 'sourcemark:engine',
  article: 'sourcemark:article',
  /** The article was found in the site's remembered container (src/article/article-memory.ts). */
  remembered: 'sourcemark:remembered-article',
  index: 'sourcemark:index',
  map: 'sourcemark:map',
  /** The service worker answered with the site's setting. */
  settings: 'sourcemark:settings',
} as const;

/** When the task in which the content script set to work began: its start, or the end of a wait. */
let workStartedAt: number | null = null;

/** Marks the content script's start, once per document. */
export function markStart(): void {
  if (workStartedAt !== null) return;
  workStartedAt = performance.now();
  mark(MARKS.start);
}

/** Marks the end of the wait for the page's first layout: the content script sets to work in this task. */
export function markLaidOut(): void {
  workStartedAt = performance.now();
  mark(MARKS.laidOut);
}

/** Milliseconds since the content script set to work, in its first task (0 if it did not mark its start). */
export function sinceWorkStarted(): number {
  return workStartedAt === null ? 0 : performance.now() - workStartedAt;
}

export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // A page may have replaced `performance`; timings are not worth an error.
  }
}

/** Records a measure from `start` to `end` (performance.now() times). */
export function recordDuration(name: string, start: number, end: number): void {
  try {
    performance.measure(name, { start, end });
  } catch {
    // As above.
  }
}

/** Runs `work` and records its duration as a measure named `name`. */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    try {
      performance.measure(name, { start, end: performance.now() });
    } catch {
      // As above.
    }
  }
}
