/**
 * This module lets a chain of work steps share idle time: before each step, `ensure(ms)` waits for a fresh
 * idle slice unless the current one still has room for the step's estimated cost. Small pages thus finish
 * in one slice; large ones spread over several, each task staying well under 50 ms. The first slice may be
 * the content script's own first task: a browser has no idle time before the page's first frame, and
 * waiting for it would delay every page by a frame or more.
 */
import { nextSlice, type Slice } from './idle';

export class IdleBudget {
  private slice: Slice | null = null;
  /** How many slices this budget has waited for (the benchmark reports it). */
  slices = 0;

  /** `initial`: time that may be spent at once, before the first wait (the content script's first task). */
  constructor(
    private readonly signal?: AbortSignal,
    initial?: Slice,
  ) {
    this.slice = initial ?? null;
  }

  /** Resolves when at least `ms` (capped at a slice's ordinary length) can be spent without a long task. */
  async ensure(ms: number): Promise<void> {
    const need = Math.min(ms, 25);
    if (this.slice && this.slice.timeRemaining() >= need) return;
    this.slice = await nextSlice(this.signal);
    this.slices++;
  }

  /** Gives the rest of the current slice back, e.g. after the page was changed. */
  release(): void {
    this.slice = null;
  }
}
