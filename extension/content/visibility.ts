/**
 * This module tells whether the page hides an element from sighted readers through its styles: display
 * none, visibility hidden, or the "visually hidden" pattern for screen-reader text ("Advertisement",
 * "opens in a new window"), which is not part of what the reader sees and reads. The text index calls it
 * for each element it enters; computed styles are up to date when Sourcemark runs in idle time, so this
 * reads them without forcing layout.
 */

/** Text elements without attributes are rarely what a page hides; skipping them saves most of the time. */
const PLAIN_TEXT_TAGS = new Set([
  'A',
  'B',
  'I',
  'EM',
  'STRONG',
  'SPAN',
  'P',
  'SMALL',
  'SUB',
  'SUP',
  'Q',
  'CITE',
]);

export function isHiddenByStyle(element: Element): boolean {
  if (!element.hasAttributes() && PLAIN_TEXT_TAGS.has(element.tagName)) return false;
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  if (style.display === 'none') return true;
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  return style.position === 'absolute' && isClippedAway(style);
}

function isClippedAway(style: CSSStyleDeclaration): boolean {
  const clip = style.clip.replace(/\s+/g, '');
  if (/^rect\((0(px)?,?){4}\)$/.test(clip) || clip === 'rect(1px,1px,1px,1px)') return true;
  const clipPath = style.clipPath.replace(/\s+/g, '');
  return clipPath === 'inset(50%)' || clipPath === 'inset(100%)';
}
