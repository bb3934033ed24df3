/**
 * Reading a news page with Sourcemark, in Chromium with the built extension, on pages the team wrote: the
 * hover card shows who said what; tagging from the card persists and comes back after a reload; the
 * keyboard reaches every finding and the card's actions; the toggle hides and shows only Sourcemark's
 * highlights; a paragraph the page adds later is analyzed, and so is text it shows later ("Read more", a
 * cookie wall); the page's own scripts and DOM are untouched;
 * the reader's per-site setting and "analyze this page"; the context-menu entry; a rated source's marker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightTexts, readTable, startHarness, waitForHighlight, type Harness } from './harness';
import {
  askAsExtension,
  collectExtensionLogs,
  collectWorkerLogs,
  pointOfHighlight,
  sendToTab,
  uiHasFocus,
  uiText,
  waitForUi,
} from './reading-helpers';

let harness: Harness;
let page: Page;
let url: string;
let logs: string[];
let workerLogs: string[];

interface StoredAnnotation {
  id: string;
  tags: string[];
  kind: string;
  stance: string | null;
  sourceName: string | null;
  target: { quote: { exact: string } };
}

const annotations = async () => (await readTable(harness.browser, 'annotations')) as StoredAnnotation[];
const painted = () => page.evaluate(() => performance.getEntriesByName('sourcemark:painted').length > 0);

async function openArticle(): Promise<void> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('sourcemark:painted').length > 0);
}

beforeAll(async () => {
  harness = await startHarness('tests/fixtures/reading');
  workerLogs = await collectWorkerLogs(harness.browser);
  page = await harness.browser.context.newPage();
  logs = collectExtensionLogs(page);
  url = `${harness.server.origin}/article.html`;
  await openArticle();
});

afterAll(async () => {
  await harness?.close();
});

describe('the hover card', () => {
  it('shows the source and the stance of the finding under the pointer', async () => {
    const at = await pointOfHighlight(page, 'sourcemark-cue', 'denied');
    await page.mouse.move(at.x, at.y);
    const html = await waitForUi(page, '.card');
    expect(html).toContain('role="dialog"');
    const text = await uiText(page, '.card');
    expect(text).toContain('Northfield Water Company');
    expect(text).toContain('denies');
    expect(text).toContain('treatment plant');
  });

  it('closes when the pointer leaves the highlight', async () => {
    await page.mouse.move(5, 5);
    await waitForUi(page, '.card', (html) => html === null);
  });

  it('tags the claim Disputed from the card, stores it with its source and stance, and paints it', async () => {
    const at = await pointOfHighlight(page, 'sourcemark-cue', 'denied');
    await page.mouse.click(at.x, at.y);
    await waitForUi(page, '.card button[data-action="disputed"]');
    const button = await pointInUi(page, '.card button[data-action="disputed"]');
    await page.mouse.click(button.x, button.y);
    await waitForHighlight(page, 'sourcemark-tag-disputed', 'treatment plant');
    const stored = (await annotations()).find((a) => a.tags.includes('disputed'));
    expect(stored).toMatchObject({ kind: 'denial', stance: 'deny', sourceName: 'Northfield Water Company' });
    expect(stored?.target.quote.exact).toContain('treatment plant was the source of the solvent');
    await waitForUi(
      page,
      '.card button[data-action="disputed"]',
      (html) => html?.includes('aria-pressed="true"') ?? false,
    );
  });

  it('paints the tag again after a reload, and the card shows it pressed', async () => {
    await openArticle();
    await waitForHighlight(page, 'sourcemark-tag-disputed', 'treatment plant');
    const at = await pointOfHighlight(page, 'sourcemark-cue', 'denied');
    await page.mouse.click(at.x, at.y);
    const html = await waitForUi(page, '.card button[data-action="disputed"]');
    expect(html).toContain('aria-pressed="true"');
    await page.keyboard.press('Escape');
    await waitForUi(page, '.card', (h) => h === null);
  });
});

describe('copying a quote', () => {
  it('puts the claim on the clipboard with who said it and where', async () => {
    await harness.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: harness.server.origin,
    });
    const at = await pointOfHighlight(page, 'sourcemark-cue', 'denied');
    await page.mouse.click(at.x, at.y);
    await waitForUi(page, '.card button[data-action="copy"]');
    const button = await pointInUi(page, '.card button[data-action="copy"]');
    await page.mouse.click(button.x, button.y);
    await waitForUi(page, '.card .status', (html) => html?.includes('copied') ?? false);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('that its treatment plant was the source of the solvent');
    expect(copied).toContain('Northfield Water Company (denied)');
    expect(copied).toContain(url);
    await page.keyboard.press('Escape');
  });
});

describe('the keyboard', () => {
  it('moves to the next finding (the command) with the focus in its card, and Esc gives the focus back', async () => {
    await openArticle();
    await page.focus('#counter');
    expect(await sendToTab(harness.browser, url, 'page/next-finding', { step: 1 })).toBe(true);
    await waitForUi(page, '.card');
    expect(await highlightTexts(page, 'sourcemark-focus')).toHaveLength(1);
    expect(await uiHasFocus(page, '.card button[data-action="disputed"]')).toBe(true);
    const first = await uiText(page, '.card .position');
    await sendToTab(harness.browser, url, 'page/next-finding', { step: 1 });
    await waitForUi(
      page,
      '.card .position',
      (html) => html !== null && !html.includes(`>${first?.split(' ')[0]}<`),
    );
    await page.keyboard.press('Escape');
    await waitForUi(page, '.card', (html) => html === null);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('counter');
    expect(await highlightTexts(page, 'sourcemark-focus')).toEqual([]);
  });

  it('reaches the card’s actions with Tab and acts with Enter', async () => {
    await sendToTab(harness.browser, url, 'page/next-finding', { step: 1 });
    await waitForUi(page, '.card');
    const source = (await uiText(page, '.card .source')) ?? '';
    await page.keyboard.press('Tab');
    expect(await uiHasFocus(page, '.card button[data-action="verified"]')).toBe(true);
    await page.keyboard.press('Enter');
    await waitForUi(
      page,
      '.card button[data-action="verified"]',
      (html) => html?.includes('aria-pressed="true"') ?? false,
    );
    expect((await annotations()).some((a) => a.tags.includes('verified') && a.sourceName === source)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
  });
});

describe('the toggle', () => {
  it('hides and shows Sourcemark’s highlights, and only those', async () => {
    await page.evaluate(() => CSS.highlights.set('page-own', new Highlight()));
    expect(await sendToTab(harness.browser, url, 'page/toggle-highlights')).toBe(false);
    const hidden = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(hidden).toEqual(['page-own']);
    expect(await sendToTab(harness.browser, url, 'page/toggle-highlights')).toBe(true);
    expect(await highlightTexts(page, 'sourcemark-cue')).toContain('denied');
    expect(await page.evaluate(() => CSS.highlights.has('page-own'))).toBe(true);
  });

  it('follows the popup’s switch', async () => {
    await sendToTab(harness.browser, url, 'page/set-highlights-visible', { visible: false });
    expect(await page.evaluate(() => CSS.highlights.has('sourcemark-cue'))).toBe(false);
    await sendToTab(harness.browser, url, 'page/set-highlights-visible', { visible: true });
    expect(await page.evaluate(() => CSS.highlights.has('sourcemark-cue'))).toBe(true);
  });
});

describe('a live page', () => {
  it('analyzes a paragraph the page inserts after load', async () => {
    await openArticle();
    await page.evaluate(() =>
      (
        window as unknown as { pageApi: { insertParagraph(t: string, before: string): number } }
      ).pageApi.insertParagraph(
        'Council member Arvid Solberg said the city should have tested the water in January.',
        'counter-row',
      ),
    );
    await waitForHighlight(page, 'sourcemark-source', 'Arvid Solberg');
  });

  it('follows text nodes the page splits and merges', async () => {
    const paints = () => page.evaluate(() => performance.getEntriesByName('sourcemark:painted').length);
    const api = (call: 'split' | 'merge') =>
      page.evaluate((c) => {
        const pageApi = (
          window as unknown as { pageApi: { splitTextOf(s: string, at: number): void; normalize(): void } }
        ).pageApi;
        if (c === 'split') pageApi.splitTextOf('#story p:nth-of-type(6)', 10);
        else pageApi.normalize();
      }, call);
    for (const call of ['split', 'merge'] as const) {
      const before = await paints();
      await api(call);
      await page.waitForFunction(
        (n) => performance.getEntriesByName('sourcemark:painted').length > n,
        before,
      );
      const texts = await highlightTexts(page, 'sourcemark-source');
      expect(texts.filter((t) => t.includes('Lindqvist'))).toEqual(['Mayor Oskar Lindqvist']);
    }
  });

  it('keeps the page’s own scripts working and its DOM as served, apart from one host element', async () => {
    await openArticle();
    await page.click('#counter');
    await page.click('#counter');
    const state = await page.evaluate(async () => {
      const api = (window as unknown as { pageApi: { helpful(): number; paragraphs(): number } }).pageApi;
      const parsed = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      parsed.getElementById('count')?.replaceChildren('2');
      return {
        helpful: api.helpful(),
        paragraphs: api.paragraphs(),
        sameBody: parsed.body.innerHTML === document.body.innerHTML,
        rootChildren: [...document.documentElement.children].map((e) => e.localName),
      };
    });
    expect(state).toMatchObject({ helpful: 2, paragraphs: 10, sameBody: true });
    expect(state.rootChildren.filter((n) => n !== 'head' && n !== 'body')).toEqual(
      state.rootChildren.includes('sourcemark-ui') ? ['sourcemark-ui'] : [],
    );
  });

  it('leaves the article’s hidden and screen-reader-only text out of the analysis', async () => {
    const claims = await highlightTexts(page, 'sourcemark-claim');
    const sources = await highlightTexts(page, 'sourcemark-source');
    // The visually hidden "(opens in a new window)" is not a source, a cue or part of a sentence's end.
    expect([...claims, ...sources].some((t) => t.trim().startsWith('(opens'))).toBe(false);
    expect(await painted()).toBe(true);
  });

  it('analyzes the rest of a story that "Read more" unfolds (a class taken off, nothing added)', async () => {
    await page.goto(`${harness.server.origin}/shown-later.html`);
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:painted').length > 0);
    expect((await highlightTexts(page, 'sourcemark-source')).join(' | ')).not.toContain('Arvid Solberg');
    await page.click('#read-more');
    await waitForHighlight(page, 'sourcemark-source', 'Arvid Solberg');
  });

  it('analyzes an article that the page shows only once the reader accepts its cookie wall', async () => {
    await page.goto(`${harness.server.origin}/shown-later.html?wall`);
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:no-article').length > 0);
    expect(await page.evaluate(() => CSS.highlights.get('sourcemark-cue')?.size ?? 0)).toBe(0);
    await page.click('#accept');
    await waitForHighlight(page, 'sourcemark-cue', 'denied');
  });
});

describe('a page that is not an article', () => {
  it('gets no automatic highlights, and is analyzed when the reader asks', async () => {
    const listing = `${harness.server.origin}/listing.html`;
    await page.goto(listing);
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:no-article').length > 0);
    expect(await page.evaluate(() => CSS.highlights.get('sourcemark-cue')?.size ?? 0)).toBe(0);
    const before = (await sendToTab(harness.browser, listing, 'page/summary')) as { isArticle: boolean };
    expect(before.isArticle).toBe(false);
    const after = (await sendToTab(harness.browser, listing, 'page/analyze')) as { analyzed: boolean };
    expect(after.analyzed).toBe(true);
    expect((await highlightTexts(page, 'sourcemark-cue')).length).toBeGreaterThan(0);
  });
});

describe('per-site control', () => {
  it('highlights nothing on a site where the reader turned it off, until asked to analyze the page', async () => {
    const site = new URL(url).hostname;
    await askAsExtension(harness.browser, 'settings/set-site', { site, autoHighlight: false });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:no-article').length > 0);
    expect(
      await page.evaluate(
        () => CSS.highlights.has('sourcemark-cue') && CSS.highlights.get('sourcemark-cue')?.size,
      ),
    ).toBeFalsy();
    const summary = (await sendToTab(harness.browser, url, 'page/analyze')) as { analyzed: boolean };
    expect(summary.analyzed).toBe(true);
    expect(await highlightTexts(page, 'sourcemark-cue')).toContain('denied');
    await askAsExtension(harness.browser, 'settings/set-site', { site, autoHighlight: true });
  });
});

describe('the context menu entry', () => {
  it('opens the toolbar on the selection with the focus in it; tags pick and save', async () => {
    await openArticle();
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('#story p')].find((p) =>
        p.textContent?.includes('faint smell'),
      );
      const range = document.createRange();
      if (paragraph) range.selectNodeContents(paragraph);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    expect(await sendToTab(harness.browser, url, 'page/annotate-selection')).toBe(true);
    await waitForUi(page, '.toolbar');
    expect(await uiHasFocus(page, '.toolbar button[data-action="disputed"]')).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForHighlight(page, 'sourcemark-tag-needs-source', 'faint smell');
    const saved = (await annotations()).find((a) => a.target.quote.exact.includes('faint smell'));
    expect(saved?.tags).toEqual(['needs-source']);
  });
});

describe('a source the reader has rated', () => {
  it('is marked in the page and its rating shows in the card', async () => {
    await askAsExtensionDb(harness, {
      id: 'lakeshore',
      name: 'Lakeshore Lab',
      aliases: ['Lakeshore Environmental Lab'],
      domain: null,
      rating: 'unreliable',
      note: 'Sold its sampling division in 2025.',
      evidence: [],
      updated: Date.now(),
      keys: ['lakeshore lab', 'lakeshore environmental lab'],
    });
    await openArticle();
    await waitForHighlight(page, 'sourcemark-rating-unreliable', 'Lakeshore Environmental Lab');
    const at = await pointOfHighlight(page, 'sourcemark-rating-unreliable', 'Lakeshore Environmental Lab');
    await page.mouse.click(at.x, at.y);
    const rating = await waitForUi(page, '.card [data-field="rating"]');
    expect(rating).toContain('Unreliable');
    expect(await uiText(page, '.card [data-field="rating"]')).toContain('Sold its sampling division');
  });
});

describe('after the browser stopped the service worker (half a minute without events)', () => {
  it('a page opened then still gets its findings: the worker is woken as the page starts loading', async () => {
    const control = await harness.browser.context.newCDPSession(page);
    await control.send('ServiceWorker.enable');
    await control.send('ServiceWorker.stopAllWorkers');
    await control.detach();
    const fresh = await harness.browser.context.newPage();
    try {
      await fresh.goto(url);
      await fresh.waitForFunction(() => performance.getEntriesByName('sourcemark:painted').length > 0);
      expect(await highlightTexts(fresh, 'sourcemark-cue')).toContain('denied');
    } finally {
      await fresh.close();
    }
  });
});

describe('an article from a site read earlier in the browsing session', () => {
  interface SessionStorage {
    chrome: { storage: { session: StorageLike; local: StorageLike } };
  }
  interface StorageLike {
    get(key: string | null): Promise<Record<string, unknown>>;
  }

  it('is looked for in the container remembered for the site, kept in session storage only', async () => {
    const worker = await harness.browser.serviceWorker();
    const stored = await worker.evaluate(async () => {
      const { storage } = (globalThis as unknown as SessionStorage).chrome;
      return {
        session: await storage.session.get('articleLayouts'),
        local: await storage.local.get(null),
      };
    });
    expect(stored.session).toEqual({
      articleLayouts: { '127.0.0.1': { selector: 'article#story', searchInside: false } },
    });
    expect(JSON.stringify(stored.local)).not.toContain('article#story');
    // Only the site's own content script is told; an extension page asking for the site's setting is not.
    const asked = await askAsExtension(harness.browser, 'settings/site', { site: '127.0.0.1' });
    expect(asked).toMatchObject({ ok: true, value: { articleLayout: null } });
  });

  it('paints the same findings there as a search of the whole page did', async () => {
    await openArticle();
    const before = (await highlightTexts(page, 'sourcemark-cue')).sort();
    await openArticle();
    expect((await highlightTexts(page, 'sourcemark-cue')).sort()).toEqual(before);
    expect(before).toContain('denied');
  });
});

describe('quietly', () => {
  it('logs no error or warning from the extension', () => {
    expect(logs).toEqual([]);
    expect(workerLogs).toEqual([]);
  });
});

async function pointInUi(p: Page, selector: string): Promise<{ x: number; y: number }> {
  const { locateInUi } = await import('./harness');
  const at = await locateInUi(p, selector);
  if (!at) throw new Error(`no ${selector} in Sourcemark's UI`);
  return at;
}

/** Writes a note on a source straight into the extension's database (as the dashboard does). */
async function askAsExtensionDb(h: Harness, record: Record<string, unknown>): Promise<void> {
  const worker = await h.browser.serviceWorker();
  await worker.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sourcemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('sources', 'readwrite');
          tx.objectStore('sources').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}
