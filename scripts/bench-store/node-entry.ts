/** The store benchmark in Node, on fake-indexeddb (an in-memory IndexedDB written in JavaScript). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SourcemarkDb } from '../../src/store/db';
import { runStoreBench, type BenchOptions, type BenchResult } from './run';

export async function runInNode(options: BenchOptions, log: (line: string) => void): Promise<BenchResult> {
  const db = new SourcemarkDb('sourcemark-bench', { indexedDB: new IDBFactory(), IDBKeyRange });
  try {
    return await runStoreBench(db, `Node ${process.version} (fake-indexeddb)`, options, log);
  } finally {
    db.close();
  }
}
