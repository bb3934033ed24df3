/**
 * This module tells whether the browser has laid the page out yet, and waits until it has. Firefox runs the
 * content script at `document_end` (its `document_idle` waits for the page's `load` event: 4–5 s on saved
 * news pages whose images and ads do not come). The page's style sheets may then still be loading, and
 * Firefox lays nothing out before they are there: every element reads as not displayed (`checkVisibility()`
 * is false, even the body's), so the article could not be told from an overlay that the page hides, nor
 * hidden text from shown. Nothing is on screen before that first layout either, so waiting for it costs the
 * reader nothing. In Chromium, whose `document_idle` comes after it, the page is always laid out already.
 */

/**
 * True once the body reads as displayed, where `checkVisibility` is unknown, and once the page has loaded
 * (a page that hides its body then is taken as it is).
 */
export function isLaidOut(doc: Document): boolean {
  const body = doc.body;
  if (!body || typeof body.checkVisibility !== 'function' || doc.readyState === 'complete') return true;
  return body.checkVisibility();
}

/** Resolves once `isLaidOut`: checked at each animation frame, and on the window's `load` event at the latest. */
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
    // Seen laid out in a frame's callback, the work goes on in a task after that frame, so that the page's
    // first paint does not wait for it. A tab in the background gets no frames: `load` settles it there.
    const check = () => {
      if (!waiting) return;
      if (isLaidOut(doc)) view.setTimeout(done, 0);
      else view.requestAnimationFrame(check);
    };
    view.addEventListener('load', done);
    view.requestAnimationFrame(check);
  });
}
