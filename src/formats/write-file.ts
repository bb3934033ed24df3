/** This module turns a snapshot of everything saved into the text of an export file, in any format. */
import type { Snapshot } from '../store/snapshot';
import { serializeBackup } from './backup';
import { toCsv } from './csv';
import { toMarkdown } from './markdown';
import { toW3CCollection } from './w3c-export';

export const EXPORT_FORMATS = ['backup', 'w3c', 'csv', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  readonly text: string;
  /** A file name extension and media type for saving it. */
  readonly extension: string;
  readonly mediaType: string;
}

export interface ExportOptions {
  /** When the export is made (ms); now by default. */
  readonly now?: number;
  /** The W3C collection's IRI; a new UUID URN by default. */
  readonly collectionId?: string;
}

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export function exportSnapshot(
  snapshot: Snapshot,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportFile {
  const now = options.now ?? Date.now();
  switch (format) {
    case 'backup':
      return {
        text: serializeBackup(snapshot, now),
        extension: 'sourcemark.json',
        mediaType: 'application/json',
      };
    case 'w3c': {
      const collection = toW3CCollection(snapshot.annotations, {
        created: now,
        ...(options.collectionId ? { id: options.collectionId } : {}),
      });
      return {
        text: `${JSON.stringify(collection, null, 2)}\n`,
        extension: 'jsonld',
        mediaType: 'application/ld+json;profile="http://www.w3.org/ns/anno.jsonld"',
      };
    }
    case 'csv':
      return { text: toCsv(snapshot), extension: 'csv', mediaType: 'text/csv;charset=utf-8' };
    case 'markdown':
      return {
        text: toMarkdown(snapshot, { exportedAt: now }),
        extension: 'md',
        mediaType: 'text/markdown;charset=utf-8',
      };
  }
}
