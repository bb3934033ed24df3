/** Test helpers for the store: a private in-memory database, a clock that ticks, drafts and annotations. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Annotation } from '../../../src/model/annotation';
import type { AnnotationDraft } from '../../../src/model/schemas';
import type { Clock } from '../../../src/store/annotations';
import { SourcemarkDb } from '../../../src/store/db';
import { postedKeys } from '../../../src/store/term-postings';

export function dexieOptions() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

/** A database of its own (a fresh fake IndexedDB), so tests never share state. */
export function freshDb(options = dexieOptions()): SourcemarkDb {
  return new SourcemarkDb('sourcemark-test', options);
}

/** A clock starting at `start` that advances one second per reading; ids a-1, a-2, … */
export function tickingClock(start = Date.UTC(2026, 0, 5, 9), prefix = 'a'): Clock & { time: number } {
  let n = 0;
  const clock = {
    time: start,
    now: () => (clock.time += 1000),
    newId: () => `${prefix}-${++n}`,
  };
  return clock;
}

export function draft(overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return {
    pageUrl: 'https://news.example/story',
    pageTitle: 'A story',
    target: {
      quote: {
        type: 'TextQuoteSelector',
        exact: 'the harbour will reopen',
        prefix: 'said ',
        suffix: ' next week',
      },
      position: { type: 'TextPositionSelector', start: 100, end: 123 },
    },
    kind: 'claim',
    tags: [],
    note: '',
    sourceName: null,
    stance: 'assert',
    ...overrides,
  };
}

export function quoteTarget(exact: string, start = 0): Annotation['target'] {
  return {
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  };
}

/** A complete annotation record, for writing straight into a table. */
export function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id,
    pageUrl: 'https://news.example/story',
    target: quoteTarget('the harbour will reopen', 100),
    kind: 'highlight',
    tags: [],
    note: '',
    sourceName: null,
    stance: null,
    created: Date.UTC(2025, 5, 1),
    updated: Date.UTC(2025, 5, 2),
    anchor: 'anchored',
    ...overrides,
  };
}

/** Every word in the search index's posting lists, with how many annotations it finds. */
export async function postedWords(db: SourcemarkDb): Promise<Record<string, number>> {
  const words: Record<string, number> = {};
  for (const row of await db.termPostings.toArray()) {
    for (const [word, list] of row.postings) words[word] = (words[word] ?? 0) + postedKeys(list).length;
  }
  return words;
}
