/**
 * This module writes and reads Sourcemark's full backup: every table, as stored, stamped with the schema
 * version. Reading checks every record strictly (unknown fields, wrong types, limits, duplicates) before
 * anything may be written; a file from a newer Sourcemark is refused rather than half understood.
 */
import * as v from 'valibot';
import type { Annotation } from '../model/annotation';
import type { Page } from '../model/page';
import { AnnotationSchema, PageSchema, SiteSettingsSchema, SourceNoteSchema } from '../model/schemas';
import { SCHEMA_VERSION } from '../store/db';
import { mergePages, pageSeenAt } from '../store/page-records';
import type { Snapshot } from '../store/snapshot';
import { MAX_IMPORT_BYTES } from './limits';
import { problem, type PathSegment, type Problem } from './problems';
import { problemsFromIssues } from './valibot-problems';

export const BACKUP_FORMAT = 'sourcemark-backup';

export interface BackupFile extends Snapshot {
  readonly format: typeof BACKUP_FORMAT;
  readonly schemaVersion: number;
  /** When the backup was made, ISO 8601. */
  readonly exportedAt: string;
}

const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.pipe(v.string(), v.isoTimestamp('is not an ISO date and time')),
  // A part of a split backup says which (see splitSnapshot); informative only.
  part: v.optional(v.string()),
  annotations: v.array(AnnotationSchema),
  sources: v.optional(v.array(SourceNoteSchema), []),
  pages: v.optional(v.array(PageSchema), []),
  siteSettings: v.optional(v.array(SiteSettingsSchema), []),
});

export function isBackup(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === BACKUP_FORMAT
  );
}

export function toBackup(snapshot: Snapshot, exportedAt: number, part?: string): BackupFile {
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    ...(part ? { part } : {}),
    annotations: snapshot.annotations,
    sources: snapshot.sources,
    pages: snapshot.pages,
    siteSettings: snapshot.siteSettings,
  };
}

/** Compact JSON: a backup of 100,000 annotations is about 57 MB as it is. */
export function serializeBackup(snapshot: Snapshot, exportedAt: number): string {
  return JSON.stringify(toBackup(snapshot, exportedAt));
}

/**
 * Splits a snapshot whose backup would be larger than `maxBytes` (the import limit by default) into parts
 * that can each be imported: whole pages per part, sources and settings in the first.
 */
export function splitSnapshot(snapshot: Snapshot, maxBytes = MAX_IMPORT_BYTES): Snapshot[] {
  const parts: Snapshot[] = [];
  const byPage = new Map<string, Annotation[]>();
  for (const annotation of snapshot.annotations) {
    byPage.set(annotation.pageUrl, [...(byPage.get(annotation.pageUrl) ?? []), annotation]);
  }
  const pages = new Map(snapshot.pages.map((page) => [page.url, page]));
  const budget = maxBytes - 1024;
  let current = { ...snapshot, annotations: [] as Annotation[], pages: [] as Page[] };
  let size = JSON.stringify({ ...current }).length;
  const flush = () => {
    parts.push(current);
    current = { annotations: [], pages: [], sources: [], siteSettings: [] };
    size = 200;
  };
  for (const url of new Set([...byPage.keys(), ...pages.keys()])) {
    const annotations = byPage.get(url) ?? [];
    const page = pages.get(url);
    const cost = JSON.stringify(annotations).length + (page ? JSON.stringify(page).length : 0) + 2;
    if (size + cost > budget && (current.annotations.length > 0 || current.pages.length > 0)) flush();
    current.annotations.push(...annotations);
    if (page) current.pages.push(page);
    size += cost;
  }
  parts.push(current);
  return parts;
}

export interface BackupReading {
  readonly schemaVersion: number | null;
  readonly snapshot: Snapshot;
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

function duplicates<T>(records: readonly T[], keyOf: (record: T) => string, table: string): Problem[] {
  const seen = new Map<string, number>();
  const found: Problem[] = [];
  records.forEach((record, i) => {
    const key = keyOf(record);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      found.push(
        problem([table, i] as PathSegment[], `repeats ${JSON.stringify(key)} (also ${table}[${first}])`),
      );
  });
  return found;
}

const EMPTY: Snapshot = { annotations: [], sources: [], pages: [], siteSettings: [] };

export function readBackup(value: unknown): BackupReading {
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  const schemaVersion = typeof version === 'number' ? version : null;
  if (schemaVersion !== null && schemaVersion > SCHEMA_VERSION) {
    const message = `was made by a newer Sourcemark (schema ${schemaVersion}); this one reads up to schema ${SCHEMA_VERSION}: update Sourcemark first`;
    return { schemaVersion, snapshot: EMPTY, problems: [problem(['schemaVersion'], message)], warnings: [] };
  }
  const parsed = v.safeParse(BackupSchema, value);
  if (!parsed.success) {
    return { schemaVersion, snapshot: EMPTY, problems: problemsFromIssues(parsed.issues), warnings: [] };
  }
  const file = parsed.output;
  const problems = [
    ...duplicates(file.annotations, (a) => a.id, 'annotations'),
    ...duplicates(file.sources, (s) => s.id, 'sources'),
    ...duplicates(file.pages, (p) => p.url, 'pages'),
    ...duplicates(file.siteSettings, (s) => s.site, 'siteSettings'),
  ];
  if (problems.length > 0) return { schemaVersion, snapshot: EMPTY, problems, warnings: [] };
  // Backups from before pages were kept (schema 1) get the pages their annotations were made on.
  const pages = new Map(file.pages.map((page) => [page.url, page]));
  const derived = new Map<string, Page>();
  for (const annotation of file.annotations) {
    if (pages.has(annotation.pageUrl)) continue;
    const seen = { ...pageSeenAt(annotation.pageUrl, '', annotation.created), lastSeen: annotation.updated };
    const known = derived.get(annotation.pageUrl);
    derived.set(annotation.pageUrl, known ? mergePages(known, seen) : seen);
  }
  const snapshot: Snapshot = {
    annotations: file.annotations,
    sources: file.sources,
    pages: [...file.pages, ...derived.values()],
    siteSettings: file.siteSettings,
  };
  return { schemaVersion, snapshot, problems: [], warnings: [] };
}
