/**
 * This module edits many annotations at once, each edit in one transaction (all or none), and gives back
 * what it needs to be undone: the dashboard's bulk tagging and deleting, and the undo of both.
 */
import type { Annotation } from '../model/annotation';
import { normalizeTag } from '../model/tag';
import { annotationTables, removeAnnotations, writeAnnotations } from './annotation-writes';
import { systemClock, type Clock } from './annotations';
import type { SourcemarkDb } from './db';
import { writeSafely } from './storage-errors';

export interface TagChange {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

/** The tags of one annotation before an edit, to put them back. */
export interface PreviousTags {
  readonly id: string;
  readonly tags: readonly string[];
}

function retag(tags: readonly string[], change: TagChange): string[] {
  const removed = new Set((change.remove ?? []).map(normalizeTag));
  const kept = tags.filter((tag) => !removed.has(tag));
  return [...new Set([...kept, ...(change.add ?? []).map(normalizeTag)])];
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((tag, i) => tag === b[i]);

async function rewriteTags(
  db: SourcemarkDb,
  ids: readonly string[],
  tagsFor: (annotation: Annotation) => readonly string[],
  clock: Pick<Clock, 'now'>,
): Promise<{ changed: Annotation[]; previous: PreviousTags[] }> {
  return writeSafely(() =>
    db.transaction('rw', annotationTables(db), async () => {
      const stored = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => !!a);
      const time = clock.now();
      const before: Annotation[] = [];
      const changed: Annotation[] = [];
      for (const annotation of stored) {
        const tags = tagsFor(annotation);
        if (sameTags(tags, annotation.tags)) continue;
        before.push(annotation);
        changed.push({ ...annotation, tags, updated: Math.max(time, annotation.updated) });
      }
      await writeAnnotations(db, changed, before);
      return { changed, previous: before.map(({ id, tags }) => ({ id, tags })) };
    }),
  );
}

/**
 * Adds and removes tags on every annotation of `ids` that exists. Returns the annotations as saved and
 * the tags they had before (only those that changed).
 */
export function retagAnnotations(
  db: SourcemarkDb,
  ids: readonly string[],
  change: TagChange,
  clock: Pick<Clock, 'now'> = systemClock,
): Promise<{ changed: Annotation[]; previous: PreviousTags[] }> {
  return rewriteTags(db, ids, (annotation) => retag(annotation.tags, change), clock);
}

/** Gives annotations back the tags `retagAnnotations` reported they had (the undo of a bulk tagging). */
export function restoreTags(
  db: SourcemarkDb,
  previous: readonly PreviousTags[],
  clock: Pick<Clock, 'now'> = systemClock,
): Promise<{ changed: Annotation[]; previous: PreviousTags[] }> {
  const tagsById = new Map(previous.map((p) => [p.id, p.tags]));
  return rewriteTags(db, [...tagsById.keys()], (a) => [...(tagsById.get(a.id) ?? a.tags)], clock);
}

/** Deletes the annotations of `ids` (all or none) and returns them as they were, to restore them. */
export async function deleteAnnotationsForUndo(
  db: SourcemarkDb,
  ids: readonly string[],
): Promise<Annotation[]> {
  return writeSafely(() =>
    db.transaction('rw', annotationTables(db), async () => {
      const stored = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => !!a);
      await removeAnnotations(db, stored);
      return stored;
    }),
  );
}

/**
 * Puts deleted annotations back exactly as they were (the undo of a delete). An annotation saved again
 * meanwhile under the same id is left as it is.
 */
export async function restoreAnnotations(db: SourcemarkDb, deleted: readonly Annotation[]): Promise<number> {
  return writeSafely(() =>
    db.transaction('rw', annotationTables(db), async () => {
      const present = await db.annotations.bulkGet(deleted.map((a) => a.id));
      const missing = deleted.filter((_, i) => present[i] === undefined);
      await writeAnnotations(db, missing, []);
      return missing.length;
    }),
  );
}
