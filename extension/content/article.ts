/**
 * This module decides where the article is on the page (and whether there is one): the analysis runs on
 * that region only, never on navigation, related links or comments. 'auto' is for automatic highlighting
 * (no region where the page does not look like an article); 'demand' is for "analyze this page", which the
 * reader may ask for anywhere. The finding itself is src/article's; here it is spread over slices of time,
 * so that a large page is walked in several short tasks.
 */
import {
  MIN_ARTICLE_CONFIDENCE,
  startArticleSearch,
  type ArticleRegion,
} from '../../src/article/find-article';
import type { IdleBudget } from './idle-budget';
import { MARKS, measured } from './timing';

export type { ArticleRegion };

/** 'auto': only a page that looks like an article; 'demand': the reader asked, so the best region there is. */
export type RegionMode = 'auto' | 'demand';

/** Finds the region for `mode`, in as many of the budget's slices as it takes. */
export async function locateRegion(
  doc: Document,
  mode: RegionMode,
  budget: IdleBudget,
): Promise<ArticleRegion | null> {
  const search = startArticleSearch(doc);
  await budget.run((timeLeft) => measured(MARKS.article, () => search.advance(timeLeft)));
  return regionFor(doc, mode, search.region);
}

/**
 * The region for `mode` from the best one found. Off articles the reader who asks wants what they see
 * analyzed: the whole body, for the best prose region there may leave out the very headlines and lists that
 * the scoring sets aside as page furniture.
 */
function regionFor(doc: Document, mode: RegionMode, best: ArticleRegion | null): ArticleRegion | null {
  if (best !== null && best.confidence >= MIN_ARTICLE_CONFIDENCE) return best;
  if (mode === 'auto') return null;
  return doc.body ? { root: doc.body, excluded: [], confidence: 0 } : null;
}
