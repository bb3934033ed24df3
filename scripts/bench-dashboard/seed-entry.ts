/**
 * The dashboard benchmark's seeding script: bundled by scripts/bench-dashboard.mjs and run inside the
 * extension's dashboard page (so it writes the extension's own IndexedDB), it stores the store benchmark's
 * generated annotations in slices of 10,000 and names the queries to time, by how common their words are.
 */
import { SourcemarkDb } from '../../src/store/db';
import { applySnapshot } from '../../src/store/import';
import { generateSnapshot, random, vocabulary } from '../bench-store/workload';

export interface SeedResult {
  readonly annotations: number;
  readonly seconds: number;
  readonly queries: Record<string, string>;
}

declare global {
  interface Window {
    seedSourcemark(options: { annotations: number; pages: number }): Promise<SeedResult>;
  }
}

window.seedSourcemark = async ({ annotations, pages }) => {
  const start = performance.now();
  const db = new SourcemarkDb();
  const vocab = vocabulary(20_000, random(1));
  // Recent times, so the per-week picture has something to draw.
  const startTime = Date.now() - 120 * 24 * 60 * 60 * 1000;
  const data = generateSnapshot({ annotations, pages, seed: 2, idPrefix: 'bench', startTime }, vocab);
  for (let from = 0; from < data.annotations.length; from += 10_000) {
    await applySnapshot(db, {
      ...data,
      annotations: data.annotations.slice(from, from + 10_000),
      pages: from === 0 ? data.pages : [],
    });
  }
  const count = await db.annotations.count();
  db.close();
  const word = (rank: number) => vocab.words[rank] ?? 'x';
  return {
    annotations: count,
    seconds: (performance.now() - start) / 1000,
    queries: {
      'rare word': word(9_000),
      'uncommon word': word(800),
      'common word': word(40),
      'most common content word': word(0),
      'very common word ("said")': 'said',
      'two words': `${word(60)} ${word(300)}`,
      'word beginning (3 letters)': word(150).slice(0, 3),
      'source name': data.annotations.find((a) => a.sourceName)?.sourceName?.split(' ')[0] ?? word(5),
    },
  };
};
