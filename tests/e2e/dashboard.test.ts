/**
 * The reviewing path, in real Chromium with the built extension: an annotation made on a page is found in
 * the dashboard by search, its note edited there shows in the page's card; opening it from the dashboard scrolls
 * its page to it; a source rated in the directory shows with its rating on a page that cites it; the site's
 * rating shows on the toolbar badge; and a full backup exported, everything erased, and the backup
 * imported gives back every record.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { summaryOf } from '../../scripts/lib/page-summary';
import {
  clickInUi,
  readTable,
  selectText,
  startHarness,
  tabIdOf,
  waitForHighlight,
  type Harness,
} from './harness';
import { pointOfHighlight, uiText, waitForUi } from './reading-helpers';

let harness: Harness;
let article: Page;
let articleUrl: string;
let dashboardUrl: string;
const quote = 'The port authority denied that harbour fees had played any part.';

function extensionPage(path: string): string {
  return `chrome-extension://${harness.browser.extensionId}/${path}`;
}

async function openPopup(url: string): Promise<Page> {
  const tabId = await tabIdOf(harness.browser, url);
  const popup = await harness.browser.context.newPage();
  await popup.goto(extensionPage(`extension/popup/index.html?tab=${tabId}`));
  await popup.locator('[data-count="attributions"]').waitFor();
  return popup;
}

/** Every record of the tables a backup holds, in a stable order. */
async function everything(): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of ['annotations', 'sources', 'pages', 'siteSettings']) {
    const rows = (await readTable(harness.browser, table)).map((row) => JSON.stringify(row));
    tables[table] = rows.sort().map((row) => JSON.parse(row) as unknown);
  }
  return tables;
}

beforeAll(async () => {
  harness = await startHarness('tests/e2e/pages');
  articleUrl = `${harness.server.origin}/ferry-fuel.html`;
  dashboardUrl = extensionPage('extension/dashboard/index.html');
  article = await harness.browser.context.newPage();
  await article.goto(articleUrl);
  await article.waitForFunction(() => CSS.highlights.has('sourcemark-source'));
  await selectText(article, '#story p', 'harbour fees had played');
  await clickInUi(article, 'button[data-action="disputed"]');
  await waitForHighlight(article, 'sourcemark-tag-disputed', 'harbour fees');
});

afterAll(async () => {
  await harness?.close();
});

