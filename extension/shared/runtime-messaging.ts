/**
 * This module is the request-and-reply plumbing over one `runtime` messaging API, whichever object provides
 * it: the polyfill's `browser.runtime` (extension pages, the service worker) or the browser's own (the
 * content script). The content script uses the browser's own API directly: it runs on every page the reader
 * opens, and the polyfill there costs a second set of API bindings and its code's compile time before the
 * first highlight (measured with `npm run bench:page`), for nothing it needs.
 */
import type {
  BackgroundReplies,
  BackgroundRequestName,
  backgroundRequests,
  RequestData,
} from '../../src/messaging/protocol';
import { failWith, unwrap, type Result } from '../../src/messaging/result';
import type { Sender } from '../../src/messaging/router';
import { classifySender, type RawSender } from './sender';

type Listener = (message: unknown, sender: RawSender, sendResponse: (reply: unknown) => void) => unknown;

/** The part of `runtime` that Sourcemark's messaging uses, the same in Chromium's, Firefox's and the polyfill's. */
export interface MessagingRuntime {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  readonly onMessage: {
    addListener(listener: Listener): void;
    removeListener(listener: Listener): void;
  };
  /** Opens a long-lived connection to the extension (see request-port.ts). */
  connect?(info: { name: string }): PortLike;
}

/** The part of `runtime.Port` Sourcemark uses, the same in Chromium's, Firefox's and the polyfill's. */
export interface PortLike {
  readonly name: string;
  readonly sender?: RawSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  readonly onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
  readonly onDisconnect: { addListener(listener: () => void): void };
}

/** The name of Sourcemark's request connections (request-port.ts); the service worker refuses any other. */
export const REQUEST_PORT = 'sourcemark-requests';

/** A request connection to the service worker, or null where the browser offers none. */
export function connectRequests(runtime: MessagingRuntime): PortLike | null {
  try {
    return runtime.connect?.({ name: REQUEST_PORT }) ?? null;
  } catch {
    return null;
  }
}

/** The browser's own runtime API (`browser` in Firefox and recent Chromium, `chrome` before), or null. */
export function nativeRuntime(): MessagingRuntime | null {
  const scope = globalThis as unknown as {
    browser?: { runtime?: MessagingRuntime };
    chrome?: { runtime?: MessagingRuntime };
  };
  return scope.browser?.runtime ?? scope.chrome?.runtime ?? null;
}

export function asResult<T>(reply: unknown, who: string): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: `${who} did not answer.` };
}

export type AskBackgroundFn = <K extends BackgroundRequestName>(
  name: K,
  data: RequestData<typeof backgroundRequests, K>,
) => Promise<BackgroundReplies[K]>;

/** Typed requests to the service worker over `runtime`; a failure becomes an Error with its message. */
export function askBackgroundVia(runtime: MessagingRuntime): AskBackgroundFn {
  return async (name, data) => {
    const reply: unknown = await runtime.sendMessage({ name, data });
    return unwrap(asResult(reply, "Sourcemark's background"));
  };
}

/**
 * Connects a router to `runtime.onMessage`. The reply goes through `sendResponse` (the listener returns
 * true to keep the channel open), the one form every browser's API and the polyfill all accept.
 */
export function listenVia(
  runtime: MessagingRuntime,
  route: (message: unknown, sender: Sender | null) => Promise<Result<unknown>>,
): () => void {
  const listener: Listener = (message, sender, sendResponse) => {
    route(message, classifySender(sender, runtime)).then(sendResponse, (error: unknown) =>
      sendResponse(failWith(error)),
    );
    return true;
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}
