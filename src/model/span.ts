/** This module defines text spans: `[start, end)` offsets into a string, in UTF-16 code units. */

export type Span = readonly [start: number, end: number];

export function spanText(text: string, [start, end]: Span): string {
  return text.slice(start, end);
}

export function spanLength([start, end]: Span): number {
  return end - start;
}

/** The smallest span covering all of `spans`, or null for none. */
export function spanHull(spans: readonly Span[]): Span | null {
  if (spans.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const [s, e] of spans) {
    if (s < start) start = s;
    if (e > end) end = e;
  }
  return [start, end];
}
