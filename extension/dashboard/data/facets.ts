/**
 * This module counts what the filters can choose from: tags, sites and sources in use, each with how many
 * annotations carry it, in one pass over the catalog.
 */
import type { Catalog } from './catalog';

export interface Facet {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

export interface Facets {
  readonly tags: readonly Facet[];
  readonly sites: readonly Facet[];
  /** By source key; the label is the spelling used most often. */
  readonly sources: readonly Facet[];
}

function ranked(counts: Map<string, { label: string; count: number }>): Facet[] {
  return [...counts]
    .map(([value, { label, count }]) => ({ value, label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

export function facetsOf(catalog: Catalog): Facets {
  const tags = new Map<string, { label: string; count: number }>();
  const sites = new Map<string, { label: string; count: number }>();
  const spellings = new Map<string, Map<string, number>>();
  for (const entry of catalog.sorted('updated')) {
    for (const tag of entry.annotation.tags) {
      const known = tags.get(tag);
      if (known) known.count++;
      else tags.set(tag, { label: tag, count: 1 });
    }
    const site = sites.get(entry.site);
    if (site) site.count++;
    else sites.set(entry.site, { label: entry.site, count: 1 });
    const name = entry.annotation.sourceName;
    if (entry.sourceKey && name) {
      const names = spellings.get(entry.sourceKey) ?? new Map<string, number>();
      names.set(name, (names.get(name) ?? 0) + 1);
      spellings.set(entry.sourceKey, names);
    }
  }
  const sources = new Map<string, { label: string; count: number }>();
  for (const [key, names] of spellings) {
    let label = key;
    let best = 0;
    let count = 0;
    for (const [name, n] of names) {
      count += n;
      if (n > best) [label, best] = [name, n];
    }
    sources.set(key, { label, count });
  }
  return { tags: ranked(tags), sites: ranked(sites), sources: ranked(sources) };
}
