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
 *
 * The early script also opens the connection that the first page view's analysis travels over
 * (../shared/request-port.ts), so that it is up before it is needed; the main script takes it too.
 */
import type { PageSettings } from '../../src/messaging/protocol';
import { siteOf } from '../../src/model/page';
import {
  askBackgroundVia,
  connectRequests,
  nativeRuntime,
  type MessagingRuntime,
  type PortLike,
} from '../shared/runtime-messaging';

interface EarlyRequest {
  readonly site: string;
  readonly settings: Promise<PageSettings>;
}

/**
 * Where the early request waits for the main script: a property of the content scripts' own global
 * object. Both scripts run in the extension's isolated world, which the page's scripts cannot reach.
 */
const EARLY_KEY = Symbol.for('sourcemark.early-settings');
/** Where the request connection opened as the page started loading waits for the main script. */
const EARLY_PORT_KEY = Symbol.for('sourcemark.early-port');

function ask(runtime: MessagingRuntime | null, site: string): Promise<PageSettings> {
  if (!runtime) return Promise.reject(new Error('No extension messaging here.'));
  const settings = askBackgroundVia(runtime)('settings/site', { site });
  // Nobody may be waiting yet: a failure is handled where it is awaited.
  settings.catch(() => undefined);
  return settings;
}

/** Sends the request as the page starts loading (from early.ts) and leaves it for the main script. */
export function askEarly(): void {
  const runtime = nativeRuntime();
  const site = siteOf(location.href);
  const request: EarlyRequest = { site, settings: ask(runtime, site) };
  const scope = globalThis as Record<symbol, unknown>;
  scope[EARLY_KEY] = request;
  if (runtime) scope[EARLY_PORT_KEY] = connectRequests(runtime);
}

/** The request connection the early script opened, if any (taken: asked again, it answers null). */
export function takeEarlyPort(): PortLike | null {
  const scope = globalThis as Record<symbol, unknown>;
  const early = scope[EARLY_PORT_KEY] as PortLike | null | undefined;
  delete scope[EARLY_PORT_KEY];
  return early ?? null;
}

/** Closes the connection the early script opened, where the main script has nothing to ask. */
export function closeEarlyPort(): void {
  try {
    takeEarlyPort()?.disconnect();
  } catch {
    // Already closed.
  }
}

/** The request connection the early script opened, or a new one; null where there can be none. */
export function startRequestPort(runtime: MessagingRuntime): PortLike | null {
  return takeEarlyPort() ?? connectRequests(runtime);
}

/** The site's setting for the page the main script started on: the early request's, or a new one. */
export function startSettings(): Promise<PageSettings> {
  const scope = globalThis as Record<symbol, unknown>;
  const early = scope[EARLY_KEY] as EarlyRequest | undefined;
  delete scope[EARLY_KEY];
  const site = siteOf(location.href);
  return early?.site === site ? early.settings : ask(nativeRuntime(), site);
}
