/**
 * The site's setting is asked for as the page starts loading (the early content script), which wakes the
 * service worker; the main content script then takes that answer instead of asking again, unless it is for
 * another site or there is none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  askEarly,
  closeEarlyPort,
  startRequestPort,
  startSettings,
} from '../../../extension/content/early-settings';
import { REQUEST_PORT } from '../../../extension/shared/runtime-messaging';

function stubRuntime() {
  const sendMessage = vi.fn(async (message: { data: { site: string } }) => ({
    ok: true,
    value: { site: message.data.site, autoHighlight: message.data.site !== 'quiet.example' },
  }));
  const connect = vi.fn(({ name }: { name: string }) => ({ name, disconnect: vi.fn() }));
  vi.stubGlobal('chrome', { runtime: { id: 'sourcemark', sendMessage, connect } });
  return Object.assign(sendMessage, { connect });
}

function visit(url: string): void {
  vi.stubGlobal('location', { href: url });
}

describe('the site setting at the start of a page', () => {
  beforeEach(() => {
    // Whatever an earlier test left for the main script is taken away first.
    stubRuntime();
    visit('https://elsewhere.example/');
    void startSettings().catch(() => undefined);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is asked for once: the main script takes the early request', async () => {
    const sendMessage = stubRuntime();
    visit('https://www.quiet.example/politics/story');
    askEarly();
    expect(sendMessage).toHaveBeenCalledTimes(1);

    const settings = await startSettings();

    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith({ name: 'settings/site', data: { site: 'quiet.example' } });
    expect(settings).toEqual({ site: 'quiet.example', autoHighlight: false });
  });

  it('is asked for by the main script when the early script did not run', async () => {
    const sendMessage = stubRuntime();
    visit('https://news.example/story');

    const settings = await startSettings();

    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(settings).toEqual({ site: 'news.example', autoHighlight: true });
  });

  it('is asked for again when the page moved to another site in between', async () => {
    const sendMessage = stubRuntime();
    visit('https://quiet.example/story');
    askEarly();
    visit('https://news.example/story');

    const settings = await startSettings();

    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(settings.site).toBe('news.example');
  });

  it('is taken once: a later page of the same document asks again', async () => {
    const sendMessage = stubRuntime();
    visit('https://news.example/story');
    askEarly();
    await startSettings();
    await startSettings();

    expect(sendMessage).toHaveBeenCalledTimes(2);
  });
});

describe('the connection for the first analysis', () => {
  beforeEach(() => {
    stubRuntime();
    closeEarlyPort();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is opened as the page starts loading and taken by the main script, once', () => {
    const { connect } = stubRuntime();
    visit('https://news.example/story');
    askEarly();
    expect(connect).toHaveBeenCalledWith({ name: REQUEST_PORT });
    const early = connect.mock.results[0]?.value;

    const runtime = (globalThis as unknown as { chrome: { runtime: never } }).chrome.runtime;
    expect(startRequestPort(runtime)).toBe(early);
    expect(connect).toHaveBeenCalledTimes(1);
    // A later page of the same document opens a connection of its own.
    expect(startRequestPort(runtime)).not.toBe(early);
    expect(connect).toHaveBeenCalledTimes(2);
  });

  it('is closed where the main script has nothing to ask', () => {
    const { connect } = stubRuntime();
    visit('https://news.example/story');
    askEarly();
    const early = connect.mock.results[0]?.value as { disconnect: () => void };

    closeEarlyPort();

    expect(early.disconnect).toHaveBeenCalledTimes(1);
  });
});
