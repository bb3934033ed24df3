/**
 * The site's setting is asked for as the page starts loading (the early content script), which wakes the
 * service worker; the main content script then takes that answer instead of asking again, unless it is for
 * another site or there is none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { askEarly, startSettings } from '../../../extension/content/early-settings';

function stubRuntime() {
  const sendMessage = vi.fn(async (message: { data: { site: string } }) => ({
    ok: true,
    value: { site: message.data.site, autoHighlight: message.data.site !== 'quiet.example' },
  }));
  vi.stubGlobal('chrome', { runtime: { id: 'sourcemark', sendMessage } });
  return sendMessage;
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
