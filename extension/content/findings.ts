/**
 * This module turns the engine's attributions (offsets into the article's text) into findings on the live
 * page: DOM ranges per role, ready to paint and to hit-test, all collected before anything is painted.
 */
import type { TextIndex } from '../../src/anchoring/dom/text-index';
import type { Attribution } from '../../src/model/attribution';
import { spanHull, type Span } from '../../src/model/span';
import type { FindingSummary } from '../../src/messaging/page-summary';
import type { Layer } from './highlighter';

export type FindingRole = 'source' | 'cue' | 'content';

export interface Finding {
  /** Position in reading order on this page view. */
  readonly index: number;
  readonly attribution: Attribution;
  readonly kind: 'claim' | 'denial';
  /** The source as the reader should see it named ("It" resolved to "KCNA"). */
  readonly sourceName: string;
  /** The source's words on the page, when it is named there. */
  readonly sourceText: string;
  readonly cueText: string;
  readonly claimText: string;
  readonly ranges: Readonly<Record<FindingRole, readonly Range[]>>;
  /** The whole attribution, to scroll to and focus. */
  readonly hull: Range | null;
  /** The claim (or, without one, the whole attribution): what the reader tags. */
  readonly claimRange: Range | null;
}

export interface FindingSet {
  readonly findings: readonly Finding[];
  /** Every painted range, to find the finding under the pointer. */
  readonly byRange: ReadonlyMap<AbstractRange, Finding>;
  readonly layers: ReadonlyMap<Layer, readonly Range[]>;
}

export const EMPTY_FINDINGS: FindingSet = { findings: [], byRange: new Map(), layers: new Map() };

const CLAIM_PREVIEW = 300;

export function textOfSpans(text: string, spans: readonly Span[]): string {
  return spans
    .map(([s, e]) => text.slice(s, e))
    .join(' … ')
    .trim();
}

/**
 * Maps attributions to findings. With `after`, the findings of attributions that all come earlier in the
 * text (the article's opening, mapped and painted first), the new findings follow those.
 */
export function mapFindings(
  index: TextIndex,
  attributions: readonly Attribution[],
  after: FindingSet = EMPTY_FINDINGS,
): FindingSet {
  const layers = new Map<Layer, Range[]>(
    (['source', 'cue', 'claim', 'denial'] as const).map((layer) => [
      layer,
      [...(after.layers.get(layer) ?? [])],
    ]),
  );
  const byRange = new Map<AbstractRange, Finding>(after.byRange);
  const ordered = [...attributions].sort((a, b) => startOf(a) - startOf(b));
  const first = after.findings.length;
  const findings = ordered.map((attribution, i): Finding => {
    const toRanges = (spans: readonly Span[]) =>
      spans.flatMap(([s, e]) => index.rangeFromOffsets(s, e) ?? []);
    const ranges = {
      source: toRanges(attribution.source),
      cue: toRanges(attribution.cue),
      content: toRanges(attribution.content),
    };
    const all = [...attribution.source, ...attribution.cue, ...attribution.content];
    const hull = spanHull(all);
    const claimHull = spanHull(attribution.content) ?? hull;
    const text = index.text;
    const sourceText = textOfSpans(text, attribution.source);
    const kind = attribution.stance === 'deny' ? 'denial' : 'claim';
    return {
      index: first + i,
      attribution,
      kind,
      sourceName: attribution.sourceName || sourceText || 'Unnamed source',
      sourceText,
      cueText: textOfSpans(text, attribution.cue),
      claimText: textOfSpans(text, attribution.content),
      ranges,
      hull: hull ? index.rangeFromOffsets(hull[0], hull[1]) : null,
      claimRange: claimHull ? index.rangeFromOffsets(claimHull[0], claimHull[1]) : null,
    };
  });
  for (const finding of findings) {
    const put = (layer: Layer, ranges: readonly Range[]) => {
      for (const range of ranges) {
        layers.get(layer)?.push(range);
        byRange.set(range, finding);
      }
    };
    put('source', finding.ranges.source);
    put('cue', finding.ranges.cue);
    put(finding.kind, finding.ranges.content);
  }
  return { findings: [...after.findings, ...findings], byRange, layers };
}

function startOf(attribution: Attribution): number {
  const hull = spanHull([...attribution.source, ...attribution.cue, ...attribution.content]);
  return hull ? hull[0] : 0;
}

/**
 * The cue's words, for the card, the popup and the copied quote ("said", "according to"); none for a cue
 * that is only punctuation: the colon of "Trump: …" or the dash that signs a quote ("“…” — Ana Ruiz").
 */
export function cueWords(finding: Finding): string {
  return /\p{L}/u.test(finding.cueText) ? finding.cueText : '';
}

export function summarizeFinding(finding: Finding): FindingSummary {
  const claim = finding.claimText;
  return {
    index: finding.index,
    sourceName: finding.sourceName,
    sourceKind: finding.attribution.sourceKind,
    cue: cueWords(finding),
    claim: claim.length > CLAIM_PREVIEW ? `${claim.slice(0, CLAIM_PREVIEW - 1)}…` : claim,
    stance: finding.attribution.stance,
  };
}

export function countFindings(set: FindingSet) {
  const attributions = set.findings.length;
  const denials = set.findings.filter((f) => f.kind === 'denial').length;
  const claims = set.findings.filter((f) => f.attribution.content.length > 0).length;
  return { attributions, claims, denials };
}
