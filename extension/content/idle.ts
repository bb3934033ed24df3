/**
 * This module hands out slices of idle time, so that work on a large page is split into tasks the page never
 * notices: `requestIdleCallback` where the browser has it (its deadline is at most 50 ms), otherwise a zero
 * timeout with a short budget of our own. A `timeout` keeps the work going on pages that are never idle.
 */

export interface Slice {
  /** Milliseconds left in this slice. */
  timeRemaining(): number;
}

/** A slice's budget where the browser cannot tell us (no requestIdleCallback). */
const FALLBACK_BUDGET_MS = 12;
/** After this long without an idle period, the browser runs our callback anyway. */
const IDLE_TIMEOUT_MS = 150;

export function nextSlice(signal?: AbortSignal): Promise<Slice> {
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
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => done(timedSlice(deadline)), {
        timeout: IDLE_TIMEOUT_MS,
      });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => done(budgetSlice(FALLBACK_BUDGET_MS)), 0);
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
