/**
 * This module walks a page once, read-only, and records for every element how much visible text it holds,
 * how much of that is link text, and the "paragraphs" it owns: runs of inline text whose nearest block
 * ancestor is that element (a <p>, but also a <div> or <td> holding text directly, split at <br><br> the way
 * Readability splits them). Everything later (scoring, exclusions, confidence) reads these arrays instead
 * of the DOM, so the page is touched once: no textContent (which would read inline scripts, megabytes on
 * some pages), no clone, no layout, no computed style.
 */
import { INLINE_TAGS, SKIPPED_TAGS } from './element-hints';

/** Per-element figures, indexed by the element's position in document (pre-)order. */
export interface PageStats {
  readonly elements: readonly Element[];
  /** Elements hidden by an inline style (display:none, visibility:hidden) or a hiding class name (see
   * HIDING_CLASSES), with their parent's index: a region lists the ones inside it as excluded, so that the
   * text index leaves them out whatever the styles say. */
  readonly hiddenByStyle: readonly (readonly [Element, number])[];
  /** Index of the parent element, -1 for the walk's root. */
  readonly parent: Int32Array;
  /** Pre-order index just past the element's last descendant: descendants of i are i+1 … end[i]-1. */
  readonly end: Int32Array;
  /** Characters of visible text in the subtree (trimmed per text node). */
  readonly text: Float64Array;
  /** Characters of that text inside links; in-page links ("#…") count 0.3, as in Readability. */
  readonly linkText: Float64Array;
  /** Readability's content score of the paragraphs this element owns (runs of ≥ 25 characters). */
  readonly paragraphScore: Float64Array;
  /** Characters in those paragraphs. */
  readonly paragraphText: Float64Array;
  /** Characters in paragraphs anywhere in the subtree. */
  readonly proseInside: Float64Array;
  /** Number of those paragraphs. */
  readonly paragraphs: Uint16Array;
  /** Headings in the subtree whose text is mostly a link: teaser headlines of a listing. */
  readonly linkedHeadings: Uint16Array;
  /** 1 when a block element sits inside this block (so its paragraphs would be wrapped, not renamed). */
  readonly hasBlockInside: Uint8Array;
}

/** A run shorter than this is a label, not a paragraph (Readability's threshold). */
const MIN_PARAGRAPH = 25;
/** Runs whose own text is more than half links are link lists, not prose. */
const MAX_PARAGRAPH_LINKS = 0.5;
/** Guard against pathological nesting; real pages stay far below. */
const MAX_DEPTH = 512;

const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const COMMAS = [',', '，', '、', '،'];

function countCommas(s: string): number {
  let n = 0;
  for (let c = 0; c < COMMAS.length; c++) {
    const comma = COMMAS[c] ?? ',';
    for (let at = s.indexOf(comma); at >= 0; at = s.indexOf(comma, at + 1)) n++;
  }
  return n;
}

/** Why a subtree holds no visible text: not text by nature, hidden by attribute, or hidden by style. */
const enum Skip {
  Always = 1,
  ByStyle = 2,
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/**
 * Class names that hide what they name nearly everywhere (a closed panel, a dialog not yet opened, text for
 * screen readers only). The walk reads no styles, so it takes their word, as it does an inline style's:
 * their text does not make a region look like an article, and a region lists them as excluded. Without
 * it, a page with its article removed still looked like one to `npm run eval:article` (wapo-1: the comment
 * section's list of badges, in an element of class `hide hidden`).
 */
const HIDING_CLASSES = ['hidden', 'hide', 'is-hidden', 'visually-hidden'];
const SKIP_SELECTOR = [
  ...SKIPPED_TAGS,
  '[hidden]',
  '[aria-hidden="true"]',
  ...HIDING_CLASSES.map((name) => `.${name}`),
  '[style*="none"]',
  '[style*="hidden"]',
].join(',');

/**
 * Every subtree without visible text, found by one native query: the walk then looks elements up in a map
 * instead of reading three attributes of each (the walk's first run is interpreted, so native work is cheap
 * and JavaScript work is not).
 */
function skippedSubtrees(root: Element): Map<Element, Skip> {
  const skipped = new Map<Element, Skip>();
  for (const el of root.querySelectorAll(SKIP_SELECTOR)) {
    if (SKIPPED_TAGS.has(el.localName) || el.hasAttribute('hidden')) skipped.set(el, Skip.Always);
    else if (el.getAttribute('aria-hidden') === 'true') skipped.set(el, Skip.Always);
    else if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) skipped.set(el, Skip.ByStyle);
    else if (HIDING_CLASSES.some((name) => el.classList.contains(name))) skipped.set(el, Skip.ByStyle);
  }
  return skipped;
}

/** Length of a text without the white space around it (most text nodes between tags are only that). */
function trimmedLength(s: string): number {
  const last = s.length - 1;
  if (last < 0) return 0;
  const first = s.charCodeAt(0);
  const end = s.charCodeAt(last);
  return first > 32 && first !== 160 && end > 32 && end !== 160 ? s.length : s.trim().length;
}

