/**
 * This module names what Sourcemark remembers about where a site keeps its articles (see
 * article-memory.ts, which finds and uses it, and src/store/article-layouts.ts, which keeps it).
 */

/** Where a site keeps its articles. */
export interface ArticleLayout {
  /** The container's selector (see `selectorFor` in article-memory.ts). */
  readonly selector: string;
  /**
   * false: the article is the container, its furniture set aside. true: the article is only some of the
   * container's children (a list's items, a body beside a headline block), so it is searched for inside
   * the container as on the whole page.
   */
  readonly searchInside: boolean;
}

export function sameLayout(a: ArticleLayout | null, b: ArticleLayout | null): boolean {
  if (a === null || b === null) return a === b;
  return a.selector === b.selector && a.searchInside === b.searchInside;
}
