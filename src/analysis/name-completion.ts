/**
 * This module completes short source names from earlier full names ("Leff" → "Jonah Leff"), within one
 * text (source-names.ts) and across texts analyzed apart (the content script's paragraph batches). It needs
 * no lexicon, so the content script can use it without loading the engine's word lists.
 */
import type { SourceKind } from '../model/attribution';

/** Earlier names considered when completing a name or resolving a pronoun, nearest first. */
const LOOKBACK = 40;

/** Adds an earlier name, keeping the last LOOKBACK. */
export function remember<T>(named: T[], entry: T): void {
  named.push(entry);
  if (named.length > LOOKBACK) named.shift();
}

/** "Leff" → "Jonah Leff", "Mr. Sanders" → "Bernie Sanders": the latest earlier name ending the same way. */
export function completeName(name: string, named: ReadonlyArray<{ name: string }>): string {
  const parts = name.split(/\s+/);
  const surname = parts[parts.length - 1] ?? name;
  const bare = parts.filter((p) => !p.endsWith('.')).length <= 1;
  if (!bare) return name;
  for (let k = named.length - 1; k >= 0; k--) {
    for (const n of (named[k]?.name ?? '').split(' and ')) {
      if (n !== name && n.endsWith(` ${surname}`) && n.split(/\s+/).length > 1) return n;
    }
  }
  return name;
}

/**
 * Short names completed across texts analyzed apart (an article analyzed in batches of paragraphs): "Leff"
 * in a later batch becomes "Jonah Leff" named in an earlier one. Attributions in reading order; the
 * others are returned as they are.
 */
export function completeNamesAcross<
  T extends { readonly sourceName: string; readonly sourceKind: SourceKind },
>(attributions: readonly T[]): T[] {
  const named: Array<{ name: string }> = [];
  return attributions.map((a) => {
    if (a.sourceKind !== 'named' || a.sourceName === '') return a;
    const full = completeName(a.sourceName, named);
    remember(named, { name: full });
    return full === a.sourceName ? a : { ...a, sourceName: full };
  });
}
