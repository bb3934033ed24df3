/**
 * This module finds the article on a live page: the element that holds its body, the elements inside it
 * that are not article, and how sure we are that the page is an article at all. It reads the page and never
 * writes to it (no clone, no attribute, no layout): one walk gathers text figures, Readability-style
 * scoring picks the container, then furniture inside it is set aside. `findArticle` answers null where the
 * page does not look like an article, so that it gets no automatic highlights; `bestArticleRegion`
 * always gives the best region it found, for analysis the reader asks for.
 */
import { combineConfidence, confidenceParts, declaresArticle } from './article-confidence';
import { buildRegion, type RegionFigures } from './article-region';
import { markFurniture, pickCandidate } from './candidate-scoring';
import { walkPage, type PageStats } from './page-walk';

export interface ArticleRegion {
  /** The live element of `doc` that holds the article body. */
  readonly root: Element;
  /** Elements inside root that are not article (share bars, related links, ads, figure credits, comments…): the text index skips them. */
  readonly excluded: readonly Element[];
  /** 0..1: how sure we are that this is an article. */
  readonly confidence: number;
}

/** Below this confidence a page gets no automatic highlights. */
export const MIN_ARTICLE_CONFIDENCE = 0.4;
/** A region with less prose than this is retried with furniture allowed to score (Readability does too). */
const RETRY_BELOW_PROSE = 500;

function regionFor(stats: PageStats, furniture: Uint8Array, filterFurniture: boolean): RegionFigures | null {
  const candidate = pickCandidate(stats, filterFurniture ? furniture : null);
  return candidate === null ? null : buildRegion(stats, candidate, furniture);
}

/** The best article region of the page, however unsure; null only for a page without prose. */
export function bestArticleRegion(doc: Document): ArticleRegion | null {
  const body = doc.body;
  if (body === null) return null;
  const stats = walkPage(body);
  const furniture = markFurniture(stats);
  let figures = regionFor(stats, furniture, true);
  if (figures === null || figures.prose < RETRY_BELOW_PROSE) {
    const retry = regionFor(stats, furniture, false);
    if (retry !== null && (figures === null || retry.prose > figures.prose)) figures = retry;
  }
  if (figures === null) return null;
  const root = stats.elements[figures.root];
  if (root === undefined) return null;
  const confidence = combineConfidence(confidenceParts(figures, declaresArticle(doc)));
  return { root, excluded: figures.excluded, confidence };
}

/** The article of the page, or null where the page does not look like one (home, search, app pages). */
export function findArticle(doc: Document): ArticleRegion | null {
  const region = bestArticleRegion(doc);
  return region !== null && region.confidence >= MIN_ARTICLE_CONFIDENCE ? region : null;
}
