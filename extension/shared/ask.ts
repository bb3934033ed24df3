/**
 * This module sends typed requests: to the service worker (`askBackground`) and to one tab's content script
 * (`askTab`). Replies are `Result`s; a failure becomes a thrown Error with the receiver's message.
 */
import browser from 'webextension-polyfill';
import type {
  ContentReplies,
  ContentRequestName,
  contentRequests,
  RequestData,
} from '../../src/messaging/protocol';
import { unwrap } from '../../src/messaging/result';
import { askBackgroundVia, asResult, type MessagingRuntime } from './runtime-messaging';

export const askBackground = askBackgroundVia(browser.runtime as unknown as MessagingRuntime);

export async function askTab<K extends ContentRequestName>(
  tabId: number,
  name: K,
  data: RequestData<typeof contentRequests, K>,
): Promise<ContentReplies[K]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { name, data });
  return unwrap(asResult<ContentReplies[K]>(reply, 'The page'));
}
