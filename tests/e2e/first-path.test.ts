/**
 * The first path through the product, in real Chromium with the built extension: the demo article's
 * attributions are painted without changing the page's DOM; a selection tagged Disputed is saved, painted,
 * stored, and comes back after a reload; the popup lists it with the page's counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickInUi,
  highlightTexts,
  readTable,
  selectText,
  startHarness,
  tabIdOf,
  waitForHighlight,
  type Harness,
} from './harness';

let harness: Harness;
let page: Page;
let articleUrl: string;

beforeAll(async () => {
  harness = await startHarness('tests/fixtures/demo');
  page = await harness.browser.context.newPage();
  articleUrl = `${harness.server.origin}/index.html`;
  await page.goto(articleUrl);
  await page.waitForFunction(() => CSS.highlights.has('sourcemark-source'));
});

afterAll(async () => {
  await harness?.close();
});

describe('on a news article', () => {
  it('paints sources, cues, claims and denials as named highlights', async () => {
    const sources = await highlightTexts(page, 'sourcemark-source');
    const cues = await highlightTexts(page, 'sourcemark-cue');
    const claims = await highlightTexts(page, 'sourcemark-claim');
    const denials = await highlightTexts(page, 'sourcemark-denial');
    expect(sources.join(' | ')).toContain('Dana Whitfield');
    expect(cues).toEqual(expect.arrayContaining(['said', 'denied', 'reported']));
    expect(claims.join(' | ')).toContain('two more identical drones');
    expect(denials.join(' | ')).toContain('involvement');
    expect(denials.join(' | ')).not.toContain('two more identical drones');
  });

  it('paints nothing outside the article', async () => {
    const painted = await page.evaluate(() =>
      [...CSS.highlights.keys()]
        .filter((name) => name.startsWith('sourcemark-'))
        .flatMap((name) => [...(CSS.highlights.get(name) ?? [])])
        .filter(
          (range) => !document.getElementById('story')?.contains((range as Range).commonAncestorContainer),
        ),
    );
    expect(painted).toHaveLength(0);
  });

  it("leaves the page's DOM as the server sent it, apart from one host element", async () => {
    const { served, live, rootChildren } = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html');
      return {
        served: parsed.body.innerHTML,
        live: document.body.innerHTML,
        rootChildren: [...document.documentElement.children].map((e) => e.localName),
      };
    });
    expect(live).toBe(served);
    expect(rootChildren.filter((n) => n !== 'head' && n !== 'body')).toEqual(
      rootChildren.includes('sourcemark-ui') ? ['sourcemark-ui'] : [],
    );
  });
});

describe('annotating a selection', () => {
  const quote = 'Port workers described hearing a loud bang shortly before dawn.';

  it('tags the selection Disputed, paints it and stores it', async () => {
    await selectText(page, '#story p', 'loud bang');
    await clickInUi(page, 'button[data-action="disputed"]');
    await waitForHighlight(page, 'sourcemark-tag-disputed', quote);
    const stored = (await readTable(harness.browser, 'annotations')) as {
      tags: string[];
      target: { quote: { exact: string } };
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tags).toEqual(['disputed']);
    expect(stored[0]?.target.quote.exact).toBe(quote);
  });

  it('paints it again after a reload, anchored by its quote', async () => {
    await page.reload();
    await waitForHighlight(page, 'sourcemark-tag-disputed', quote);
    expect(await highlightTexts(page, 'sourcemark-tag-disputed')).toEqual([quote]);
  });

  it('is listed in the popup with the counts of what was found', async () => {
    const tabId = await tabIdOf(harness.browser, articleUrl);
    const popup = await harness.browser.context.newPage();
    await popup.goto(
      `chrome-extension://${harness.browser.extensionId}/extension/popup/index.html?tab=${tabId}`,
    );
    await popup.getByText(quote, { exact: false }).waitFor();
    expect(await popup.locator('[data-annotation-id] .tag').allTextContents()).toEqual(['Disputed']);
    const attributions = Number(await popup.locator('[data-count="attributions"] strong').textContent());
    const denials = Number(await popup.locator('[data-count="denials"] strong').textContent());
    expect(attributions).toBeGreaterThanOrEqual(8);
    expect(denials).toBeGreaterThanOrEqual(2);
    await popup.close();
  });
});
