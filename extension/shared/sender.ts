/**
 * This module establishes who sent a message from the browser's own sender record: one of the extension's
 * contexts (its URL is on the extension's origin), a content script in a web page's top frame, or nobody
 * Sourcemark talks to.
 */
import type { Sender } from '../../src/messaging/router';

/** The fields of the browser's `runtime.MessageSender` that decide who sent a message. */
export interface RawSender {
  readonly id?: string;
  readonly url?: string;
  readonly frameId?: number;
  readonly tab?: { readonly id?: number };
}

/** `runtime`: the extension's own identity (its id and the origin of its pages). */
export function classifySender(
  sender: RawSender,
  runtime: { readonly id: string; getURL(path: string): string },
): Sender | null {
  if (sender.id !== runtime.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(runtime.getURL(''))) return { kind: 'extension', url };
  const isTopFrame = (sender.frameId ?? 0) === 0;
  if (sender.tab?.id !== undefined && isTopFrame && /^https?:\/\//i.test(url)) {
    return { kind: 'content-script', url, tabId: sender.tab.id };
  }
  return null;
}
