/**
 * This module connects a router to `runtime.onMessage`. The listener is an async function, so it returns a
 * native Promise: Chromium's native `browser` namespace ignores other promise-likes (Dexie's) as replies.
 */
import browser from 'webextension-polyfill';
import type { Result } from '../../src/messaging/result';
import type { Sender } from '../../src/messaging/router';
import { classifySender } from './sender';

export function listen(
  route: (message: unknown, sender: Sender | null) => Promise<Result<unknown>>,
): () => void {
  const listener = async (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ): Promise<Result<unknown>> => route(message, classifySender(sender));
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
