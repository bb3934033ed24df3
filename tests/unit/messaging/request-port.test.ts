/**
 * Requests over a long-lived connection to the service worker: answered through the same router as
 * sendMessage, refused from anyone but Sourcemark, and never lost when the connection closes (they go
 * through sendMessage then).
 */
import { describe, expect, it, vi } from 'vitest';
import { requestPort, serveRequestPorts } from '../../../extension/shared/request-port';
import {
  REQUEST_PORT,
  type AskBackgroundFn,
  type PortLike,
} from '../../../extension/shared/runtime-messaging';
import type { RawSender } from '../../../extension/shared/sender';
import { fail, ok, type Result } from '../../../src/messaging/result';
import type { Sender } from '../../../src/messaging/router';

const runtime = { id: 'sourcemark', getURL: (path: string) => `chrome-extension://sourcemark/${path}` };
const fromPage: RawSender = {
  id: 'sourcemark',
  url: 'https://news.example/story',
  frameId: 0,
  tab: { id: 7 },
};

type MessageListener = (message: unknown) => void;

/** One end of a connection; `peer` is the other end, messages are delivered in a later microtask. */
class FakePort implements PortLike {
  peer: FakePort | null = null;
  connected = true;
  readonly posted: unknown[] = [];
  private readonly messageListeners: MessageListener[] = [];
  private readonly disconnectListeners: (() => void)[] = [];

  constructor(
    readonly name: string,
    readonly sender?: RawSender,
  ) {}

  readonly onMessage = {
    addListener: (listener: MessageListener) => this.messageListeners.push(listener),
    removeListener: (listener: MessageListener) =>
      this.messageListeners.splice(this.messageListeners.indexOf(listener), 1),
  };

  readonly onDisconnect = { addListener: (listener: () => void) => this.disconnectListeners.push(listener) };

