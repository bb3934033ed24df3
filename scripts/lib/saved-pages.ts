/**
 * This module routes a browser's requests for the saved news pages (../shared/corpus/pages, served from
 * 127.0.0.1): nothing else is reachable, and each page's own scripts are blocked (CSP `script-src 'none'`,
 * which does not apply to the extension), so that what runs on the page is Sourcemark alone. Used by the
 * corpus end-to-end tests, the page benchmark and the screenshots.
 */
import type { BrowserContext } from 'playwright-core';

const WITHOUT_SCRIPTS = { 'content-security-policy': "script-src 'none'" };

/** Only `origin` is reachable; its documents come with their scripts blocked. */
export async function routeSavedPages(context: BrowserContext, origin: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (!request.url().startsWith(origin)) return route.abort();
    if (request.resourceType() !== 'document') return route.continue();
    // Fetched a second time on failure: the local server may close a kept-alive connection just as it is
    // reused (ECONNRESET), which once ended a 19-page benchmark.
    const response = await route.fetch().catch(() => route.fetch());
    return route.fulfill({ response, headers: { ...response.headers(), ...WITHOUT_SCRIPTS } });
  });
}
