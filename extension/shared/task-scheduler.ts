/**
 * This module gives the browser's prioritized task scheduler (`scheduler.postTask`), where it has one
 * (Chromium's pages and workers): the content script runs its first slices ahead of the page's tasks with
 * it, the service worker its engine warm-up behind everything else.
 */

export interface TaskScheduler {
  postTask(
    callback: () => void,
    options: { priority: 'user-blocking' | 'user-visible' | 'background'; signal?: AbortSignal },
  ): Promise<unknown>;
}

/** The global `scheduler`, or null where the browser has none (callers then fall back to `setTimeout`). */
export function taskScheduler(): TaskScheduler | null {
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  return typeof scheduler?.postTask === 'function' ? (scheduler as TaskScheduler) : null;
}
