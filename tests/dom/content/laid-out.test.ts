/**
 * Waiting for the page's first layout: where the browser has not laid the page out yet (Firefox at
 * `document_end` while the style sheets load), the content script sets to work in a task after the first
 * frame that shows the body, or at the page's `load` at the latest; where it has, it does not wait.
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

afterEach(() => {
  vi.restoreAllMocks();
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
