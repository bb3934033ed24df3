/**
 * This module is the end-to-end tests' harness: Chromium with the built extension (dist/), a fixture server
 * on 127.0.0.1, and helpers to read highlights, reach into Sourcemark's closed shadow root the way a
 * reader's pointer does (by coordinates), and read the extension's IndexedDB from its service worker.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFolder, type ServeOptions, type StaticServer } from '../../scripts/lib/serve';

export interface Harness {
  readonly browser: ExtensionBrowser;
  readonly server: StaticServer;
  close(): Promise<void>;
}

/** `serve`: how the fixtures are served (e.g. a style sheet held back, as a slow network would). */
export async function startHarness(fixtures: string, serve: ServeOptions = {}): Promise<Harness> {
  if (!existsSync('dist/manifest.json')) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = await serveFolder(fixtures, serve);
  const browser = await launchWithExtension({ dist: 'dist', headless: true });
  return {
    browser,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** The text of every range in one of Sourcemark's named highlights, as the page's own world sees them. */
export function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...(CSS.highlights.get(n) ?? [])].map((r) => (r as Range).toString()), name);
}

export async function waitForHighlight(page: Page, name: string, containing: string): Promise<void> {
  await page.waitForFunction(
    ([n, text]) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString().includes(text)),
    [name, containing] as const,
  );
}

/** Selects the whole text of the first element matching `selector` that contains `text`. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ([sel, t]) => {
      const element = [...document.querySelectorAll(sel)].find((e) => e.textContent?.includes(t));
      if (!element) throw new Error(`no ${sel} contains ${t}`);
      element.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [selector, text] as const,
  );
}

interface CdpNode {
  nodeId: number;
  localName?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/**
 * The viewport centre of an element inside Sourcemark's closed shadow root, or null while it is absent.
 * The page's scripts cannot reach into that root; the DevTools protocol can, as a pointer can.
 */
export async function locateInUi(page: Page, selector: string): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === 'sourcemark-ui');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) return null;
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    if (!nodeId) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Clicks an element of Sourcemark's in-page UI once it is there. */
export async function clickInUi(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const at = await locateInUi(page, selector);
    if (at) return page.mouse.click(at.x, at.y);
    if (Date.now() > deadline) throw new Error(`Sourcemark's UI never showed ${selector}`);
    await page.waitForTimeout(50);
  }
}

/** Every record of one table of the extension's database, read in its service worker. */
export async function readTable(browser: ExtensionBrowser, table: string): Promise<unknown[]> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('sourcemark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export { tabIdOf } from '../../scripts/lib/page-summary';
