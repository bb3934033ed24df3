/**
 * This module defines the reader's annotations as plain data: what was marked (a W3C-style target: a
 * TextQuoteSelector and a TextPositionSelector), on which page, with which tags and note.
 */
import type { Stance } from './attribution';

/** Quote with context, as in the W3C Web Annotation model. */
export interface TextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix: string;
  readonly suffix: string;
}

/**
 * Position in the page's text. Stored in JavaScript string offsets (UTF-16 code units); the W3C export
 * converts to Unicode code points, as the model requires.
 */
export interface TextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

export interface AnnotationTarget {
  readonly quote: TextQuoteSelector;
  /** Where the quote was found. `start === end` with a non-empty quote means "position unknown" (imports). */
  readonly position: TextPositionSelector;
  /**
   * How many characters outside the Basic Multilingual Plane (emoji and the like: two UTF-16 code units,
   * one code point) the page's text holds before `position.start`. Lets the W3C export write code-point
   * offsets without the page's text; absent means unknown and is taken as 0.
   */
  readonly astralBefore?: number;
  /**
   * Length of the page's text (UTF-16 code units) when the target was described. With it re-anchoring
   * knows how much the text grew or shrank, and so where the quote would be if the page changed only
   * before it or only after it. Absent (older records, imports) means unknown.
   */
  readonly textLength?: number;
  /**
   * For a quote that occurred more than once when described: how many times the paragraph holding it
   * occurred, whole and identical, in the page's text (1: the paragraph was unique). Re-anchoring reads a
   * paragraph that reappears unchanged as the annotated one only when it was unique, or when all its copies
   * are still there. Absent (older records, imports, quotes that were unique) means unknown.
   */
  readonly paragraphCopies?: number;
}

/** The reader's own highlight, or a detected finding the reader saved. */
export type AnnotationKind = 'highlight' | 'attribution' | 'claim' | 'denial';

/** Whether the annotation was found again on the page's current text. */
export type AnchorStatus = 'anchored' | 'needs-review' | 'orphan';

export interface Annotation {
  readonly id: string;
  /** The page's normalized URL (see `normalizePageUrl`). */
  readonly pageUrl: string;
  readonly target: AnnotationTarget;
  readonly kind: AnnotationKind;
  readonly tags: readonly string[];
  readonly note: string;
  /** For saved findings: who is the source of the claim. */
  readonly sourceName: string | null;
  readonly stance: Stance | null;
  /** Milliseconds since the epoch. */
  readonly created: number;
  readonly updated: number;
  readonly anchor: AnchorStatus;
}
