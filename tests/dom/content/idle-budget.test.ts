/**
 * The idle budget: work steps share a slice of time while it has room, and wait for a new one when it has
 * not; the content script's first task is spent before any slice is waited for.
 */
import { describe, expect, it } from 'vitest';
import { budgetSlice } from '../../../extension/content/idle';
import { IdleBudget } from '../../../extension/content/idle-budget';

describe('an idle budget', () => {
  it('spends the task it starts in first, while that has room for the step', async () => {
    const budget = new IdleBudget(undefined, 'soon', budgetSlice(1000));
    await budget.ensure(10);
    await budget.ensure(10);
    expect(budget.slices).toBe(0);
  });

  it('waits for a slice of its own when the first task has no room left', async () => {
    const budget = new IdleBudget(undefined, 'soon', budgetSlice(0));
    await budget.ensure(5);
    expect(budget.slices).toBe(1);
  });

  it('waits for a slice before its first step when it starts without one', async () => {
    const budget = new IdleBudget(undefined, 'soon');
    await budget.ensure(1);
    expect(budget.slices).toBe(1);
  });

  it('waits for a slice of its own after giving up the rest of the current one', async () => {
    const budget = new IdleBudget(undefined, 'soon', budgetSlice(1000));
    await budget.ensure(5);
    budget.endSlice();
    await budget.ensure(5);
    expect(budget.slices).toBe(1);
  });

  it('stops waiting when its work is called off', async () => {
    const stop = new AbortController();
    const budget = new IdleBudget(stop.signal, 'idle', budgetSlice(0));
    const waiting = budget.ensure(5);
    stop.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });
});
