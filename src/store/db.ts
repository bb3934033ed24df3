/**
 * This module defines Sourcemark's IndexedDB database (Dexie): its tables, indexes and every schema version
 * with the upgrade that carries data across. The service worker owns it on behalf of content scripts;
 * extension pages may open it directly.
 */
import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation } from '../model/annotation';
import type { Page } from '../model/page';
import { mergePages, pageSeenAt } from './page-records';
import { indexedWordsOf, indexRecordOf, type StoredSource } from './records';
import { addPostings, type PostingRow } from './term-postings';

export const DATABASE_NAME = 'sourcemark';

/** Per-site preferences. */
export interface SiteSettingsRecord {
  readonly site: string;
  readonly autoHighlight: boolean;
}

/** One schema version: the tables it changes (Dexie syntax: indexed fields only) and its data upgrade. */
export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version ever shipped, oldest first. Never edit a shipped entry: add a version. The migration test
 * opens the database at each earlier version with data, upgrades it, and checks that nothing is lost.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { annotations: 'id, pageUrl, *tags, sourceName, updated', siteSettings: 'site' },
  },
  {
    version: 2,
    stores: {
      annotations: 'id, pageUrl, *tags, sourceName, updated, kind, anchor',
      // The primary key orders rows by time: search sorts its matches by keys alone (see records.ts).
      annotationIndex: 'key, *terms, sourceKey',
      sources: 'id, *keys, domain, updated',
      pages: 'url, site, lastSeen',
    },
    upgrade: upgradeToVersion2,
  },
  {
    version: 3,
    stores: {
      // Nothing asked for annotations by kind, anchoring state or source name as written (by source goes
      // through annotationIndex.sourceKey): fewer index entries make every write cheaper.
      annotations: 'id, pageUrl, *tags, updated',
      // Words and source keys are found through posting lists (term-postings.ts): an index row per
      // annotation, and an IndexedDB entry per word of it, made an import of 10,000 take seconds.
      annotationIndex: null,
      termPostings: 'key',
    },
    upgrade: upgradeToVersion3,
  },
];

export const SCHEMA_VERSION = SCHEMA_HISTORY.reduce((max, entry) => Math.max(max, entry.version), 0);

/** Declares `history` on `db`: the class below uses all of it, the migration test a prefix. */
export function declareSchema(db: Dexie, history: readonly SchemaVersion[]): void {
  for (const entry of history) {
    const version = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) version.upgrade(entry.upgrade);
  }
}

export class SourcemarkDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  termPostings!: Table<PostingRow, string>;
  sources!: EntityTable<StoredSource, 'id'>;
  pages!: EntityTable<Page, 'url'>;
  siteSettings!: EntityTable<SiteSettingsRecord, 'site'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    declareSchema(this, SCHEMA_HISTORY);
  }
}

/** Version 1 had annotations only: build their search index and the pages they were made on. */
async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const annotations = (await tx.table('annotations').toArray()) as Annotation[];
  const pages = new Map<string, Page>();
  for (const annotation of annotations) {
    // The reader was on the page when creating and when last editing the annotation.
    const seen = { ...pageSeenAt(annotation.pageUrl, '', annotation.created), lastSeen: annotation.updated };
    const known = pages.get(annotation.pageUrl);
    pages.set(annotation.pageUrl, known ? mergePages(known, seen) : seen);
  }
  await tx.table('annotationIndex').bulkAdd(annotations.map(indexRecordOf));
  await tx.table('pages').bulkPut([...pages.values()]);
}

/** Version 3 finds words and sources through posting lists: build them from the annotations. */
async function upgradeToVersion3(tx: Transaction): Promise<void> {
  const annotations = (await tx.table('annotations').toArray()) as Annotation[];
  await addPostings(tx.table('termPostings'), annotations.map(indexedWordsOf));
}
