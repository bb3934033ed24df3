/**
 * This module defines Sourcemark's IndexedDB database (Dexie): its tables, indexes and every schema version
 * with the upgrade that carries data across. The service worker owns it on behalf of content scripts;
 * extension pages may open it directly.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from '../model/annotation';

export const DATABASE_NAME = 'sourcemark';

/** Per-site preferences. */
export interface SiteSettingsRecord {
  readonly site: string;
  readonly autoHighlight: boolean;
}

export class SourcemarkDb extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;
  siteSettings!: EntityTable<SiteSettingsRecord, 'site'>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Schema strings list only indexed fields; `*tags` is multiEntry.
    this.version(1).stores({
      annotations: 'id, pageUrl, *tags, sourceName, updated',
      siteSettings: 'site',
    });
  }
}
