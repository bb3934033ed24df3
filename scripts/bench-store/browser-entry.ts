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
    );
  } finally {
    db.close();
    await db.delete();
  }
};
