/**
 * This module answers "does this page look like an article?" with a number from 0 to 1. An article is a
 * run of prose: enough characters in paragraphs, several paragraphs, little of the region in links. A home
 * page or a search result page is a list of teasers: headlines that are links, one short paragraph each.
 * The page's own metadata (Open Graph type, schema.org Article in JSON-LD or microdata) adds a little; it
 * cannot make an article out of a link list, and its absence does not sink a long run of prose. Prose found
 * only inside furniture (a comment thread, when the page has no article) counts for little.
 */
import type { RegionFigures } from './article-region';

export interface ConfidenceParts {
  /** How much prose: 0 below 250 characters, 1 from 1,250 (a short news item). */
  readonly prose: number;
  /** How many paragraphs: 0 for one, 1 from five. */
  readonly paragraphs: number;
  /** How much of the region is prose rather than labels, captions and links. */
  readonly proseShare: number;
  /** 1 when the page declares itself an article. */
  readonly metadata: number;
  /** Multiplier: 1 for little link text, 0 for a region that is mostly links. */
  readonly links: number;
  /** Multiplier: 1 without teaser headlines, down to 0.3 for a list of them. */
  readonly listing: number;
  /** Multiplier: 1 for prose outside furniture, down to 0.2 for prose inside comments or a share box. */
  readonly furniture: number;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

const ARTICLE_TYPE = /"@type"\s*:\s*\[?[^\]}]*"(?:\w*Article|BlogPosting|Report|LiveBlogPosting)"/;

/** True when the page's metadata calls it an article (not a website, listing or profile). */
export function declaresArticle(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  if (doc.querySelector('meta[property="article:published_time"], [itemprop="articleBody"]') !== null) {
    return true;
  }
  if (doc.querySelector('[itemtype*="Article"], [itemtype*="BlogPosting"]') !== null) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_TYPE.test(script.textContent ?? '')) return true;
  }
  return false;
}

export function confidenceParts(region: RegionFigures, declared: boolean): ConfidenceParts {
  const linkDensity = region.text > 0 ? region.linkText / region.text : 1;
  const teasers = region.headlineLinks + Math.max(0, region.articles - 1);
  return {
    prose: clamp01((region.prose - 250) / 1000),
    paragraphs: clamp01((region.paragraphs - 1) / 4),
    proseShare: clamp01((region.text > 0 ? region.prose / region.text : 0) / 0.8),
    metadata: declared ? 1 : 0,
    links: clamp01((0.6 - linkDensity) / 0.35),
    // A related-links box in a long article is not a listing: teasers count against the paragraphs.
    listing: 1 - 0.7 * clamp01((teasers - 2) / Math.max(4, region.paragraphs * 0.5)),
    furniture: 1 - 0.8 * (region.prose > 0 ? region.furnitureProse / region.prose : 0),
  };
}

/**
 * The amount of prose decides (no prose, no article, whatever the metadata says); how much of the region
 * it makes and the page's own word adjust it; links, teasers and furniture discount it.
 */
export function combineConfidence(parts: ConfidenceParts): number {
  const amount = 0.6 * parts.prose + 0.4 * parts.paragraphs;
  const quality = 0.7 + 0.15 * parts.proseShare + 0.15 * parts.metadata;
  return clamp01(amount * quality * parts.links * parts.listing * parts.furniture);
}
