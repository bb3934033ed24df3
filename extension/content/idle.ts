/**
 * This module hands out slices of time, so that work on a large page is split into tasks the page never
 * notices: idle periods (`requestIdleCallback`, whose deadline is at most 50 ms; a `timeout` keeps the work
 * going on pages that are never idle), or a task of its own with a short budget where the browser has no
 * idle callbacks or the work should start at once.
 */
import { taskScheduler } from '../shared/task-scheduler';

export interface Slice {
  /** Milliseconds left in this slice. */
  timeRemaining(): number;
}

/** A slice's budget where the browser cannot tell us (no requestIdleCallback), or for a "soon" slice. */
const FALLBACK_BUDGET_MS = 12;
/** A "soon" slice: a task of its own, ahead of the page's ordinary tasks, not waiting for idle time. */
const SOON_BUDGET_MS = 20;
/** After this long without an idle period, the browser runs our callback anyway. */
const IDLE_TIMEOUT_MS = 150;

/**
 * The next slice of time to work in. 'idle' waits for an idle period (after the page's own work and its next
 * frame); 'soon' is a task of its own right away, for the first slice: browsers have no idle time before a
 * page's first frames, and waiting for it would delay every page's highlights by a frame or more.
 */
export function nextSlice(signal?: AbortSignal, when: 'idle' | 'soon' = 'idle'): Promise<Slice> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      cancel();
      reject(abortError());
    };
    const done = (slice: Slice) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(slice);
    };
    let cancel: () => void;
    const scheduler = taskScheduler();
    if (when === 'soon' && scheduler) {
      const stop = new AbortController();
      // 'user-blocking': the reader is waiting for this; each slice is short, so the page's own tasks
      // (input, its next frame) wait no longer than a slice.
      scheduler
        .postTask(() => done(budgetSlice(SOON_BUDGET_MS)), { priority: 'user-blocking', signal: stop.signal })
        .catch(() => undefined);
      cancel = () => stop.abort();
    } else if (when === 'idle' && typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => done(timedSlice(deadline)), {
        timeout: IDLE_TIMEOUT_MS,
      });
      cancel = () => cancelIdleCallback(id);
    } else {
      const budget = when === 'soon' ? SOON_BUDGET_MS : FALLBACK_BUDGET_MS;
      const id = setTimeout(() => done(budgetSlice(budget)), 0);
      cancel = () => clearTimeout(id);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A timed-out idle callback reports 0 ms remaining; it still gets a short budget of its own, or a page that
 * is never idle would get one unit of work per timeout.
 */
function timedSlice(deadline: IdleDeadline): Slice {
  if (!deadline.didTimeout) return deadline;
  return budgetSlice(FALLBACK_BUDGET_MS);
}

export function budgetSlice(budgetMs: number): Slice {
  const end = performance.now() + budgetMs;
  return { timeRemaining: () => Math.max(0, end - performance.now()) };
}

export function abortError(): DOMException {
  return new DOMException('Sourcemark stopped this work: the page view ended.', 'AbortError');
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
