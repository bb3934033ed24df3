/** This module orders annotations as a reader goes through them: page by page, top to bottom. */
import type { Annotation } from '../model/annotation';

export function sortedForReading(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) =>
      (a.pageUrl < b.pageUrl ? -1 : a.pageUrl > b.pageUrl ? 1 : 0) ||
      a.target.position.start - b.target.position.start ||
      a.created - b.created ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