  postMessage(message: unknown): void {
    if (!this.connected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
    const peer = this.peer;
    queueMicrotask(() => {
      for (const listener of [...(peer?.messageListeners ?? [])]) listener(structuredClone(message));
    });
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    const peer = this.peer;
    if (peer?.connected) {
      peer.connected = false;
      for (const listener of peer.disconnectListeners) listener();
    }
  }

  /** The browser closes the connection (the service worker stopped): the client end hears of it. */
  closedByBrowser(): void {
    this.connected = false;
    if (this.peer) this.peer.connected = false;
    for (const listener of this.disconnectListeners) listener();
  }
}

function connectedPair(sender: RawSender = fromPage, name = REQUEST_PORT) {
  const client = new FakePort(name);
  const server = new FakePort(name, sender);
  client.peer = server;
  server.peer = client;
  return { client, server };
}

/** A service worker whose router answers every request with the request's name (or `answer`). */
function worker(answer: (message: unknown, sender: Sender | null) => Promise<Result<unknown>>) {
  let onConnect: (port: PortLike) => void = () => {};
  serveRequestPorts({ addListener: (listener) => (onConnect = listener) }, runtime, answer);
  return { accept: (port: FakePort) => onConnect(port) };
}

const echo = async (message: unknown, sender: Sender | null): Promise<Result<unknown>> =>
  ok({ message, sender });

const unused: AskBackgroundFn = () => Promise.reject(new Error('sendMessage should not be used'));

describe('requests over a connection to the service worker', () => {
  it("are answered through the worker's router, with the sender the connection names", async () => {
    const { client, server } = connectedPair();
    worker(echo).accept(server);
    const port = requestPort(client, unused);

    const reply = await port.ask('analysis/run', { texts: ['Leff said.'] });

    expect(reply).toEqual({
      message: { name: 'analysis/run', data: { texts: ['Leff said.'] } },
      sender: { kind: 'content-script', url: 'https://news.example/story', tabId: 7 },
    });
  });

  it('keeps concurrent requests apart', async () => {
    const { client, server } = connectedPair();
    const slowFirst = async (message: unknown): Promise<Result<unknown>> => {
      const texts = (message as { data: { texts: string[] } }).data.texts;
      if (texts[0] === 'first') await new Promise((done) => setTimeout(done, 20));
      return ok(texts[0]);
    };
    worker(slowFirst).accept(server);
    const port = requestPort(client, unused);

    const answers = await Promise.all([
      port.ask('analysis/run', { texts: ['first'] }),
      port.ask('analysis/run', { texts: ['second'] }),
    ]);

    expect(answers).toEqual(['first', 'second']);
  });

  it("rejects with the worker's message when the router refuses", async () => {
    const { client, server } = connectedPair();
    worker(async () => fail('Refused: "analysis/run" has invalid data (texts).')).accept(server);

    await expect(requestPort(client, unused).ask('analysis/run', { texts: [] })).rejects.toThrow(
      'Refused: "analysis/run" has invalid data',
    );
  });

  it('sends the requests still waiting, and all later ones, through sendMessage once the browser closes it', async () => {
    const { client } = connectedPair();
    // A worker that never answers: it stopped.
    const fallback = vi.fn(async (name: string) => `by sendMessage: ${name}`);
    const port = requestPort(client, fallback as unknown as AskBackgroundFn);

    const waiting = port.ask('analysis/run', { texts: ['a'] });
    client.closedByBrowser();

    await expect(waiting).resolves.toBe('by sendMessage: analysis/run');
    await expect(port.ask('settings/site', { site: 'news.example' })).resolves.toBe(
      'by sendMessage: settings/site',
    );
    expect(fallback).toHaveBeenCalledTimes(2);
  });

  it('uses sendMessage after the content script closes it, and tells the worker', async () => {
    const { client, server } = connectedPair();
    worker(echo).accept(server);
    const fallback = vi.fn(async () => 'by sendMessage');
    const port = requestPort(client, fallback as unknown as AskBackgroundFn);

    port.close();

    await expect(port.ask('analysis/run', { texts: ['a'] })).resolves.toBe('by sendMessage');
    expect(server.connected).toBe(false);
    expect(client.posted).toEqual([]);
  });
});

describe('the content script end', () => {
  it('lets a request still waiting when it is closed get its answer over the connection, then closes it', async () => {
    const { client, server } = connectedPair();
    worker(async (message) => {
      await new Promise((done) => setTimeout(done, 10));
      return ok((message as { name: string }).name);
    }).accept(server);
    const fallback = vi.fn(async () => 'by sendMessage');
    const port = requestPort(client, fallback as unknown as AskBackgroundFn);

    const waiting = port.ask('analysis/run', { texts: ['a'] });
    port.close();

    await expect(port.ask('settings/site', { site: 'news.example' })).resolves.toBe('by sendMessage');
    expect(client.connected).toBe(true);
    await expect(waiting).resolves.toBe('analysis/run');
    expect(fallback).toHaveBeenCalledTimes(1);
    expect(client.connected).toBe(false);
    expect(server.connected).toBe(false);
  });

  it('takes only a well-formed reply to a request it is waiting for', async () => {
    const { client, server } = connectedPair();
    const port = requestPort(client, unused);
    const answer = port.ask('analysis/run', { texts: ['a'] });
    let settled = false;
    void answer.finally(() => (settled = true));

    for (const stray of [
      { reply: ok('no id') },
      { id: '1', reply: ok('id as text') },
      { id: 99, reply: ok('unknown id') },
      'text',
    ])
      server.postMessage(stray);
    await new Promise((done) => setTimeout(done, 0));
    expect(settled).toBe(false);

    server.postMessage({ id: 1, reply: ok('the answer') });
    await expect(answer).resolves.toBe('the answer');
  });
});

describe('the service worker end', () => {
  it('closes a connection under another name, or from a page frame that is not the top one', () => {
    const route = vi.fn(echo);
    const other = connectedPair(fromPage, 'someone-else').server;
    const inFrame = connectedPair({ ...fromPage, frameId: 3 }).server;
    const server = worker(route);

    server.accept(other);
    server.accept(inFrame);

    expect(other.connected).toBe(false);
    expect(inFrame.connected).toBe(false);
    expect(route).not.toHaveBeenCalled();
  });

  it('ignores messages that are not requests', async () => {
    const { client, server } = connectedPair();
    const route = vi.fn(echo);
    worker(route).accept(server);

    client.postMessage({ message: { name: 'analysis/run' } });
    client.postMessage({ id: 'x', message: {} });
    client.postMessage('hello');
    await new Promise((done) => setTimeout(done, 0));

    expect(route).not.toHaveBeenCalled();
    expect(server.posted).toEqual([]);
  });
});
