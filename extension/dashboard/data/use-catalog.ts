/**
 * This module loads every saved annotation into the dashboard's catalog and keeps it current. The newest
 * come first, so the list shows at once in its usual order while the rest is read in chunks (with
 * progress, and a new picture every few chunks). Then a `liveQuery` on the table wakes it when anything changes — here, in the service worker
 * (the content script's writes) or in another extension page — and only what changed is read again.
 */
import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../../src/model/annotation';
import type { SourcemarkDb } from '../../../src/store/db';
import { Catalog } from './catalog';
import { messageOf } from '../../../src/messaging/result';

/** The newest annotations, read first so the list can show them at once. */
const FIRST = 1_000;
const CHUNK = 5_000;
/** Views derive everything again after this many chunks, not after each. */
const CHUNKS_PER_RENDER = 4;

export const CATALOG_MEASURE = 'sourcemark:catalog-load';
/** Building the in-memory text index, after the load (searches use the store's index meanwhile). */
export const TEXT_INDEX_MEASURE = 'sourcemark:text-index';
/** From the start to the newest annotations in the catalog, ready to show. */
export const CATALOG_FIRST_MEASURE = 'sourcemark:catalog-first';

export interface CatalogState {
  readonly catalog: Catalog;
  /** The catalog's version when last rendered: a new value means "derive again". */
  readonly version: number;
  /** While the first load runs: how many annotations are read of how many (the catalog fills meanwhile). */
  readonly progress: { readonly loaded: number; readonly total: number } | null;
  /** How long the first load took, in milliseconds. */
  readonly loadMs: number | null;
  readonly error: string | null;
  /** Call after changing the catalog directly (after the page's own writes) to render the change. */
  readonly changed: () => void;
  /** Reads everything again (after an import, which may bring back older versions). */
  readonly reload: () => Promise<void>;
}

async function loadAll(
  db: SourcemarkDb,
  catalog: Catalog,
  onProgress: (loaded: number, total: number, render: boolean) => void,
): Promise<void> {
  const total = await db.annotations.count();
  catalog.upsert(await db.annotations.orderBy('updated').reverse().limit(FIRST).toArray());
  onProgress(catalog.size, total, true);
  let last: string | null = null;
  for (let chunks = 1; ; chunks++) {
    const chunk: Annotation[] =
      last === null
        ? await db.annotations.orderBy(':id').limit(CHUNK).toArray()
        : await db.annotations.where(':id').above(last).limit(CHUNK).toArray();
    if (chunk.length === 0) break;
    // The newest, read first, come again here: upsert leaves them as they are.
    catalog.upsert(chunk);
    last = chunk[chunk.length - 1]?.id ?? null;
    onProgress(catalog.size, Math.max(total, catalog.size), chunks % CHUNKS_PER_RENDER === 0);
    if (chunk.length < CHUNK) break;
  }
}

/**
 * Brings the catalog up to date with the database: what was saved since the newest annotation known,
 * then, if the counts still differ (deletions, imports of older records), a comparison of all ids.
 */
export async function syncCatalog(db: SourcemarkDb, catalog: Catalog): Promise<boolean> {
  const recent = await db.annotations.where('updated').aboveOrEqual(catalog.maxUpdated).toArray();
  let changed = catalog.upsert(recent);
  const count = await db.annotations.count();
  if (count === catalog.size) return changed;
  const stored = new Set(await db.annotations.toCollection().primaryKeys());
  const gone = [...catalog.ids()].filter((id) => !stored.has(id));
  changed = catalog.remove(gone) || changed;
  const missing = [...stored].filter((id) => !catalog.has(id));
  const added = (await db.annotations.bulkGet(missing)).filter((a): a is Annotation => !!a);
  return catalog.upsert(added) || changed;
}

export function useCatalog(db: SourcemarkDb): CatalogState {
  const catalog = useMemo(() => new Catalog(), [db]);
  const [version, setVersion] = useState(0);
  const [progress, setProgress] = useState<CatalogState['progress']>({ loaded: 0, total: 0 });
  const [loadMs, setLoadMs] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let syncing = Promise.resolve();
    let subscription: { unsubscribe(): void } | null = null;
    const started = performance.now();
    const sync = () => {
      syncing = syncing
        .then(async () => {
          if (!stopped && (await syncCatalog(db, catalog))) setVersion(catalog.version);
        })
        .catch((e: unknown) => setError(messageOf(e)));
    };
    let first = true;
    const onProgress = (loaded: number, total: number, render: boolean) => {
      if (stopped) return;
      if (first) performance.measure(CATALOG_FIRST_MEASURE, { start: started, end: performance.now() });
      first = false;
      setProgress({ loaded, total });
      if (render) setVersion(catalog.version);
    };
    loadAll(db, catalog, onProgress)
      .then(() => {
        if (stopped) return;
        const end = performance.now();
        performance.measure(CATALOG_MEASURE, { start: started, end, detail: { annotations: catalog.size } });
        setLoadMs(end - started);
        setProgress(null);
        setVersion(catalog.version);
        const indexing = performance.now();
        void catalog
          .indexText(() => stopped)
          .then(() => {
            if (!stopped)
              performance.measure(TEXT_INDEX_MEASURE, { start: indexing, end: performance.now() });
          });
        // Any write to the table re-runs this query, and the sync reads what changed.
        subscription = liveQuery(() => db.annotations.count()).subscribe({
          next: sync,
          error: (e: unknown) => setError(messageOf(e)),
        });
      })
      .catch((e: unknown) => setError(messageOf(e)));
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [db, catalog]);

  const reload = async () => {
    const fresh = new Catalog();
    await loadAll(db, fresh, () => undefined);
    catalog.clear();
    catalog.upsert([...fresh.sorted('updated')].map((entry) => entry.annotation));
    setVersion(catalog.version);
    await catalog.indexText();
  };

  return { catalog, version, progress, loadMs, error, changed: () => setVersion(catalog.version), reload };
}
