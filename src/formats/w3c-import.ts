/**
 * This module reads a W3C Web Annotation (already checked against the model) as a Sourcemark annotation,
 * when it is one Sourcemark can keep: a passage of one web page, found by a TextQuoteSelector. Tags come
 * from "tagging" bodies, the note from the other text bodies, our own fields from the `sourcemark` data.
 */
import * as v from 'valibot';
import type { Annotation, AnnotationKind } from '../model/annotation';
import { normalizePageUrl } from '../model/page';
import { AnchorStatusSchema, AnnotationKindSchema, IdSchema, LIMITS, StanceSchema } from '../model/schemas';
import { positionFromCodePoints } from './code-points';
import { cleanTags, finish, htmlToText, skipped, trimContext, type ImportItem } from './import-item';
import { problem, type PathSegment } from './problems';
import { stableId } from './stable-id';
import { problemsFromIssues } from './valibot-problems';
import { ID_PREFIX, SOURCEMARK_TERM } from './w3c-export';
import type { FoundAnnotation } from './w3c-model';
import { hasType, isObject, oneValue, valuesOf, type Findings, type Json } from './w3c-values';

const SourcemarkDataSchema = v.strictObject({
  kind: AnnotationKindSchema,
  stance: v.nullable(StanceSchema),
  sourceName: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.name))),
  anchor: AnchorStatusSchema,
  astralBefore: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.offset))),
});

const KINDS: readonly string[] = ['highlight', 'claim', 'denial', 'attribution'];

/** Our own ids come back as they were; other IRIs give a stable id of their own. */
export function idFromIri(iri: string): string {
  const uuid = /^urn:uuid:([0-9a-f-]{36})$/i.exec(iri)?.[1];
  if (uuid) return uuid.toLowerCase();
  const ours = iri.startsWith(ID_PREFIX) ? iri.slice(ID_PREFIX.length) : null;
  if (ours && v.is(IdSchema, ours)) return ours;
  return stableId('w3c', iri);
}

/** The TextQuoteSelector among `selectors`, looking into refinements too (a quote within a fragment). */
function findQuote(selectors: readonly unknown[], depth = 0): Json | null {
  for (const selector of selectors) {
    if (!isObject(selector)) continue;
    if (selector.type === 'TextQuoteSelector') return selector;
    if (depth < 8 && selector.refinedBy !== undefined) {
      const inner = findQuote(valuesOf(selector.refinedBy), depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}

interface Bodies {
  readonly tags: string[];
  readonly notes: string[];
  kind: AnnotationKind | null;
}

function readBodies(value: Json, path: readonly PathSegment[], found: Findings): Bodies {
  const bodies: Bodies = { tags: [], notes: [], kind: null };
  if (typeof value.bodyValue === 'string') bodies.notes.push(value.bodyValue);
  const motivations = valuesOf(value.motivation ?? []);
  const read = (body: unknown, at: readonly PathSegment[]) => {
    if (isObject(body) && hasType(body, 'Choice') && Array.isArray(body.items)) {
      // A choice offers alternatives: the first is the one shown by default.
      return read(body.items[0], [...at, 'items', 0]);
    }
    if (!isObject(body) || typeof body.value !== 'string') {
      found.warnings.push(problem(at, 'a body that is not text (a link or a resource) is not imported'));
      return;
    }
    const purposes = valuesOf(body.purpose ?? []);
    const text = body.format === 'text/html' ? htmlToText(body.value) : body.value;
    if (purposes.includes('tagging') || (purposes.length === 0 && motivations.includes('tagging'))) {
      bodies.tags.push(text);
    } else if (purposes.includes('classifying') && KINDS.includes(text)) {
      bodies.kind = text as AnnotationKind;
    } else if (text.trim()) {
      bodies.notes.push(text);
    }
  };
  if (value.body !== undefined) {
    const list = valuesOf(value.body);
    list.forEach((body, i) =>
      read(body, Array.isArray(value.body) ? [...path, 'body', i] : [...path, 'body']),
    );
  }
  return bodies;
}

function timeOf(value: unknown): number | null {
  const one = oneValue(value);
  const time = one.ok && typeof one.value === 'string' ? Date.parse(one.value) : NaN;
  return Number.isFinite(time) && time >= 0 ? time : null;
}

export function fromW3CAnnotation(found: FoundAnnotation, now: number, findings: Findings): ImportItem {
  const { path, value } = found;
  const targets = valuesOf(value.target);
  if (targets.length !== 1)
    return skipped(path, `it has ${targets.length} targets; Sourcemark keeps passages of one page`);
  const target = targets[0];
  const at: PathSegment[] = Array.isArray(value.target) ? [...path, 'target', 0] : [...path, 'target'];
  if (!isObject(target) || target.source === undefined) {
    return skipped(
      path,
      'its target is a whole resource, not a passage of text (no SpecificResource with a selector)',
    );
  }
  const source = isObject(target.source) ? valuesOf(target.source.id)[0] : target.source;
  const pageUrl = typeof source === 'string' ? normalizePageUrl(source) : null;
  if (!pageUrl)
    return skipped(path, `its target ${JSON.stringify(source)} is not a web page (http or https)`);
  const selectors = valuesOf(target.selector ?? []);
  const quote = findQuote(selectors);
  if (!quote || typeof quote.exact !== 'string') {
    return skipped(path, 'it has no TextQuoteSelector: Sourcemark needs the quoted text to find the passage');
  }
  if (!quote.exact) return skipped(path, 'its TextQuoteSelector quotes nothing');

  const data =
    value[SOURCEMARK_TERM] === undefined ? null : v.safeParse(SourcemarkDataSchema, value[SOURCEMARK_TERM]);
  if (data && !data.success) {
    findings.problems.push(...problemsFromIssues(data.issues, [...path, SOURCEMARK_TERM]));
    return skipped(path, 'its Sourcemark data is malformed');
  }
  const ours = data?.output ?? null;
  const position = selectors.find((s): s is Json => isObject(s) && s.type === 'TextPositionSelector');
  const positionAt = [...at, 'selector', selectors.indexOf(position)];
  if (position && (Number(position.end) > LIMITS.offset || Number(position.start) > LIMITS.offset)) {
    findings.problems.push(problem(positionAt, `offsets past ${LIMITS.offset} are more than any page holds`));
    return skipped(path, 'its position is out of range');
  }
  const bodies = readBodies(value, path, findings);
  const created = timeOf(value.created) ?? timeOf(value.generated) ?? now;
  const context = trimContext(String(quote.prefix ?? ''), String(quote.suffix ?? ''), at, findings);
  const astralBefore = ours?.astralBefore;
  const annotation: Annotation = {
    id: idFromIri(String(oneValue(value.id).ok ? valuesOf(value.id)[0] : '')),
    pageUrl,
    target: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, ...context },
      position: position
        ? positionFromCodePoints(
            { start: Number(position.start), end: Number(position.end) },
            quote.exact,
            astralBefore,
          )
        : { type: 'TextPositionSelector', start: 0, end: 0 },
      ...(astralBefore !== undefined ? { astralBefore } : {}),
    },
    kind: ours?.kind ?? bodies.kind ?? 'highlight',
    tags: cleanTags(bodies.tags, path, findings),
    note: bodies.notes.join('\n\n'),
    sourceName: ours?.sourceName ?? null,
    stance: ours?.stance ?? null,
    created,
    updated: timeOf(value.modified) ?? created,
    // Never anchored by Sourcemark yet: the next visit to the page looks for it.
    anchor: ours?.anchor ?? 'orphan',
  };
  return finish(annotation, '', path, findings);
}