/** Walks `root` and its descendants (skipping hidden and non-text subtrees). */
export function walkPage(root: Element): PageStats {
  // Typed arrays sized once (no growth, no garbage): the walk visits at most every element.
  const capacity = root.getElementsByTagName('*').length + 1;
  const skipped = skippedSubtrees(root);
  const elements: Element[] = [];
  const hiddenByStyle: (readonly [Element, number])[] = [];
  const parent = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const text = new Float64Array(capacity);
  const linkText = new Float64Array(capacity);
  const paragraphScore = new Float64Array(capacity);
  const paragraphText = new Float64Array(capacity);
  const paragraphs = new Uint16Array(capacity);
  const proseInside = new Float64Array(capacity);
  const linkedHeadings = new Uint16Array(capacity);
  const hasBlockInside = new Uint8Array(capacity);
  const isHeading = new Uint8Array(capacity);

  // The open run of inline text, owned by the innermost block being visited. A block starting or ending
  // closes it, as do two <br> in a row (Readability's paragraphs of <br>-separated text).
  let runBlock = -1;
  let runText = 0;
  let runLinks = 0;
  let runCommas = 0;
  let afterBr = false;

  const closeRun = (): void => {
    const b = runBlock;
    if (b >= 0 && runText >= MIN_PARAGRAPH && runLinks <= runText * MAX_PARAGRAPH_LINKS) {
      paragraphScore[b] = (paragraphScore[b] ?? 0) + 1 + runCommas + Math.min(Math.floor(runText / 100), 3);
      paragraphText[b] = (paragraphText[b] ?? 0) + runText;
      paragraphs[b] = (paragraphs[b] ?? 0) + 1;
    }
    runText = 0;
    runLinks = 0;
    runCommas = 0;
    afterBr = false;
  };

  // Each element's own text is written once; subtree sums are made afterwards in one loop over the arrays
  // (the walk's first run is interpreted: the less it does per node, the better).
  const visit = (el: Element, up: number, linkWeight: number, depth: number): void => {
    const i = elements.length;
    if (i >= capacity) return;
    elements.push(el);
    parent[i] = up;
    const name = el.localName;
    const block = !INLINE_TAGS.has(name);
    const outerBlock = runBlock;
    if (block) {
      if (outerBlock >= 0) hasBlockInside[outerBlock] = 1;
      closeRun();
      runBlock = i;
      if (HEADINGS.has(name)) isHeading[i] = 1;
    } else if (name === 'a') {
      const href = el.getAttribute('href');
      if (href !== null) linkWeight = href.charCodeAt(0) === 35 ? 0.3 : 1;
    }
    let own = 0;
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        const len = trimmedLength(data);
        if (len === 0) continue;
        own += len;
        runText += len;
        runLinks += len * linkWeight;
        runCommas += countCommas(data);
        afterBr = false;
      } else if (type === 1) {
        const child = node as Element;
        const skip = skipped.get(child);
        if (skip === Skip.ByStyle) hiddenByStyle.push([child, i]);
        else if (skip !== undefined || depth >= MAX_DEPTH) continue;
        else if (child.localName === 'br') {
          if (afterBr) closeRun();
          afterBr = true;
        } else visit(child, i, linkWeight, depth + 1);
      }
    }
    text[i] = own;
    linkText[i] = own * linkWeight;
    end[i] = elements.length;
    if (block) {
      closeRun();
      runBlock = outerBlock;
    }
  };
  visit(root, -1, 0, 0);

  // Subtree sums, children before parents (reverse document order).
  const n = elements.length;
  for (let i = n - 1; i >= 0; i--) {
    const t = text[i] ?? 0;
    const l = linkText[i] ?? 0;
    if (isHeading[i] === 1 && l > t * 0.5) linkedHeadings[i] = (linkedHeadings[i] ?? 0) + 1;
    const prose = (proseInside[i] ?? 0) + (paragraphText[i] ?? 0);
    proseInside[i] = prose;
    const up = parent[i] ?? -1;
    if (up >= 0) {
      text[up] = (text[up] ?? 0) + t;
      linkText[up] = (linkText[up] ?? 0) + l;
      proseInside[up] = (proseInside[up] ?? 0) + prose;
      linkedHeadings[up] = (linkedHeadings[up] ?? 0) + (linkedHeadings[i] ?? 0);
    }
  }
  return {
    elements,
    hiddenByStyle,
    parent: parent.subarray(0, n),
    end: end.subarray(0, n),
    text: text.subarray(0, n),
    linkText: linkText.subarray(0, n),
    paragraphScore: paragraphScore.subarray(0, n),
    paragraphText: paragraphText.subarray(0, n),
    proseInside: proseInside.subarray(0, n),
    linkedHeadings: linkedHeadings.subarray(0, n),
    paragraphs: paragraphs.subarray(0, n),
    hasBlockInside: hasBlockInside.subarray(0, n),
  };
}
