/**
 * This module counts what the pictures draw: per source, its claims split into asserted, denied and
 * disputed (each claim in one part: a claim tagged Disputed counts as disputed, whatever its stance);
 * and annotations saved per week (weeks start on Monday, local time).
 */
import type { Catalog } from './catalog';
import { NO_ALIASES, type SourceAliases } from './source-aliases';

export interface SourceBar {
  readonly key: string;
  readonly name: string;
  readonly asserted: number;
  readonly denied: number;
  readonly disputed: number;
  readonly total: number;
}

export function sourceBars(
  catalog: Catalog,
  limit: number,
  aliases: SourceAliases = NO_ALIASES,
): SourceBar[] {
  const bars = new Map<string, { name: string; asserted: number; denied: number; disputed: number }>();
  for (const { annotation: a, sourceKey: cited } of catalog.sorted('updated')) {
    if (!cited || !a.sourceName) continue;
    const sourceKey = aliases.canonical(cited);
    const bar = bars.get(sourceKey) ?? {
      name: aliases.nameOf(sourceKey) ?? a.sourceName,
      asserted: 0,
      denied: 0,
      disputed: 0,
    };
    if (a.tags.includes('disputed')) bar.disputed++;
    else if (a.stance === 'deny' || a.kind === 'denial') bar.denied++;
    else if (a.stance === 'assert' || a.kind === 'claim') bar.asserted++;
    bars.set(sourceKey, bar);
  }
  return [...bars]
    .map(([key, bar]) => ({ key, ...bar, total: bar.asserted + bar.denied + bar.disputed }))
    .filter((bar) => bar.total > 0)
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name))
    .slice(0, limit);
}

export interface WeekCount {
  /** Monday 00:00 local time. */
  readonly start: number;
  readonly count: number;
}

export function weekStart(time: number): number {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  // getDay(): 0 is Sunday; Monday starts the week.
  day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** The last `weeks` weeks up to the one holding `now`, oldest first, each with its count (0 included). */
export function annotationsPerWeek(catalog: Catalog, weeks: number, now: number): WeekCount[] {
  const starts: number[] = [];
  let start = weekStart(now);
  for (let i = 0; i < weeks; i++) {
    starts.unshift(start);
    // Step back by a week through the calendar, so daylight-saving changes do not shift the boundary.
    const previous = new Date(start);
    previous.setDate(previous.getDate() - 7);
    start = previous.getTime();
  }
  const counts = new Map(starts.map((s) => [s, 0]));
  const first = starts[0] ?? 0;
  for (const { annotation } of catalog.sorted('updated')) {
    if (annotation.created < first) continue;
    const week = weekStart(annotation.created);
    const known = counts.get(week);
    if (known !== undefined) counts.set(week, known + 1);
  }
  return starts.map((s) => ({ start: s, count: counts.get(s) ?? 0 }));
}
