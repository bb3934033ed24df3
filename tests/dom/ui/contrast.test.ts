/**
 * The colors of assets/ui.css meet WCAG AA, in light and in dark mode: text 4.5:1 against what it sits
 * on, and the edges of controls, tags, ratings and chart bars 3:1 against the page (non-text contrast).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('assets/ui.css', 'utf8');

/** The custom properties of the first `:root { … }` after `from` in the stylesheet. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf(':root {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const light = palette(0);
const dark = { ...light, ...palette(css.indexOf('@media (prefers-color-scheme: dark)')) };

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT: readonly [string, string][] = [
  ['fg', 'bg'],
  ['fg', 'card'],
  ['fg', 'row-hover'],
  ['fg', 'row-selected'],
  ['fg', 'accent-soft'],
  ['fg', 'mark'],
  ['muted', 'bg'],
  ['muted', 'card'],
  ['muted', 'row-hover'],
  ['muted', 'row-selected'],
  ['accent', 'bg'],
  ['accent', 'row-hover'],
  ['accent', 'accent-soft'],
  ['accent-fg', 'accent'],
  ['deny', 'bg'],
  ['deny', 'row-hover'],
  ['deny', 'row-selected'],
  ['danger', 'bg'],
  // The status bar: page colors swapped, and the page color on --danger for errors.
  ['bg', 'fg'],
  ['bg', 'danger'],
  ['rating-reliable', 'bg'],
  ['rating-mostly-reliable', 'bg'],
  ['rating-mixed', 'bg'],
  ['rating-unreliable', 'bg'],
  ['rating-unknown', 'bg'],
  ['rating-reliable', 'row-selected'],
  ['rating-unreliable', 'row-selected'],
  ['part-fg', 'part-asserted'],
  ['part-fg', 'part-denied'],
  ['part-fg', 'part-disputed'],
];

const EDGES: readonly [string, string][] = [
  ['control', 'bg'],
  ['control', 'card'],
  ['part-asserted', 'bg'],
  ['part-denied', 'bg'],
  ['part-disputed', 'bg'],
  ['tag-disputed', 'bg'],
  ['tag-verified', 'bg'],
  ['tag-needs-source', 'bg'],
  ['accent', 'bg'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('in %s mode', (_mode, colors) => {
  const color = (name: string) => {
    const value = colors[name];
    if (!value) throw new Error(`--${name} is not defined`);
    return value;
  };

  it.each(TEXT)('text in --%s on --%s reaches 4.5:1', (fg, bg) => {
    expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(EDGES)('--%s stands out from --%s at 3:1', (edge, bg) => {
    expect(contrast(color(edge), color(bg))).toBeGreaterThanOrEqual(3);
  });
});
