/** This module defines the pages the reader has annotated, and how their URLs are made comparable. */

export interface Page {
  /** Normalized URL (see `normalizePageUrl`). */
  readonly url: string;
  readonly title: string;
  /** The site's host name without "www.". */
  readonly site: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
}

const TRACKING_PARAMS =
  /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl|yclid|ref_src|cmpid)$/i;

/**
 * The URL a page's annotations are filed under: the canonical link where the page gives one on the same
 * site, without tracking parameters and fragment. Returns null for URLs that are not http(s).
 */
export function normalizePageUrl(url: string, canonical?: string | null): string | null {
  const page = parseHttpUrl(url);
  if (!page) return null;
  const canon = canonical ? parseHttpUrl(canonical, page.href) : null;
  const chosen = canon && siteOf(canon.href) === siteOf(page.href) ? canon : page;
  chosen.hash = '';
  // forEach rather than keys(): in Firefox content scripts the iterators of URLSearchParams are not iterable.
  const tracking: string[] = [];
  chosen.searchParams.forEach((_, key) => {
    if (TRACKING_PARAMS.test(key)) tracking.push(key);
  });
  for (const key of tracking) chosen.searchParams.delete(key);
  chosen.searchParams.sort();
  return chosen.href;
}

/** The site of a URL: its host name without a leading "www.", or "" if it is not a URL. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

function parseHttpUrl(url: string, base?: string): URL | null {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}
