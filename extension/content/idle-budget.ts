/**
 * This module lets a chain of work steps share idle time: before each step, `ensure(ms)` waits for a fresh
 * idle slice unless the current one still has room for the step's estimated cost. Small pages thus finish
 * in one slice; large ones spread over several, each task staying well under 50 ms.
 */
import { nextSlice, type Slice } from './idle';

/** Time worth starting a pausable step in (ms): less and the step would pause before it did anything. */
const MIN_STEP_MS = 3;

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

  /**
   * Runs work that can pause: `step` is called with the time left in the current slice, works until that
   * runs out, and returns whether it is done; each further call gets a fresh slice of its own.
   */
  async run(step: (timeLeft: () => number) => boolean): Promise<void> {
    for (;;) {
      const slice = await this.room(MIN_STEP_MS);
      if (step(() => slice.timeRemaining())) return;
      // The step used the slice up: the next one waits for a fresh slice.
      this.slice = null;
    }
  }

  /** Resolves when at least `ms` (capped at a slice's ordinary length) can be spent without a long task. */
  async ensure(ms: number): Promise<void> {
    await this.room(ms);
  }

  /** The current slice if it has room for `ms` (capped as above), else the next one. */
  private async room(ms: number): Promise<Slice> {
    const need = Math.min(ms, 15);
    if (this.slice && this.slice.timeRemaining() >= need) return this.slice;
    const slice = await nextSlice(this.signal, this.when);
    this.slice = slice;
    this.slices++;
    return slice;
  }
}
