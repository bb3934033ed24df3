/**
 * This module runs the analysis on the article's text and turns its spans into DOM ranges, all collected
 * before anything is painted.
 */
import { analyze } from '../../src/analysis';
import type { TextIndex } from '../../src/anchoring/dom/text-index';
import type { Analysis, Attribution } from '../../src/model/attribution';
import type { Span } from '../../src/model/span';
import type { FindingSummary } from '../../src/messaging/page-summary';
import type { Layer } from './highlighter';

export interface Findings {
  readonly index: TextIndex;
  readonly analysis: Analysis;
  /** Ranges per layer, ready to paint. */
  readonly layers: ReadonlyMap<Layer, Range[]>;
  /** For each attribution, the range that spans it (to scroll to and to hit-test). */
  readonly anchors: readonly (Range | null)[];
}

const CLAIM_PREVIEW = 300;

export function findAttributions(index: TextIndex): Findings {
  const analysis = analyze(index.text);
  const layers = new Map<Layer, Range[]>([
    ['source', []],
    ['cue', []],
    ['claim', []],
    ['denial', []],
  ]);
  const push = (layer: Layer, spans: readonly Span[]) => {
    const list = layers.get(layer);
    for (const [start, end] of spans) {
      const range = index.rangeFromOffsets(start, end);
      if (range && list) list.push(range);
    }
  };
  const anchors = analysis.attributions.map((attribution) => {
    push('source', attribution.source);
    push('cue', attribution.cue);
    push(attribution.stance === 'deny' ? 'denial' : 'claim', attribution.content);
    const all = [...attribution.source, ...attribution.cue, ...attribution.content];
    const start = Math.min(...all.map(([s]) => s));
    const end = Math.max(...all.map(([, e]) => e));
    return all.length ? index.rangeFromOffsets(start, end) : null;
  });
  return { index, analysis, layers, anchors };
}

const textOf = (text: string, spans: readonly Span[]) =>
  spans
    .map(([s, e]) => text.slice(s, e))
    .join(' … ')
    .trim();

export function summarizeFinding(text: string, attribution: Attribution, index: number): FindingSummary {
  const claim = textOf(text, attribution.content);
  return {
    index,
    sourceName: attribution.sourceName || textOf(text, attribution.source) || 'unnamed source',
    sourceKind: attribution.sourceKind,
    cue: textOf(text, attribution.cue),
    claim: claim.length > CLAIM_PREVIEW ? `${claim.slice(0, CLAIM_PREVIEW - 1)}…` : claim,
    stance: attribution.stance,
  };
}

export function countFindings(analysis: Analysis) {
  const attributions = analysis.attributions.length;
  const denials = analysis.attributions.filter((a) => a.stance === 'deny').length;
  const claims = analysis.attributions.filter((a) => a.content.length > 0).length;
  return { attributions, claims, denials };
}
