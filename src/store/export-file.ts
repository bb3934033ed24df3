/** This module exports everything saved as a file in one of the export formats. */
import {
  exportSnapshot,
  type ExportFile,
  type ExportFormat,
  type ExportOptions,
} from '../formats/write-file';
import { splitSnapshot, toBackup } from '../formats/backup';
import type { SourcemarkDb } from './db';
import { readSnapshot } from './export';

export async function exportFile(
  db: SourcemarkDb,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<ExportFile> {
  return exportSnapshot(await readSnapshot(db), format, options);
}

/**
 * The full backup as one file, or as several when one would be larger than an import may be (each part
 * holds whole pages and imports on its own; sources and settings are in the first).
 */
export async function exportBackupFiles(
  db: SourcemarkDb,
  options: ExportOptions = {},
): Promise<ExportFile[]> {
  const snapshot = await readSnapshot(db);
  const parts = splitSnapshot(snapshot);
  if (parts.length === 1) return [exportSnapshot(snapshot, 'backup', options)];
  const now = options.now ?? Date.now();
  return parts.map((part, i) => ({
    text: JSON.stringify(toBackup(part, now, `${i + 1} of ${parts.length}`)),
    extension: `part-${i + 1}.sourcemark.json`,
    mediaType: 'application/json',
  }));
}
