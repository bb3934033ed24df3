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
import { pickCandidate } from './candidate-scoring';
import { markFurniture } from './furniture-flags';
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
/** How many hidden regions are set aside before giving up. */
const MAX_HIDDEN_REGIONS = 3;

/** The best region while some subtrees are known hidden: furniture filtered first, then not. */
function bestFigures(
  stats: PageStats,
  furniture: Uint8Array,
  hidden: Uint8Array | null,
): RegionFigures | null {
  const skip = hidden === null ? furniture : furniture.map((flag, i) => flag | (hidden[i] ?? 0));
  const first = pickCandidate(stats, skip, true);
  let figures = first === null ? null : buildRegion(stats, first, furniture);
  if (figures === null || figures.prose < RETRY_BELOW_PROSE) {
    const candidate = pickCandidate(stats, hidden ?? new Uint8Array(stats.elements.length), false);
    const retry = candidate === null ? null : buildRegion(stats, candidate, furniture);
    if (retry !== null && (figures === null || retry.prose > figures.prose)) figures = retry;
  }
  return figures;
}

/** Whether the page's own styles show an element (not known in every engine: then it is taken as shown). */
export function isDisplayed(el: Element): boolean {
  return typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/**
 * The best article region of the page, however unsure; null only for a page without prose. `walked`: the
 * walk of the body, where the caller made it ahead (in a task of its own, on a large page). `setAside`
 * gets the regions passed over because the page hid them (see `bestRegionWithin`).
 */
export function bestArticleRegion(
  doc: Document,
  walked?: PageStats,
  setAside?: Element[],
): ArticleRegion | null {
  return doc.body === null ? null : bestRegionWithin(doc, doc.body, walked, setAside);
}

/**
 * The best article region inside `scope` (the page's body, or a site's remembered container). `setAside`,
 * where given, gets the roots of the regions passed over because the page's styles hid them: a page may
 * show its article only once the reader clicks (a cookie wall), and the caller may then look again.
 */
export function bestRegionWithin(
  doc: Document,
  scope: Element,
  stats: PageStats = walkPage(scope),
  setAside?: Element[],
): ArticleRegion | null {
  const furniture = markFurniture(stats);
  let hidden: Uint8Array | null = null;
  const hiddenRoots: Element[] = [];
  // The markup may hold an article that the page's style sheets hide (a closed overlay, a print version):
  // the region is then looked for again without it, a few times at most.
  for (let attempt = 0; attempt < MAX_HIDDEN_REGIONS; attempt++) {
    const figures = bestFigures(stats, furniture, hidden);
    if (figures === null) return null;
    const root = stats.elements[figures.root];
    if (root === undefined) return null;
    if (isDisplayed(root)) {
      const confidence = combineConfidence(confidenceParts(figures, declaresArticle(doc)));
      const excluded = withHidden(figures.excluded, hiddenRoots, root);
      return { root, excluded, confidence };
    }
    hidden ??= new Uint8Array(stats.elements.length);
    hidden.fill(1, figures.root, stats.end[figures.root] ?? figures.root + 1);
    hiddenRoots.push(root);
    setAside?.push(root);
  }
  return null;
}

/** Hidden regions set aside inside the final root are excluded too (in document order, not nested). */
function withHidden(excluded: readonly Element[], hiddenRoots: readonly Element[], root: Element): Element[] {
  const inside = hiddenRoots.filter(
    (h) => h !== root && root.contains(h) && !excluded.some((x) => x.contains(h)),
  );
  if (inside.length === 0) return [...excluded];
  const all = excluded.filter((x) => !inside.some((h) => h.contains(x))).concat(inside);
  return all.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * The region whose root is `root`, with the furniture inside it set aside and its confidence, as if the
 * search had chosen that element (see article-memory.ts for where `root` comes from); null where the page
 * hides it. Only `root`'s subtree is walked (`walked`: that walk, where the caller made it ahead).
 */
export function regionAt(doc: Document, root: Element, walked?: PageStats): ArticleRegion | null {
  if (!isDisplayed(root)) return null;
  const stats = walked ?? walkPage(root);
  const figures = buildRegion(stats, { top: 0, score: 0, members: [0] }, markFurniture(stats));
  const confidence = combineConfidence(confidenceParts(figures, declaresArticle(doc)));
  return { root, excluded: figures.excluded, confidence };
}

/**
 * The article of the page, or null where the page does not look like one (home, search, app pages).
 * `setAside`: as for `bestRegionWithin`.
 */
export function findArticle(doc: Document, walked?: PageStats, setAside?: Element[]): ArticleRegion | null {
  const region = bestArticleRegion(doc, walked, setAside);
  return region !== null && region.confidence >= MIN_ARTICLE_CONFIDENCE ? region : null;
}
