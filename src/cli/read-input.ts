/** This module reads a file named on the command line for convert and validate, refusing huge ones unread. */
import { readFile, stat } from 'node:fs/promises';
import { readImportText, type FileReading } from '../formats/read-file';
import { sizeProblem } from '../formats/limits';

export async function readInputFile(path: string): Promise<FileReading | string> {
  let bytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return `${path} is not a file`;
    bytes = info.size;
  } catch {
    return `cannot read ${path}: no such file`;
  }
  const tooBig = sizeProblem(bytes);
  if (tooBig) return readImportText('', { bytes });
  return readImportText(await readFile(path, 'utf8'), { bytes });
}
