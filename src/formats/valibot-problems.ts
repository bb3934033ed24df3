/** This module words valibot's validation issues as problems that name the place in the file. */
import type * as v from 'valibot';
import { problem, type PathSegment, type Problem } from './problems';

function pathOf(issue: v.BaseIssue<unknown>): PathSegment[] {
  return (issue.path ?? []).map((item) => {
    const key: unknown = item.key;
    return typeof key === 'number' ? key : String(key);
  });
}

function wording(issue: v.BaseIssue<unknown>): string {
  if (issue.message.startsWith('Invalid key: Expected never')) return 'is not a field Sourcemark knows';
  if (issue.message.startsWith('Invalid key:')) return 'is missing';
  if (issue.message.startsWith('Invalid type:') || issue.message.startsWith('Invalid value:')) {
    return `must be ${issue.expected ?? 'something else'}, not ${issue.received}`;
  }
  return issue.message;
}

/** Problems for `issues`, placed under `base` (the record's own place in the file). */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  base: readonly PathSegment[] = [],
): Problem[] {
  return issues.map((issue) => problem([...base, ...pathOf(issue)], wording(issue)));
}
