/**
 * This module names everything the reader saved, as plain data: what a full export reads from the
 * database and what an import writes into it. The file formats (src/formats) convert to and from it.
 */
import type { Annotation } from '../model/annotation';
import type { Page } from '../model/page';
import type { SourceNote } from '../model/source-note';
import type { SiteSettingsRecord } from './db';

export interface Snapshot {
  readonly annotations: readonly Annotation[];
  readonly sources: readonly SourceNote[];
  readonly pages: readonly Page[];
  readonly siteSettings: readonly SiteSettingsRecord[];
}

export const EMPTY_SNAPSHOT: Snapshot = { annotations: [], sources: [], pages: [], siteSettings: [] };
