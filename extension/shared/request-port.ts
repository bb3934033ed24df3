/**
 * This module carries requests to the service worker over one long-lived connection (`runtime.connect`)
 * while one is open: `runtime.sendMessage` sets up a channel of its own for every request, a connection
 * carries them without one. The content script opens it as the page starts loading (early.ts) and closes it
 * once its first page view has started: the article's text and its findings, the requests the reader waits
 * for, travel over it, and the wait for the worker came out at 0.78–0.86× in A/B runs on the saved pages
 * (docs/PERFORMANCE.md). Every other request, and any the connection cannot carry (the browser closes it
 * when it stops the worker), goes through `sendMessage` as before.
 *
 * The service worker answers each request through the same router as `runtime.onMessage`: the same
 * validation and the same rules on who may ask what, the sender established from the connection's own
 * record.
 */
import * as v from 'valibot';
import { failWith, unwrap, type Result } from '../../src/messaging/result';
import type { Sender } from '../../src/messaging/router';
import { asResult, REQUEST_PORT, type AskBackgroundFn, type PortLike } from './runtime-messaging';
import { classifySender } from './sender';

const RequestSchema = v.object({ id: v.pipe(v.number(), v.safeInteger()), message: v.unknown() });

/**
 * A reply's envelope, checked by hand: this runs in the page on the way to its first highlights, where a
 * validation library's code would run for the first time, unoptimized, on every page. Only the extension
 * can post on this connection, and the reply inside is checked as every reply is (`asResult`).
 */
function isReply(message: unknown): message is { readonly id: number; readonly reply: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    Number.isSafeInteger((message as { id?: unknown }).id) &&
    'reply' in message
  );
}

export interface RequestPort {
  /** Asks over the connection while it is open, through the fallback otherwise. */
  readonly ask: AskBackgroundFn;
  /**
   * Closes the connection: later requests go through the fallback, those still waiting get their answer
   * over it first (the worker is already working on them), and then it is closed.
   */
  close(): void;
}

interface Waiting {
  readonly name: string;
  readonly data: unknown;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** The client side: requests over `port`, and through `fallback` once it is closed. */
export function requestPort(port: PortLike, fallback: AskBackgroundFn): RequestPort {
  /** Whether the connection is up (neither end has closed it). */
  let connected = true;
  /** Whether new requests may go over it (the content script has not closed it). */
  let accepting = true;
  let nextId = 1;
  const waiting = new Map<number, Waiting>();
  const askFallback = fallback as (name: string, data: unknown) => Promise<unknown>;

  const disconnect = () => {
    if (!connected) return;
    connected = false;
    port.onMessage.removeListener(onMessage);
    try {
      port.disconnect();
    } catch {
      // Already gone.
    }
  };
  const onMessage = (message: unknown) => {
    if (!isReply(message)) return;
    const request = waiting.get(message.id);
    if (!request) return;
    waiting.delete(message.id);
    try {
      request.resolve(unwrap(asResult(message.reply, "Sourcemark's background")));
    } catch (error) {
      request.reject(error);
    }
    if (!accepting && waiting.size === 0) disconnect();
  };
  /** The browser closed the connection (the worker stopped): what was waiting is asked again. */
  const lost = () => {
    if (!connected) return;
    connected = false;
    port.onMessage.removeListener(onMessage);
    for (const request of waiting.values())
      askFallback(request.name, request.data).then(request.resolve, request.reject);
    waiting.clear();
  };
  port.onMessage.addListener(onMessage);
  port.onDisconnect.addListener(lost);

  const ask = (name: string, data: unknown): Promise<unknown> => {
    if (!connected || !accepting) return askFallback(name, data);
    return new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { name, data, resolve, reject });
      try {
        port.postMessage({ id, message: { name, data } });
      } catch {
        // The browser closed the connection before telling us.
        waiting.delete(id);
        lost();
        askFallback(name, data).then(resolve, reject);
      }
    });
  };
  return {
    ask: ask as AskBackgroundFn,
    close: () => {
      accepting = false;
      if (waiting.size === 0) disconnect();
    },
  };
}

/**
 * The service worker side: answers requests on Sourcemark's connections through `route`. A connection
 * under another name, or from a sender that is not Sourcemark (see classifySender), is closed at once;
 * a message that is not a request is ignored.
 */
export function serveRequestPorts(
  onConnect: { addListener(listener: (port: PortLike) => void): void },
  runtime: { readonly id: string; getURL(path: string): string },
  route: (message: unknown, sender: Sender | null) => Promise<Result<unknown>>,
): void {
  onConnect.addListener((port) => {
    const sender = port.name === REQUEST_PORT ? classifySender(port.sender ?? {}, runtime) : null;
    if (!sender) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((message) => {
      const parsed = v.safeParse(RequestSchema, message);
      if (!parsed.success) return;
      const { id } = parsed.output;
      route(parsed.output.message, sender)
        .catch(failWith)
        .then((reply) => {
          try {
            port.postMessage({ id, reply });
          } catch {
            // The page went away meanwhile.
          }
        });
    });
  });
}
