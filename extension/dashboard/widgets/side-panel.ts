/**
 * This module opens Sourcemark's review pane beside the page: Chromium's side panel (`chrome.sidePanel`,
 * which webextension-polyfill does not wrap) or Firefox's sidebar (`sidebarAction`). Both must be called
 * straight from the reader's click, before anything is awaited.
 */
import browser from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const chrome = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome;
  return chrome?.sidePanel ?? null;
}

export function canOpenSidePanel(): boolean {
  return chromeSidePanel() !== null || typeof browser.sidebarAction?.open === 'function';
}

/**
 * Opens the pane in a tab's or a window's side panel (ids known beforehand: the call must come straight
 * from the click).
 */
export function openSidePanel(where: { tabId: number } | { windowId: number }): Promise<void> {
  const sidePanel = chromeSidePanel();
  if (sidePanel) return sidePanel.open(where);
  return browser.sidebarAction.open();
}
