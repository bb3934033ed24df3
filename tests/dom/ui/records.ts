/** Test helpers for the popup and dashboard tests: annotations and source notes written for the tests. */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Annotation } from '../../../src/model/annotation';
import type { SourceNote } from '../../../src/model/source-note';
import { SourcemarkDb } from '../../../src/store/db';

export const DAY = 24 * 60 * 60 * 1000;
export const T0 = new Date(2026, 10, 2, 9, 0, 0).getTime();

// Dexie's default IndexedDB, not one handed to each database: liveQuery only observes databases opened
// on the default one.
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

let databases = 0;

/** A database of its own (a new name on the fake IndexedDB), so tests never share state. */
export function freshDb(): SourcemarkDb {
  return new SourcemarkDb(`sourcemark-ui-test-${++databases}`);
}

export function annotation(id: string, overrides: Partial<Annotation> = {}): Annotation {
  const exact = overrides.target?.quote.exact ?? `the harbour will reopen (${id})`;
  return {
    id,
    pageUrl: 'https://harbour-ledger.example/story',
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: 'said ', suffix: ' on Friday' },
      position: { type: 'TextPositionSelector', start: 100, end: 100 + exact.length },
    },
    kind: 'claim',
    tags: [],
    note: '',
    sourceName: 'Port authority',
    stance: 'assert',
    created: T0,
    updated: T0,
    anchor: 'anchored',
    ...overrides,
  };
}

export function sourceNote(id: string, overrides: Partial<SourceNote> = {}): SourceNote {
  return {
    id,
    name: 'Port authority',
    aliases: [],
    domain: null,
    rating: 'reliable',
    note: '',
    evidence: [],
    updated: T0,
    ...overrides,
  };
}
