/** This module holds the words the popup and dashboard use for kinds, stances, anchoring states and dates. */
import type { AnchorStatus, Annotation, AnnotationKind } from '../../../src/model/annotation';
import type { Stance } from '../../../src/model/attribution';
import { isStandardTag, TAG_LABELS } from '../../../src/model/tag';

export const KIND_LABELS: Readonly<Record<AnnotationKind, string>> = {
  highlight: 'Highlight',
  attribution: 'Attribution',
  claim: 'Claim',
  denial: 'Denial',
};

export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  assert: 'asserts',
  deny: 'denies',
};

export const ANCHOR_LABELS: Readonly<Record<AnchorStatus, string>> = {
  anchored: 'Found on the page',
  'needs-review': 'Needs review',
  orphan: 'Not found on the page',
};

export function tagLabel(tag: string): string {
  return isStandardTag(tag) ? TAG_LABELS[tag] : tag;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

export function formatDate(time: number): string {
  return dateFormat.format(new Date(time));
}

// One formatter for all numbers: `toLocaleString` builds a new one per call, slow in long option lists.
const numberFormat = new Intl.NumberFormat('en');

/** "12,345". */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** "Dana Whitfield asserts" / "Kremlin denies" / "Highlight": who says what, in a few words. */
export function describeAnnotation(annotation: Annotation): string {
  if (annotation.sourceName && annotation.stance) {
    return `${annotation.sourceName} ${STANCE_LABELS[annotation.stance]}`;
  }
  if (annotation.sourceName) return `${annotation.sourceName} · ${KIND_LABELS[annotation.kind]}`;
  return KIND_LABELS[annotation.kind];
}
