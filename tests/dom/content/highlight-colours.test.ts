/**
 * The highlight styles (assets/highlights.css) keep their promises: a rule for every layer Sourcemark
 * paints and none for anyone else's; line colours with 3:1 contrast on white and on a near-black page;
 * tints light enough that the page's own text stays readable on both; each kind recognizable without
 * colour (line style, position, fill); and the kinds' colours still apart under simulated protanopia,
 * deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, full severity).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../extension/content/highlighter';

type Rgb = readonly [number, number, number];

interface Rule {
  readonly background: { rgb: Rgb; alpha: number } | null;
  readonly line: { position: string; style: string; rgb: Rgb } | null;
}

const css = readFileSync('assets/highlights.css', 'utf8');

function parseRules(text: string): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (const [, name = '', body = ''] of text.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const bg = /background-color:\s*rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)/.exec(body);
    const line =
      /text-decoration:\s*(underline|overline) (solid|dotted|dashed|wavy|double) rgb\((\d+) (\d+) (\d+)\)/.exec(
        body,
      );
    rules.set(name, {
      background: bg
        ? { rgb: [Number(bg[1]), Number(bg[2]), Number(bg[3])], alpha: Number(bg[4] ?? 1) }
        : null,
      line: line
        ? {
            position: line[1] ?? '',
            style: line[2] ?? '',
            rgb: [Number(line[3]), Number(line[4]), Number(line[5])],
          }
        : null,
    });
  }
  return rules;
}

const rules = parseRules(css);
const rule = (layer: keyof typeof LAYERS): Rule => {
  const found = rules.get(LAYERS[layer].name);
  if (!found) throw new Error(`no rule for ${layer}`);
  return found;
};

const WHITE: Rgb = [255, 255, 255];
const DARK_PAGE: Rgb = [18, 18, 18];
const DARK_TEXT: Rgb = [17, 17, 17];
const LIGHT_TEXT: Rgb = [232, 232, 232];

const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
};
const over = ({ rgb, alpha }: { rgb: Rgb; alpha: number }, page: Rgb): Rgb =>
  rgb.map((c, i) => c * alpha + (page[i] ?? 0) * (1 - alpha)) as unknown as Rgb;

const MACHADO: Record<string, readonly number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIE L*a*b* (D65) of a colour as seen with a deficiency, or with none. */
function lab(rgb: Rgb, deficiency?: string): [number, number, number] {
  let lin = rgb.map(linear);
  const m = deficiency ? MACHADO[deficiency] : undefined;
  if (m)
    lin = m.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, k, i) => sum + k * (lin[i] ?? 0), 0),
        ),
      ),
    );
  const [r = 0, g = 0, b = 0] = lin;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const deltaE = (a: Rgb, b: Rgb, deficiency?: string) => {
  const [l1, a1, b1] = lab(a, deficiency);
  const [l2, a2, b2] = lab(b, deficiency);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
};

/** The colour a kind is known by: its line, or its fill where it has no line. */
const signatureColour = (r: Rule): Rgb => r.line?.rgb ?? r.background?.rgb ?? WHITE;

const FINDING_KINDS = ['source', 'cue', 'claim', 'denial'] as const;
const READER_KINDS = ['tag-disputed', 'tag-verified', 'tag-needs-source', 'note'] as const;
const RATINGS = [
  'rating-reliable',
  'rating-mostly-reliable',
  'rating-mixed',
  'rating-unreliable',
  'rating-unknown',
] as const;

describe('the highlight styles', () => {
  it('style every layer Sourcemark paints, and nothing else', () => {
    const names = Object.values(LAYERS).map((layer) => layer.name);
    expect([...rules.keys()].sort()).toEqual([...names].sort());
  });

  it('draw lines with at least 3:1 contrast on white and on a dark page', () => {
    for (const [name, { line }] of rules) {
      if (!line) continue;
      expect(contrast(line.rgb, WHITE), `${name} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(line.rgb, DARK_PAGE), `${name} on a dark page`).toBeGreaterThanOrEqual(3);
    }
  });

  it('tint lightly enough that the page’s text keeps 4.5:1 on light and dark pages', () => {
    for (const [name, { background }] of rules) {
      if (!background) continue;
      expect(background.alpha, name).toBeLessThanOrEqual(0.4);
      expect(contrast(DARK_TEXT, over(background, WHITE)), `${name} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(LIGHT_TEXT, over(background, DARK_PAGE)), `${name} on dark`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('make each kind recognizable without colour: line position, line style or fill', () => {
    for (const group of [FINDING_KINDS, READER_KINDS, RATINGS]) {
      const looks = group.map((layer) => {
        const { line, background } = rule(layer);
        return `${line?.position ?? 'none'} ${line?.style ?? ''} ${background ? 'filled' : 'clear'}`;
      });
      expect(new Set(looks).size, group.join(', ')).toBe(group.length);
    }
  });

  it('keep the finding kinds’ colours apart with each common colour-vision deficiency', () => {
    for (const deficiency of [undefined, 'protanopia', 'deuteranopia', 'tritanopia']) {
      for (const [i, a] of FINDING_KINDS.entries()) {
        for (const b of FINDING_KINDS.slice(i + 1)) {
          const difference = deltaE(signatureColour(rule(a)), signatureColour(rule(b)), deficiency);
          expect(difference, `${a} / ${b} (${deficiency ?? 'typical vision'})`).toBeGreaterThanOrEqual(15);
        }
      }
    }
  });
});
