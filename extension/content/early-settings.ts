/**
 * This module asks the service worker for the site's setting (automatic highlighting on or off) as the
 * content script starts, before the rest of it is evaluated, so that the round trip overlaps with finding
 * and indexing the article instead of following it. The request doubles as the content script's hello (the
 * toolbar badge learns the tab's site from it).
 */
import type { SiteSettings } from '../../src/messaging/protocol';
import { siteOf } from '../../src/model/page';
import { askBackgroundVia, nativeRuntime } from '../shared/runtime-messaging';

function ask(): Promise<SiteSettings> {
  const runtime = nativeRuntime();
  if (!runtime) return Promise.reject(new Error('No extension messaging here.'));
  return askBackgroundVia(runtime)('settings/site', { site: siteOf(location.href) });
}

/** The answer for the page the content script started on (later pages of an SPA ask again). */
export const startSettings: Promise<SiteSettings> = ask();
// Nobody may be waiting yet: a failure is handled where it is awaited.
startSettings.catch(() => undefined);
