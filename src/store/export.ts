/**
 * This module reads everything saved in one read transaction, so an export is a consistent picture even
 * while the service worker keeps writing.
 */
import type { SourcemarkDb } from './db';
import { sourceNoteOf } from './records';
import type { Snapshot } from './snapshot';

export async function readSnapshot(db: SourcemarkDb): Promise<Snapshot> {
  return db.transaction('r', [db.annotations, db.sources, db.pages, db.siteSettings], async () => {
    const [annotations, sources, pages, siteSettings] = await Promise.all([
      db.annotations.toArray(),
      db.sources.toArray(),
      db.pages.toArray(),
      db.siteSettings.toArray(),
    ]);
    return { annotations, sources: sources.map(sourceNoteOf), pages, siteSettings };
  });
}
