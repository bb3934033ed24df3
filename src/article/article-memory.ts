/**
 * This module lets Sourcemark remember where a site keeps its articles. A site renders every article with
 * the same template, so the element that held the article on one page holds it on the next. `selectorFor`
 * names that element with a CSS selector: ids and class names as the site's own developers wrote them
 * ("story-body", "article-body"), never generated ones (hashes, article numbers), and only as many
 * ancestors as it takes to be unique on the page. `findRememberedArticle` looks for the article inside the
 * element that selector names: the page walk then covers that element (1–31 % of the elements on most
 * corpus pages) instead of all of the page. The article is that element, its furniture set aside, or,
 * where it is only some of the element's children, what the search finds inside it (`ArticleLayout`). It
 * answers null when the element is missing or holds no article, and the caller looks at the whole page
 * as usual.
 *
 * The selector comes from a page, and the page is hostile ground: it is only ever given to
 * `querySelector` (an invalid one throws there, and is caught), and is limited in length where it is
 * stored (see protocol.ts).
 */
import { LIMITS } from '../model/schemas';
import type { ArticleLayout } from './article-layout';
import type { PageStats } from './page-walk';
import { bestRegionWithin, MIN_ARTICLE_CONFIDENCE, regionAt, type ArticleRegion } from './find-article';

/** The remembered container on this page, and how its article sits in it. */
export interface RememberedContainer {
  readonly element: Element;
  readonly searchInside: boolean;
}

/** Longest selector worth keeping (a longer one is not the name of a template's container). */
const MAX_SELECTOR_LENGTH = LIMITS.selector;
/** Ancestors a selector may name, the region's root included. */
const MAX_STEPS = 4;
/** Class names per element: the first ones are the component's own, later ones states and themes. */
const MAX_CLASSES = 2;
/**
 * A name a person wrote: letters, dashes and underscores. Digits mark generated names ("css-1x2y3z",
 * "post-5765662"), which change from page to page or from one deploy to the next; other characters mark
 * utility classes ("Mb(20px)").
 */
const WRITTEN_NAME = /^[A-Za-z][A-Za-z_-]{1,39}$/;

/** A tag name that is a CSS type selector as it stands (one the HTML parser allows, "story.main", is not). */
const PLAIN_TAG = /^[a-z][a-z0-9-]*$/;

function step(el: Element): { text: string; named: boolean } {
  const tag = PLAIN_TAG.test(el.localName) ? el.localName : '*';
  if (WRITTEN_NAME.test(el.id)) return { text: `${tag}#${el.id}`, named: true };
  const classes = [...el.classList].filter((c) => WRITTEN_NAME.test(c)).slice(0, MAX_CLASSES);
  return { text: tag + classes.map((c) => `.${c}`).join(''), named: classes.length > 0 };
}

/**
 * A selector that names `root` alone on its page, made of written names, or null where the page offers
 * none (then nothing is remembered). The region's root being the body gains nothing and is not named.
 */
export function selectorFor(root: Element): string | null {
  const doc = root.ownerDocument;
  if (root === doc.body || root === doc.documentElement) return null;
  const steps: string[] = [];
  let anyName = false;
  for (let el: Element | null = root; el !== null && steps.length < MAX_STEPS; el = el.parentElement) {
    if (el === doc.body || el === doc.documentElement) break;
    const { text, named } = step(el);
    steps.unshift(text);
    anyName ||= named;
    if (!anyName) continue;
    const selector = steps.join(' ');
    if (selector.length > MAX_SELECTOR_LENGTH) return null;
    const matches = matching(doc, selector);
    if (matches.length === 1 && matches[0] === root) return selector;
  }
  return null;
}

function matching(doc: Document, selector: string): ArrayLike<Element> {
  try {
    return doc.querySelectorAll(selector);
  } catch {
    return [];
  }
}

/**
 * The element of the page's body that `selector` names, or null: none, several (the selector named one
 * element on the page it was made on; several here mean another layout, as on a site whose story is split
 * into many blocks of one class, and the first of them is no article), or a selector that is not valid.
 */
function namedElement(doc: Document, selector: string): Element | null {
  const found = matching(doc, selector);
  const only = found.length === 1 ? found[0] : undefined;
  return only !== undefined && doc.body !== null && doc.body.contains(only) ? only : null;
}

/** The site's remembered container on this page (see `namedElement`), or null. */
export function rememberedContainer(doc: Document, layout: ArticleLayout): RememberedContainer | null {
  const element = namedElement(doc, layout.selector);
  return element === null ? null : { element, searchInside: layout.searchInside };
}

/**
 * The article inside the container `layout` names, when it is there and holds one (the confidence test is
 * the same as for the whole page); null otherwise, for the caller to look at the whole page.
 */
export function findRememberedArticle(doc: Document, layout: ArticleLayout): ArticleRegion | null {
  const container = rememberedContainer(doc, layout);
  return container === null ? null : articleIn(doc, container);
}

/**
 * The article inside a remembered container still on the page, or null (as `findRememberedArticle`).
 * `walked`: the walk of the container, where the caller made it ahead.
 */
export function articleIn(
  doc: Document,
  container: RememberedContainer,
  walked?: PageStats,
): ArticleRegion | null {
  const { element, searchInside } = container;
  if (!element.isConnected) return null;
  const region = searchInside ? bestRegionWithin(doc, element, walked) : regionAt(doc, element, walked);
  return region !== null && region.confidence >= MIN_ARTICLE_CONFIDENCE ? region : null;
}

/**
 * The layout from which the remembered search finds this very region on this page, or null: the region's
 * root as the article first (the cheaper search), else searched inside. `walked`: the walk of the
 * region's root, where the caller made it ahead.
 */
export function layoutReproducing(
  doc: Document,
  region: ArticleRegion,
  walked?: PageStats,
): ArticleLayout | null {
  const selector = selectorFor(region.root);
  if (selector === null) return null;
  for (const searchInside of [false, true]) {
    const container = rememberedContainer(doc, { selector, searchInside });
    // `walked`: the walk of the region's root, made ahead by the caller, good for that element only.
    const walk = container !== null && walked?.elements[0] === container.element ? walked : undefined;
    const again = container === null ? null : articleIn(doc, container, walk);
    if (again !== null && sameRegion(again, region)) return { selector, searchInside };
  }
  return null;
}

/** Whether two regions cover the same text: the same root, the same elements set aside. */
export function sameRegion(a: ArticleRegion, b: ArticleRegion): boolean {
  return (
    a.root === b.root &&
    a.excluded.length === b.excluded.length &&
    a.excluded.every((x, i) => x === b.excluded[i])
  );
}
