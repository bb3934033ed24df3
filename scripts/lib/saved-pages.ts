/**
 * This module routes a browser's requests for the saved news pages (../shared/corpus/pages, served from
 * 127.0.0.1): nothing else is reachable, and each page's own scripts are blocked (CSP `script-src 'none'`,
 * which does not apply to the extension), so that what runs on the page is Sourcemark alone. Used by the
 * corpus end-to-end tests, the page benchmark and the screenshots.
 *
 * Each page is a site of its own, as it was on the web: `savedPageUrl` names it on a host of its own under
 * `localhost` ("nytimes-2.localhost", which Chromium resolves to 127.0.0.1 itself). Sourcemark keeps what it
 * learns per site (where the site's articles are, its rating), so pages served from one host would share
 * it as no two real sites do: one site's article container was once tried, and found, on another's page.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

/** The response header that blocks a saved page's own scripts (it does not apply to extensions). */
export const WITHOUT_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/**
 * The saved pages that are not English news (an encyclopedia article, a blog post, a French newspaper):
 * issue 4 asks only that nothing breaks there and nothing outside the article is highlighted.
 */
export const NOT_ENGLISH_NEWS: ReadonlySet<string> = new Set(['wikipedia', 'medium-1', 'lemonde-1']);

/** The saved pages in `pagesDir` (each a folder with its `source.html`), by name. */
export function savedPageNames(pagesDir: string): string[] {
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(pagesDir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort();
}

/** The address of a saved page on its own site, served by the server at `origin` (http://127.0.0.1:PORT). */
export function savedPageUrl(origin: string, name: string): string {
  const { port } = new URL(origin);
  return `http://${name}.localhost:${port}/${encodeURIComponent(name)}/source.html`;
}

/** Only `origin` (under any of the pages' hosts) is reachable; its documents come with their scripts blocked. */
export async function routeSavedPages(context: BrowserContext, origin: string): Promise<void> {
  const { port } = new URL(origin);
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const ours =
      url.protocol === 'http:' &&
      url.port === port &&
      (url.hostname === '127.0.0.1' || url.hostname.endsWith('.localhost'));
    if (!ours) return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    // Fetched from 127.0.0.1 (Node does not resolve the pages' hosts), a second time on failure: the local
    // server may close a kept-alive connection just as it is reused (ECONNRESET), which once ended a 19-page
    // benchmark.
    const direct = `${origin}${url.pathname}${url.search}`;
    const response = await route.fetch({ url: direct }).catch(() => route.fetch({ url: direct }));
    return route.fulfill({ response, headers: { ...response.headers(), ...WITHOUT_SCRIPTS } });
  });
}
