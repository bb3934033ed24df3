/**
 * This module finds which of Sourcemark's ranges lie under a point when the browser cannot say
 * (`highlightsFromPoint` is missing): it keeps the ranges' client rectangles in page coordinates, built on
 * first use and thrown away whenever the layout may have moved (resize, the page changing, a scroll inside
 * an element). Scrolling the window does not move page coordinates, so it costs nothing.
 */

interface Box {
  readonly range: AbstractRange;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export class RectIndex {
  private boxes: Box[] | null = null;

  constructor(private readonly ranges: () => Iterable<AbstractRange>) {}

  invalidate(): void {
    this.boxes = null;
  }

  /** The ranges whose rectangles contain the viewport point (x, y). */
  at(x: number, y: number): AbstractRange[] {
    const px = x + scrollX;
    const py = y + scrollY;
    const hits: AbstractRange[] = [];
    for (const box of this.build()) {
      if (px >= box.left && px <= box.right && py >= box.top && py <= box.bottom) hits.push(box.range);
    }
    return hits;
  }

  private build(): Box[] {
    if (this.boxes) return this.boxes;
    const boxes: Box[] = [];
    for (const range of this.ranges()) {
      if (!(range instanceof Range) || range.collapsed) continue;
      for (const rect of range.getClientRects()) {
        if (rect.width === 0 || rect.height === 0) continue;
        boxes.push({
          range,
          left: rect.left + scrollX,
          top: rect.top + scrollY,
          right: rect.right + scrollX,
          bottom: rect.bottom + scrollY,
        });
      }
    }
    this.boxes = boxes;
    return boxes;
  }
}
