/**
 * This module filters the catalog: the dashboard's filters (tag, kind, stance, site, source, date range,
 * anchoring status) combined with the ids a full-text search matched. The result keeps the catalog's
 * sort order, so a filter never needs a new sort.
 */
import type { AnchorStatus, AnnotationKind } from '../../../src/model/annotation';
import type { Stance } from '../../../src/model/attribution';
import type { Entry } from './catalog';

export interface Filters {
  readonly text: string;
  readonly tag: string;
  readonly kind: AnnotationKind | '';
  readonly stance: Stance | 'none' | '';
  readonly site: string;
  /** One page's URL, "" for any page. */
  readonly page: string;
  /** A source key (see `sourceKey`), "" for any source. */
  readonly source: string;
  /** Saved on or after this day (yyyy-mm-dd, local time), "" for no bound. */
  readonly from: string;
  /** Saved on or before this day (yyyy-mm-dd, local time), "" for no bound. */
  readonly to: string;
  readonly anchor: AnchorStatus | '';
}

export const NO_FILTERS: Filters = {
  text: '',
  tag: '',
  kind: '',
  stance: '',
  site: '',
  page: '',
  source: '',
  from: '',
  to: '',
  anchor: '',
};

/** How many filters other than the text are set, for "3 filters" badges and "clear filters". */
export function activeFilterCount(filters: Filters): number {
  const { text: _text, ...rest } = filters;
  return Object.values(rest).filter((value) => value !== '').length;
}

/** Midnight at the start of a yyyy-mm-dd day in local time, or null for "" or a malformed day. */
export function dayStart(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const time = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(time) ? null : time;
}

const DAY = 24 * 60 * 60 * 1000;

/** The keys a source filter matches: the key itself, and the other names of a source the reader noted. */
export type SourceKeys = (key: string) => ReadonlySet<string>;

const justTheKey: SourceKeys = (key) => new Set([key]);

/** A predicate for every filter but the text; null when no filter is set. */
export function entryPredicate(
  filters: Filters,
  sourceKeys: SourceKeys = justTheKey,
): ((entry: Entry) => boolean) | null {
  const tests: ((entry: Entry) => boolean)[] = [];
  const { tag, kind, stance, site, page, source, anchor } = filters;
  if (tag) tests.push((e) => e.annotation.tags.includes(tag));
  if (kind) tests.push((e) => e.annotation.kind === kind);
  if (stance === 'none') tests.push((e) => e.annotation.stance === null);
  else if (stance) tests.push((e) => e.annotation.stance === stance);
  if (site) tests.push((e) => e.site === site);
  if (page) tests.push((e) => e.annotation.pageUrl === page);
  if (source) {
    const keys = sourceKeys(source);
    tests.push((e) => keys.has(e.sourceKey));
  }
  if (anchor) tests.push((e) => e.annotation.anchor === anchor);
  const from = dayStart(filters.from);
  // The "to" day is included: everything before the next midnight.
  const toDay = dayStart(filters.to);
  const to = toDay === null ? null : toDay + DAY;
  if (from !== null) tests.push((e) => e.annotation.created >= from);
  if (to !== null) tests.push((e) => e.annotation.created < to);
  if (tests.length === 0) return null;
  return (entry) => tests.every((test) => test(entry));
}

/** The entries of `sorted` that pass the filters and, when `textIds` is given, matched the search. */
export function applyFilters(
  sorted: readonly Entry[],
  filters: Filters,
  textIds: ReadonlySet<string> | null,
  sourceKeys?: SourceKeys,
): readonly Entry[] {
  const predicate = entryPredicate(filters, sourceKeys);
  if (!predicate && !textIds) return sorted;
  const out: Entry[] = [];
  for (const entry of sorted) {
    if (textIds && !textIds.has(entry.annotation.id)) continue;
    if (predicate && !predicate(entry)) continue;
    out.push(entry);
  }
  return out;
}
