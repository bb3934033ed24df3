/**
 * Sourcemark on real news pages as they were served (../shared/corpus/pages, read-only, served from
 * 127.0.0.1, each page a site of its own, with nothing else reachable and the pages' own scripts blocked,
 * so that any change to the DOM is Sourcemark's): on every news page findings appear, the page's DOM is
 * unchanged apart from one host element, and the extension logs no error. On the pages that are not English
 * news (Wikipedia, Medium, Le Monde): no crash, and nothing highlighted outside the article (the text
 * Readability's test suite expects). Skipped, with a message, where ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import {
  NOT_ENGLISH_NEWS,
  routeSavedPages,
  savedPageNames,
  savedPageUrl,
} from '../../scripts/lib/saved-pages';
import { collectExtensionLogs, collectWorkerLogs } from './reading-helpers';

const pagesDir = resolve('../shared/corpus/pages');
const present = existsSync(pagesDir);
if (!present)
  console.warn(`Skipping the corpus pages: ${pagesDir} is absent (see ../shared/corpus/README.md).`);

const pages = present ? savedPageNames(pagesDir) : [];

let browser: ExtensionBrowser;
let server: StaticServer;
let workerLogs: string[];

beforeAll(async () => {
  if (!present) return;
  server = await serveFolder(pagesDir);
  browser = await launchWithExtension({ dist: 'dist', headless: true });
  workerLogs = await collectWorkerLogs(browser);
  await routeSavedPages(browser.context, server.origin);
  // The body as the parser left it, before any content script runs (document_idle comes later).
  await browser.context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      document.documentElement.dataset.servedBody = String(document.body.innerHTML.length);
      (window as unknown as { servedBody: string }).servedBody = document.body.innerHTML;
    });
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Polls in the page (the pages' CSP forbids the `eval` that waitForFunction would use). */
async function until(page: Page, test: () => boolean, timeout = 30_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await page.evaluate(test))) {
    if (Date.now() > deadline) throw new Error('timed out');
    await page.waitForTimeout(50);
  }
}

interface PageState {
  readonly painted: boolean;
  readonly findings: number;
  readonly texts: string[];
  readonly sameBody: boolean;
  readonly extraRootChildren: string[];
}

async function visit(name: string): Promise<{ state: PageState; logs: string[] }> {
  const page = await browser.context.newPage();
  const logs = collectExtensionLogs(page);
  try {
    await page.goto(savedPageUrl(server.origin, name), {
      waitUntil: 'domcontentloaded',
      timeout: 50_000,
    });
    await until(
      page,
      () =>
        performance.getEntriesByName('sourcemark:painted').length > 0 ||
        performance.getEntriesByName('sourcemark:no-article').length > 0,
    );
    const state = await page.evaluate((): PageState => {
      const served = (window as unknown as { servedBody?: string }).servedBody;
      const ranges = [...CSS.highlights.entries()]
        .filter(([n]) => n.startsWith('sourcemark-'))
        .flatMap(([, h]) => [...h] as Range[]);
      return {
        painted: performance.getEntriesByName('sourcemark:painted').length > 0,
        findings: CSS.highlights.get('sourcemark-cue')?.size ?? 0,
        texts: ranges.map((r) => r.toString()),
        sameBody: served !== undefined && served === document.body.innerHTML,
        extraRootChildren: [...document.documentElement.children]
          .map((e) => e.localName)
          .filter((n) => n !== 'head' && n !== 'body'),
      };
    });
    return { state, logs };
  } finally {
    await page.close();
  }
}

const words = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The gold article's text, as words. */
function goldText(name: string): string {
  const html = readFileSync(resolve(pagesDir, name, 'article.html'), 'utf8');
  return words(html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' '));
}

describe.skipIf(!present)('the corpus news pages', () => {
  for (const name of pages.filter((p) => !NOT_ENGLISH_NEWS.has(p))) {
    it(`${name}: findings appear, the DOM is unchanged apart from one host element, no error`, async () => {
      const { state, logs } = await visit(name);
      expect(state.painted, 'painted').toBe(true);
      expect(state.findings).toBeGreaterThan(0);
      expect(state.sameBody, 'body as served').toBe(true);
      expect(state.extraRootChildren.filter((n) => n !== 'sourcemark-ui')).toEqual([]);
      expect(state.extraRootChildren.length).toBeLessThanOrEqual(1);
      expect(logs).toEqual([]);
    });
  }
});

describe.skipIf(!present)('the corpus pages that are not English news', () => {
  for (const name of pages.filter((p) => NOT_ENGLISH_NEWS.has(p))) {
    it(`${name}: no crash, no error, nothing highlighted outside the article`, async () => {
      const { state, logs } = await visit(name);
      expect(logs).toEqual([]);
      expect(state.sameBody, 'body as served').toBe(true);
      const gold = goldText(name);
      const outside = state.texts.filter((text) => words(text) !== '' && !gold.includes(words(text)));
      expect(outside).toEqual([]);
    });
  }
});

describe.skipIf(!present)('the service worker', () => {
  it('logged no error or warning across all pages', () => {
    expect(workerLogs).toEqual([]);
  });
});
