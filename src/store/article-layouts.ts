/**
 * This module keeps where each site's articles were found (a layout per site: a selector, and whether the
 * article is searched for inside it; see src/article/article-memory.ts) in a key-value area that the
 * caller provides: the service worker gives it the browser's session storage, which lives in memory and
 * is gone when the browser closes. Sourcemark thus keeps no lasting list of the sites the reader visits,
 * and the service worker, which the browser stops at will, finds the layouts again when it restarts. The
 * list is bounded, the oldest site dropped first, and whatever the area holds is checked before use.
 */
import { sameLayout, type ArticleLayout } from '../article/article-layout';
import { LIMITS } from '../model/schemas';

/** The part of `storage.session` (or any `StorageArea`) used here. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const LAYOUTS_KEY = 'articleLayouts';
/** Sites remembered at most: a day of reading touches a few dozen. */
export const MAX_LAYOUT_SITES = 200;

function isSelector(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= LIMITS.selector;
}

/** A stored layout, checked: `{ selector, searchInside }`, or a bare selector (the article is its element). */
function asLayout(value: unknown): ArticleLayout | null {
  if (isSelector(value)) return { selector: value, searchInside: false };
  if (value === null || typeof value !== 'object') return null;
  const { selector, searchInside } = value as { selector?: unknown; searchInside?: unknown };
  return isSelector(selector) && typeof searchInside === 'boolean' ? { selector, searchInside } : null;
}

/** Site → layout, oldest first (a Map: a site's name is never taken for an object's own property). */
async function readLayouts(area: KeyValueArea): Promise<Map<string, ArticleLayout>> {
  const stored = (await area.get(LAYOUTS_KEY))[LAYOUTS_KEY];
  const layouts = new Map<string, ArticleLayout>();
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return layouts;
  for (const [site, value] of Object.entries(stored)) {
    const layout = asLayout(value);
    if (layout !== null) layouts.set(site, layout);
  }
  return layouts;
}

/** The layout remembered for `site`, or null. */
export async function rememberedLayout(area: KeyValueArea, site: string): Promise<ArticleLayout | null> {
  return (await readLayouts(area)).get(site) ?? null;
}

/** Remembers `layout` for `site` as its most recent (null forgets the site). */
export async function rememberLayout(
  area: KeyValueArea,
  site: string,
  layout: ArticleLayout | null,
): Promise<void> {
  // Checked as a stored one is, and kept as that checked copy.
  const checked = layout === null ? null : asLayout(layout);
  if (layout !== null && checked === null) throw new Error('Refused: not a selector Sourcemark keeps.');
  const layouts = await readLayouts(area);
  if (sameLayout(layouts.get(site) ?? null, checked)) return;
  layouts.delete(site);
  if (checked !== null) layouts.set(site, checked);
  for (const old of layouts.keys()) {
    if (layouts.size <= MAX_LAYOUT_SITES) break;
    layouts.delete(old);
  }
  // Object.fromEntries defines own properties, whatever the site's name.
  await area.set({ [LAYOUTS_KEY]: Object.fromEntries(layouts) });
}
