/** This module reads and writes annotations: the queries the content script, popup and dashboard need. */
import type { Annotation } from '../model/annotation';
import type { AnnotationDraft, AnnotationPatch } from '../model/schemas';
import type { SourcemarkDb } from './db';

export interface Clock {
  now(): number;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  newId: () => crypto.randomUUID(),
};

export async function createAnnotation(db: SourcemarkDb, draft: AnnotationDraft, clock = systemClock) {
  const time = clock.now();
  const annotation: Annotation = {
    id: clock.newId(),
    pageUrl: draft.pageUrl,
    target: draft.target,
    kind: draft.kind,
    tags: [...new Set(draft.tags)],
    note: draft.note,
    sourceName: draft.sourceName,
    stance: draft.stance,
    created: time,
    updated: time,
    anchor: 'anchored',
  };
  await db.annotations.add(annotation);
  return annotation;
}

export function annotationsForPage(db: SourcemarkDb, pageUrl: string): Promise<Annotation[]> {
  return db.annotations.where('pageUrl').equals(pageUrl).sortBy('target.position.start');
}

export async function updateAnnotation(
  db: SourcemarkDb,
  id: string,
  patch: AnnotationPatch,
  clock = systemClock,
): Promise<Annotation> {
  return db.transaction('rw', db.annotations, async () => {
    const current = await db.annotations.get(id);
    if (!current) throw new Error('That annotation no longer exists.');
    const next: Annotation = {
      ...current,
      ...(patch.tags ? { tags: [...new Set(patch.tags)] } : {}),
      ...(patch.note !== undefined ? { note: patch.note } : {}),
      ...(patch.anchor ? { anchor: patch.anchor } : {}),
      ...(patch.target ? { target: patch.target } : {}),
      updated: clock.now(),
    };
    await db.annotations.put(next);
    return next;
  });
}

export async function deleteAnnotation(db: SourcemarkDb, id: string): Promise<void> {
  await db.annotations.delete(id);
}
