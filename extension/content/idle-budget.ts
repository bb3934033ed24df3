/**
 * This module lets a chain of work steps share idle time: before each step, `ensure(ms)` waits for a fresh
 * idle slice unless the current one still has room for the step's estimated cost. Small pages thus finish
 * in one slice; large ones spread over several, each task staying well under 50 ms.
 */
import { nextSlice, type Slice } from './idle';

export class IdleBudget {
  private slice: Slice | null;
  /** How many slices this budget has waited for (the benchmark reports it). */
  slices = 0;

  /**
   * `when`: 'soon' for the page's first analysis (each slice a short task of its own, queued at once: the
   * reader is waiting for the highlights), 'idle' for work that can wait (the page changed later).
   * `first`: time left in the task that creates the budget, spent before any slice is waited for (the
   * content script's own first task: a task boundary there costs more than the work on a small page).
   */
  constructor(
    private readonly signal?: AbortSignal,
    private readonly when: 'soon' | 'idle' = 'idle',
    first?: Slice,
  ) {
    this.slice = first ?? null;
  }

  /** Gives up what is left of the current slice: the next step waits for a slice of its own. */
  endSlice(): void {
    this.slice = null;
  }

  /** Resolves when at least `ms` (capped at a slice's ordinary length) can be spent without a long task. */
  async ensure(ms: number): Promise<void> {
    const need = Math.min(ms, 15);
    if (this.slice && this.slice.timeRemaining() >= need) return;
    this.slice = await nextSlice(this.signal, this.when);
    this.slices++;
  }
}
