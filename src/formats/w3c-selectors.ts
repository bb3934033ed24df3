/**
 * This module checks a SpecificResource's selectors and states against the W3C Web Annotation model
 * (section 4.2–4.3): each is an IRI or an object of a type the model defines, with the properties that
 * type needs; refinements are checked the same way, to a bounded depth.
 */
import { MAX_JSON_DEPTH } from './limits';
import type { PathSegment } from './problems';
import { checkDateTimes, fail, isIri, isObject, oneValue, valuesOf, type Findings } from './w3c-values';

type ItemCheck = (value: unknown, path: readonly PathSegment[], found: Findings, depth: number) => void;

function checkEach(
  value: unknown,
  path: readonly PathSegment[],
  found: Findings,
  depth: number,
  item: ItemCheck,
): void {
  if (Array.isArray(value)) {
    if (value.length === 0) fail(found, path, 'is an empty list');
    value.forEach((one, i) => item(one, [...path, i], found, depth + 1));
  } else {
    item(value, path, found, depth + 1);
  }
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

const VALUE_SELECTORS = ['FragmentSelector', 'CssSelector', 'XPathSelector'];
const POSITION_SELECTORS = ['TextPositionSelector', 'DataPositionSelector'];

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

const checkSelector: ItemCheck = (value, path, found, depth) => {
  if (depth > MAX_JSON_DEPTH) return fail(found, path, 'is nested too deeply');
  if (typeof value === 'string') {
    if (!isIri(value))
      fail(found, path, `${JSON.stringify(value)} is neither an IRI nor a selector object (model 4.2)`);
    return;
  }
  if (!isObject(value))
    return fail(found, path, `must be an IRI or a selector object, not ${describeValue(value)} (model 4.2)`);
  const type = value.type;
  if (typeof type === 'string' && VALUE_SELECTORS.includes(type)) {
    if (typeof value.value !== 'string')
      fail(found, [...path, 'value'], `a ${type} needs exactly one text value (model 4.2.1–4.2.3)`);
    if (value.conformsTo !== undefined && !isIri(value.conformsTo))
      fail(found, [...path, 'conformsTo'], 'must be an IRI');
  } else if (type === 'TextQuoteSelector') {
    if (typeof value.exact !== 'string')
      fail(found, [...path, 'exact'], 'a TextQuoteSelector needs the quoted text in "exact" (model 4.2.4)');
    for (const key of ['prefix', 'suffix']) {
      if (value[key] !== undefined && typeof value[key] !== 'string')
        fail(found, [...path, key], 'must be text (model 4.2.4)');
    }
  } else if (typeof type === 'string' && POSITION_SELECTORS.includes(type)) {
    for (const key of ['start', 'end']) {
      if (!isOffset(value[key]))
        fail(
          found,
          [...path, key],
          `must be a whole number ≥ 0 (model 4.2.5–4.2.6), not ${JSON.stringify(value[key] ?? null)}`,
        );
    }
    if (isOffset(value.start) && isOffset(value.end) && value.end < value.start)
      fail(found, [...path, 'end'], `${value.end} is before start ${value.start}`);
  } else if (type === 'SvgSelector') {
    if (value.value === undefined && value.id === undefined)
      fail(found, path, 'an SvgSelector needs a "value" or an "id" (model 4.2.7)');
  } else if (type === 'RangeSelector') {
    for (const key of ['startSelector', 'endSelector']) {
      if (!isObject(value[key]))
        fail(found, [...path, key], 'a RangeSelector needs a start and an end selector (model 4.2.8)');
      else checkSelector(value[key], [...path, key], found, depth + 1);
    }
  } else if (!isIri(oneValue(value.id).ok ? valuesOf(value.id)[0] : null)) {
    fail(
      found,
      [...path, 'type'],
      `${JSON.stringify(type ?? null)} is not a selector the model defines, and the selector has no IRI id (model 4.2)`,
    );
  }
  if (value.refinedBy !== undefined)
    checkEach(value.refinedBy, [...path, 'refinedBy'], found, depth, refinement);
};

const checkState: ItemCheck = (value, path, found, depth) => {
  if (depth > MAX_JSON_DEPTH) return fail(found, path, 'is nested too deeply');
  if (typeof value === 'string') {
    if (!isIri(value))
      fail(found, path, `${JSON.stringify(value)} is neither an IRI nor a state object (model 4.3)`);
    return;
  }
  if (!isObject(value))
    return fail(found, path, `must be an IRI or a state object, not ${describeValue(value)} (model 4.3)`);
  if (value.type === 'TimeState') {
    const single = value.sourceDate !== undefined;
    const range = value.sourceDateStart !== undefined && value.sourceDateEnd !== undefined;
    if (single === range)
      fail(
        found,
        path,
        'a TimeState needs "sourceDate", or both "sourceDateStart" and "sourceDateEnd" (model 4.3.1)',
      );
    if (single && !valuesOf(value.sourceDate).every((d) => typeof d === 'string'))
      fail(found, [...path, 'sourceDate'], 'must be date-times');
    checkDateTimes(value, path, found, ['sourceDateStart', 'sourceDateEnd']);
    if (value.cached !== undefined && !isIri(value.cached))
      fail(found, [...path, 'cached'], 'must be an IRI (model 4.3.1)');
  } else if (value.type === 'HttpRequestState') {
    if (typeof value.value !== 'string')
      fail(found, [...path, 'value'], 'an HttpRequestState needs the request header text (model 4.3.2)');
  } else if (!isIri(oneValue(value.id).ok ? valuesOf(value.id)[0] : null)) {
    fail(
      found,
      [...path, 'type'],
      `${JSON.stringify(value.type ?? null)} is not a state the model defines, and the state has no IRI id (model 4.3)`,
    );
  }
  if (value.refinedBy !== undefined)
    checkEach(value.refinedBy, [...path, 'refinedBy'], found, depth, refinement);
};

/** refinedBy holds a selector or a state (model 4.3.3). */
const refinement: ItemCheck = (value, path, found, depth) => {
  const isState = isObject(value) && (value.type === 'TimeState' || value.type === 'HttpRequestState');
  (isState ? checkState : checkSelector)(value, path, found, depth);
};

/** `selector`: one selector or a list of them. */
export function checkSelectors(
  value: unknown,
  path: readonly PathSegment[],
  found: Findings,
  depth: number,
): void {
  checkEach(value, path, found, depth, checkSelector);
}

/** `state`: one state or a list of them. */
export function checkStates(
  value: unknown,
  path: readonly PathSegment[],
  found: Findings,
  depth: number,
): void {
  checkEach(value, path, found, depth, checkState);
}
