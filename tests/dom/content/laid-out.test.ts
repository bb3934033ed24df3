/**
 * Waiting for the page's first layout with its style sheets: where the browser has not laid the page out
 * yet (Firefox at `document_end` while the style sheets load) or a style sheet for the screen has not come
 * before the page's first paint (Chromium at `document_idle` on a slow network), the content script sets to
 * work in a task after the first frame that shows the body, or at the page's `load` at the latest; where
 * the page is laid out, it does not wait.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLaidOut, whenLaidOut } from '../../../extension/content/laid-out';

/** A page still loading whose body reads as displayed or not, with the frames run by hand. */
function loadingPage(displayed: () => boolean) {
  vi.spyOn(document, 'readyState', 'get').mockReturnValue('interactive');
  vi.spyOn(document.body, 'checkVisibility').mockImplementation(displayed);
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
  const runFrame = () => {
    const due = frames.splice(0);
    for (const callback of due) callback(performance.now());
  };
  return { frames, runFrame };
}

/** Lets queued tasks (a zero-delay timer) run. */
const nextTask = () => new Promise((done) => setTimeout(done, 5));

function settledFlag(promise: Promise<void>): { readonly settled: boolean } {
  const flag = { settled: false };
  void promise.then(() => (flag.settled = true));
  return flag;
}

/** A style sheet link that has no sheet yet (no address: nothing is fetched). */
function pendingStyleSheet(media?: string): HTMLLinkElement {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  if (media) link.media = media;
  document.head.append(link);
  return link;
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

describe('waiting for the first layout', () => {
  it('does not wait where the body is displayed already', async () => {
    const { frames } = loadingPage(() => true);
    expect(isLaidOut(document)).toBe(true);
    await whenLaidOut(document);
    expect(frames).toHaveLength(0);
  });

  it('does not wait once the page has loaded, even where the page hides its body', async () => {
    loadingPage(() => false);
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('complete');
    expect(isLaidOut(document)).toBe(true);
    await whenLaidOut(document);
  });

  it('waits for a frame where a style sheet for the screen has not come before the first paint', async () => {
    const { runFrame } = loadingPage(() => true);
    pendingStyleSheet();
    expect(isLaidOut(document)).toBe(false);
    const waiting = settledFlag(whenLaidOut(document));
    await nextTask();
    expect(waiting.settled).toBe(false);
    // The frame comes once the style sheets that block rendering are in (or failed): then it goes on.
    runFrame();
    await nextTask();
    expect(waiting.settled).toBe(true);
  });

  it('does not wait for a style sheet whose response has ended without a sheet: it failed', () => {
    loadingPage(() => true);
    const link = pendingStyleSheet();
    const byName = performance.getEntriesByName.bind(performance);
    vi.spyOn(performance, 'getEntriesByName').mockImplementation((name, type) =>
      name === link.href ? [{ name, entryType: 'resource' } as PerformanceEntry] : byName(name, type),
    );
    expect(isLaidOut(document)).toBe(true);
  });

  it('does not wait for a style sheet for print, nor once the page has painted', () => {
    loadingPage(() => true);
    const print = pendingStyleSheet('print');
    expect(isLaidOut(document)).toBe(true);
    print.remove();
    pendingStyleSheet();
    const entries = performance.getEntriesByType.bind(performance);
    vi.spyOn(performance, 'getEntriesByType').mockImplementation((type) =>
      type === 'paint' ? [{ name: 'first-paint' } as PerformanceEntry] : entries(type),
    );
    expect(isLaidOut(document)).toBe(true);
  });

  it('waits through frames without a layout, and goes on in a task after the first frame with one', async () => {
    let displayed = false;
    const { runFrame } = loadingPage(() => displayed);
    expect(isLaidOut(document)).toBe(false);
    const waiting = settledFlag(whenLaidOut(document));
    runFrame();
    await nextTask();
    expect(waiting.settled).toBe(false);
    displayed = true;
    runFrame();
    // Not inside the frame: the page's first paint comes first.
    await Promise.resolve();
    expect(waiting.settled).toBe(false);
    await nextTask();
    expect(waiting.settled).toBe(true);
  });

  it("stops waiting at the page's load event, as in a tab in the background that gets no frames", async () => {
    const { frames } = loadingPage(() => false);
    const waiting = settledFlag(whenLaidOut(document));
    await nextTask();
    expect(waiting.settled).toBe(false);
    window.dispatchEvent(new Event('load'));
    await nextTask();
    expect(waiting.settled).toBe(true);
    // The frame asked for before then asks for no more.
    for (const callback of frames.splice(0)) callback(performance.now());
    expect(frames).toHaveLength(0);
  });
});
