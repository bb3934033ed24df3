/**
 * Every earlier schema version is opened with data, closed, and reopened at the current version: every
 * record must come through, and what the new version derives (search index, pages) must be built.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { annotationsBySource } from '../../../src/store/annotations';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION, SourcemarkDb } from '../../../src/store/db';
import { readSnapshot } from '../../../src/store/export';
import { searchAnnotations } from '../../../src/store/search';
import { annotation, dexieOptions, quoteTarget } from './helpers';

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
};

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
        expect(await db.table(table).toArray(), table).toEqual(rows);
      }
      // What version 2 derives from version 1's annotations.
      if (version < 2) {
        expect((await searchAnnotations(db, 'bridge engineers')).annotations.map((a) => a.id)).toEqual([
          'v1-a',
        ]);
        expect((await annotationsBySource(db, 'transport ministry')).map((a) => a.id)).toEqual(['v1-a']);
        expect(await db.annotationIndex.count()).toBe(3);
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
      db.close();
    });
  }
});
