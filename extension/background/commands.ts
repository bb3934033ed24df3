/**
 * This module wires the keyboard commands (manifest `commands`) and the "Annotate with Sourcemark" context
 * menu to the content script of the tab they were used in.
 */
import browser from 'webextension-polyfill';
import { askTab } from '../shared/ask';

const ANNOTATE_MENU = 'sourcemark-annotate';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function quietly(task: () => Promise<unknown>): Promise<void> {
  try {
    await task();
  } catch {
    // The tab has no content script (a browser page, a PDF): nothing to do there.
  }
}

export function registerCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: ANNOTATE_MENU,
      title: 'Annotate with Sourcemark',
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== ANNOTATE_MENU || tab?.id === undefined) return;
    const tabId = tab.id;
    void quietly(() => askTab(tabId, 'page/annotate-selection', {}));
  });

  browser.commands.onCommand.addListener((command) => {
    void quietly(async () => {
      const tabId = await activeTabId();
      if (tabId === undefined) return;
      if (command === 'toggle-highlights') await askTab(tabId, 'page/toggle-highlights', {});
      if (command === 'next-finding') await askTab(tabId, 'page/next-finding', { step: 1 });
    });
  });
}
