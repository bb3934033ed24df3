/**
 * This module names the places in a file where something is wrong ("items[3].target.selector[1].start")
 * and collects the problems found, so that every refusal says where and why.
 */

export type PathSegment = string | number;

/** A readable path: property names joined by dots, array indexes in brackets. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_@$][\w@$:-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export interface Problem {
  /** Where, as `formatPath` writes it; "" for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

export function problem(path: readonly PathSegment[], message: string): Problem {
  return { path: formatPath(path), message };
}

export function describeProblem(found: Problem): string {
  return found.path ? `${found.path}: ${found.message}` : found.message;
}

/** The first `max` problems, one a line, and how many more there were. */
export function describeProblems(found: readonly Problem[], max = 20): string[] {
  const lines = found.slice(0, max).map(describeProblem);
  if (found.length > max) lines.push(`… and ${found.length - max} more problems`);
  return lines;
}
