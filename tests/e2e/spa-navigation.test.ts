/**
 * A single-page app (tests/fixtures/reading/spa.html) that navigates with history.pushState and re-renders
 * by reusing its elements: Sourcemark starts a fresh page view for each address, clears the old page's
 * highlights at once, paints the new page's findings once it is rendered, and brings the old page's
 * findings and saved annotations back when the reader goes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  highlightTexts,
  locateInUi,
  readTable,
  startHarness,
  waitForHighlight,
  type Harness,
} from './harness';
import { collectExtensionLogs, pointOfHighlight, waitForUi } from './reading-helpers';

let harness: Harness;
let page: Page;
let logs: string[];

/** Every text Sourcemark paints, in any of its highlights. */
const allPainted = () =>
  page.evaluate(() =>
    [...CSS.highlights.entries()]
      .filter(([name]) => name.startsWith('sourcemark-'))
      .flatMap(([, highlight]) => [...highlight].map((r) => (r as Range).toString()))
      .filter((text) => text.trim() !== ''),
  );

const app = (call: 'hold' | 'release') =>
  page.evaluate((c) => (window as unknown as { app: Record<string, () => unknown> }).app[c]?.(), call);

beforeAll(async () => {
  harness = await startHarness('tests/fixtures/reading');
  page = await harness.browser.context.newPage();
  logs = collectExtensionLogs(page);
  await page.goto(`${harness.server.origin}/spa.html`);
  await waitForHighlight(page, 'sourcemark-source', 'Lena Fjeld');
});

afterAll(async () => {
  await harness?.close();
});

describe('navigating inside a single-page app', () => {
  it('tags a claim on the first page', async () => {
    const at = await pointOfHighlight(page, 'sourcemark-source', 'Lena Fjeld');
    await page.mouse.click(at.x, at.y);
    await waitForUi(page, '.card button[data-action="disputed"]');
    const button = await locateInUi(page, '.card button[data-action="disputed"]');
    if (!button) throw new Error('no Disputed button');
    await page.mouse.click(button.x, button.y);
    await waitForHighlight(page, 'sourcemark-tag-disputed', 'pier would close');
    await page.keyboard.press('Escape');
  });

  it('clears the old page’s highlights as soon as the address changes', async () => {
    await app('hold');
    // In one task: the app changes the address (it has not rendered the new story yet, the old one is
    // still on screen, but no longer "the page"), and what is painted right then is read.
    const right = await page.evaluate(() => {
      document.querySelector<HTMLElement>('a[data-route="b"]')?.click();
      return {
        search: location.search,
        story: document.getElementById('story')?.textContent ?? '',
        painted: [...CSS.highlights.entries()]
          .filter(([name]) => name.startsWith('sourcemark-'))
          .flatMap(([, highlight]) => [...highlight].map((r) => (r as Range).toString())),
      };
    });
    expect(right.search).toBe('?story=b');
    expect(right.story).toContain('Lena Fjeld');
    expect(right.painted).toEqual([]);
  });

  it('paints the new page’s findings once it is rendered, and nothing of the old page', async () => {
    await app('release');
    await waitForHighlight(page, 'sourcemark-source', 'transport ministry');
    await waitForHighlight(page, 'sourcemark-cue', 'denied');
    const painted = (await allPainted()).join(' | ');
    expect(painted).not.toMatch(/Lena Fjeld|Pavel Dunn|pier|Fishing crews/);
    expect(await highlightTexts(page, 'sourcemark-tag-disputed')).toEqual([]);
  });

  it('brings the first page’s findings and saved tag back on going back', async () => {
    await page.goBack();
    await waitForHighlight(page, 'sourcemark-source', 'Lena Fjeld');
    await waitForHighlight(page, 'sourcemark-tag-disputed', 'pier would close');
    expect((await allPainted()).join(' | ')).not.toMatch(/transport ministry|Marta Ilves/);
    const stored = (await readTable(harness.browser, 'annotations')) as { pageUrl: string }[];
    expect(stored.map((a) => new URL(a.pageUrl).search)).toEqual(['']);
  });

  it('logs no error or warning from the extension', () => {
    expect(logs).toEqual([]);
  });
});