describe('reviewing annotations in the dashboard', () => {
  it('finds the annotation made on the page by searching for words of it', async () => {
    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(dashboardUrl);
    await dashboard.getByLabel('Search quotes, notes and sources').fill('harbour fees');
    await dashboard.locator('.results-status', { hasText: 'found in' }).waitFor();
    const rows = dashboard.locator('.annotation-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('.row-quote').textContent()).toContain(quote.slice(0, 40));
    await dashboard.getByLabel('Search quotes, notes and sources').fill('timetable');
    await dashboard.locator('.results-status', { hasText: '0 annotations found' }).waitFor();
    await dashboard.close();
  });

  it("edits its note there, and the page's card shows the new note", async () => {
    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(dashboardUrl);
    await dashboard.locator('.row-quote', { hasText: 'harbour fees' }).click();
    const detail = dashboard.locator('.detail');
    await detail.getByLabel('Note', { exact: true }).fill('Fees went up in March, says the council report.');
    await detail.getByRole('button', { name: 'Save note' }).click();
    await detail.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const stored = (await readTable(harness.browser, 'annotations')) as { note: string }[];
    expect(stored.map((a) => a.note)).toEqual(['Fees went up in March, says the council report.']);
    // The tab is told to reload its annotations: its summary (what the page's card reads) gets the note.
    await expect
      .poll(async () => (await summaryOf(harness.browser, article)).annotations.map((a) => a.note))
      .toEqual(['Fees went up in March, says the council report.']);
    const popup = await openPopup(articleUrl);
    await popup.locator('.note', { hasText: 'Fees went up in March' }).waitFor();
    await popup.close();
    // The card of the annotation on the page shows the note as edited in the dashboard.
    await article.bringToFront();
    const at = await pointOfHighlight(article, 'sourcemark-tag-disputed', 'harbour fees');
    await article.mouse.click(at.x, at.y);
    await waitForUi(article, '.card [data-field="note"]');
    expect(await uiText(article, '.card [data-field="note"]')).toContain('Fees went up in March');
    await article.keyboard.press('Escape');
    await dashboard.close();
  });

  it('opens the page of an annotation scrolled to it, and flashes it', async () => {
    await article.evaluate(() => window.scrollTo(0, 0));
    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(dashboardUrl);
    const opened = harness.browser.context.waitForEvent('page');
    await dashboard.getByRole('button', { name: 'Open its page' }).first().click();
    const page = await opened;
    await page.waitForFunction(
      (text) => [...(CSS.highlights.get('sourcemark-focus') ?? [])].some((r) => String(r).includes(text)),
      'harbour fees',
    );
    expect(page.url()).toBe(articleUrl);
    await page.close();
    await dashboard.close();
  });
});

describe('the side panel', () => {
  it('opens beside the page from the popup, and the popup closes', async () => {
    const popup = await openPopup(articleUrl);
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Review beside the page' }).click();
    await closed;
    const cdp = await harness.browser.context.newCDPSession(article);
    await expect
      .poll(async () => {
        const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
        return targetInfos.some((t) => t.url.endsWith('/extension/sidepanel/index.html'));
      })
      .toBe(true);
    await cdp.detach();
  });
});

describe('notes on sources', () => {
  it('rates a source in the directory; a page citing it shows the rating', async () => {
    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(`${dashboardUrl}#sources`);
    await dashboard.getByRole('button', { name: 'Add a source' }).click();
    const form = dashboard.locator('.source-detail');
    await form.getByLabel('Name').fill('Ferry Operators Association');
    await form.getByLabel('Also known as').fill('FOA, ferry operators');
    await form.getByLabel('Reliability').selectOption('unreliable');
    await form.getByLabel('Note', { exact: true }).fill('Fuel figures never match their own reports.');
    await form.getByLabel('Evidence links').fill('https://transport.example/costs-2026');
    await form.getByRole('button', { name: 'Save' }).click();
    await dashboard
      .locator('.directory [data-source-key]', { hasText: 'Ferry Operators Association' })
      .waitFor();
    const [note] = (await readTable(harness.browser, 'sources')) as {
      name: string;
      rating: string;
      aliases: string[];
    }[];
    expect(note).toMatchObject({
      name: 'Ferry Operators Association',
      rating: 'unreliable',
      aliases: ['FOA', 'ferry operators'],
    });
    await dashboard.close();

    const memoUrl = `${harness.server.origin}/fares-memo.html`;
    const memo = await harness.browser.context.newPage();
    await memo.goto(memoUrl);
    await memo.waitForFunction(() => CSS.highlights.has('sourcemark-source'));
    const popup = await openPopup(memoUrl);
    const finding = popup.locator('.findings li', { hasText: 'Ferry Operators Association' }).first();
    expect(await finding.locator('.rating').textContent()).toBe('Unreliable');
    await popup.close();
    // The in-page marker (the content script's): the source is painted with its rating.
    await waitForHighlight(memo, 'sourcemark-rating-unreliable', 'Ferry Operators Association');
    await memo.close();
  });

  it("rates the site in the popup, and the toolbar badge shows the site's rating", async () => {
    const popup = await openPopup(articleUrl);
    await popup
      .locator('.site')
      .getByLabel(/^Reliability of /)
      .selectOption('mixed');
    await popup.getByRole('button', { name: 'Save note' }).first().waitFor();
    const tabId = await tabIdOf(harness.browser, articleUrl);
    const worker = await harness.browser.serviceWorker();
    await expect
      .poll(() => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('MIX');
    await popup.close();
  });
});

describe('backup', () => {
  it('exports a full backup, erases everything, imports the backup, and every record is back', async () => {
    // No page open that would note a visit meanwhile: what comes back must be exactly what was saved.
    await article.close();
    const before = await everything();
    expect(before.annotations).toHaveLength(1);
    expect(before.sources).toHaveLength(2);

    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(`${dashboardUrl}#transfer`);
    await dashboard.getByLabel('Full backup').check();
    const download = dashboard.waitForEvent('download');
    await dashboard.getByRole('button', { name: 'Export', exact: true }).click();
    const file = await (await download).path();
    const backup = JSON.parse(readFileSync(file, 'utf8')) as { format: string; annotations: unknown[] };
    expect(backup.format).toBe('sourcemark-backup');

    await dashboard.getByRole('button', { name: 'Erase all data…' }).click();
    await dashboard.getByRole('button', { name: 'Erase everything' }).click();
    await dashboard.getByText('Everything was erased.').waitFor();
    expect(await readTable(harness.browser, 'annotations')).toEqual([]);
    expect(await readTable(harness.browser, 'sources')).toEqual([]);

    await dashboard.locator('input[type="file"]').setInputFiles(file);
    await dashboard.getByRole('button', { name: 'Import 1 annotation' }).click();
    await dashboard.locator('[data-import-done]').waitFor();
    expect(await everything()).toEqual(before);
    await dashboard.close();
  });

  it('refuses a broken file, says where it is broken, and changes nothing', async () => {
    const before = await everything();
    const dashboard = await harness.browser.context.newPage();
    await dashboard.goto(`${dashboardUrl}#transfer`);
    await dashboard.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "sourcemark-backup", "schemaVersion": 2, "annotations": [{"id": 5}]'),
    });
    const error = dashboard.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/cannot be imported.*Nothing was changed/s);
    expect(await error.textContent()).toMatch(/line 1/);
    expect(await everything()).toEqual(before);
    await dashboard.close();
  });
});
