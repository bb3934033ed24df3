/**
 * This module imports a file into the database: the whole file is read and checked first (src/formats),
 * and only a valid file is written, in one transaction. A refused file leaves the database unchanged.
 */
import { readImportText, type FileReading, type ReadOptions } from '../formats/read-file';
import { describeProblems } from '../formats/problems';
import type { SourcemarkDb } from './db';
import { applySnapshot, type ImportSummary } from './import';

export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';

  constructor(readonly reading: FileReading) {
    super(
      `The file cannot be imported (${reading.description}):\n${describeProblems(reading.problems).join('\n')}`,
    );
  }
}

export interface ImportOutcome {
  readonly reading: FileReading;
  readonly summary: ImportSummary;
}

/** Reads, checks and imports `text`; throws ImportRefusedError (nothing written) for an invalid file. */
export async function importFileText(
  db: SourcemarkDb,
  text: string,
  options: ReadOptions = {},
): Promise<ImportOutcome> {
  const reading = readImportText(text, options);
  if (!reading.valid) throw new ImportRefusedError(reading);
  return { reading, summary: await applySnapshot(db, reading.snapshot) };
}
