import { describe, expect, it, vi } from 'vitest';
import {
  askBackgroundVia,
  listenVia,
  type MessagingRuntime,
} from '../../../extension/shared/runtime-messaging';
import type { RawSender } from '../../../extension/shared/sender';
import { ok, type Result } from '../../../src/messaging/result';
import type { Sender } from '../../../src/messaging/router';

type Listener = Parameters<MessagingRuntime['onMessage']['addListener']>[0];

/** A runtime with the extension id `sourcemark` whose pages live on `chrome-extension://sourcemark/`. */
function fakeRuntime(answer: (message: unknown) => unknown = () => undefined) {
  const listeners: Listener[] = [];
  const runtime: MessagingRuntime = {
    id: 'sourcemark',
    getURL: (path) => `chrome-extension://sourcemark/${path}`,
    sendMessage: vi.fn(async (message: unknown) => answer(message)),
    onMessage: {
      addListener: (listener) => listeners.push(listener),
      removeListener: (listener) => listeners.splice(listeners.indexOf(listener), 1),
    },
  };
  /** Delivers a message as the browser would; resolves with what the listener passed to sendResponse. */
  const deliver = (message: unknown, sender: RawSender) =>
    new Promise<{ reply: unknown; keptOpen: unknown }>((resolve) => {
      let keptOpen: unknown;
      const sendResponse = (reply: unknown) => resolve({ reply, keptOpen });
      for (const listener of listeners) keptOpen = listener(message, sender, sendResponse);
    });
  return { runtime, listeners, deliver };
}

const fromPopup: RawSender = { id: 'sourcemark', url: 'chrome-extension://sourcemark/popup.html' };

describe('listenVia: a router on runtime.onMessage', () => {
  it("replies with the router's Result through sendResponse and keeps the channel open", async () => {
    const { runtime, deliver } = fakeRuntime();
    const route = vi.fn(async (): Promise<Result<unknown>> => ok({ findings: 3 }));
    listenVia(runtime, route);

    const { reply, keptOpen } = await deliver({ name: 'page/summary', data: {} }, fromPopup);

    expect(keptOpen).toBe(true);
    expect(reply).toEqual({ ok: true, value: { findings: 3 } });
    expect(route).toHaveBeenCalledWith({ name: 'page/summary', data: {} }, {
      kind: 'extension',
      url: 'chrome-extension://sourcemark/popup.html',
    } satisfies Sender);
  });

  it('turns a route that throws into a failed Result carrying its message', async () => {
    const { runtime, deliver } = fakeRuntime();
    listenVia(runtime, () => Promise.reject(new Error('The store is closed.')));

    const { reply } = await deliver({ name: 'page/summary', data: {} }, fromPopup);

    expect(reply).toEqual({ ok: false, error: 'The store is closed.' });
  });

  it('hands the router no sender for a message from another extension', async () => {
    const { runtime, deliver } = fakeRuntime();
    const route = vi.fn(async (): Promise<Result<unknown>> => ok(null));
    listenVia(runtime, route);

    await deliver({ name: 'page/summary', data: {} }, { id: 'someone-else', url: fromPopup.url });

    expect(route).toHaveBeenCalledWith(expect.anything(), null);
  });

  it('stops listening when the returned function is called', () => {
    const { runtime, listeners } = fakeRuntime();
    const stop = listenVia(runtime, async () => ok(null));
    expect(listeners).toHaveLength(1);

    stop();

    expect(listeners).toHaveLength(0);
  });
});

describe('askBackgroundVia: typed requests to the service worker', () => {
  it('sends the request by name and resolves with the value of its Result', async () => {
    const settings = { site: 'example.org', autoHighlight: false };
    const { runtime } = fakeRuntime(() => ok(settings));

    const answer = await askBackgroundVia(runtime)('settings/site', { site: 'example.org' });

    expect(runtime.sendMessage).toHaveBeenCalledWith({
      name: 'settings/site',
      data: { site: 'example.org' },
    });
    expect(answer).toEqual(settings);
  });

  it('rejects with the error of a failed Result', async () => {
    const { runtime } = fakeRuntime(() => ({ ok: false, error: 'Unknown site.' }));

    await expect(askBackgroundVia(runtime)('settings/site', { site: 'x' })).rejects.toThrow('Unknown site.');
  });

  it('rejects clearly when nobody answers', async () => {
    const { runtime } = fakeRuntime(() => undefined);

    await expect(askBackgroundVia(runtime)('settings/site', { site: 'x' })).rejects.toThrow(
      "Sourcemark's background did not answer.",
    );
  });
});
