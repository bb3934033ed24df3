/** This module asks the extension, through its service worker, what the content script found on a tab. */
import type { Page } from 'playwright-core';
import type { PageSummary } from '../../src/messaging/page-summary';
import type { ExtensionBrowser } from './extension-browser';

/**
 * The id of the tab showing `url`. Sourcemark has no `tabs` permission, so tabs' URLs are hidden from it: each
 * tab's content script is asked for its page instead.
 */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  const worker = await browser.serviceWorker();
  const id = await worker.evaluate(async (wanted) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = await chrome.tabs
        .sendMessage(tab.id, { name: 'page/location', data: {} })
        .catch(() => null);
      if (reply?.ok && reply.value === wanted) return tab.id;
    }
    return undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function summaryOf(browser: ExtensionBrowser, page: Page): Promise<PageSummary> {
  const tabId = await tabIdOf(browser, page.url());
  const worker = await browser.serviceWorker();
  const reply = await worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { name: 'page/summary', data: {} }),
    tabId,
  );
  if (!reply?.ok) throw new Error(`The page did not answer: ${reply?.error ?? 'no reply'}`);
  return reply.value as PageSummary;
}

/** A plain-text who-said-what list. */
export function formatSummary(summary: PageSummary): string {
  const { counts } = summary;
  const lines = [
    `Sourcemark: who said what`,
    `${summary.title}`,
    `${summary.url}`,
    `${counts.attributions} attributions, ${counts.claims} claims, ${counts.denials} denials`,
    '',
  ];
  for (const finding of summary.findings) {
    const verb = finding.stance === 'deny' ? `DENIES (${finding.cue})` : finding.cue;
    const claim = finding.claim ? `: ${finding.claim}` : '';
    lines.push(`${finding.index + 1}. ${finding.sourceName} — ${verb}${claim}`);
  }
  if (summary.annotations.length) {
    lines.push('', 'Your annotations:');
    for (const a of summary.annotations)
      lines.push(`- “${a.target.quote.exact}” [${a.tags.join(', ')}] ${a.note}`);
  }
  return lines.join('\n') + '\n';
}
