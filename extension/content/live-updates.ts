/**
 * This module watches the page for changes after Sourcemark has read it: one MutationObserver on the body,
 * debounced (a burst of changes is handled once it settles, and at the latest after a maximum wait, so a
 * page that never stops changing is still followed). Each flush says whether the analyzed region changed,
 * how much text the page added elsewhere, and whether it showed or hid text that matters by changing an
 * element's class, style or hidden state ("Read more" unfolding the rest of a story, a cookie wall
 * letting the page be seen), so the page view re-analyzes only when it matters.
 */

export interface MutationDigest {
  /** The analyzed region's text or structure changed. */
  readonly region: boolean;
  /** Some of the page's text changed anywhere (saved annotations may need placing again). */
  readonly text: boolean;
  /** Characters of text the page added outside the region (a late-loading article shows up here). */
  readonly addedChars: number;
  /** The page changed a class, style or hidden attribute: the layout may have moved, text shown or hidden. */
  readonly restyled: boolean;
  /** And that showed or hid text that matters (see `shownChanged`). */
  readonly shown: boolean;
}

export interface WatchOptions {
  readonly covers: (node: Node) => boolean;
  /**
   * Whether the page, by changing these elements' class, style or hidden state, showed or hid text that
   * matters: the analyzed region's, or a page's whose article was hidden when it was looked for. Asked
   * once the changes settle, with the elements restyled since the last flush that are still on the page
   * (at most `MAX_RESTYLED` of them).
   */
  readonly shownChanged?: (restyled: readonly Element[]) => boolean;
  readonly onFlush: (digest: MutationDigest) => void;
  readonly signal: AbortSignal;
  readonly quietMs?: number;
  readonly maxWaitMs?: number;
}

const QUIET_MS = 200;
const MAX_WAIT_MS = 1000;
/** Restyled elements looked at per flush: of a page that restyles more at once, the first ones tell. */
const MAX_RESTYLED = 64;
/** The attributes by which pages show and hide their text. */
const SHOWING_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden'];

export function watchMutations(doc: Document, options: WatchOptions): void {
  const quietMs = options.quietMs ?? QUIET_MS;
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  let region = false;
  let text = false;
  let addedChars = 0;
  const restyled = new Set<Element>();
  let firstAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const onPage = [...restyled].filter((el) => el.isConnected);
    const shown = onPage.length > 0 && options.shownChanged !== undefined && options.shownChanged(onPage);
    const digest = { region, text, addedChars, restyled: restyled.size > 0, shown };
    region = false;
    text = false;
    addedChars = 0;
    restyled.clear();
    firstAt = 0;
    if (options.signal.aborted || !(digest.region || digest.text || digest.restyled)) return;
    options.onFlush(digest);
  };

  const observer = new MutationObserver((records) => {
    let attributes = false;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (restyled.size < MAX_RESTYLED && record.target.nodeType === 1)
          restyled.add(record.target as Element);
        attributes = true;
        continue;
      }
      if (record.type === 'characterData') text = true;
      else if (!changesText(record)) continue;
      else {
        text = true;
        if (!region && !options.covers(record.target)) addedChars += addedText(record);
      }
      if (!region && options.covers(record.target)) region = true;
    }
    if (!text && !region && !attributes) return;
    const now = performance.now();
    if (firstAt === 0) firstAt = now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(quietMs, firstAt + maxWaitMs - now));
    timer = setTimeout(flush, wait);
  });
  if (doc.body) {
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    // The body's own class or style too: a page may keep all of it hidden until the reader clicks.
    if (options.shownChanged)
      observer.observe(doc.documentElement, { subtree: true, attributeFilter: SHOWING_ATTRIBUTES });
  }
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}

/** Whether a childList record added or removed anything that can hold text. */
function changesText(record: MutationRecord): boolean {
  const holdsText = (node: Node) =>
    node.nodeType === 3 || (node.nodeType === 1 && node.nodeName !== 'SCRIPT');
  return [...record.addedNodes].some(holdsText) || [...record.removedNodes].some(holdsText);
}

/** Characters of text in a record's added nodes; a cheap upper bound (scripts' text is skipped). */
function addedText(record: MutationRecord): number {
  let chars = 0;
  for (const node of record.addedNodes) {
    if (node.nodeType === 3) chars += (node as Text).length;
    else if (node.nodeType === 1 && node.nodeName !== 'SCRIPT' && node.nodeName !== 'STYLE')
      chars += node.textContent?.length ?? 0;
  }
  return chars;
}
