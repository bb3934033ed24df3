/**
 * This module checks an annotation's bodies and targets against the MUSTs of the W3C Web Annotation model
 * (sections 3.2–4): what each kind of resource is (an IRI, an External Web Resource, a TextualBody, a
 * SpecificResource, a Choice), the properties it may not have, and its selectors and states.
 */
import { MAX_JSON_DEPTH } from './limits';
import type { PathSegment } from './problems';
import { checkSelectors, checkStates } from './w3c-selectors';
import {
  checkDateTimes,
  checkLinks,
  checkStrings,
  fail,
  hasType,
  isIri,
  isObject,
  oneValue,
  typesOf,
  valuesOf,
  warn,
  type Findings,
  type Json,
} from './w3c-values';

export type Role = 'body' | 'target';

/** What checking the resources learned that the annotation-level check needs. */
export interface ResourceCheck {
  readonly found: Findings;
  usesStyleClass: boolean;
}

const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);

/** Composite, List and Independents were in drafts of the model; the Recommendation dropped them. */
const OLD_MULTIPLICITY = ['Composite', 'List', 'Independents'];

function forbid(
  object: Json,
  path: readonly PathSegment[],
  check: ResourceCheck,
  keys: string[],
  what: string,
): void {
  for (const key of keys) {
    if (object[key] !== undefined)
      fail(check.found, [...path, key], `${what} cannot have "${key}" (model 3.2–4)`);
  }
}

/** Properties any body or target (and a SpecificResource's source) may carry, checked when present. */
function checkCommonProperties(object: Json, path: readonly PathSegment[], check: ResourceCheck): void {
  const { found } = check;
  if (object.textDirection !== undefined) {
    const one = oneValue(object.textDirection);
    if (!one.ok || !['ltr', 'rtl', 'auto'].includes(String(one.value))) {
      fail(found, [...path, 'textDirection'], 'must be exactly one of "ltr", "rtl", "auto" (model 3.2.1)');
    }
  }
  checkDateTimes(object, path, found, ['created', 'modified']);
  checkLinks(object, path, found);
  checkStrings(object, path, found, ['format', 'language']);
  checkStrings(object, path, found, ['processingLanguage'], true);
  checkAgents(object, path, found);
  if (object.purpose !== undefined) {
    for (const purpose of valuesOf(object.purpose)) {
      if (typeof purpose !== 'string' || !MOTIVATIONS.has(purpose)) {
        warn(
          found,
          [...path, 'purpose'],
          `${JSON.stringify(purpose)} is not one of the model's motivations (3.3.5)`,
        );
      }
    }
  }
}

/** creator and generator are IRIs or Agent objects (model 3.3.1–3.3.2). */
export function checkAgents(object: Json, path: readonly PathSegment[], found: Findings): void {
  for (const key of ['creator', 'generator'] as const) {
    if (object[key] === undefined) continue;
    const agents = valuesOf(object[key]);
    if (agents.length === 0 || !agents.every((agent) => isIri(agent) || isObject(agent))) {
      fail(found, [...path, key], 'must be an IRI or an Agent (an object) (model 3.3.1)');
    }
  }
}

/** One body or target, or each of an array of them. */
export function checkResources(
  value: unknown,
  path: readonly PathSegment[],
  role: Role,
  check: ResourceCheck,
): void {
  if (Array.isArray(value)) {
    if (value.length === 0) fail(check.found, path, `is an empty list; give at least one ${role}`);
    value.forEach((item, i) => checkResource(item, [...path, i], role, check, 0));
  } else {
    checkResource(value, path, role, check, 0);
  }
}

