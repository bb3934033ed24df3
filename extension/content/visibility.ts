/**
 * This module tells whether the page hides an element from sighted readers through its styles: display
 * none, visibility hidden, or the "visually hidden" pattern for screen-reader text ("Advertisement",
 * "opens in a new window"), which is not part of what the reader sees and reads. The text index calls it
 * for each element it enters. Reading computed styles may bring the page's styles up to date (which the
 * browser does for its next frame anyway); it never forces layout.
 */

/**
 * Pages hide text through classes, ids or inline styles: an element with none of these is styled like its
 * parent (tag-only rules that hide text are rare), so its styles are not read. This keeps the cost low on
 * pages with thousands of plain links (an encyclopedia article).
 */
export function isHiddenByStyle(element: Element): boolean {
  if (!element.hasAttribute('class') && !element.hasAttribute('style') && !element.hasAttribute('id'))
    return false;
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
