/**
 * This module turns the chosen container into a region of the live page: one root element (the container,
 * or its parent when siblings belong to the article too) and the elements inside it that are not article:
 * siblings that were not taken, and furniture inside the body (share bars, ads, related links, comments,
 * bylines and credits, link lists). Guards keep a region from excluding its own prose: an element that
 * holds a large share of the region's paragraphs is only excluded on the strongest evidence.
 */
import { elementHints, FURNITURE_ROLES, FURNITURE_TAGS, INLINE_TAGS } from './element-hints';
import type { Candidate } from './candidate-scoring';
import { IN_CLEAR_FURNITURE } from './furniture-flags';
import type { PageStats } from './page-walk';

export interface RegionFigures {
  readonly root: number;
  /** Excluded elements: disjoint subtrees, in document order. */
  readonly excluded: readonly Element[];
  /** Visible characters in the region (root minus excluded). */
  readonly text: number;
  readonly linkText: number;
  /** Characters in paragraphs (runs of prose) in the region, and their number. */
  readonly prose: number;
  readonly paragraphs: number;
  /** Characters of that prose inside clear furniture (a region found in a comment thread). */
  readonly furnitureProse: number;
  /** Headings that are links (teaser headlines) and <article> elements in the region: signs of a listing. */
  readonly headlineLinks: number;
  readonly articles: number;
}

/** A link-dominated block holding less prose than this share of the region is a link list. */
const LINK_LIST_DENSITY = 0.5;
/** Hinted furniture holding more than this share of the region's prose is kept (the hint was wrong). */
const MAX_FURNITURE_PROSE = 0.5;
/** Furniture names mixed with prose names ("related-content"), or names that only may say furniture
 * ("supplemental"), need a smaller share to be excluded. */
const MAX_MIXED_PROSE = 0.25;
/** A link list holds at most this share of the region's prose. */
const MAX_LINK_LIST_PROSE = 0.1;

function isHeading(name: string): boolean {
  return name.length === 2 && name.charCodeAt(0) === 104 && name >= 'h1' && name <= 'h6';
}

/** Adds the elements hidden by inline style inside the region (and outside excluded subtrees). */
function withHiddenByStyle(stats: PageStats, root: number, excluded: readonly number[]): Element[] {
  const list: Element[] = [];
  for (const i of excluded) {
    const el = stats.elements[i];
    if (el !== undefined) list.push(el);
  }
  const last = stats.end[root] ?? root;
  const inside = (i: number): boolean => excluded.some((x) => i >= x && i < (stats.end[x] ?? x));
  let added = false;
  for (const [el, up] of stats.hiddenByStyle) {
    if (up < root || up >= last || inside(up)) continue;
    list.push(el);
    added = true;
  }
  // Document order, as the rest of the list (hidden elements sit between indexed ones).
  if (added) list.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return list;
}

export function buildRegion(stats: PageStats, candidate: Candidate, furniture: Uint8Array): RegionFigures {
  const prose = stats.proseInside;
  const single = candidate.members.length === 1;
  const root = single ? candidate.top : (stats.parent[candidate.top] ?? candidate.top);
  const members = new Set(candidate.members);
  let regionProse = 0;
  for (const m of candidate.members) regionProse += prose[m] ?? 0;

  const excluded: number[] = [];
  const figures = { prose: 0, paragraphs: 0, furnitureProse: 0, headlineLinks: 0, articles: 0 };
  const share = (i: number): number => (regionProse > 0 ? (prose[i] ?? 0) / regionProse : 0);

  const exclude = (i: number): boolean => {
    const el = stats.elements[i];
    if (el === undefined) return false;
    if (!single && (stats.parent[i] ?? -1) === root && !members.has(i)) return true;
    const name = el.localName;
    const role = el.getAttribute('role');
    if (FURNITURE_TAGS.has(name) || name === 'form' || (role !== null && FURNITURE_ROLES.has(role))) {
      return share(i) < MAX_FURNITURE_PROSE;
    }
    const { byClass, byId } = elementHints(el);
    const strong = byClass.furniture + byId.furniture;
    const weak = byClass.maybeFurniture + byId.maybeFurniture;
    const prose = byClass.prose + byId.prose;
    const held = share(i);
    if (strong > 0 && held < (prose > 0 ? MAX_MIXED_PROSE : MAX_FURNITURE_PROSE)) return true;
    // Inline elements (links in a sentence) are only set aside on clear names: "a.meta-person" is prose.
    if (INLINE_TAGS.has(name)) return false;
    if (weak > 0 && prose === 0 && held < MAX_MIXED_PROSE) return true;
    const links = stats.linkText[i] ?? 0;
    return links > (stats.text[i] ?? 0) * LINK_LIST_DENSITY && held < MAX_LINK_LIST_PROSE && !isHeading(name);
  };

  const countProse = (i: number): void => {
    const prose = stats.paragraphText[i] ?? 0;
    figures.prose += prose;
    figures.paragraphs += stats.paragraphs[i] ?? 0;
    if (((furniture[i] ?? 0) & IN_CLEAR_FURNITURE) !== 0) figures.furnitureProse += prose;
  };

  countProse(root);
  const last = stats.end[root] ?? root + 1;
  for (let i = root + 1; i < last;) {
    const next = stats.end[i] ?? i + 1;
    if ((stats.text[i] ?? 0) === 0) {
      i = next;
      continue;
    }
    if (exclude(i)) {
      excluded.push(i);
      i = next;
      continue;
    }
    const name = stats.elements[i]?.localName ?? '';
    if (name === 'article') figures.articles++;
    // A heading is kept whole: ids made from its words ("Eich_CEO_promotion") are not furniture names.
    // Its text is a title, not a paragraph of prose.
    if (isHeading(name)) {
      i = next;
      continue;
    }
    countProse(i);
    i++;
  }
  const all = withHiddenByStyle(stats, root, excluded);
  let text = stats.text[root] ?? 0;
  let linkText = stats.linkText[root] ?? 0;
  figures.headlineLinks = stats.linkedHeadings[root] ?? 0;
  for (const i of excluded) {
    text -= stats.text[i] ?? 0;
    linkText -= stats.linkText[i] ?? 0;
    figures.headlineLinks -= stats.linkedHeadings[i] ?? 0;
  }
  // Prose inside an excluded inline element (a credit in a caption) was counted with its paragraph.
  figures.prose = Math.min(figures.prose, text);
  figures.furnitureProse = Math.min(figures.furnitureProse, figures.prose);
  return { root, excluded: all, ...figures, text, linkText };
}
