/**
 * This module runs the dashboard's query: the full-text search (when there is text: in the catalog's
 * in-memory index, or the store's index while that is being built), then the filters over the catalog in
 * the chosen order. Each run is timed (a `performance.measure`
 * named "sourcemark:search", and the figure shown beside the results).
 */
import { useEffect, useState } from 'preact/hooks';
import { searchAnnotationIds } from '../../../src/store/annotation-ids';
import type { SourcemarkDb } from '../../../src/store/db';
import type { Catalog, Entry, SortOrder } from './catalog';
import { applyFilters, type Filters, type SourceKeys } from './filters';

export interface Results {
  readonly entries: readonly Entry[];
  /** Query words left out of the search (too short or too common). */
  readonly ignored: readonly string[];
  /** How long the query took, in milliseconds. */
  readonly ms: number | null;
  readonly error: string | null;
}

export const SEARCH_MEASURE = 'sourcemark:search';

/** Below one match in this many annotations, the matches are sorted on their own. */
const FEW_RATIO = 8;

export function useResults(
  db: SourcemarkDb,
  catalog: Catalog,
  version: number,
  filters: Filters,
  order: SortOrder,
  sourceKeys?: SourceKeys,
): Results {
  const [results, setResults] = useState<Results>({ entries: [], ignored: [], ms: null, error: null });

  useEffect(() => {
    let current = true;
    const start = performance.now();
    const text = filters.text.trim();
    const finish = (textIds: ReadonlySet<string> | null, ignored: readonly string[]) => {
      if (!current) return;
      // A search that matched few: sort those few rather than walk the whole sorted list.
      const few = textIds !== null && textIds.size * FEW_RATIO < catalog.size;
      const entries = few
        ? applyFilters(catalog.sortedSubset(textIds, order), filters, null, sourceKeys)
        : applyFilters(catalog.sorted(order), filters, textIds, sourceKeys);
      const end = performance.now();
      if (text) performance.measure(SEARCH_MEASURE, { start, end, detail: { query: text } });
      setResults({ entries, ignored, ms: end - start, error: null });
    };
    if (!text) {
      finish(null, []);
    } else {
      // The in-memory index once it is built; the store's index until then.
      const search = catalog.text.ready
        ? Promise.resolve(catalog.text.search(text))
        : searchAnnotationIds(db, text);
      search
        .then(({ ids, ignored }) => finish(ids, ignored))
        .catch((error: unknown) => {
          if (current) setResults((r) => ({ ...r, error: `Search failed: ${String(error)}` }));
        });
    }
    return () => {
      current = false;
    };
    // `version` stands for the catalog's contents.
  }, [db, catalog, version, filters, order, sourceKeys]);

  return results;
}
