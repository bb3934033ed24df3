/**
 * The store benchmark's page script for Chromium: bundled by scripts/bench-store.mjs, it runs the same
 * benchmark as Node, on the browser's real IndexedDB, and hands the samples back to Playwright.
 */
import { SourcemarkDb } from '../../src/store/db';
import { runStoreBench, type BenchOptions, type BenchResult } from './run';

declare global {
  interface Window {
    runStoreBench(options: BenchOptions): Promise<BenchResult>;
    benchLog: string[];
    /** Set by the runner: CPU milliseconds of all of this browser's processes. */
    benchCpuMs?: () => Promise<number>;
  }
}

window.benchLog = [];
window.runStoreBench = async (options) => {
  const db = new SourcemarkDb(`sourcemark-bench-${Date.now()}`);
  try {
    return await runStoreBench(
      db,
      `Chromium ${navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''} (IndexedDB)`,
      options,
      (line) => window.benchLog.push(line),
      window.benchCpuMs ?? null,
      indexedDB,
    );
  } finally {
    db.close();
    await db.delete();
  }
};
