/**
 * This module defines what the database stores beside the model's own records: the search index kept for
 * each annotation, and source notes with their lookup keys. Derived data lives here, never in an
 * Annotation, so that annotations stay exactly what the model says.
 */
import type { Annotation } from '../model/annotation';
import { sourceKey, type SourceNote } from '../model/source-note';
import { indexTerms } from './search-terms';
import { sourceWord, type IndexedWords } from './term-postings';

/**
 * One row per annotation, as schema version 2 kept them (its upgrade still writes them; version 3 drops
 * the table for posting lists). Its primary key sorts by the annotation's `updated` time, then id (see
 * `indexKeyOf`), so a search sorts its matches newest first from index keys alone, without reading the
 * annotations it will not show. A string key keeps every index entry small and quick to compare.
 */
export interface AnnotationIndexRecord {
  readonly key: string;
  readonly id: string;
  /** Normalized words of the quote, the note and the source name (multiEntry index). */
  readonly terms: readonly string[];
  /** `sourceKey(sourceName)`; absent when the annotation names no source, so it is not indexed. */
  readonly sourceKey?: string;
}

// Base 36 in 11 digits holds every millisecond time up to 2^53; fixed width makes string order time order.
const TIME_DIGITS = 11;

/** `updated` in fixed-width base 36, a colon, the id: ordered by time, then id. */
export function indexKeyOf(annotation: Pick<Annotation, 'updated' | 'id'>): string {
  const time = Math.max(0, Math.floor(annotation.updated));
  return `${time.toString(36).padStart(TIME_DIGITS, '0')}:${annotation.id}`;
}

/** The annotation id an index key belongs to. */
export function idOfIndexKey(key: string): string {
  return key.slice(TIME_DIGITS + 1);
}

export function indexRecordOf(annotation: Annotation): AnnotationIndexRecord {
  const terms = indexTerms([annotation.target.quote.exact, annotation.note, annotation.sourceName]);
  const key = indexKeyOf(annotation);
  const source = annotation.sourceName ? sourceKey(annotation.sourceName) : '';
  return source ? { key, id: annotation.id, terms, sourceKey: source } : { key, id: annotation.id, terms };
}

/**
 * What the posting lists hold for an annotation: its index key, the words of its quote, note and source
 * name, and its source key as a word of its own (see `sourceWord`), for "everything from this source".
 */
export function indexedWordsOf(annotation: Annotation): IndexedWords {
  const terms = indexTerms([annotation.target.quote.exact, annotation.note, annotation.sourceName]);
  const source = annotation.sourceName ? sourceKey(annotation.sourceName) : '';
  return { key: indexKeyOf(annotation), terms: source ? [...terms, sourceWord(source)] : terms };
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
