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
  /** Elements hidden by an inline style (display:none, visibility:hidden), with their parent's index: the
   * text index does not see inline styles, so a region lists the ones inside it as excluded. */
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

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 160;
}

/** Why a subtree holds no visible text: not text by nature, hidden by attribute, or hidden by style. */
const enum Skip {
  No,
  Always,
  ByStyle,
}

function skipOf(el: Element): Skip {
  if (SKIPPED_TAGS.has(el.localName)) return Skip.Always;
  if (el.hasAttribute('hidden')) return Skip.Always;
  if (el.getAttribute('aria-hidden') === 'true') return Skip.Always;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) ? Skip.ByStyle : Skip.No;
}

function trimmedLength(s: string): number {
  let start = 0;
  let end = s.length;
  while (start < end && isSpace(s.charCodeAt(start))) start++;
  while (end > start && isSpace(s.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Walks `root` and its descendants (skipping hidden and non-text subtrees). */
export function walkPage(root: Element): PageStats {
  // Typed arrays sized once (no growth, no garbage): the walk visits at most every element.
  const capacity = root.getElementsByTagName('*').length + 1;
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
  // The open run of inline text of each block element (indexed like the rest).
  const runText = new Float64Array(capacity);
  const runLinks = new Float64Array(capacity);
  const runCommas = new Float64Array(capacity);
  const lastWasBr = new Uint8Array(capacity);

  function closeRun(block: number): void {
    const len = runText[block] ?? 0;
    if (len >= MIN_PARAGRAPH && (runLinks[block] ?? 0) <= len * MAX_PARAGRAPH_LINKS) {
      paragraphScore[block] =
        (paragraphScore[block] ?? 0) + 1 + (runCommas[block] ?? 0) + Math.min(Math.floor(len / 100), 3);
      paragraphText[block] = (paragraphText[block] ?? 0) + len;
      paragraphs[block] = (paragraphs[block] ?? 0) + 1;
    }
    runText[block] = 0;
    runLinks[block] = 0;
    runCommas[block] = 0;
  }

  function visit(el: Element, up: number, block: number, linkWeight: number, depth: number): void {
    const i = elements.length;
    if (i >= capacity) return;
    elements.push(el);
    parent[i] = up;
    const name = el.localName;
    const isBlock = !INLINE_TAGS.has(name);
    if (isBlock) {
      if (block >= 0) {
        hasBlockInside[block] = 1;
        closeRun(block);
      }
      block = i;
    } else if (name === 'br' && block >= 0) {
      // Two <br> in a row end a paragraph, as Readability's <br> handling does.
      if (lastWasBr[block] === 1) closeRun(block);
      lastWasBr[block] = 1;
      end[i] = i + 1;
      return;
    } else if (name === 'a') {
      const href = el.getAttribute('href');
      if (href !== null) linkWeight = href.startsWith('#') ? 0.3 : 1;
    }
    for (let node = el.firstChild; node !== null; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        const data = (node as Text).data;
        const len = trimmedLength(data);
        if (len === 0) continue;
        text[i] = (text[i] ?? 0) + len;
        linkText[i] = (linkText[i] ?? 0) + len * linkWeight;
        if (block >= 0) {
          runText[block] = (runText[block] ?? 0) + len;
          runLinks[block] = (runLinks[block] ?? 0) + len * linkWeight;
          runCommas[block] = (runCommas[block] ?? 0) + countCommas(data);
          lastWasBr[block] = 0;
        }
      } else if (type === 1 && depth < MAX_DEPTH) {
        const skip = skipOf(node as Element);
        if (skip === Skip.No) visit(node as Element, i, block, linkWeight, depth + 1);
        else if (skip === Skip.ByStyle) hiddenByStyle.push([node as Element, i]);
      }
    }
    if (isBlock) closeRun(i);
    end[i] = elements.length;
    proseInside[i] = (proseInside[i] ?? 0) + (paragraphText[i] ?? 0);
    if (HEADINGS.has(name) && (linkText[i] ?? 0) > (text[i] ?? 0) * 0.5) {
      linkedHeadings[i] = (linkedHeadings[i] ?? 0) + 1;
    }
    if (up >= 0) {
      linkedHeadings[up] = (linkedHeadings[up] ?? 0) + (linkedHeadings[i] ?? 0);
      text[up] = (text[up] ?? 0) + (text[i] ?? 0);
      linkText[up] = (linkText[up] ?? 0) + (linkText[i] ?? 0);
      proseInside[up] = (proseInside[up] ?? 0) + (proseInside[i] ?? 0);
    }
  }

  visit(root, -1, -1, 0, 0);
  const n = elements.length;
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
