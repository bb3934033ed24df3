/** The store benchmark in Node, on fake-indexeddb (an in-memory IndexedDB written in JavaScript). */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SourcemarkDb } from '../../src/store/db';
import { runStoreBench, type BenchOptions, type BenchResult } from './run';

export async function runInNode(options: BenchOptions, log: (line: string) => void): Promise<BenchResult> {
  const factory = new IDBFactory();
  const db = new SourcemarkDb('sourcemark-bench', { indexedDB: factory, IDBKeyRange });
  try {
    const cpu = () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    };
    return await runStoreBench(db, `Node ${process.version} (fake-indexeddb)`, options, log, cpu, factory);
  } finally {
    db.close();
  }
}
