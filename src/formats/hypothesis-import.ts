/**
 * This module reads the JSON the Hypothesis client exports (`{export_date, export_userid, client_version,
 * annotations}`), the same annotations as its API returns them (`{total, rows}`), or a plain list of them.
 * Hypothesis stores positions in UTF-16 code units of the page text, as Sourcemark does. Replies and page
 * notes have no passage of text and are not imported; fields Sourcemark has no use for are ignored.
 */
import * as v from 'valibot';
import type { Annotation } from '../model/annotation';
import { normalizePageUrl } from '../model/page';
import { LIMITS } from '../model/schemas';
import { cleanTags, finish, skipped, trimContext, type ImportItem } from './import-item';
import type { PathSegment } from './problems';
import { stableId } from './stable-id';
import { problemsFromIssues } from './valibot-problems';
import { isObject, type Findings } from './w3c-values';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset));

const QuoteSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: text(LIMITS.quote),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});
const PositionSchema = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'start is after end'),
);
const SelectorSchema = v.looseObject({ type: text(100) });

const HypothesisAnnotationSchema = v.looseObject({
  id: v.optional(text(200)),
  uri: text(LIMITS.url),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
  text: v.optional(text(LIMITS.note), ''),
  tags: v.optional(v.pipe(v.array(text(500)), v.maxLength(1000)), []),
  target: v.array(v.looseObject({ source: text(LIMITS.url), selector: v.optional(v.array(SelectorSchema)) })),
  references: v.optional(v.array(v.string())),
  document: v.optional(v.looseObject({ title: v.optional(v.union([v.string(), v.array(v.string())])) })),
});

/** Where a Hypothesis file keeps its annotations, or null when `value` is not one. */
export function hypothesisRows(value: unknown): { rows: unknown[]; at: PathSegment[] } | null {
  const looksLikeRow = (row: unknown) =>
    isObject(row) && typeof row.uri === 'string' && Array.isArray(row.target);
  if (isObject(value)) {
    if (Array.isArray(value.annotations) && ('export_date' in value || 'client_version' in value)) {
      return { rows: value.annotations, at: ['annotations'] };
    }
    if (Array.isArray(value.rows) && 'total' in value) return { rows: value.rows, at: ['rows'] };
  }
  if (Array.isArray(value) && value.length > 0 && value.every(looksLikeRow)) return { rows: value, at: [] };
  return null;
}

function timeOf(value: string | undefined): number | null {
  const time = value ? Date.parse(value) : NaN;
  return Number.isFinite(time) && time >= 0 ? time : null;
}

export function fromHypothesis(
  row: unknown,
  path: readonly PathSegment[],
  now: number,
  found: Findings,
): ImportItem {
  const parsed = v.safeParse(HypothesisAnnotationSchema, row);
  if (!parsed.success) {
    found.problems.push(...problemsFromIssues(parsed.issues, path));
    return skipped(path, 'it is malformed');
  }
  const h = parsed.output;
  if (h.references && h.references.length > 0) return skipped(path, 'it is a reply to another annotation');
  const target = h.target[0];
  if (h.target.length !== 1 || !target)
    return skipped(path, `it has ${h.target.length} targets; Sourcemark keeps passages of one page`);
  const pageUrl = normalizePageUrl(target.source);
  if (!pageUrl)
    return skipped(path, `its document ${JSON.stringify(target.source)} is not a web page (http or https)`);
  const selectors = target.selector ?? [];
  const selectorAt = (i: number): PathSegment[] => [...path, 'target', 0, 'selector', i];
  const quoteAt = selectors.findIndex((s) => s.type === 'TextQuoteSelector');
  const positionAt = selectors.findIndex((s) => s.type === 'TextPositionSelector');
  if (quoteAt < 0) return skipped(path, 'it is a page note: it quotes no passage of the page');
  const quoted = v.safeParse(QuoteSchema, selectors[quoteAt]);
  const placed = positionAt < 0 ? null : v.safeParse(PositionSchema, selectors[positionAt]);
  if (!quoted.success || (placed && !placed.success)) {
    if (!quoted.success) found.problems.push(...problemsFromIssues(quoted.issues, selectorAt(quoteAt)));
    if (placed && !placed.success)
      found.problems.push(...problemsFromIssues(placed.issues, selectorAt(positionAt)));
    return skipped(path, 'its selectors are malformed');
  }
  const quote = quoted.output;
  const position = placed?.success ? placed.output : null;
  if (!quote.exact) return skipped(path, 'it quotes nothing');
  const created = timeOf(h.created) ?? now;
  const title = typeof h.document?.title === 'string' ? h.document.title : (h.document?.title?.[0] ?? '');
  const context = trimContext(quote.prefix, quote.suffix, selectorAt(quoteAt), found);
  const start = position?.start ?? 0;
  const end = position?.end ?? 0;
  const annotation: Annotation = {
    id:
      h.id && /^[\w-]{1,60}$/.test(h.id)
        ? `h-${h.id}`
        : stableId('h', h.id ?? `${h.uri} ${quote.exact} ${created}`),
    pageUrl,
    target: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, ...context },
      position: { type: 'TextPositionSelector', start, end },
    },
    kind: 'highlight',
    tags: cleanTags(h.tags, [...path, 'tags'], found),
    note: h.text,
    sourceName: null,
    stance: null,
    created,
    updated: timeOf(h.updated) ?? created,
    anchor: 'orphan',
  };
  return finish(annotation, title, path, found);
}
