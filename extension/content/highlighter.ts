/**
 * This module paints with the CSS Custom Highlight API: one named highlight per layer, in Sourcemark's own
 * namespace. It never touches the page's DOM and only ever sets or deletes its own names in the registry
 * (never `CSS.highlights.clear()`, which would wipe the page's highlights too).
 */

export const LAYERS = {
  source: { name: 'sourcemark-source', priority: 1 },
  cue: { name: 'sourcemark-cue', priority: 2 },
  claim: { name: 'sourcemark-claim', priority: 0 },
  denial: { name: 'sourcemark-denial', priority: 0 },
  note: { name: 'sourcemark-note', priority: 3 },
  'tag-disputed': { name: 'sourcemark-tag-disputed', priority: 4 },
  'tag-needs-source': { name: 'sourcemark-tag-needs-source', priority: 4 },
  'tag-verified': { name: 'sourcemark-tag-verified', priority: 4 },
  focus: { name: 'sourcemark-focus', priority: 10 },
} as const;

export type Layer = keyof typeof LAYERS;

/** Whether this browser can paint highlights (Chrome 105+, Firefox 140+, Safari 17.2+). */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private readonly highlights = new Map<Layer, Highlight>();
  private shown = true;

  get visible(): boolean {
    return this.shown;
  }

  /** Replaces a layer's ranges. */
  set(layer: Layer, ranges: Iterable<AbstractRange>): void {
    const highlight = new Highlight(...ranges);
    highlight.priority = LAYERS[layer].priority;
    this.highlights.set(layer, highlight);
    if (this.shown || layer === 'focus') CSS.highlights.set(LAYERS[layer].name, highlight);
  }

  ranges(layer: Layer): AbstractRange[] {
    return [...(this.highlights.get(layer) ?? [])];
  }

  clear(layer: Layer): void {
    this.highlights.delete(layer);
    CSS.highlights.delete(LAYERS[layer].name);
  }

  setVisible(visible: boolean): void {
    this.shown = visible;
    for (const [layer, highlight] of this.highlights) {
      if (layer === 'focus') continue;
      if (visible) CSS.highlights.set(LAYERS[layer].name, highlight);
      else CSS.highlights.delete(LAYERS[layer].name);
    }
  }

  dispose(): void {
    for (const layer of this.highlights.keys()) CSS.highlights.delete(LAYERS[layer].name);
    this.highlights.clear();
  }
}
