/**
 * This module establishes who sent a message from the browser's own sender record: one of the extension's
 * contexts (its URL is on the extension's origin), a content script in a web page's top frame, or nobody
 * Sourcemark talks to.
 */
import browser from 'webextension-polyfill';
import type { Sender } from '../../src/messaging/router';

export function classifySender(sender: browser.Runtime.MessageSender): Sender | null {
  if (sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL(''))) return { kind: 'extension', url };
  const isTopFrame = (sender.frameId ?? 0) === 0;
  if (sender.tab?.id !== undefined && isTopFrame && /^https?:\/\//i.test(url)) {
    return { kind: 'content-script', url, tabId: sender.tab.id };
  }
  return null;
}
