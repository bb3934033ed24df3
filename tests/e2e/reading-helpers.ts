/**
 * Helpers for the reading tests: read Sourcemark's card and toolbar inside the closed shadow root (through
 * the DevTools protocol, as assistive technology reads them), point at a highlighted range the way a
 * reader does, send a tab the requests the keyboard commands and context menu send, and collect anything
 * the extension logs as an error or warning.
 */
import type { CDPSession, ConsoleMessage, Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { tabIdOf } from './harness';

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

/** Whether a DevTools error says a node went away between two calls: the UI re-rendered meanwhile. */
function isStaleNode(error: unknown): boolean {
  return error instanceof Error && /Could not find node|No node with given id/.test(error.message);
}

/**
 * Runs `use` on the shadow root of Sourcemark's host element (null while there is none). The card
 * re-renders as the pointer moves, so a node can vanish between two protocol calls: then the UI is read
 * again rather than the vanished node reported.
 */
async function withShadowRoot<T>(
  page: Page,
  use: (cdp: CDPSession, root: number) => Promise<T>,
): Promise<T | null> {
  for (let attempt = 1; ; attempt++) {
    const cdp = await page.context().newCDPSession(page);
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
      const shadow = findNode(root, (n) => n.localName === 'sourcemark-ui')?.shadowRoots?.[0];
      return shadow ? await use(cdp, shadow.nodeId) : null;
    } catch (error) {
      if (!isStaleNode(error) || attempt === 5) throw error;
    } finally {
      await cdp.detach();
    }
  }
}

/** The outer HTML of the first element matching `selector` in Sourcemark's UI, or null while it is absent. */
export function uiHtml(page: Page, selector: string): Promise<string | null> {
  return withShadowRoot(page, async (cdp, root) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root, selector });
    if (!nodeId) return null;
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    return outerHTML;
  });
}

/** The visible text of an element of Sourcemark's UI (tags stripped), or null. */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  const html = await uiHtml(page, selector);
  if (html === null) return null;
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits until `test` holds for the UI element's HTML (null while absent). */
export async function waitForUi(
  page: Page,
  selector: string,
  test: (html: string | null) => boolean = (html) => html !== null,
  timeout = 10_000,
): Promise<string | null> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const html = await uiHtml(page, selector);
    if (test(html)) return html;
    if (Date.now() > deadline)
      throw new Error(`Sourcemark's UI never reached the expected state for ${selector}: ${html}`);
    await page.waitForTimeout(50);
  }
}

/** Whether the element of Sourcemark's UI matching `selector` has the keyboard focus. */
export async function uiHasFocus(page: Page, selector: string): Promise<boolean> {
  const focused = await withShadowRoot(page, async (cdp, root) => {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root, selector });
    if (!nodeId) return false;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { return this.getRootNode().activeElement === this; }',
      returnByValue: true,
    });
    return result.value === true;
  });
  return focused ?? false;
}

/** The viewport centre of the first line of a painted range whose text includes `text`. */
export async function pointOfHighlight(
  page: Page,
  name: string,
  text: string,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([n, t]) => {
      const range = [...(CSS.highlights.get(n) ?? [])].find((r) => (r as Range).toString().includes(t)) as
        Range | undefined;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 } : null;
    },
    [name, text] as const,
  );
  if (!point) throw new Error(`no range of ${name} contains ${text}`);
  return point;
}

/** Sends a tab one of the requests the service worker sends for keyboard commands and the context menu. */
export async function sendToTab(
  browser: ExtensionBrowser,
  url: string,
  name: string,
  data: Record<string, unknown> = {},
): Promise<unknown> {
  const tabId = await tabIdOf(browser, url);
  const worker = await browser.serviceWorker();
  const reply = await worker.evaluate(
    ([id, n, d]) => chrome.tabs.sendMessage(id as number, { name: n, data: d }),
    [tabId, name, data] as const,
  );
  if (!reply?.ok) throw new Error(`${name} failed: ${reply?.error ?? 'no reply'}`);
  return reply.value;
}

interface ExtensionGlobals {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/** Sends the service worker a request from an extension page (as the popup or dashboard does). */
export async function askAsExtension(
  browser: ExtensionBrowser,
  name: string,
  data: unknown,
): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/extension/popup/index.html?tab=0`);
    return await page.evaluate(
      ([n, d]) => {
        const runtime = (globalThis as unknown as ExtensionGlobals).chrome.runtime;
        return runtime.sendMessage({ name: n, data: d });
      },
      [name, data] as const,
    );
  } finally {
    await page.close();
  }
}

/** What the extension logs as an error or warning, in the page (content script) or its service worker. */
export function collectExtensionLogs(page: Page): string[] {
  const logged: string[] = [];
  const fromExtension = (message: ConsoleMessage) =>
    message.location().url.startsWith('chrome-extension://') || message.text().startsWith('Sourcemark');
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && fromExtension(message))
      logged.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    if (error.stack?.includes('chrome-extension://')) logged.push(`uncaught: ${error.message}`);
  });
  return logged;
}

/** What the service worker logs as an error or warning. */
export async function collectWorkerLogs(browser: ExtensionBrowser): Promise<string[]> {
  const logged: string[] = [];
  const worker = await browser.serviceWorker();
  worker.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      logged.push(`${message.type()}: ${message.text()}`);
  });
  return logged;
}
