/**
 * This module asks the service worker for the site's setting (automatic highlighting on or off) as early
 * as it can. The request doubles as the content script's hello (the toolbar badge learns the tab's site
 * from it) and as the service worker's wake-up call: the browser stops the worker after half a minute
 * without events, and starting it again (its code loaded, its database opened) takes longer than Sourcemark
 * takes to find and index an article.
 *
 * So the request is sent twice over in the page's life, whichever comes first: by `early.ts`, a tiny
 * content script that runs as the page starts loading (document_start), while the page is still being
 * fetched and parsed; and, should that one not have run, by the main content script as it starts. The main
 * script takes the early answer when it is for the same site. The answer also says where the site's last
 * article was (see src/article/article-memory.ts), which the main script can only use if it is there when
 * it starts.
 */
import type { PageSettings } from '../../src/messaging/protocol';
import { siteOf } from '../../src/model/page';
import { askBackgroundVia, nativeRuntime } from '../shared/runtime-messaging';

interface EarlyRequest {
  readonly site: string;
  readonly settings: Promise<PageSettings>;
}

/**
 * Where the early request waits for the main script: a property of the content scripts' own global
 * object. Both scripts run in the extension's isolated world, which the page's scripts cannot reach.
 */
const EARLY_KEY = Symbol.for('sourcemark.early-settings');

function ask(site: string): Promise<PageSettings> {
  const runtime = nativeRuntime();
  if (!runtime) return Promise.reject(new Error('No extension messaging here.'));
  const settings = askBackgroundVia(runtime)('settings/site', { site });
  // Nobody may be waiting yet: a failure is handled where it is awaited.
  settings.catch(() => undefined);
  return settings;
}

/** Sends the request as the page starts loading (from early.ts) and leaves it for the main script. */
export function askEarly(): void {
  const site = siteOf(location.href);
  const request: EarlyRequest = { site, settings: ask(site) };
  (globalThis as Record<symbol, unknown>)[EARLY_KEY] = request;
}

/** The site's setting for the page the main script started on: the early request's, or a new one. */
export function startSettings(): Promise<PageSettings> {
  const scope = globalThis as Record<symbol, unknown>;
  const early = scope[EARLY_KEY] as EarlyRequest | undefined;
  delete scope[EARLY_KEY];
  const site = siteOf(location.href);
  return early?.site === site ? early.settings : ask(site);
}
