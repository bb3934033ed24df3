/**
 * This module sends typed requests: to the service worker (`askBackground`) and to one tab's content script
 * (`askTab`). Replies are `Result`s; a failure becomes a thrown Error with the receiver's message.
 */
import browser from 'webextension-polyfill';
import type {
  BackgroundReplies,
  BackgroundRequestName,
  backgroundRequests,
  ContentReplies,
  ContentRequestName,
  contentRequests,
  RequestData,
} from '../../src/messaging/protocol';
import { unwrap, type Result } from '../../src/messaging/result';

function asResult<T>(reply: unknown, who: string): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: `${who} did not answer.` };
}

export async function askBackground<K extends BackgroundRequestName>(
  name: K,
  data: RequestData<typeof backgroundRequests, K>,
): Promise<BackgroundReplies[K]> {
  const reply: unknown = await browser.runtime.sendMessage({ name, data });
  return unwrap(asResult<BackgroundReplies[K]>(reply, "Sourcemark's background"));
}

export async function askTab<K extends ContentRequestName>(
  tabId: number,
  name: K,
  data: RequestData<typeof contentRequests, K>,
): Promise<ContentReplies[K]> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { name, data });
  return unwrap(asResult<ContentReplies[K]>(reply, 'The page'));
}
