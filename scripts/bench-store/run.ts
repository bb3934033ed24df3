/**
 * This module is the store benchmark itself, the same in Node (fake-indexeddb) and in Chromium (real
 * IndexedDB): it fills a database with generated annotations, then times the operations the issue sets
 * targets for and returns every sample, so the caller prints medians.
 */
import { serializeBackup } from '../../src/formats/backup';
import { toW3CCollection } from '../../src/formats/w3c-export';
import { annotationsForPage, deleteAnnotations } from '../../src/store/annotations';
import type { SourcemarkDb } from '../../src/store/db';
import { readSnapshot } from '../../src/store/export';
import { applySnapshot } from '../../src/store/import';
import { readImportText } from '../../src/formats/read-file';
import { importFileText } from '../../src/store/import-file';
import { searchAnnotations } from '../../src/store/search';
import type { Snapshot } from '../../src/store/snapshot';
import { generateSnapshot, random, vocabulary } from './workload';

export interface BenchOptions {
  readonly annotations: number;
  readonly pages: number;
  readonly importSize: number;
  readonly runs: number;
}

export interface BenchResult {
  readonly environment: string;
  /** Samples in milliseconds (wall clock), by operation. */
  readonly samples: Record<string, number[]>;
  /** The same operations' CPU time in milliseconds, where the environment can tell (Node). */
  readonly cpuSamples: Record<string, number[]>;
  /** Facts worth printing beside the times. */
  readonly facts: Record<string, number | string>;
}

const now = () => performance.now();

/**
 * Milliseconds of CPU used so far (Node: this process; Chromium: all its processes, read from /proc by
 * the runner): on a shared machine it shows the work without the waiting for a core.
 */
export type CpuClock = () => number | Promise<number>;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/**
 * What the IndexedDB underneath costs per operation, without Sourcemark or Dexie: 10,000 puts of tiny
 * records in one transaction, then reading them back. It tells the environment's speed from the code's.
 */
async function calibrate(
  factory: IDBFactory,
  timed: <T>(name: string, work: () => Promise<T>) => Promise<T>,
) {
  const opening = factory.open('sourcemark-bench-calibration', 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore('s', { keyPath: 'id' });
  const raw = await request(opening);
  await timed('calibration: raw IndexedDB, 10,000 tiny puts', async () => {
    const tx = raw.transaction('s', 'readwrite');
    const store = tx.objectStore('s');
    for (let i = 0; i < 10_000; i++) store.put({ id: `k${i}`, n: i });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  });
  await timed('calibration: raw IndexedDB, getAll of them', () =>
    request(raw.transaction('s').objectStore('s').getAll()),
  );
  raw.close();
  await request(factory.deleteDatabase('sourcemark-bench-calibration'));
}

export async function runStoreBench(
  db: SourcemarkDb,
  environment: string,
  options: BenchOptions,
  log: (line: string) => void,
  cpuClock: CpuClock | null = null,
  factory: IDBFactory | null = null,
): Promise<BenchResult> {
  const samples: Record<string, number[]> = {};
  const cpuSamples: Record<string, number[]> = {};
  const facts: Record<string, number | string> = {};
  const sample = (name: string) => (samples[name] ??= []);
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const cpuStart = (await cpuClock?.()) ?? 0;
    const start = now();
    const result = await work();
    sample(name).push(now() - start);
    if (cpuClock) (cpuSamples[name] ??= []).push((await cpuClock()) - cpuStart);
    return result;
  };
  if (factory) await calibrate(factory, timed);
  const vocab = vocabulary(20_000, random(1));
  const data = generateSnapshot(
    { annotations: options.annotations, pages: options.pages, seed: 2, idPrefix: 'bench' },
    vocab,
  );

  // Load in slices of 10,000, as a reader's database grows (each slice one transaction).
  const loadStart = now();
  for (let from = 0; from < data.annotations.length; from += 10_000) {
    const slice: Snapshot = {
      ...data,
      annotations: data.annotations.slice(from, from + 10_000),
      pages: from === 0 ? data.pages : [],
    };
    await applySnapshot(db, slice);
    log(
      `  loaded ${Math.min(from + 10_000, data.annotations.length)} annotations (${((now() - loadStart) / 1000).toFixed(1)} s)`,
    );
  }
  facts['load all (s)'] = Number(((now() - loadStart) / 1000).toFixed(1));
  facts.annotations = await db.annotations.count();
  facts['posting rows'] = await db.termPostings.count();

  const rand = random(3);
  for (let i = 0; i < 50; i++) {
    const page = data.pages[Math.floor(rand() * data.pages.length)];
    if (page) await timed("one page's annotations", () => annotationsForPage(db, page.url));
  }

  // Queries by how common their words are (Zipf rank in the generated vocabulary), as a reader might type.
  const word = (rank: number) => vocab.words[rank] ?? 'x';
  const queries: Record<string, string> = {
    'search: rare word': word(9_000),
    'search: uncommon word': word(800),
    'search: common word': word(40),
    'search: most common content word': word(0),
    // "said" is generated as a function word but is not a stopword: it is in about a quarter of the quotes.
    'search: very common word ("said")': 'said',
    'search: two words': `${word(60)} ${word(300)}`,
    'search: word beginning (3 letters)': word(150).slice(0, 3),
    'search: source name': data.annotations.find((a) => a.sourceName)?.sourceName?.split(' ')[0] ?? word(5),
  };
  for (let run = 0; run < options.runs; run++) {
    for (const [name, query] of Object.entries(queries)) {
      const result = await timed(name, () => searchAnnotations(db, query, { limit: 50 }));
      await timed('full-text search (all queries)', () => searchAnnotations(db, query, { limit: 50 }));
      facts[`${name} → matches`] = result.total;
    }
  }

  for (let run = 0; run < options.runs; run++) {
    const text = await timed('export everything (backup JSON)', async () =>
      serializeBackup(await readSnapshot(db), Date.now()),
    );
    facts['backup size (MB)'] = Number((text.length / 1e6).toFixed(1));
  }
  await timed('export everything (W3C JSON-LD)', async () =>
    JSON.stringify(toW3CCollection((await readSnapshot(db)).annotations)),
  );

  for (let run = 0; run < options.runs; run++) {
    const incoming = generateSnapshot(
      {
        annotations: options.importSize,
        pages: Math.max(1, options.importSize / 20),
        seed: 100 + run,
        idPrefix: `import${run}`,
      },
      vocab,
    );
    const file = serializeBackup(incoming, Date.now());
    // The reading and checking alone (nothing written), to tell it from the writing in the total.
    await timed(`import ${options.importSize}: read and check only`, async () => readImportText(file));
    const outcome = await timed(`import ${options.importSize} (read, check, write)`, () =>
      importFileText(db, file),
    );
    facts[`import ${options.importSize} → added`] = outcome.summary.annotations.added;
    // Back to the same size for the next run (not timed).
    await deleteAnnotations(
      db,
      incoming.annotations.map((a) => a.id),
    );
    log(
      `  import run ${run + 1}: ${sample(`import ${options.importSize} (read, check, write)`).at(-1)?.toFixed(0)} ms`,
    );
  }
  return { environment, samples, cpuSamples, facts };
}
