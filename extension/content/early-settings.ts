/**
 * This module asks the service worker for the site's setting (automatic highlighting on or off) as the
 * content script starts, before the rest of it is evaluated, so that the round trip overlaps with finding
 * and indexing the article instead of following it. It uses the browser's own messaging API, without the
 * polyfill, which is not loaded yet. The request doubles as the content script's hello (the toolbar badge
 * learns the tab's site from it).
 */
import type { SiteSettings } from '../../src/messaging/protocol';
import type { Result } from '../../src/messaging/result';
import { siteOf } from '../../src/model/page';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

function runtime(): Runtime | null {
  const scope = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime ?? null;
}

function ask(): Promise<SiteSettings> {
  const api = runtime();
  if (!api) return Promise.reject(new Error('No extension messaging here.'));
  return api.sendMessage({ name: 'settings/site', data: { site: siteOf(location.href) } }).then((reply) => {
    const result = reply as Result<SiteSettings> | undefined;
    if (result && typeof result === 'object' && 'ok' in result) {
      if (result.ok) return result.value;
      throw new Error(result.error);
    }
    throw new Error("Sourcemark's background did not answer.");
  });
}

/** The answer for the page the content script started on (later pages of an SPA ask again). */
export const startSettings: Promise<SiteSettings> = ask();
// Nobody may be waiting yet: a failure is handled where it is awaited.
startSettings.catch(() => undefined);
