/**
 * This module paints with the CSS Custom Highlight API: one named highlight per layer, in Sourcemark's own
 * namespace. It never touches the page's DOM and only ever sets or deletes its own names in the registry
 * (never `CSS.highlights.clear()`, which would wipe the page's highlights too). Each layer keeps one
 * Highlight object for the page view's life; repainting changes its ranges, not the registry.
 */
import type { ReliabilityRating } from '../../src/model/source-note';

export const LAYERS = {
  claim: { name: 'sourcemark-claim', priority: 0 },
  denial: { name: 'sourcemark-denial', priority: 0 },
  source: { name: 'sourcemark-source', priority: 1 },
  cue: { name: 'sourcemark-cue', priority: 2 },
  'rating-reliable': { name: 'sourcemark-rating-reliable', priority: 3 },
  'rating-mostly-reliable': { name: 'sourcemark-rating-mostly-reliable', priority: 3 },
  'rating-mixed': { name: 'sourcemark-rating-mixed', priority: 3 },
  'rating-unreliable': { name: 'sourcemark-rating-unreliable', priority: 3 },
  'rating-unknown': { name: 'sourcemark-rating-unknown', priority: 3 },
  note: { name: 'sourcemark-note', priority: 4 },
  'tag-needs-source': { name: 'sourcemark-tag-needs-source', priority: 5 },
  'tag-verified': { name: 'sourcemark-tag-verified', priority: 5 },
  'tag-disputed': { name: 'sourcemark-tag-disputed', priority: 6 },
  focus: { name: 'sourcemark-focus', priority: 10 },
} as const;

export type Layer = keyof typeof LAYERS;

export type RatingLayer = `rating-${ReliabilityRating}`;

export function ratingLayer(rating: ReliabilityRating): RatingLayer {
  return `rating-${rating}`;
}

/** Whether this browser can paint highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly highlights = new Map<Layer, Highlight>();
  private readonly layerOf = new Map<Highlight, Layer>();
  private shown = true;

  get visible(): boolean {
    return this.shown;
  }

  /** Replaces a layer's ranges. */
  set(layer: Layer, ranges: Iterable<AbstractRange>): void {
    const highlight = this.highlightOf(layer);
    highlight.clear();
    for (const range of ranges) highlight.add(range);
    this.register(layer, highlight);
  }

  /** The ranges currently in a layer. */
  ranges(layer: Layer): AbstractRange[] {
    return [...(this.highlights.get(layer) ?? [])];
  }

  /** The layer a highlight (e.g. from `highlightsFromPoint`) belongs to, if it is one of ours. */
  layerOfHighlight(highlight: Highlight): Layer | null {
    return this.layerOf.get(highlight) ?? null;
  }

  clear(layer: Layer): void {
    this.highlights.get(layer)?.clear();
  }

  /** Hides or shows every layer; a focus mark being shown (keyboard navigation) stays. */
  setVisible(visible: boolean): void {
    this.shown = visible;
    for (const [layer, highlight] of this.highlights) {
      if (visible) this.register(layer, highlight);
      else if (layer !== 'focus' || highlight.size === 0) this.unregister(layer, highlight);
    }
  }

  /** Removes every one of Sourcemark's names from the registry, and only those. */
  dispose(): void {
    for (const [layer, highlight] of this.highlights) {
      highlight.clear();
      this.unregister(layer, highlight);
    }
    this.highlights.clear();
    this.layerOf.clear();
  }

  private highlightOf(layer: Layer): Highlight {
    let highlight = this.highlights.get(layer);
    if (!highlight) {
      highlight = new Highlight();
      highlight.priority = LAYERS[layer].priority;
      this.highlights.set(layer, highlight);
      this.layerOf.set(highlight, layer);
    }
    return highlight;
  }

  /** Deletes a name only while it is this highlighter's: a newer page view may have taken it. */
  private unregister(layer: Layer, highlight: Highlight): void {
    if (CSS.highlights.get(LAYERS[layer].name) === highlight) CSS.highlights.delete(LAYERS[layer].name);
  }

  private register(layer: Layer, highlight: Highlight): void {
    if (!this.shown && layer !== 'focus') return;
    // Set again when missing or replaced (a page script may have deleted it): the set is cheap.
    if (CSS.highlights.get(LAYERS[layer].name) !== highlight)
      CSS.highlights.set(LAYERS[layer].name, highlight);
  }
}
