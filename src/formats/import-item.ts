/**
 * This module is what the readers of other tools' files share: the result for one annotation (imported,
 * or why not), the clean-up of foreign tags, quote context and notes, and the final check of each record
 * against Sourcemark's own schema.
 */
import * as v from 'valibot';
import type { Annotation } from '../model/annotation';
import { AnnotationSchema, LIMITS, TagSchema } from '../model/schemas';
import { normalizeTag } from '../model/tag';
import { formatPath, problem, type PathSegment } from './problems';
import { problemsFromIssues } from './valibot-problems';
import type { Findings } from './w3c-values';

/** One annotation of a file: what Sourcemark will store, or why it cannot. */
export interface ImportItem {
  /** Its place in the file. */
  readonly path: string;
  readonly annotation: Annotation | null;
  /** The page's title, where the file gives one. */
  readonly pageTitle: string;
  /** Why it cannot be imported (the file is still valid). */
  readonly reason: string | null;
}

export function skipped(path: readonly PathSegment[], reason: string): ImportItem {
  return { path: formatPath(path), annotation: null, pageTitle: '', reason };
}

/** Foreign tags as Sourcemark tags ("Climate change" → "climate-change"); ones that cannot be are dropped. */
export function cleanTags(tags: readonly string[], path: readonly PathSegment[], found: Findings): string[] {
  const clean: string[] = [];
  for (const tag of tags) {
    const candidate = normalizeTag(tag)
      .replace(/[^\p{L}\p{N}_-]+/gu, '-')
      .replace(/-{2,}/g, '-')
      .replace(/^[^\p{L}\p{N}]+/u, '')
      .replace(/-+$/, '')
      .slice(0, LIMITS.tag);
    if (v.is(TagSchema, candidate)) {
      if (!clean.includes(candidate)) clean.push(candidate);
    } else {
      found.warnings.push(problem(path, `the tag ${JSON.stringify(tag)} has no letters or digits: left out`));
    }
  }
  if (clean.length > LIMITS.tags) {
    found.warnings.push(problem(path, `has ${clean.length} tags; Sourcemark keeps the first ${LIMITS.tags}`));
    return clean.slice(0, LIMITS.tags);
  }
  return clean;
}

/** Quote context longer than Sourcemark keeps: the part next to the quote stays. */
export function trimContext(
  prefix: string,
  suffix: string,
  path: readonly PathSegment[],
  found: Findings,
): { prefix: string; suffix: string } {
  if (prefix.length > LIMITS.context || suffix.length > LIMITS.context) {
    found.warnings.push(
      problem(path, `quote context longer than ${LIMITS.context} characters was shortened`),
    );
  }
  return { prefix: prefix.slice(-LIMITS.context), suffix: suffix.slice(0, LIMITS.context) };
}

/** HTML note text as plain text: Sourcemark stores notes as text and never renders them as HTML. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|#39|apos|nbsp|amp);/g, (_, name: string) =>
      name === 'lt'
        ? '<'
        : name === 'gt'
          ? '>'
          : name === 'quot'
            ? '"'
            : name === 'nbsp'
              ? ' '
              : name === 'amp'
                ? '&'
                : "'",
    )
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The finished record, checked against Sourcemark's schema; problems are placed at `path`. */
export function finish(
  annotation: Annotation,
  pageTitle: string,
  path: readonly PathSegment[],
  found: Findings,
): ImportItem {
  const checked = v.safeParse(AnnotationSchema, annotation);
  if (!checked.success) {
    for (const issue of problemsFromIssues(checked.issues)) {
      found.problems.push(problem(path, `as a Sourcemark annotation, ${issue.path}: ${issue.message}`));
    }
    return { path: formatPath(path), annotation: null, pageTitle, reason: 'it breaks Sourcemark’s limits' };
  }
  return {
    path: formatPath(path),
    annotation: checked.output,
    pageTitle: pageTitle.slice(0, LIMITS.name * 4),
    reason: null,
  };
}
