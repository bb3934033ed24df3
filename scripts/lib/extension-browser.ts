/**
 * This module starts Chromium with the built extension loaded (for the demo, the end-to-end tests and the
 * page benchmark) and gives access to the extension's service worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium';

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** The extension's service worker, to run extension APIs (`chrome.*`) in. */
  serviceWorker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: {
  readonly dist: string;
  readonly headless: boolean;
  readonly viewport?: { width: number; height: number } | null;
}): Promise<ExtensionBrowser> {
  const dist = resolve(options.dist);
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumPath(),
    headless: options.headless,
    viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`],
  });
  const serviceWorker = async () =>
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const worker = await serviceWorker();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
