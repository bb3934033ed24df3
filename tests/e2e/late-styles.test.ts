/**
 * A page whose style sheet comes 2 s after the document, as on a slow network
 * (tests/fixtures/late-load, the photo held back longer still): Chromium runs the content script before the
 * style sheet is in, and Sourcemark waits for the page's first frame, so that it reads the page as the
 * reader will see it. The highlights come after the style sheet and before the page's load event, and a
 * paragraph that the style sheet hides is not painted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, waitForHighlight, type Harness } from './harness';
import { collectExtensionLogs } from './reading-helpers';

const STYLE_SHEET_MS = 2_000;

let harness: Harness;
let page: Page;
let logs: string[];

beforeAll(async () => {
  harness = await startHarness('tests/fixtures/late-load', {
    delays: { '/style.css': STYLE_SHEET_MS, '/photo.svg': 15_000 },
  });
  page = await harness.browser.context.newPage();
  logs = collectExtensionLogs(page);
  await page.goto(`${harness.server.origin}/index.html`, { waitUntil: 'commit' });
  await waitForHighlight(page, 'sourcemark-source', 'Mira Osei');
});

afterAll(async () => {
  // Away from the page first, so that the photo held back does not keep the server open.
  await page?.goto('about:blank');
  await harness?.close();
});

describe('a page whose style sheet comes late', () => {
  it('is painted after its style sheet came and before its load event', async () => {
    const times = await page.evaluate(() => {
      const painted = performance.getEntriesByName('sourcemark:painted')[0]?.startTime ?? NaN;
      const sheet = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.endsWith('/style.css')) as PerformanceResourceTiming | undefined;
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        painted,
        started: performance.getEntriesByName('sourcemark:start')[0]?.startTime ?? NaN,
        sheetIn: sheet?.responseEnd ?? NaN,
        loadStart: navigation.loadEventStart,
      };
    });
    // The script started before the style sheet was in: there was something to wait for.
    expect(times.started).toBeLessThan(times.sheetIn);
    expect(times.painted).toBeGreaterThan(times.sheetIn);
    // The load event has not come (0) or came after the paint.
    expect(times.loadStart === 0 || times.loadStart > times.painted).toBe(true);
  });

  it('leaves out the paragraph that the style sheet hides', async () => {
    const painted = await page.evaluate(() =>
      [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('sourcemark-'))
        .flatMap(([, highlight]) => [...highlight].map((r) => (r as Range).toString())),
    );
    expect(painted.some((text) => text.includes('Deepline Marine'))).toBe(true);
    expect(painted.filter((text) => /print desk|printed edition/.test(text))).toEqual([]);
  });

  it('logs no error', () => {
    expect(logs).toEqual([]);
  });
});
