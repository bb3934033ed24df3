/**
 * This module groups annotations for the "Disputed claims" view: by the source that made the claim, or by
 * the page it is on, largest groups first.
 */
import type { Page } from '../../../src/model/page';
import type { Entry } from './catalog';
import { NO_ALIASES, type SourceAliases } from './source-aliases';

export interface Group {
  readonly key: string;
  readonly label: string;
  /** A second line: the site of a page. */
  readonly detail: string;
  readonly entries: readonly Entry[];
  readonly asserted: number;
  readonly denied: number;
}

export type GroupBy = 'source' | 'page';

export const NO_SOURCE = '';

export function groupEntries(
  entries: readonly Entry[],
  by: GroupBy,
  pages: ReadonlyMap<string, Page>,
  aliases: SourceAliases = NO_ALIASES,
): Group[] {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = by === 'source' ? aliases.canonical(entry.sourceKey) : entry.annotation.pageUrl;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups]
    .map(([key, list]) => {
      const label =
        by === 'source'
          ? key === NO_SOURCE
            ? 'No source named'
            : (aliases.nameOf(key) ?? mostCommon(list.map((e) => e.annotation.sourceName ?? key)))
          : pages.get(key)?.title || key;
      return {
        key,
        label,
        detail: by === 'page' ? (list[0]?.site ?? '') : '',
        entries: list,
        asserted: list.filter((e) => e.annotation.stance === 'assert').length,
        denied: list.filter((e) => e.annotation.stance === 'deny' || e.annotation.kind === 'denial').length,
      };
    })
    .sort((a, b) => b.entries.length - a.entries.length || a.label.localeCompare(b.label));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  let best = values[0] ?? '';
  let bestCount = 0;
  for (const value of values) {
    const n = (counts.get(value) ?? 0) + 1;
    counts.set(value, n);
    if (n > bestCount) [best, bestCount] = [value, n];
  }
  return best;
}
