/**
 * This module keeps the reader's saved annotations on one page view: each is anchored by its quote on the
 * page's current text and painted in the layer of its most telling tag. Those that cannot be placed keep
 * their status ("needs-review", "orphan") and stay listed; nothing is dropped. New annotations and tag or
 * note changes go to the service worker, which owns the database.
 */
import { anchorAll } from '../../src/anchoring/anchor';
import { describeTextRange } from '../../src/anchoring/describe';
import { buildTextIndex, type TextIndex } from '../../src/anchoring/dom/text-index';
import type { Annotation, AnchorStatus, AnnotationKind } from '../../src/model/annotation';
import type { Stance } from '../../src/model/attribution';
import type { AskBackground } from './background';
import type { Highlighter, Layer } from './highlighter';
import { isHiddenByStyle } from './visibility';

export interface PlacedAnnotation {
  readonly annotation: Annotation;
  readonly range: Range | null;
  readonly status: AnchorStatus;
  /** Offsets in the page's text where it was placed. */
  readonly offsets: readonly [number, number] | null;
}

export interface AnnotationChoice {
  readonly tags: readonly string[];
  readonly note: string;
}

/** What a saved annotation knows about the finding it was made on. */
export interface FindingContext {
  readonly kind: AnnotationKind;
  readonly sourceName: string | null;
  readonly stance: Stance | null;
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

export class SavedAnnotations {
  private placed: PlacedAnnotation[] = [];
  private cachedIndex: TextIndex | null = null;
  private readonly byRange = new Map<AbstractRange, PlacedAnnotation>();

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly ask: AskBackground,
    private readonly pageUrl: () => string,
  ) {}

  /** The whole page's text, which annotations are anchored in (any selection may be annotated). */
  pageIndex(): TextIndex {
    this.cachedIndex ??= buildTextIndex(this.doc.body, { isHidden: isHiddenByStyle });
    return this.cachedIndex;
  }

  /** The page's text changed: the index is rebuilt on next use. */
  invalidate(): void {
    this.cachedIndex = null;
  }

  get all(): readonly PlacedAnnotation[] {
    return this.placed;
  }

  /** Whether any placed annotation lost its place (its nodes were removed or changed) or was never placed. */
  needsPlacing(): boolean {
    return this.placed.some(
      ({ range, status, annotation }) =>
        status !== 'anchored' ||
        !range ||
        range.collapsed ||
        range.toString() !== annotation.target.quote.exact,
    );
  }

  async load(): Promise<void> {
    const annotations = await this.ask('annotations/list-for-page', { pageUrl: this.pageUrl() });
    this.place(annotations);
  }

  /** Places the annotations again on the page's current text (after the page changed). */
  replace(): void {
    this.place(this.placed.map((p) => p.annotation));
  }

  at(range: AbstractRange): PlacedAnnotation | null {
    return this.byRange.get(range) ?? null;
  }

  /** The saved annotations that overlap a range of the page by at least half of the shorter one. */
  overlapping(range: Range): PlacedAnnotation[] {
    if (this.placed.length === 0) return [];
    const offsets = this.pageIndex().offsetsFromRange(range);
    if (!offsets) return [];
    const [start, end] = offsets;
    return this.placed.filter((p) => {
      if (!p.offsets) return false;
      const [s, e] = p.offsets;
      const shared = Math.min(end, e) - Math.max(start, s);
      return shared > 0 && shared >= 0.5 * Math.min(end - start, e - s);
    });
  }

  async create(
    range: Range,
    choice: AnnotationChoice,
    context: FindingContext | null,
  ): Promise<Annotation | null> {
    const index = this.pageIndex();
    const offsets = index.offsetsFromRange(range);
    if (!offsets) return null;
    const annotation = await this.ask('annotations/create', {
      pageUrl: this.pageUrl(),
      pageTitle: this.doc.title.slice(0, 1000),
      target: describeTextRange(index.text, offsets[0], offsets[1]),
      kind: context?.kind ?? 'highlight',
      tags: [...choice.tags],
      note: choice.note,
      sourceName: context?.sourceName ?? null,
      stance: context?.stance ?? null,
    });
    this.place([...this.placed.map((p) => p.annotation), annotation]);
    return annotation;
  }

  async update(id: string, patch: { tags?: readonly string[]; note?: string }): Promise<Annotation> {
    const updated = await this.ask('annotations/update', {
      id,
      patch: {
        ...(patch.tags ? { tags: [...patch.tags] } : {}),
        ...(patch.note !== undefined ? { note: patch.note } : {}),
      },
    });
    this.place(this.placed.map((p) => (p.annotation.id === id ? updated : p.annotation)));
    return updated;
  }

  async remove(id: string): Promise<void> {
    await this.ask('annotations/delete', { id });
    this.place(this.placed.filter((p) => p.annotation.id !== id).map((p) => p.annotation));
  }

  private place(annotations: readonly Annotation[]): void {
    this.byRange.clear();
    if (annotations.length === 0) {
      this.placed = [];
      this.paint();
      return;
    }
    const index = this.pageIndex();
    const results = anchorAll(
      index.text,
      annotations.map((a) => a.target),
    );
    this.placed = annotations.map((annotation, i) => {
      const result = results[i];
      if (!result || result.status === 'orphan')
        return { annotation, range: null, status: 'orphan', offsets: null };
      const range = index.rangeFromOffsets(result.start, result.end);
      if (!range) return { annotation, range: null, status: 'orphan', offsets: null };
      const placed: PlacedAnnotation = {
        annotation,
        range,
        status: result.status,
        offsets: [result.start, result.end],
      };
      return placed;
    });
    this.paint();
    for (const { annotation, status } of this.placed) {
      if (status !== annotation.anchor) {
        void this.ask('annotations/update', { id: annotation.id, patch: { anchor: status } }).catch(() => {});
      }
    }
  }

  /** Paints anchored annotations; those needing review are not painted where they might be wrong. */
  private paint(): void {
    const byLayer = new Map<Layer, Range[]>();
    for (const placed of this.placed) {
      const { annotation, range, status } = placed;
      if (!range || status !== 'anchored') continue;
      const layer = layerOf(annotation);
      byLayer.set(layer, [...(byLayer.get(layer) ?? []), range]);
      this.byRange.set(range, placed);
    }
    for (const layer of ANNOTATION_LAYERS) this.highlighter.set(layer, byLayer.get(layer) ?? []);
  }
}