function checkResource(
  value: unknown,
  path: readonly PathSegment[],
  role: Role,
  check: ResourceCheck,
  depth: number,
): void {
  const { found } = check;
  if (depth > MAX_JSON_DEPTH) return fail(found, path, 'is nested too deeply');
  if (typeof value === 'string') {
    if (!isIri(value))
      fail(found, path, `${JSON.stringify(value)} is neither an IRI nor a resource object (model 3.2)`);
    return;
  }
  if (!isObject(value))
    return fail(found, path, `must be an IRI or an object, not ${describe(value)} (model 3.2)`);
  const types = typesOf(value);
  if (types.includes('Choice') || value.items !== undefined) {
    if (types.length !== 1 || value.type !== 'Choice') {
      const old = types.filter((t) => OLD_MULTIPLICITY.includes(t));
      if (old.length === 1 && types.length === 1 && Array.isArray(value.items)) {
        warn(
          found,
          [...path, 'type'],
          `"${old[0]}" was dropped from the final Recommendation; "Choice" remains`,
        );
      } else {
        return fail(
          found,
          path,
          `has "items" but is not a Choice (its type must be exactly "Choice") (model 3.2.7)`,
        );
      }
    }
    forbid(value, path, check, ['value', 'source', 'purpose'], 'a Choice');
    if (!Array.isArray(value.items) || value.items.length === 0) {
      return fail(found, [...path, 'items'], 'must list one or more resources (model 3.2.7)');
    }
    value.items.forEach((item, i) => checkResource(item, [...path, 'items', i], role, check, depth + 1));
    return;
  }
  checkCommonProperties(value, path, check);
  if (value.styleClass !== undefined) {
    check.usesStyleClass = true;
    const classes = valuesOf(value.styleClass);
    if (classes.length === 0 || !classes.every((c) => typeof c === 'string'))
      fail(found, [...path, 'styleClass'], 'must be text');
  }
  if (value.source !== undefined || hasType(value, 'SpecificResource')) {
    return checkSpecificResource(value, path, check, depth);
  }
  if (value.value !== undefined || hasType(value, 'TextualBody')) {
    if (role === 'target')
      return fail(found, path, 'a target cannot be an embedded TextualBody (model 3.2.4)');
    if (typeof value.value !== 'string') {
      return fail(
        found,
        [...path, 'value'],
        value.value === undefined
          ? 'is missing: a TextualBody has one text value (model 3.2.4)'
          : 'must be exactly one string (model 3.2.4)',
      );
    }
    return;
  }
  if (value.id === undefined) {
    return fail(
      found,
      path,
      'is not a resource the model knows: it has no "id" (External Web Resource), "value" (TextualBody), "source" (SpecificResource) or "items" (Choice) (model 3.2)',
    );
  }
  const id = oneValue(value.id);
  if (!id.ok || !isIri(id.value))
    fail(found, [...path, 'id'], `${JSON.stringify(value.id)} is not one IRI (model 3.2.1)`);
  forbid(value, path, check, ['purpose'], 'an External Web Resource');
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

function checkSpecificResource(
  value: Json,
  path: readonly PathSegment[],
  check: ResourceCheck,
  depth: number,
): void {
  const { found } = check;
  forbid(value, path, check, ['value'], 'a SpecificResource');
  const source = value.source;
  if (source === undefined) {
    fail(
      found,
      [...path, 'source'],
      'is missing: a SpecificResource names the resource it is part of (model 4)',
    );
  } else if (isObject(source)) {
    const id = oneValue(source.id);
    if (!id.ok || !isIri(id.value))
      fail(
        found,
        [...path, 'source', 'id'],
        'must be one IRI: the resource the SpecificResource is part of (model 4)',
      );
    checkCommonProperties(source, [...path, 'source'], check);
  } else if (!isIri(source)) {
    fail(found, [...path, 'source'], `${JSON.stringify(source)} is not an IRI (model 4)`);
  }
  if (value.selector !== undefined) checkSelectors(value.selector, [...path, 'selector'], found, depth);
  if (value.state !== undefined) checkStates(value.state, [...path, 'state'], found, depth);
  if (value.scope !== undefined && !valuesOf(value.scope).every(isIri))
    fail(found, [...path, 'scope'], 'must be IRIs (model 4.6)');
  if (value.renderedVia !== undefined) {
    for (const via of valuesOf(value.renderedVia)) {
      if (!isIri(via) && !(isObject(via) && isIri(oneValue(via.id).ok ? valuesOf(via.id)[0] : null))) {
        fail(found, [...path, 'renderedVia'], 'must be IRIs or objects with an IRI id (model 4.5)');
      }
    }
  }
}
