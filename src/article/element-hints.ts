/**
 * This module reads what an element says about itself: its tag, ARIA role, and the words in its class and
 * id ("story-body", "shareBar", "related-links"). Sites name their containers for people, so those words are
 * the cheapest evidence of what is article and what is page furniture. Class strings are split into words
 * (also at camelCase) so that "shadow" is not read as "ad" and "header" is not read as "head".
 */

/** Tags whose text flows inside the enclosing block: they never start a paragraph of their own. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt',
  'u', 'var', 'wbr', 'picture', 'source',
]); // prettier-ignore

/** Tags whose content is never article text: code, styling, embedded documents, form controls' innards. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'select', 'textarea', 'head', 'link', 'meta',
]); // prettier-ignore

/** Landmarks and controls that hold page furniture even when they sit inside the article container. */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'aside', 'footer', 'button', 'input', 'dialog', 'menu', 'fieldset',
]); // prettier-ignore

/** ARIA roles of page furniture. */
export const FURNITURE_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'complementary', 'menu', 'menubar', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo',
  'search', 'toolbar', 'tablist',
]); // prettier-ignore

/** Words that clearly name page furniture: sharing, ads, related links, comments, sign-ups, credits. */
const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'advert', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp', 'gpt', 'banner',
  'sponsor', 'sponsored', 'promo', 'promotion', 'outbrain', 'taboola', 'share', 'sharing', 'sharebar',
  'sharetools', 'social', 'socials', 'comment', 'comments', 'disqus', 'related', 'recommended',
  'recommendations', 'newsletter', 'subscribe', 'subscription', 'signup', 'breadcrumb', 'breadcrumbs',
  'pagination', 'pager', 'sidebar', 'masthead', 'navbar', 'navigation', 'footer', 'toolbar', 'widget',
  'trending', 'mostread', 'readmore', 'gdpr', 'cookie', 'consent', 'paywall', 'byline', 'credit', 'credits',
  'copyright', 'offscreen', 'visually', 'assistive', 'shoutbox', 'combx', 'disclaimer', 'agegate',
  'skyscraper', 'rss',
]); // prettier-ignore

/** Words that often, not always, name furniture ("meta", "tools", "more"): they need corroboration. */
const MAYBE_FURNITURE_WORDS: ReadonlySet<string> = new Set([
  'rail', 'menu', 'nav', 'overlay', 'modal', 'popup', 'lightbox', 'tools', 'print', 'tags', 'tag', 'keywords',
  'popular', 'most', 'more', 'next', 'prev', 'previous', 'meta', 'author', 'bio', 'dateline', 'timestamp',
  'skip', 'hidden', 'hide', 'sr', 'tooltip', 'community', 'remark', 'replies', 'feedback', 'supplemental',
  'extra', 'header', 'player', 'video',
]); // prettier-ignore

/** Words that mark containers of prose: their presence keeps a container from being thrown out. */
const PROSE_WORDS: ReadonlySet<string> = new Set([
  'article', 'articlebody', 'body', 'content', 'contents', 'entry', 'hentry', 'main', 'post', 'story',
  'storybody', 'text', 'blog', 'prose', 'permalink', 'paragraph',
]); // prettier-ignore

export interface Hints {
  /** Names that clearly say "furniture" (share bar, ads, related, comments…). */
  readonly furniture: number;
  /** Names that may say furniture ("meta", "tools", "supplemental"). */
  readonly maybeFurniture: number;
  /** Names that say "prose" (article, story-body, content…). */
  readonly prose: number;
}

const NO_HINTS: Hints = { furniture: 0, maybeFurniture: 0, prose: 0 };

/** The words of a class or id string, lower case, split at punctuation and camelCase. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Hints per class or id string: pages repeat the same few hundred, so each is read once. */
const cache = new Map<string, Hints>();
const CACHE_LIMIT = 10_000;

function hintsOf(name: string): Hints {
  if (name.length === 0) return NO_HINTS;
  const known = cache.get(name);
  if (known !== undefined) return known;
  let furniture = 0;
  let maybeFurniture = 0;
  let prose = 0;
  for (const word of nameWords(name)) {
    if (FURNITURE_WORDS.has(word)) furniture++;
    else if (MAYBE_FURNITURE_WORDS.has(word)) maybeFurniture++;
    else if (PROSE_WORDS.has(word)) prose++;
  }
  const hints = furniture + maybeFurniture + prose === 0 ? NO_HINTS : { furniture, maybeFurniture, prose };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, hints);
  return hints;
}

/** Hints of one word. */
function hintsOfWord(word: string): Hints {
  if (FURNITURE_WORDS.has(word)) return { furniture: 1, maybeFurniture: 0, prose: 0 };
  if (MAYBE_FURNITURE_WORDS.has(word)) return { furniture: 0, maybeFurniture: 1, prose: 0 };
  return PROSE_WORDS.has(word) ? { furniture: 0, maybeFurniture: 0, prose: 1 } : NO_HINTS;
}

const LEADING_WORD = /^[A-Za-z]+/;

/**
 * Hints from an element's class and id; the two are counted separately so that each can weigh. Ids with a
 * digit are made per item ("post-5765662", "comment-1234", "cite_note-Mozilla-6"): only their first word,
 * the kind of item, is read; tokenizing hundreds of unique ids would cost more than they tell.
 */
export function elementHints(el: Element): { readonly byClass: Hints; readonly byId: Hints } {
  const id = el.id;
  const byId = /\d/.test(id) ? hintsOfWord((LEADING_WORD.exec(id)?.[0] ?? '').toLowerCase()) : hintsOf(id);
  // getAttribute rather than className: SVG elements have an object there.
  return { byClass: hintsOf(el.getAttribute('class') ?? ''), byId };
}

/** What an element's tag, role and names say about it. */
export const enum Furniture {
  /** Nothing, or prose. */
  None = 0,
  /** Names that may say furniture ("meta", "modal", "supplemental"), and no prose name. */
  Maybe = 1,
  /** A furniture tag or role, or clear furniture names ("comments", "share") and no prose name. */
  Clear = 2,
}

export function furnitureOf(el: Element): Furniture {
  if (FURNITURE_TAGS.has(el.localName)) return Furniture.Clear;
  const role = el.getAttribute('role');
  if (role !== null && FURNITURE_ROLES.has(role)) return Furniture.Clear;
  const { byClass, byId } = elementHints(el);
  if (byClass.prose + byId.prose > 0) return Furniture.None;
  if (byClass.furniture + byId.furniture > 0) return Furniture.Clear;
  return byClass.maybeFurniture + byId.maybeFurniture > 0 ? Furniture.Maybe : Furniture.None;
}

/**
 * Readability's weight of a candidate container: names that say prose add, names that say furniture
 * subtract, for the class and for the id.
 */
export function nameWeight(el: Element): number {
  const { byClass, byId } = elementHints(el);
  let weight = 0;
  for (const h of [byClass, byId]) {
    if (h.furniture + h.maybeFurniture > 0) weight -= 25;
    if (h.prose > 0) weight += 25;
  }
  return weight;
}
