/** This module reads and writes annotations: the queries the content script, popup and dashboard need. */
import type { Annotation } from '../model/annotation';
import type { AnnotationDraft, AnnotationPatch } from '../model/schemas';
import { sourceKey } from '../model/source-note';
import { normalizeTag } from '../model/tag';
import { annotationTables, removeAnnotations, writeAnnotations } from './annotation-writes';
import type { SourcemarkDb } from './db';
import { mergePages, pageSeenAt } from './page-records';
import { idOfIndexKey } from './records';
import { keysOfWord, sourceWord } from './term-postings';
import { writeSafely } from './storage-errors';

export interface Clock {
  now(): number;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

/** A slice of a longer list, newest first. */
export interface Paging {
  readonly limit?: number;
  readonly offset?: number;
}

function uniqueTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map(normalizeTag))];
}

/** Saves a new annotation and records the page it was made on (first/last seen, title). */
export async function createAnnotation(
  db: SourcemarkDb,
  draft: AnnotationDraft,
  clock = systemClock,
): Promise<Annotation> {
  const time = clock.now();
  const annotation: Annotation = {
    id: clock.newId(),
    pageUrl: draft.pageUrl,
    target: draft.target,
    kind: draft.kind,
    tags: uniqueTags(draft.tags),
    note: draft.note,
    sourceName: draft.sourceName,
    stance: draft.stance,
    created: time,
    updated: time,
    anchor: 'anchored',
  };
  return writeSafely(() =>
    db.transaction('rw', [...annotationTables(db), db.pages], async () => {
      await writeAnnotations(db, [annotation], [undefined]);
      const seen = pageSeenAt(draft.pageUrl, draft.pageTitle ?? '', time);
      const known = await db.pages.get(draft.pageUrl);
      await db.pages.put(known ? mergePages(known, seen) : seen);
      return annotation;
    }),
  );
}

/** The page's annotations in reading order. */
export function annotationsForPage(db: SourcemarkDb, pageUrl: string): Promise<Annotation[]> {
  return db.annotations.where('pageUrl').equals(pageUrl).sortBy('target.position.start');
}

export async function getAnnotation(db: SourcemarkDb, id: string): Promise<Annotation | null> {
  return (await db.annotations.get(id)) ?? null;
}

export async function updateAnnotation(
  db: SourcemarkDb,
  id: string,
  patch: AnnotationPatch,
  clock = systemClock,
): Promise<Annotation> {
  return writeSafely(() =>
    db.transaction('rw', annotationTables(db), async () => {
      const current = await db.annotations.get(id);
      if (!current) throw new Error('That annotation no longer exists.');
      const next: Annotation = {
        ...current,
        ...(patch.tags ? { tags: uniqueTags(patch.tags) } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
        ...(patch.anchor ? { anchor: patch.anchor } : {}),
        ...(patch.target ? { target: patch.target } : {}),
        // Never move backwards, even if the clock did: the index key and "newest first" rely on it.
        updated: Math.max(clock.now(), current.updated),
      };
      await writeAnnotations(db, [next], [current]);
      return next;
    }),
  );
}

export async function deleteAnnotation(db: SourcemarkDb, id: string): Promise<void> {
  await deleteAnnotations(db, [id]);
}

/** Deletes several annotations at once (all or none); ids that do not exist are ignored. */
export async function deleteAnnotations(db: SourcemarkDb, ids: readonly string[]): Promise<void> {
  await writeSafely(() =>
    db.transaction('rw', annotationTables(db), async () => {
      const stored = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => !!a);
      await removeAnnotations(db, stored);
    }),
  );
}

function page<T>(items: readonly T[], paging: Paging): T[] {
  const offset = paging.offset ?? 0;
  return items.slice(offset, paging.limit === undefined ? undefined : offset + paging.limit);
}

function newestFirst(a: Annotation, b: Annotation): number {
  return b.updated - a.updated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Annotations carrying `tag` (compared as stored: lower-case, hyphenated), newest first. */
export async function annotationsByTag(
  db: SourcemarkDb,
  tag: string,
  paging: Paging = {},
): Promise<Annotation[]> {
  const found = await db.annotations.where('tags').equals(normalizeTag(tag)).toArray();
  return page(found.sort(newestFirst), paging);
}

/**
 * Annotations whose source is `name` under any spelling: case, accents, punctuation and a leading "the"
 * do not matter ("the Ministry of Health" = "ministry of health"). Newest first.
 */
export async function annotationsBySource(
  db: SourcemarkDb,
  name: string,
  paging: Paging = {},
): Promise<Annotation[]> {
  const key = sourceKey(name);
  if (!key) return [];
  const keys = await keysOfWord(db.termPostings, sourceWord(key));
  // Index keys sort by time then id: descending key order is newest first.
  const ids = page(keys.sort().reverse(), paging).map(idOfIndexKey);
  return (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => !!a);
}

/** The most recently created or edited annotations. */
export function recentAnnotations(db: SourcemarkDb, paging: Paging = {}): Promise<Annotation[]> {
  let query = db.annotations.orderBy('updated').reverse();
  if (paging.offset) query = query.offset(paging.offset);
  if (paging.limit !== undefined) query = query.limit(paging.limit);
  return query.toArray();
}

export function countAnnotations(db: SourcemarkDb): Promise<number> {
  return db.annotations.count();
}

/** Every tag in use with how many annotations carry it, most used first. */
export async function tagCounts(db: SourcemarkDb): Promise<{ tag: string; count: number }[]> {
  const counts = new Map<string, number>();
  await db.annotations.orderBy('tags').eachKey((key) => {
    const tag = String(key);
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  });
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}
