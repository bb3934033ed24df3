/**
 * This module places the reader's saved annotations on the page: each is anchored by its quote on the
 * page's current text and painted in the layer of its most telling tag. Those that cannot be placed keep
 * their status ("needs-review", "orphan") and stay listed; nothing is dropped.
 */
import { anchorTarget } from '../../src/anchoring/anchor';
import type { TextIndex } from '../../src/anchoring/dom/text-index';
import type { Annotation, AnchorStatus } from '../../src/model/annotation';
import type { Highlighter, Layer } from './highlighter';

export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly range: Range | null;
  readonly status: AnchorStatus;
}

/** Tags in the order they win when an annotation has several. */
const TAG_LAYERS: readonly [string, Layer][] = [
  ['disputed', 'tag-disputed'],
  ['needs-source', 'tag-needs-source'],
  ['verified', 'tag-verified'],
];

const ANNOTATION_LAYERS: readonly Layer[] = [...TAG_LAYERS.map(([, layer]) => layer), 'note'];

export function layerOf(annotation: Annotation): Layer {
  for (const [tag, layer] of TAG_LAYERS) if (annotation.tags.includes(tag)) return layer;
  return 'note';
}

export function placeAnnotation(index: TextIndex, annotation: Annotation): PlacedAnnotation {
  const result = anchorTarget(index.text, annotation.target);
  if (result.status === 'orphan') return { annotation, range: null, status: 'orphan' };
  const range = index.rangeFromOffsets(result.start, result.end);
  if (!range) return { annotation, range: null, status: 'orphan' };
  return { annotation, range, status: result.status };
}

/** Paints anchored annotations; those needing review are not painted where they might be wrong. */
export function paintAnnotations(highlighter: Highlighter, placed: readonly PlacedAnnotation[]): void {
  const byLayer = new Map<Layer, Range[]>();
  for (const { annotation, range, status } of placed) {
    if (!range || status !== 'anchored') continue;
    const layer = layerOf(annotation);
    byLayer.set(layer, [...(byLayer.get(layer) ?? []), range]);
  }
  for (const layer of ANNOTATION_LAYERS) {
    const ranges = byLayer.get(layer);
    if (ranges) highlighter.set(layer, ranges);
    else highlighter.clear(layer);
  }
}
