/**
 * This module writes annotations as W3C Web Annotations (JSON-LD), gathered in an AnnotationCollection
 * with its one page embedded. Each annotation targets its page through a TextQuoteSelector and a
 * TextPositionSelector (in code points, as the model requires); tags become TextualBodies with purpose
 * "tagging", the note one with purpose "commenting". What the model has no term for (kind, stance, source
 * name, anchoring status) travels in a `sourcemark` JSON literal, so our own files read back unchanged.
 */
import type { Annotation } from '../model/annotation';
import { hasKnownPosition, positionInCodePoints } from './code-points';
import { ANNO_CONTEXT } from './w3c-values';

/** The term for Sourcemark's own data: a JSON literal (JSON-LD 1.1 `@json`) under a private IRI. */
export const SOURCEMARK_TERM = 'sourcemark';
export const ANNOTATION_CONTEXT = [
  ANNO_CONTEXT,
  { [SOURCEMARK_TERM]: { '@id': 'urn:x-sourcemark:data', '@type': '@json' } },
] as const;

/** What the `sourcemark` property holds. */
export interface SourcemarkData {
  readonly kind: Annotation['kind'];
  readonly stance: Annotation['stance'];
  readonly sourceName: Annotation['sourceName'];
  readonly anchor: Annotation['anchor'];
  readonly astralBefore?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ID_PREFIX = 'urn:x-sourcemark:annotation:';

/** An annotation's IRI: a UUID URN for the ids Sourcemark makes, a Sourcemark URN for any other. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `${ID_PREFIX}${id}`;
}

type JsonObject = Record<string, unknown>;

function motivationOf(annotation: Annotation): string {
  if (annotation.note) return 'commenting';
  if (annotation.kind !== 'highlight') return 'classifying';
  return annotation.tags.length > 0 ? 'tagging' : 'highlighting';
}

function bodiesOf(annotation: Annotation): JsonObject[] {
  const bodies: JsonObject[] = [];
  if (annotation.note) {
    bodies.push({ type: 'TextualBody', value: annotation.note, format: 'text/plain', purpose: 'commenting' });
  }
  for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  if (annotation.kind !== 'highlight') {
    bodies.push({ type: 'TextualBody', value: annotation.kind, purpose: 'classifying' });
  }
  return bodies;
}

function selectorsOf(annotation: Annotation): JsonObject[] {
  const { quote } = annotation.target;
  const selectors: JsonObject[] = [
    {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
    },
  ];
  if (hasKnownPosition(annotation.target)) {
    selectors.push({ type: 'TextPositionSelector', ...positionInCodePoints(annotation.target) });
  }
  return selectors;
}

export function toW3CAnnotation(annotation: Annotation): JsonObject {
  const data: SourcemarkData = {
    kind: annotation.kind,
    stance: annotation.stance,
    sourceName: annotation.sourceName,
    anchor: annotation.anchor,
    ...(annotation.target.astralBefore !== undefined ? { astralBefore: annotation.target.astralBefore } : {}),
  };
  const bodies = bodiesOf(annotation);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: motivationOf(annotation),
    created: new Date(annotation.created).toISOString(),
    modified: new Date(annotation.updated).toISOString(),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: { type: 'SpecificResource', source: annotation.pageUrl, selector: selectorsOf(annotation) },
    [SOURCEMARK_TERM]: data,
  };
}

export interface CollectionOptions {
  /** The collection's IRI; a new UUID URN by default. */
  readonly id?: string;
  readonly label?: string;
  /** When the export was made (ms). */
  readonly created?: number;
}

/** All `annotations` as one AnnotationCollection, oldest first, its single page embedded. */
export function toW3CCollection(
  annotations: readonly Annotation[],
  options: CollectionOptions = {},
): JsonObject {
  const id = options.id ?? `urn:uuid:${crypto.randomUUID()}`;
  const items = [...annotations]
    .sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(toW3CAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Sourcemark annotations',
    ...(options.created !== undefined ? { created: new Date(options.created).toISOString() } : {}),
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
