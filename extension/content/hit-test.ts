/**
 * This module answers "which of Sourcemark's ranges are under the pointer". Highlights get no pointer
 * events, so it asks the browser with `CSS.highlights.highlightsFromPoint` where there is one, keeping only
 * ranges of Sourcemark's own highlights that Sourcemark itself put there (a page can add ranges to any
 * highlight in the registry); elsewhere it falls back to an index of the ranges' client rectangles.
 */
import type { Highlighter } from './highlighter';
import { RectIndex } from './rect-index';

interface HitResult {
  readonly highlight: Highlight;
  readonly ranges?: readonly AbstractRange[];
}

type HighlightsFromPoint = (x: number, y: number) => readonly (HitResult | Highlight)[];

function nativeHitTest(): HighlightsFromPoint | null {
  const registry = CSS.highlights as HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint };
  return typeof registry.highlightsFromPoint === 'function'
    ? (x, y) => registry.highlightsFromPoint?.(x, y) ?? []
    : null;
}

export class HitTester {
  private readonly native = nativeHitTest();
  private readonly rects: RectIndex;

  constructor(
    private readonly highlighter: Highlighter,
    /** Every range Sourcemark would answer for (its findings' and annotations' ranges). */
    private readonly known: () => ReadonlySet<AbstractRange>,
  ) {
    this.rects = new RectIndex(() => this.known());
  }

  get usesNative(): boolean {
    return this.native !== null;
  }

  /** The layout may have moved: rectangles are measured again on next use. */
  invalidate(): void {
    this.rects.invalidate();
  }

  /** Sourcemark's ranges under the viewport point (x, y), innermost (shortest) first. */
  at(x: number, y: number): AbstractRange[] {
    const known = this.known();
    if (known.size === 0) return [];
    const hits = this.native ? this.fromRegistry(x, y, known) : this.rects.at(x, y);
    return hits.filter((range) => known.has(range)).sort((a, b) => lengthOf(a) - lengthOf(b));
  }

  private fromRegistry(x: number, y: number, known: ReadonlySet<AbstractRange>): AbstractRange[] {
    const results = this.native?.(x, y) ?? [];
    const hits: AbstractRange[] = [];
    for (const result of results) {
      const highlight = result instanceof Highlight ? result : result.highlight;
      if (this.highlighter.layerOfHighlight(highlight) === null) continue;
      // Early implementations return highlights without their ranges: find ours by rectangles then.
      const ranges = result instanceof Highlight ? undefined : result.ranges;
      if (ranges) hits.push(...ranges.filter((r) => known.has(r)));
      else return this.rects.at(x, y);
    }
    return hits;
  }
}

function lengthOf(range: AbstractRange): number {
  return range instanceof Range ? range.toString().length : 1;
}
