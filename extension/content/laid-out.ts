/**
 * This module tells whether the page is laid out with its style sheets yet, and waits until it is. Until
 * then the page's styles do not say what the reader will see: the article cannot be told from an overlay
 * that the page hides, nor hidden text from shown. Nothing is on screen before then either, so waiting
 * costs the reader nothing.
 *
 * - Chromium runs the content script at `document_idle`, at the latest 200 ms after DOMContentLoaded: a
 *   style sheet that comes later (a slow network) is not applied yet. Chromium renders no frame before its
 *   render-blocking style sheets are in, so the script waits for the first frame.
 * - Firefox runs it at `document_end` (scripts/firefox-manifest.ts), where Firefox has laid nothing out
 *   until the style sheets are in: every element reads as not displayed (`checkVisibility()`, even the
 *   body's). The script waits for a frame in which the body is displayed.
 *
 * After that frame the work goes on in a task of its own, so that the page's first paint does not wait for
 * it. A tab in the background gets no frames: the window's `load` event ends the wait there.
 */
import { isDisplayed } from '../../src/article/find-article';

/** True once the page is laid out with its style sheets, as far as can be told; always once it has loaded. */
export function isLaidOut(doc: Document): boolean {
  if (doc.readyState === 'complete') return true;
  return isBodyDisplayed(doc) && !mayAwaitStyleSheets(doc);
}

/** The body reads as displayed (where `checkVisibility` is unknown it is taken as displayed). */
function isBodyDisplayed(doc: Document): boolean {
  return !doc.body || isDisplayed(doc.body);
}

/**
 * Before the page's first paint, a style sheet that applies to the screen has no `sheet` yet and its
 * response has not ended (one that has, failed: a 404, a blocked address): it is still on its way.
 */
function mayAwaitStyleSheets(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || timeline(view, (p) => p.getEntriesByType('paint'))) return false;
  for (const link of doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')) {
    if (link.sheet !== null || link.disabled || /\balternate\b/i.test(link.rel)) continue;
    if (link.media && !view.matchMedia(link.media).matches) continue;
    if (!timeline(view, (p) => p.getEntriesByName(link.href))) return true;
  }
  return false;
}

/** Whether the page's performance timeline has such entries (resource entries: once a response ended). */
function timeline(view: Window, entries: (performance: Performance) => PerformanceEntryList): boolean {
  try {
    return entries(view.performance).length > 0;
  } catch {
    return false;
  }
}

/** Resolves once `isLaidOut`, or after the first frame in which the body is displayed, or on `load`. */
export function whenLaidOut(doc: Document): Promise<void> {
  const view = doc.defaultView;
  if (!view || isLaidOut(doc)) return Promise.resolve();
  return new Promise((resolve) => {
    let waiting = true;
    const done = () => {
      if (!waiting) return;
      waiting = false;
      view.removeEventListener('load', done);
      resolve();
    };
    // A frame has been rendered with the style sheets that block rendering; one that failed stays without
    // a `sheet`, so that is not asked again.
    const check = () => {
      if (!waiting) return;
      if (isBodyDisplayed(doc)) view.setTimeout(done, 0);
      else view.requestAnimationFrame(check);
    };
    view.addEventListener('load', done);
    view.requestAnimationFrame(check);
  });
}
