/** This module summarizes the page benchmark's runs: medians per page, and the table it prints. */
import type { RunResult } from './measure-page';

export interface PageRow {
  readonly page: string;
  /** Runs timed (no trace recording), and runs traced for the task figures. */
  readonly runs: number;
  readonly tracedRuns: number;
  /** Median ms from the content script's start to highlights painted (null: no highlights on this page). */
  readonly painted: number | null;
  /** Median ms to the first highlights (the article's opening, where painted ahead of the rest). */
  readonly firstPainted: number | null;
  readonly firstRatio: number | null;
  readonly noArticle: number | null;
  readonly floor: number;
  readonly ratio: number | null;
  readonly engine: number;
  readonly roundTrip: number;
  readonly article: number;
  /** Runs in which the article was found in the site's remembered container. */
  readonly remembered: number;
  readonly index: number;
  readonly map: number;
  readonly settings: number | null;
  readonly evaluated: number | null;
  readonly batches: number;
  readonly findings: number;
  /** Longest main-thread task running Sourcemark's code, over the traced runs (ms), and its median. */
  readonly longestTask: number;
  readonly medianLongestTask: number;
  readonly ownLongTasks: number;
  /** The same in CPU time (the task's thread time: wall time less waiting for a CPU). */
  readonly longestTaskCpu: number;
  readonly ownLongTasksCpu: number;
  /** Median CPU ms of Sourcemark's main-thread tasks up to the highlights painted (compile included). */
  readonly cpu: number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const present = (values: readonly (number | null)[]) => values.filter((v): v is number => v !== null);

const maxOf = (values: readonly number[]) => (values.length ? Math.max(...values) : Number.NaN);

/**
 * Medians of a page's runs: the times from `runs`, timed without a trace (recording one slowed Sourcemark's
 * steps by a fifth, 1.19× painted in an A/B run), the task figures from `traced`, recorded apart.
 */
export function summarize(page: string, runs: readonly RunResult[], traced: readonly RunResult[]): PageRow {
  const painted = present(runs.map((r) => r.painted));
  const noArticle = present(runs.map((r) => r.noArticle));
  const floor = median(runs.map((r) => r.floor));
  const paintedMedian = painted.length ? median(painted) : null;
  const first = present(runs.map((r) => r.firstPainted));
  const firstMedian = first.length ? median(first) : null;
  return {
    page,
    runs: runs.length,
    tracedRuns: traced.length,
    painted: paintedMedian,
    firstPainted: firstMedian,
    firstRatio: firstMedian !== null && floor > 0 ? firstMedian / floor : null,
    noArticle: noArticle.length ? median(noArticle) : null,
    floor,
    ratio: paintedMedian !== null && floor > 0 ? paintedMedian / floor : null,
    engine: median(runs.map((r) => r.engine)),
    roundTrip: median(runs.map((r) => r.roundTrip)),
    article: median(runs.map((r) => r.article)),
    remembered: runs.filter((r) => r.remembered).length,
    index: median(runs.map((r) => r.index)),
    map: median(runs.map((r) => r.map)),
    settings: present(runs.map((r) => r.settings)).length
      ? median(present(runs.map((r) => r.settings)))
      : null,
    evaluated: present(runs.map((r) => r.evaluated)).length
      ? median(present(runs.map((r) => r.evaluated)))
      : null,
    batches: median(runs.map((r) => r.batches)),
    findings: median(runs.map((r) => r.findings)),
    longestTask: maxOf(traced.map((r) => r.tasks.longestOwnTask)),
    medianLongestTask: median(traced.map((r) => r.tasks.longestOwnTask)),
    ownLongTasks: traced.reduce((sum, r) => sum + r.tasks.ownLongTasks, 0),
    longestTaskCpu: maxOf(traced.map((r) => r.tasks.longestOwnTaskCpu)),
    ownLongTasksCpu: traced.reduce((sum, r) => sum + r.tasks.ownLongTasksCpu, 0),
    cpu: median(traced.map((r) => r.tasks.ownCpu)),
  };
}

const fmt = (value: number | null, digits = 1) =>
  value === null || Number.isNaN(value) ? '—' : value.toFixed(digits);

export function formatTable(rows: readonly PageRow[]): string {
  const header = [
    'page',
    'painted ms',
    'CPU ms',
    'floor ms',
    'ratio',
    'first highlights ms (ratio)',
    'script eval ms',
    'engine ms (share)',
    'wait for worker ms',
    'article ms',
    'remembered',
    'index ms',
    'map ms',
    'settings at ms',
    'batches',
    'findings',
    'longest task ms (max / median)',
    'tasks > 50 ms',
    'longest task CPU ms',
    'tasks > 50 ms CPU',
  ];
  const lines = rows.map((r) => {
    const share = r.painted ? ` (${Math.round((100 * r.engine) / r.painted)}%)` : '';
    const painted = r.painted !== null ? fmt(r.painted) : `no article (${fmt(r.noArticle)})`;
    return [
      r.page,
      painted,
      fmt(r.cpu),
      fmt(r.floor, 2),
      r.ratio === null ? '—' : `${fmt(r.ratio)}×`,
      r.firstPainted === null ? '—' : `${fmt(r.firstPainted)} (${fmt(r.firstRatio)}×)`,
      fmt(r.evaluated),
      `${fmt(r.engine)}${share}`,
      fmt(r.roundTrip),
      fmt(r.article),
      `${r.remembered}/${r.runs}`,
      fmt(r.index),
      fmt(r.map),
      fmt(r.settings),
      String(r.batches),
      String(r.findings),
      `${fmt(r.longestTask)} / ${fmt(r.medianLongestTask)}`,
      r.tracedRuns ? String(r.ownLongTasks) : '—',
      fmt(r.longestTaskCpu),
      r.tracedRuns ? String(r.ownLongTasksCpu) : '—',
    ];
  });
  return markdownTable(header, lines);
}

/** A Markdown table, its columns padded to their widest cell. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const render = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [render(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(render)].join(
    '\n',
  );
}
