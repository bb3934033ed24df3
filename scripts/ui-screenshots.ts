/**
 * `npm run screenshots:ui`: screenshots of the popup and the dashboard for the README, in light and dark
 * mode, from the built extension (dist/) in headless Chromium. The demo article is served under the
 * invented host harbour-ledger.example (mapped to 127.0.0.1) and a small invented history is imported
 * through the dashboard's own import, so the pictures show the product as a reader would use it.
 * Writes docs/screenshots/popup*.png and dashboard*.png (or --out DIR).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serializeBackup } from '../src/formats/backup';
import { clickInUi, selectText, waitForHighlight } from '../tests/e2e/harness';
import { uiSeed } from '../tests/e2e/ui-seed';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';
import { serveFolder } from './lib/serve';

const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const out = resolve(outIndex >= 0 ? (args[outIndex + 1] ?? 'docs/screenshots') : 'docs/screenshots');
const HOST = 'harbour-ledger.example';

async function launch(): Promise<{ context: BrowserContext; id: string; close: () => Promise<void> }> {
  const dist = resolve('dist');
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    args: [
      ...CHROMIUM_FLAGS,
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    id: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function importSeed(dashboard: Page): Promise<void> {
  const text = serializeBackup(uiSeed(Date.now()), Date.now());
  await dashboard.goto(`${dashboard.url().split('#')[0]}#transfer`);
  await dashboard.locator('input[type="file"]').setInputFiles({
    name: 'history.sourcemark.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await dashboard.getByRole('button', { name: /^Import \d+ annotations$/ }).click();
  await dashboard.locator('[data-import-done]').waitFor();
}

async function shoot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  const path = join(out, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  console.log(path);
}

async function dashboards(context: BrowserContext, base: string, scheme: 'light' | 'dark'): Promise<void> {
  const suffix = scheme === 'dark' ? '-dark' : '';
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${base}#annotations`);
  await page.locator('.annotation-row').first().waitFor();
  await page
    .getByRole('button', { name: /tides|loud bang/i })
    .first()
    .click();
  await page.locator('.detail').waitFor();
  await shoot(page, `dashboard${suffix}`);
  if (scheme === 'dark') return page.close();

  await page.getByLabel('Search quotes, notes and sources').fill('drone');
  await page.locator('.results-status', { hasText: 'found in' }).waitFor();
  await page.getByRole('button', { name: 'Close details' }).click();
  await shoot(page, 'dashboard-search');

  await page.goto(`${base}#disputed`);
  await page.locator('.group summary').first().click();
  await shoot(page, 'dashboard-disputed');

  await page.goto(`${base}#sources`);
  await page.locator('.directory button', { hasText: "Corvania's foreign ministry" }).first().click();
  await page.locator('.source-detail').waitFor();
  await shoot(page, 'dashboard-sources');

  await page.goto(`${base}#pictures`);
  await page.locator('svg.source-bars').waitFor();
  await shoot(page, 'dashboard-pictures');

  await page.goto(`${base}#transfer`);
  await shoot(page, 'dashboard-transfer');
  await page.close();
}

async function popups(context: BrowserContext, id: string, origin: string): Promise<void> {
  const article = await context.newPage();
  await article.goto(`${origin.replace('127.0.0.1', HOST)}/index.html`);
  await article.waitForFunction(() => CSS.highlights.has('sourcemark-source'));
  const tabId = await (async () => {
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    return worker.evaluate(async (wanted) => {
      for (const tab of await chrome.tabs.query({})) {
        if (tab.id === undefined) continue;
        const reply = await chrome.tabs
          .sendMessage(tab.id, { name: 'page/location', data: {} })
          .catch(() => null);
        if (reply?.ok && String(reply.value).includes(wanted)) return tab.id;
      }
      throw new Error('no tab shows the article');
    }, HOST);
  })();
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${id}/extension/popup/index.html?tab=${tabId}`);
    await popup.locator('[data-count="attributions"]').waitFor();
    if (scheme === 'light') {
      const item = popup.locator('[data-annotation-id]').first();
      await item.getByRole('button', { name: 'Edit' }).click();
      await item.getByLabel('Note', { exact: true }).fill('Ask the port authority for the incident log.');
      await item.getByRole('button', { name: 'Save note' }).click();
      await item.getByText('Saved', { exact: true }).waitFor();
    }
    await shoot(popup, scheme === 'dark' ? 'popup-dark' : 'popup', { fullPage: true });
    if (scheme === 'light') {
      // A narrow popup (a small screen, a large zoom): everything wraps, nothing is cut.
      await popup.setViewportSize({ width: 300, height: 700 });
      await popup.evaluate(() => window.scrollTo(0, 0));
      await shoot(popup, 'popup-narrow');
    }
    await popup.close();
  }
  await article.close();
}

async function annotateArticle(context: BrowserContext, origin: string): Promise<void> {
  const article = await context.newPage();
  await article.goto(`${origin.replace('127.0.0.1', HOST)}/index.html`);
  await article.waitForFunction(() => CSS.highlights.has('sourcemark-source'));
  await selectText(article, '#story p', 'loud bang');
  await clickInUi(article, 'button[data-action="disputed"]');
  await waitForHighlight(article, 'sourcemark-tag-disputed', 'loud bang');
  await article.close();
}

mkdirSync(out, { recursive: true });
const server = await serveFolder('tests/fixtures/demo');
const browser = await launch();
try {
  const base = `chrome-extension://${browser.id}/extension/dashboard/index.html`;
  const dashboard = await browser.context.newPage();
  await dashboard.goto(base);
  await importSeed(dashboard);
  await dashboard.close();
  await annotateArticle(browser.context, server.origin);
  await popups(browser.context, browser.id, server.origin);
  await dashboards(browser.context, base, 'light');
  await dashboards(browser.context, base, 'dark');
  const panel = await browser.context.newPage();
  await panel.setViewportSize({ width: 400, height: 760 });
  await panel.goto(`chrome-extension://${browser.id}/extension/sidepanel/index.html#disputed`);
  await panel.locator('.group summary').first().click();
  await shoot(panel, 'dashboard-panel');
} finally {
  await browser.close();
  await server.close();
}
