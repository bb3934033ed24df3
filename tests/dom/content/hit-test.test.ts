/**
 * Finding the ranges under the pointer: with the browser's `highlightsFromPoint`, only ranges Sourcemark
 * itself painted count (a page can add ranges to any highlight); without it, an index of the ranges'
 * client rectangles answers, in page coordinates, and is rebuilt after the layout may have moved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Highlighter } from '../../../extension/content/highlighter';
import { HitTester } from '../../../extension/content/hit-test';
import { RectIndex } from '../../../extension/content/rect-index';
import { installHighlights } from './highlight-registry';

function rangeOver(text: string): Range {
  const node = document.body.firstChild as Text;
  const start = node.data.indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  return range;
}

/** Gives each range fixed client rectangles (happy-dom has no layout). */
function layout(boxes: Map<Range, DOMRect[]>): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const rects = boxes.get(this) ?? [];
    return Object.assign([...rects], { item: (i: number) => rects[i] ?? null }) as unknown as DOMRectList;
  });
}

const rect = (x: number, y: number, width: number, height: number) => new DOMRect(x, y, width, height);

let registry: ReturnType<typeof installHighlights>;

beforeEach(() => {
  registry = installHighlights();
  document.body.textContent = 'The ministry denied the report, officials said.';
});

afterEach(() => {
  vi.restoreAllMocks();
  window.scrollTo(0, 0);
});

describe('the rectangle index', () => {
  it('finds the ranges whose rectangles hold the point, also over several lines', () => {
    const denied = rangeOver('denied');
    const said = rangeOver('officials said');
    layout(
      new Map([
        [denied, [rect(100, 10, 50, 20)]],
        [said, [rect(300, 10, 80, 20), rect(0, 30, 40, 20)]],
      ]),
    );
    const index = new RectIndex(() => [denied, said]);
    expect(index.at(120, 15)).toEqual([denied]);
    expect(index.at(10, 40)).toEqual([said]);
    expect(index.at(200, 15)).toEqual([]);
  });

  it('measures once, and again only after being told the layout moved', () => {
    const denied = rangeOver('denied');
    const boxes = new Map([[denied, [rect(100, 10, 50, 20)]]]);
    layout(boxes);
    const index = new RectIndex(() => [denied]);
    expect(index.at(120, 15)).toEqual([denied]);
    boxes.set(denied, [rect(100, 200, 50, 20)]);
    expect(index.at(120, 15)).toEqual([denied]);
    index.invalidate();
    expect(index.at(120, 15)).toEqual([]);
    expect(index.at(120, 210)).toEqual([denied]);
  });
});

describe('the hit tester', () => {
  it('uses the browser’s answer where there is one, keeping only its own ranges', () => {
    const highlighter = new Highlighter();
    const denied = rangeOver('denied');
    highlighter.set('cue', [denied]);
    const planted = rangeOver('report');
    const own = registry.get('sourcemark-cue');
    if (!own) throw new Error('no highlight');
    own.add(planted);
    const pageHighlight = new Highlight(rangeOver('ministry'));
    Object.assign(registry, {
      highlightsFromPoint: () => [
        { highlight: pageHighlight, ranges: [...pageHighlight] },
        { highlight: own, ranges: [planted, denied] },
      ],
    });
    const hits = new HitTester(highlighter, () => new Set([denied]));
    expect(hits.usesNative).toBe(true);
    expect(hits.at(1, 1)).toEqual([denied]);
  });

  it('falls back to rectangles, innermost range first', () => {
    const highlighter = new Highlighter();
    const claim = rangeOver('The ministry denied the report');
    const cue = rangeOver('denied');
    layout(
      new Map([
        [claim, [rect(0, 10, 300, 20)]],
        [cue, [rect(100, 10, 50, 20)]],
      ]),
    );
    const hits = new HitTester(highlighter, () => new Set([claim, cue]));
    expect(hits.usesNative).toBe(false);
    expect(hits.at(120, 15)).toEqual([cue, claim]);
    expect(hits.at(20, 15)).toEqual([claim]);
  });
});
