/**
 * This module decides where the article is on the page (and whether there is one): the analysis runs on
 * that region only, never on navigation, related links or comments. `findArticleRegion` is for automatic
 * highlighting (null where the page does not look like an article); `bestRegion` is for "analyze this
 * page", which the reader may ask for anywhere. The finding itself is src/article's.
 */
import { findArticle, type ArticleRegion } from '../../src/article/find-article';
import type { PageStats } from '../../src/article/page-walk';

export type { ArticleRegion };

/**
 * `walked`: the walk of the page's body, where the caller made it ahead; `setAside` gets the regions
 * passed over because the page hid them.
 */
export function findArticleRegion(
  doc: Document,
  walked?: PageStats,
  setAside?: Element[],
): ArticleRegion | null {
  return findArticle(doc, walked, setAside);
}

/**
 * The article if there is one, else the whole body: off articles (a home page, a listing of headlines) the
 * reader who asks wants what they see analyzed, and the best prose region there may leave out the very
 * headlines and lists that the scoring sets aside as page furniture.
 */
export function bestRegion(doc: Document, walked?: PageStats, setAside?: Element[]): ArticleRegion | null {
  const article = findArticle(doc, walked, setAside);
  if (article) return article;
  return doc.body ? { root: doc.body, excluded: [], confidence: 0 } : null;
}
