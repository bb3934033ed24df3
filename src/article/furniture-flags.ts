/**
 * This module marks page furniture once per page: every element whose tag, role or names say furniture, and
 * everything inside it. Scoring leaves furniture's paragraphs out; the confidence discounts a region whose
 * prose sits inside clear furniture (a comment thread on a page without an article).
 */
import { Furniture, furnitureOf, INLINE_TAGS } from './element-hints';
import type { PageStats } from './page-walk';

/** Flags of `markFurniture`: inside any furniture, inside clear furniture (comments, share bars, ads…). */
export const IN_FURNITURE = 1;
export const IN_CLEAR_FURNITURE = 2;

/**
 * Marks every element that is furniture or inside furniture (the flags above, inherited). Furniture is a
 * part of the page: an element holding most of its text is not, whatever its class says
 * ("container js-social-anchor-start" on the <main> of a news site).
 */
export function markFurniture(stats: PageStats): Uint8Array {
  const n = stats.elements.length;
  const flags = new Uint8Array(n);
  const most = (stats.text[0] ?? 0) * 0.5;
  for (let i = 1; i < n; i++) {
    const up = stats.parent[i] ?? -1;
    const el = stats.elements[i];
    let flag = up >= 0 ? (flags[up] ?? 0) : 0;
    const text = stats.text[i] ?? 0;
    // Only blocks with text can hold paragraphs; an element holding most of the text is not a part.
    const matters = text > 0 && text <= most && el !== undefined && !INLINE_TAGS.has(el.localName);
    if (matters && flag !== (IN_FURNITURE | IN_CLEAR_FURNITURE)) {
      const kind = furnitureOf(el);
      if (kind === Furniture.Clear) flag = IN_FURNITURE | IN_CLEAR_FURNITURE;
      else if (kind === Furniture.Maybe) flag |= IN_FURNITURE;
    }
    flags[i] = flag;
  }
  return flags;
}
