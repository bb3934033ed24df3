/**
 * This module erases everything Sourcemark saved (annotations, their search index, sources, pages and
 * site settings) in one transaction: the dashboard offers it after an export, and tests start clean with it.
 */
import { annotationTables } from './annotation-writes';
import type { SourcemarkDb } from './db';

export async function eraseEverything(db: SourcemarkDb): Promise<void> {
  const tables = [...annotationTables(db), db.sources, db.pages, db.siteSettings];
  await db.transaction('rw', tables, async () => {
    await Promise.all(tables.map((table) => table.clear()));
  });
}
