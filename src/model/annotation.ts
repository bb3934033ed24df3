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
  readonly position: TextPositionSelector;
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
