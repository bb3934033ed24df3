/**
 * This module is the measured alternative to `findArticle`: Mozilla Readability run on a clone of the
 * document (it rewrites what it parses), its result mapped back to live elements. Before parsing, every
 * element of the clone is numbered with a data attribute after its live twin (the trees are equal); the
 * numbers survive Readability's renaming, moving and re-parsing (it restores the body from HTML when it
 * retries), so each kept text node leads back to a live element. The region's root is the live common
 * ancestor of the kept text, and every live subtree with text but nothing kept is excluded. Its decision is
 * Readability's `isProbablyReaderable`. It costs a full clone and Readability's passes on every page, which
 * is why the extension uses `findArticle`; `npm run eval:article` measures both.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleRegion } from './find-article';

const SHOW_TEXT = 4;
const MARK = 'data-sourcemark-live';

/** Numbers the elements of `clone` after their twins in `live`, which it lists in the same order. */
function numberElements(live: Element, clone: Element, twins: Element[]): void {
  clone.setAttribute(MARK, String(twins.length));
  twins.push(live);
  let a = live.firstElementChild;
  let b = clone.firstElementChild;
  while (a !== null && b !== null) {
    numberElements(a, b, twins);
    a = a.nextElementSibling;
    b = b.nextElementSibling;
  }
}

function hasText(node: Node): boolean {
  for (let n = node.firstChild; n !== null; n = n.nextSibling) {
    if (n.nodeType === 3 && (n as Text).data.trim() !== '') return true;
    if (n.nodeType === 1) {
      const name = (n as Element).localName;
      if (name !== 'script' && name !== 'style' && name !== 'noscript' && hasText(n)) return true;
    }
  }
  return false;
}

export function readabilityRegion(doc: Document): ArticleRegion | null {
  const readerable = isProbablyReaderable(doc);
  const clone = doc.cloneNode(true) as Document;
  const twins: Element[] = [];
  if (clone.documentElement !== null) numberElements(doc.documentElement, clone.documentElement, twins);
  const article = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  const content = article?.content;
  if (content === null || content === undefined) return null;

  // Live elements holding kept text, with how many kept text nodes each holds.
  const kept = new Map<Element, number>();
  let total = 0;
  let first: Element | null = null;
  const walker = clone.createTreeWalker(content, SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if ((n as Text).data.trim() === '') continue;
    const marked = n.parentElement?.closest(`[${MARK}]`);
    const live = twins[Number(marked?.getAttribute(MARK) ?? -1)];
    if (live === undefined) continue;
    total++;
    first ??= live;
    for (let up: Element | null = live; up !== null; up = up.parentElement) {
      kept.set(up, (kept.get(up) ?? 0) + 1);
    }
  }
  let root = first;
  while (root !== null && (kept.get(root) ?? 0) < total) root = root.parentElement;
  if (root === null) return null;

  const excluded: Element[] = [];
  const collect = (el: Element): void => {
    for (let child = el.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (kept.has(child)) collect(child);
      else if (hasText(child)) excluded.push(child);
    }
  };
  collect(root);
  return { root, excluded, confidence: readerable ? 1 : 0 };
}
