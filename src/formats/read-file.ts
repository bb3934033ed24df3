/**
 * This module reads a file offered for import: it recognizes the format (a Sourcemark backup, W3C Web
 * Annotation JSON-LD, a Hypothesis export), checks the whole file, and says what importing it would write
 * and what it would leave out and why. Nothing is written here: the store imports the snapshot only when
 * the file is valid (see src/store/import-file.ts).
 */
import type { Page } from '../model/page';
import { mergePages, pageSeenAt } from '../store/page-records';
import type { Snapshot } from '../store/snapshot';
import { isBackup, readBackup } from './backup';
import { fromHypothesis, hypothesisRows } from './hypothesis-import';
import type { ImportItem } from './import-item';
import { describeSyntaxError, parseJson } from './json-text';
import { sizeProblem } from './limits';
import { problem, type Problem } from './problems';
import { fromW3CAnnotation } from './w3c-import';
import { checkW3CDocument } from './w3c-model';
import { newFindings, type Findings } from './w3c-values';

export type FileFormat = 'backup' | 'w3c' | 'hypothesis';

export interface FileReading {
  readonly format: FileFormat | null;
  /** What the file is, in words: "W3C Web Annotation collection", "Sourcemark backup (schema 2)", … */
  readonly description: string;
  /** No problems: the file may be imported (possibly with nothing importable in it). */
  readonly valid: boolean;
  readonly problems: readonly Problem[];
  readonly warnings: readonly Problem[];
  /** Each annotation of a W3C or Hypothesis file, imported or with the reason it is not. */
  readonly items: readonly ImportItem[];
  /** What importing writes; empty when the file is not valid. */
  readonly snapshot: Snapshot;
}

export interface ReadOptions {
  /** The time given to annotations that carry none (ms). */
  readonly now?: number;
  /** The file's size in bytes, when known before reading (File.size, fs.stat). */
  readonly bytes?: number;
}

const EMPTY: Snapshot = { annotations: [], sources: [], pages: [], siteSettings: [] };

function refused(description: string, problems: Problem[], format: FileFormat | null = null): FileReading {
  return { format, description, valid: false, problems, warnings: [], items: [], snapshot: EMPTY };
}

/** The snapshot of the importable items, with the pages they were made on. */
function snapshotOf(items: readonly ImportItem[]): Snapshot {
  const pages = new Map<string, Page>();
  const annotations = [];
  for (const item of items) {
    if (!item.annotation) continue;
    annotations.push(item.annotation);
    const { pageUrl, created, updated } = item.annotation;
    const seen = { ...pageSeenAt(pageUrl, item.pageTitle, created), lastSeen: updated };
    const known = pages.get(pageUrl);
    pages.set(pageUrl, known ? mergePages(known, seen) : seen);
  }
  return { annotations, sources: [], pages: [...pages.values()], siteSettings: [] };
}

/** Two annotations of one file that would be stored under the same id. */
function duplicateIds(items: readonly ImportItem[], found: Findings): void {
  const seen = new Map<string, string>();
  for (const item of items) {
    if (!item.annotation) continue;
    const earlier = seen.get(item.annotation.id);
    if (earlier !== undefined)
      found.problems.push({ path: item.path, message: `has the same id as ${earlier || 'the file'}` });
    else seen.set(item.annotation.id, item.path);
  }
}

function finished(
  format: FileFormat,
  description: string,
  items: ImportItem[],
  found: Findings,
): FileReading {
  duplicateIds(items, found);
  const valid = found.problems.length === 0;
  return {
    format,
    description,
    valid,
    problems: found.problems,
    warnings: found.warnings,
    items,
    snapshot: valid ? snapshotOf(items) : EMPTY,
  };
}

/** Reads a parsed value; `readImportText` is the usual entry. */
export function readImportValue(value: unknown, options: ReadOptions = {}): FileReading {
  const now = options.now ?? Date.now();
  if (isBackup(value)) {
    const backup = readBackup(value);
    const description = `Sourcemark backup (schema ${backup.schemaVersion ?? '?'})`;
    if (backup.problems.length > 0) return refused(description, backup.problems, 'backup');
    return {
      format: 'backup',
      description,
      valid: true,
      problems: [],
      warnings: backup.warnings,
      items: [],
      snapshot: backup.snapshot,
    };
  }
  const hypothesis = hypothesisRows(value);
  if (hypothesis) {
    const found = newFindings();
    const items = hypothesis.rows.map((row, i) => fromHypothesis(row, [...hypothesis.at, i], now, found));
    return finished('hypothesis', 'Hypothesis export', items, found);
  }
  // Any other object or list is read as W3C, so that what is missing for it to be one gets named.
  if (typeof value !== 'object' || value === null) {
    return refused('not a format Sourcemark reads', [
      problem([], 'is neither a Sourcemark backup, a W3C Web Annotation (JSON-LD) nor a Hypothesis export'),
    ]);
  }
  const doc = checkW3CDocument(value);
  const description = `W3C Web Annotation ${doc.kind === 'list' ? 'list' : doc.kind}`;
  if (doc.problems.length > 0)
    return { ...refused(description, doc.problems, 'w3c'), warnings: doc.warnings };
  const found: Findings = { problems: [], warnings: [...doc.warnings] };
  if (doc.morePages)
    found.warnings.push(
      problem([], 'further pages of this collection are elsewhere (by IRI): only this file is read'),
    );
  if (doc.linkedItems > 0)
    found.warnings.push(
      problem(
        [],
        `${doc.linkedItems} annotations are given only by IRI: there is nothing of them here to import`,
      ),
    );
  const items = doc.annotations.map((annotation) => fromW3CAnnotation(annotation, now, found));
  return finished('w3c', description, items, found);
}

/** Reads the text of a file offered for import. */
export function readImportText(text: string, options: ReadOptions = {}): FileReading {
  const tooBig = sizeProblem(options.bytes ?? text.length);
  if (tooBig) return refused('too large to read', [problem([], tooBig)]);
  const parsed = parseJson(text);
  if (parsed.ok) return readImportValue(parsed.value, options);
  const syntax = problem([], describeSyntaxError(parsed.error));
  if (!/^\s*[[{]/.test(text.replace(/^\uFEFF/, ''))) {
    return refused('not JSON', [
      syntax,
      problem(
        [],
        'Sourcemark reads its backups, W3C Web Annotation JSON-LD and Hypothesis exports (all JSON); it writes CSV and Markdown but does not read them',
      ),
    ]);
  }
  // Read past trailing commas only to report what else is wrong; such a file is refused all the same.
  const rest = parsed.lenient ? readImportValue(parsed.lenient.value, options) : null;
  return {
    ...refused(rest?.description ?? 'broken JSON', [syntax, ...(rest?.problems ?? [])], rest?.format ?? null),
    warnings: rest?.warnings ?? [],
    items: rest?.items ?? [],
  };
}
