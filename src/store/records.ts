/**
 * This module defines what the database stores beside the model's own records: the search index kept for
 * each annotation, and source notes with their lookup keys. Derived data lives here, never in an
 * Annotation, so that annotations stay exactly what the model says.
 */
import type { Annotation } from '../model/annotation';
import { sourceKey, type SourceNote } from '../model/source-note';
import { indexTerms } from './search-terms';

/**
 * One row per annotation. Its primary key `[updated, id]` lets a search sort its matches newest first
 * from the index keys alone, without reading the annotations it will not show.
 */
export interface AnnotationIndexRecord {
  readonly updated: number;
  readonly id: string;
  /** Normalized words of the quote, the note and the source name (multiEntry index). */
  readonly terms: readonly string[];
  /** `sourceKey(sourceName)`; absent when the annotation names no source, so it is not indexed. */
  readonly sourceKey?: string;
}

export type AnnotationIndexKey = [updated: number, id: string];

export function indexRecordOf(annotation: Annotation): AnnotationIndexRecord {
  const terms = indexTerms([annotation.target.quote.exact, annotation.note, annotation.sourceName]);
  const key = annotation.sourceName ? sourceKey(annotation.sourceName) : '';
  return key
    ? { updated: annotation.updated, id: annotation.id, terms, sourceKey: key }
    : { updated: annotation.updated, id: annotation.id, terms };
}

export function indexKeyOf(annotation: Pick<Annotation, 'updated' | 'id'>): AnnotationIndexKey {
  return [annotation.updated, annotation.id];
}

/** A source note as stored: with the keys of its name and aliases, for case/accent-blind lookup. */
export interface StoredSource extends SourceNote {
  readonly keys: readonly string[];
}

export function storedSourceOf(note: SourceNote): StoredSource {
  const keys = [...new Set([note.name, ...note.aliases].map(sourceKey).filter((key) => key !== ''))];
  return { ...note, keys };
}

export function sourceNoteOf(stored: StoredSource): SourceNote {
  const { keys: _keys, ...note } = stored;
  return note;
}
