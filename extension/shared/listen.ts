/**
 * This module connects a router to the polyfill's `runtime.onMessage`, for the service worker and the
 * extension's pages (the content script uses the browser's own API: see runtime-messaging.ts).
 */
import browser from 'webextension-polyfill';
import type { Result } from '../../src/messaging/result';
import type { Sender } from '../../src/messaging/router';
import { listenVia, type MessagingRuntime } from './runtime-messaging';

export function listen(
  route: (message: unknown, sender: Sender | null) => Promise<Result<unknown>>,
): () => void {
  return listenVia(browser.runtime as unknown as MessagingRuntime, route);
}
