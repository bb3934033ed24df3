/**
 * Every earlier schema version is opened with data, closed, and reopened at the current version: every
 * record must come through, and what the new version derives (search index, pages) must be built.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotationsBySource } from '../../../src/store/annotations';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION, SourcemarkDb } from '../../../src/store/db';
import { readSnapshot } from '../../../src/store/export';
import { indexRecordOf, storedSourceOf } from '../../../src/store/records';
import { searchAnnotations } from '../../../src/store/search';
import { annotation, dexieOptions, quoteTarget } from './helpers';

const V2_CLAIM = annotation('v2-a', {
  pageUrl: 'https://news.example/ferry',
  target: quoteTarget('Ferries will sail again on Monday', 12),
  sourceName: 'Harbour Authority',
  kind: 'claim',
  stance: 'assert',
  note: 'Fuel surcharge unresolved',
  created: 1_000,
  updated: 6_000,
});
const V2_HIGHLIGHT = annotation('v2-b', {
  pageUrl: 'https://news.example/ferry',
  target: quoteTarget('Ferries stopped in March', 80),
  created: 2_000,
  updated: 2_000,
});

/** Records as each version stored them, table by table. Add an entry when adding a version. */
const DATA_AT_VERSION: Record<number, Record<string, unknown[]>> = {
  1: {
    annotations: [
      annotation('v1-a', {
        pageUrl: 'https://news.example/a',
        target: quoteTarget('Officials said the bridge is safe', 40),
        sourceName: 'The Transport Ministry',
        kind: 'claim',
        stance: 'assert',
        tags: ['disputed'],
        note: 'Engineers disagree',
        created: 1_000,
        updated: 5_000,
      }),
      annotation('v1-b', { pageUrl: 'https://news.example/a', created: 2_000, updated: 3_000 }),
      annotation('v1-c', {
        pageUrl: 'https://other.example/b',
        anchor: 'orphan',
        created: 7_000,
        updated: 7_000,
      }),
    ],
    siteSettings: [{ site: 'news.example', autoHighlight: false }],
  },
  2: {
    annotations: [V2_CLAIM, V2_HIGHLIGHT],
    // Version 2 kept each annotation's words on its index row, under a multiEntry index (time order).
    annotationIndex: [V2_HIGHLIGHT, V2_CLAIM].map(indexRecordOf),
    sources: [
      storedSourceOf({
        id: 'src-1',
        name: 'Harbour Authority',
        aliases: ['the port authority'],
        domain: 'port.example',
        rating: 'mixed',
        note: 'Often late with figures',
        evidence: [],
        updated: 4_000,
      }),
    ],
    pages: [
      { url: 'https://news.example/ferry', title: 'Ferry', site: 'news.example', firstSeen: 1, lastSeen: 9 },
    ],
    siteSettings: [{ site: 'news.example', autoHighlight: true }],
  },
};

/** Tables of derived data that a later version dropped (version 3: the search index rows). */
const DROPPED = ['annotationIndex'];

const earlier = SCHEMA_HISTORY.filter((entry) => entry.version < SCHEMA_VERSION);

describe('schema upgrades', () => {
  it('have test data for every earlier version', () => {
    expect(earlier.map((entry) => entry.version).filter((v) => !DATA_AT_VERSION[v])).toEqual([]);
  });

  for (const { version } of earlier) {
    it(`carry every record of version ${version} to version ${SCHEMA_VERSION}`, async () => {
      const options = dexieOptions();
      const data = DATA_AT_VERSION[version] ?? {};
      const old = new Dexie('sourcemark-test', options);
      declareSchema(
        old,
        SCHEMA_HISTORY.filter((entry) => entry.version <= version),
      );
      await old.open();
      expect(old.verno).toBe(version);
      for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows);
      old.close();

      const db = new SourcemarkDb('sourcemark-test', options);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(data)) {
        // A table that only held what a later version derives another way is gone.
        if (DROPPED.includes(table)) expect(db.tables.map((t) => t.name)).not.toContain(table);
        else expect(await db.table(table).toArray(), table).toEqual(rows);
      }
      // What version 2 derives from version 1's annotations.
      if (version < 2) {
        expect((await searchAnnotations(db, 'bridge engineers')).annotations.map((a) => a.id)).toEqual([
          'v1-a',
        ]);
        expect((await annotationsBySource(db, 'transport ministry')).map((a) => a.id)).toEqual(['v1-a']);
        expect((await readSnapshot(db)).pages).toEqual([
          {
            url: 'https://news.example/a',
            title: '',
            site: 'news.example',
            firstSeen: 1_000,
            lastSeen: 5_000,
          },
          {
            url: 'https://other.example/b',
            title: '',
            site: 'other.example',
            firstSeen: 7_000,
            lastSeen: 7_000,
          },
        ]);
      }
      // What version 3 derives: the words' posting lists, so search finds what each version held.
      if (version === 2) {
        expect((await searchAnnotations(db, 'ferr')).annotations.map((a) => a.id)).toEqual(['v2-a', 'v2-b']);
        expect((await searchAnnotations(db, 'surcharge harbour')).annotations.map((a) => a.id)).toEqual([
          'v2-a',
        ]);
        expect((await annotationsBySource(db, 'harbour authority')).map((a) => a.id)).toEqual(['v2-a']);
      }
      if (version === 1) {
        expect((await searchAnnotations(db, 'safe')).annotations.map((a) => a.id)).toEqual(['v1-a']);
      }
      expect(await db.termPostings.count()).toBeGreaterThan(0);
      db.close();
    });
  }
});
