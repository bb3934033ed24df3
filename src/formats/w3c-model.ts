/**
 * This module checks a W3C Web Annotation document against the MUSTs of the model: a single Annotation,
 * an AnnotationCollection with its first page embedded, an AnnotationPage, or a plain JSON list of
 * annotations. It returns the annotations found (with their place in the file) and every problem.
 */
import type { PathSegment } from './problems';
import { checkAgents, checkResources, type ResourceCheck } from './w3c-resources';
import {
  checkContext,
  checkDateTimes,
  checkId,
  checkLinks,
  fail,
  hasType,
  isIri,
  isObject,
  newFindings,
  oneValue,
  valuesOf,
  warn,
  type Findings,
  type Json,
} from './w3c-values';

export type W3CDocumentKind = 'annotation' | 'collection' | 'page' | 'list';

export interface FoundAnnotation {
  readonly path: readonly PathSegment[];
  readonly value: Json;
}

export interface W3CDocument extends Findings {
  readonly kind: W3CDocumentKind;
  readonly annotations: FoundAnnotation[];
  /** Items given only by IRI (annotations kept elsewhere): valid, but there is nothing here to import. */
  linkedItems: number;
  /** Later pages of a collection, given by IRI: not in this file. */
  morePages: boolean;
}

/** Checks one annotation; `embedded` ones (in a collection or page) may take `@context` from it. */
export function checkAnnotation(
  value: unknown,
  path: readonly PathSegment[],
  found: Findings,
  embedded: boolean,
): void {
  if (!isObject(value)) {
    fail(found, path, 'must be an annotation (a JSON object)');
    return;
  }
  if (!embedded || value['@context'] !== undefined) checkContext(value, path, found);
  checkId(value, path, found, 'an Annotation');
  if (!hasType(value, 'Annotation')) {
    fail(
      found,
      [...path, 'type'],
      value.type === undefined
        ? 'is missing; it must be "Annotation" (model 3.1)'
        : `${JSON.stringify(value.type)} is not "Annotation" (model 3.1)`,
    );
  }
  const check: ResourceCheck = { found, usesStyleClass: false };
  if (value.target === undefined)
    fail(found, [...path, 'target'], 'is missing: an Annotation has one or more targets (model 3.1)');
  else checkResources(value.target, [...path, 'target'], 'target', check);
  if (value.body !== undefined && value.bodyValue !== undefined) {
    fail(found, path, 'has both "body" and "bodyValue"; an Annotation has one or the other (model 3.2.5)');
  }
  if (value.bodyValue !== undefined && typeof value.bodyValue !== 'string') {
    fail(found, [...path, 'bodyValue'], 'must be exactly one string (model 3.2.5)');
  }
  if (value.body !== undefined) checkResources(value.body, [...path, 'body'], 'body', check);
  checkDateTimes(value, path, found, ['created', 'modified', 'generated']);
  checkLinks(value, path, found);
  checkAgents(value, path, found);
  if (check.usesStyleClass && value.stylesheet === undefined) {
    fail(found, path, 'uses "styleClass" but has no "stylesheet" (model 4.4)');
  }
  for (const motivation of valuesOf(value.motivation ?? [])) {
    if (typeof motivation !== 'string') fail(found, [...path, 'motivation'], 'must be text');
  }
}

function checkPage(page: Json, path: readonly PathSegment[], doc: W3CDocument, embedded: boolean): void {
  if (!embedded) checkContext(page, path, doc);
  checkId(page, path, doc, 'an AnnotationPage');
  if (!hasType(page, 'AnnotationPage')) fail(doc, [...path, 'type'], 'must be "AnnotationPage" (model 5.2)');
  for (const key of ['next', 'prev']) {
    if (page[key] !== undefined && !isIri(oneValue(page[key]).ok ? valuesOf(page[key])[0] : null))
      fail(doc, [...path, key], 'must be one IRI (model 5.2)');
  }
  if (page.startIndex !== undefined && !(Number.isInteger(page.startIndex) && Number(page.startIndex) >= 0)) {
    fail(doc, [...path, 'startIndex'], 'must be a whole number ≥ 0 (model 5.2)');
  }
  if (page.next !== undefined) doc.morePages = true;
  if (!Array.isArray(page.items)) {
    fail(doc, [...path, 'items'], 'must be the list of annotations (model 5.2)');
    return;
  }
  page.items.forEach((item, i) => {
    if (typeof item === 'string' && isIri(item)) doc.linkedItems++;
    else {
      checkAnnotation(item, [...path, 'items', i], doc, true);
      if (isObject(item)) doc.annotations.push({ path: [...path, 'items', i], value: item });
    }
  });
}

function checkCollection(value: Json, doc: W3CDocument): void {
  checkContext(value, [], doc);
  checkId(value, [], doc, 'an AnnotationCollection');
  if (value.label !== undefined && !valuesOf(value.label).every((l) => typeof l === 'string'))
    fail(doc, ['label'], 'must be text (model 5.1)');
  if (value.total !== undefined && !(Number.isInteger(value.total) && Number(value.total) >= 0))
    fail(doc, ['total'], 'must be a whole number ≥ 0 (model 5.1)');
  if (value.last !== undefined && !isIri(value.last)) fail(doc, ['last'], 'must be one IRI (model 5.1)');
  checkDateTimes(value, [], doc, ['created', 'modified']);
  checkLinks(value, [], doc);
  const first = value.first;
  if (first === undefined) {
    if (Number(value.total) > 0)
      fail(doc, ['first'], 'is missing although the collection has annotations (model 5.1)');
  } else if (isIri(first)) {
    doc.morePages = true;
  } else if (!isObject(first)) {
    fail(doc, ['first'], 'must be an IRI or the first AnnotationPage (model 5.1)');
  } else {
    checkPage(first, ['first'], doc, true);
  }
}

export function checkW3CDocument(value: unknown): W3CDocument {
  const doc = (kind: W3CDocumentKind): W3CDocument => ({
    ...newFindings(),
    kind,
    annotations: [],
    linkedItems: 0,
    morePages: false,
  });
  if (Array.isArray(value)) {
    const list = doc('list');
    warn(list, [], 'a plain list of annotations: not a W3C container, read item by item');
    value.forEach((item, i) => {
      checkAnnotation(item, [i], list, false);
      if (isObject(item)) list.annotations.push({ path: [i], value: item });
    });
    return list;
  }
  if (isObject(value) && hasType(value, 'AnnotationCollection')) {
    const collection = doc('collection');
    checkCollection(value, collection);
    return collection;
  }
  if (isObject(value) && hasType(value, 'AnnotationPage')) {
    const page = doc('page');
    checkPage(value, [], page, false);
    return page;
  }
  const single = doc('annotation');
  checkAnnotation(value, [], single, false);
  if (isObject(value)) single.annotations.push({ path: [], value });
  return single;
}
