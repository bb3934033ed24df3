/**
 * This module records a Chromium performance trace of one page load through the DevTools protocol and
 * finds the main-thread tasks that ran the extension's code: a top-level task counts as Sourcemark's when
 * it evaluated or called into a script whose URL is the extension's (chrome-extension://…). Its duration
 * is the whole task's, so layout or style work that Sourcemark's code forced in that task counts too.
 * The exception is the page's own parsing task, in which the browser runs content scripts declared for
 * `document_start` (Sourcemark's wake-up hello): that task is the page's, and only the time of Sourcemark's
 * calls inside it is counted as Sourcemark's CPU.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  /** Thread (CPU) time of a complete event, µs: the wall time less the time the thread waited for a CPU. */
  readonly tdur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { data?: { url?: string; scriptName?: string; name?: string }; name?: string };
}

/** Light categories: top-level tasks, script evaluation and calls (with their URLs), User Timing marks. */
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'v8.execute'].join(',');

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReturnAsStream' });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle, size: 1 << 20 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** The trace time (µs) of a User Timing mark, e.g. Sourcemark's start. */
export function markTime(events: readonly TraceEvent[], name: string): number | null {
  const found = events.find(
    (e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'n' || e.ph === 'b'),
  );
  return found ? found.ts : null;
}

export interface TaskSummary {
  /** Longest top-level task that ran extension code (ms). */
  readonly longestOwnTask: number;
  /** How many of those exceeded 50 ms. */
  readonly ownLongTasks: number;
  /** The same tasks in CPU time: the longest, and how many used more than 50 ms of CPU. */
  readonly longestOwnTaskCpu: number;
  readonly ownLongTasksCpu: number;
  /** CPU time of Sourcemark's tasks from its first (the script's compile) to the window's end (ms). */
  readonly ownCpu: number;
  /** Longest top-level task of the page's main thread in the window, whoever ran it (ms). */
  readonly longestTaskInWindow: number;
}

/** A main-thread task, as the scheduler records it (the first under the light categories used here). */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

const isExtensionUrl = (url: string | undefined) => url?.startsWith('chrome-extension://') ?? false;

/** The HTML parser's work: a task holding it is the page's loading, whatever scripts ran inside it. */
const PARSING = 'ParseHTML';

/**
 * Sourcemark's tasks on the renderer main thread that ran them, between `fromUs` and `toUs` (trace clock).
 * The window bounds only the "whoever ran it" figure.
 */
export function summarizeTasks(
  events: readonly TraceEvent[],
  window?: { fromUs: number; toUs: number },
): TaskSummary {
  const ownCalls = events.filter(
    (e) =>
      (e.name === 'FunctionCall' ||
        e.name === 'EvaluateScript' ||
        e.name === 'v8.compile' ||
        e.name === 'v8.run') &&
      (isExtensionUrl(e.args?.data?.url) || isExtensionUrl(e.args?.data?.scriptName)),
  );
  const threads = new Set(ownCalls.map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter(
    (e) => TASK_EVENTS.has(e.name) && e.ph === 'X' && e.dur !== undefined && threads.has(`${e.pid}:${e.tid}`),
  );
  let longestOwnTask = 0;
  let ownLongTasks = 0;
  let longestOwnTaskCpu = 0;
  let ownLongTasksCpu = 0;
  let ownCpu = 0;
  let longestTaskInWindow = 0;
  const parsing = events.filter((e) => e.name === PARSING && e.ph === 'X');
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inTask = (e: TraceEvent) =>
      e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts <= end;
    const calls = ownCalls.filter(inTask);
    const own = calls.length > 0;
    const ms = (task.dur ?? 0) / 1000;
    if (own && parsing.some(inTask)) {
      if (!window || task.ts <= window.toUs) ownCpu += outermostCpu(calls);
    } else if (own) {
      const cpu = (task.tdur ?? task.dur ?? 0) / 1000;
      longestOwnTask = Math.max(longestOwnTask, ms);
      if (ms > 50) ownLongTasks++;
      longestOwnTaskCpu = Math.max(longestOwnTaskCpu, cpu);
      if (cpu > 50) ownLongTasksCpu++;
      if (!window || task.ts <= window.toUs) ownCpu += cpu;
    }
    if (window && end >= window.fromUs && task.ts <= window.toUs)
      longestTaskInWindow = Math.max(longestTaskInWindow, ms);
  }
  return { longestOwnTask, ownLongTasks, longestOwnTaskCpu, ownLongTasksCpu, ownCpu, longestTaskInWindow };
}

/** CPU time (ms) of the calls that are not inside another of them. */
function outermostCpu(calls: readonly TraceEvent[]): number {
  let ms = 0;
  let coveredUntil = -1;
  for (const call of [...calls].sort((a, b) => a.ts - b.ts)) {
    if (call.ts < coveredUntil) continue;
    coveredUntil = call.ts + (call.dur ?? 0);
    ms += (call.tdur ?? call.dur ?? 0) / 1000;
  }
  return ms;
}
