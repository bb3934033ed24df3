/**
 * This module checks the values the W3C Web Annotation model constrains: IRIs, date-times, the JSON-LD
 * context, `type` lists, and "exactly one" properties. It reports into a `Findings` list with the place
 * of each problem.
 */
import { problem, type PathSegment, type Problem } from './problems';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type Json = Record<string, unknown>;

export interface Findings {
  readonly problems: Problem[];
  readonly warnings: Problem[];
}

export function newFindings(): Findings {
  return { problems: [], warnings: [] };
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value or each value of an array. */
export function valuesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** An absolute IRI: a scheme, a colon, and no white space or characters IRIs exclude. */
export function isIri(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(value);
}

/** An RFC 3339 date-time ("2015-01-28T12:00:00Z") naming a real day and time. */
export function isDateTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/.exec(
    value,
  );
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as number[];
  const days = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).getUTCDate();
  return (
    (month ?? 0) >= 1 &&
    (month ?? 0) <= 12 &&
    (day ?? 0) >= 1 &&
    (day ?? 0) <= days &&
    (hour ?? 0) <= 23 &&
    (minute ?? 0) <= 59 &&
    (second ?? 0) <= 60 &&
    Number(match[9] ?? 0) <= 23 &&
    Number(match[10] ?? 0) <= 59
  );
}

/** The `type` values of an object (a string or an array of strings), or [] when absent. */
export function typesOf(object: Json): string[] {
  return valuesOf(object.type).filter((t): t is string => typeof t === 'string');
}

export function hasType(object: Json, type: string): boolean {
  return typesOf(object).includes(type);
}

/** The one value of a property that may be written as a value or a one-item array. */
export function oneValue(value: unknown): { ok: true; value: unknown } | { ok: false; many: boolean } {
  if (!Array.isArray(value)) return { ok: true, value };
  if (value.length === 1) return { ok: true, value: value[0] };
  return { ok: false, many: value.length > 1 };
}

function add(list: Problem[], path: readonly PathSegment[], message: string): void {
  list.push(problem(path, message));
}

export function fail(found: Findings, path: readonly PathSegment[], message: string): void {
  add(found.problems, path, message);
}

export function warn(found: Findings, path: readonly PathSegment[], message: string): void {
  add(found.warnings, path, message);
}

/** `@context` must be the annotation context or a list that includes it (model 3.1, 5.1, 5.2). */
export function checkContext(object: Json, path: readonly PathSegment[], found: Findings): void {
  const context = object['@context'];
  if (context === undefined) {
    fail(found, [...path, '@context'], `is missing; it must be "${ANNO_CONTEXT}" (model 3.1)`);
  } else if (!valuesOf(context).includes(ANNO_CONTEXT)) {
    fail(found, [...path, '@context'], `does not include "${ANNO_CONTEXT}" (model 3.1)`);
  }
}

/** `id` must be exactly one IRI. */
export function checkId(object: Json, path: readonly PathSegment[], found: Findings, what: string): void {
  if (object.id === undefined) {
    fail(found, [...path, 'id'], `is missing; ${what} must have an IRI`);
    return;
  }
  const id = oneValue(object.id);
  if (!id.ok)
    fail(
      found,
      [...path, 'id'],
      `has ${id.many ? 'several values' : 'no value'}; ${what} has exactly one IRI`,
    );
  else if (!isIri(id.value)) fail(found, [...path, 'id'], `${JSON.stringify(id.value)} is not an IRI`);
}

/** Optional properties holding exactly one date-time (created, modified, generated, …). */
export function checkDateTimes(
  object: Json,
  path: readonly PathSegment[],
  found: Findings,
  keys: readonly string[],
): void {
  for (const key of keys) {
    if (object[key] === undefined) continue;
    const one = oneValue(object[key]);
    if (!one.ok) fail(found, [...path, key], 'must have exactly one value (model 3.3.1)');
    else if (!isDateTime(one.value)) {
      fail(
        found,
        [...path, key],
        `${JSON.stringify(one.value)} is not a date-time such as "2015-01-28T12:00:00Z" (model 3.3.1)`,
      );
    }
  }
}

/** rights and via: one or more IRIs; canonical: exactly one IRI (model 3.3.6, 3.3.7). */
export function checkLinks(object: Json, path: readonly PathSegment[], found: Findings): void {
  for (const key of ['rights', 'via'] as const) {
    if (object[key] === undefined) continue;
    const values = valuesOf(object[key]);
    if (values.length === 0 || !values.every(isIri))
      fail(found, [...path, key], 'must be one or more IRIs (model 3.3.6–3.3.7)');
  }
  if (object.canonical !== undefined) {
    const one = oneValue(object.canonical);
    if (!one.ok || !isIri(one.value))
      fail(found, [...path, 'canonical'], 'must be exactly one IRI (model 3.3.7)');
  }
}

/** Properties that hold one or more strings. */
export function checkStrings(
  object: Json,
  path: readonly PathSegment[],
  found: Findings,
  keys: readonly string[],
  single = false,
): void {
  for (const key of keys) {
    if (object[key] === undefined) continue;
    const values = valuesOf(object[key]);
    if (values.length === 0 || !values.every((v) => typeof v === 'string'))
      fail(found, [...path, key], 'must be text (a string)');
    else if (single && values.length > 1) fail(found, [...path, key], 'must have exactly one value');
  }
}
