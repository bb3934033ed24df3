/**
 * This module decides where the article is on the page (and whether there is one): the analysis runs on
 * that region only, never on navigation, related links or comments.
 */
import { buildTextIndex, type TextIndex } from '../../src/anchoring/dom/text-index';

export interface ArticleText {
  readonly root: Element;
  readonly index: TextIndex;
}

const MIN_ARTICLE_CHARS = 500;

export function locateArticle(doc: Document): ArticleText | null {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return null;
  const index = buildTextIndex(root);
  return index.text.length >= MIN_ARTICLE_CHARS ? { root, index } : null;
}
