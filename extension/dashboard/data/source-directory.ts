/**
 * This module builds the Sources directory from the catalog and the reader's notes: outlets (known by
 * domain) and cited sources (known by name and aliases), each with where it was cited and how many claims
 * and denials it made there; and, for rating, the sources and sites the reader met that have no note yet.
 */
import { sourceKey, type SourceNote } from '../../../src/model/source-note';
import type { Catalog, Entry } from './catalog';

export interface PageCount {
  readonly pageUrl: string;
  annotations: number;
  claims: number;
  denials: number;
}

export interface Citations {
  /** The spelling used most often (for sources not yet rated). */
  name: string;
  annotations: number;
  claims: number;
  denials: number;
  disputed: number;
  readonly pages: Map<string, PageCount>;
}

export interface DirectoryItem {
  /** Stable key: the note's id, or "cited:<source key>" / "site:<domain>" for suggestions. */
  readonly key: string;
  readonly kind: 'outlet' | 'cited';
  readonly name: string;
  readonly note: SourceNote | null;
  readonly citations: Citations;
}

export interface Directory {
  readonly cited: readonly DirectoryItem[];
  readonly outlets: readonly DirectoryItem[];
}

const isDenial = (e: Entry) => e.annotation.stance === 'deny' || e.annotation.kind === 'denial';
const isClaim = (e: Entry) =>
  !isDenial(e) && (e.annotation.stance === 'assert' || e.annotation.kind === 'claim');

function emptyCitations(name: string): Citations {
  return { name, annotations: 0, claims: 0, denials: 0, disputed: 0, pages: new Map() };
}

function count(into: Citations, entry: Entry): void {
  const claim = isClaim(entry) ? 1 : 0;
  const denial = isDenial(entry) ? 1 : 0;
  into.annotations++;
  into.claims += claim;
  into.denials += denial;
  if (entry.annotation.tags.includes('disputed')) into.disputed++;
  const url = entry.annotation.pageUrl;
  const page = into.pages.get(url) ?? { pageUrl: url, annotations: 0, claims: 0, denials: 0 };
  page.annotations++;
  page.claims += claim;
  page.denials += denial;
  into.pages.set(url, page);
}

function merge(parts: readonly Citations[], name: string): Citations {
  const total = emptyCitations(name);
  for (const part of parts) {
    total.annotations += part.annotations;
    total.claims += part.claims;
    total.denials += part.denials;
    total.disputed += part.disputed;
    for (const [url, page] of part.pages) {
      const known = total.pages.get(url);
      if (known) {
        known.annotations += page.annotations;
        known.claims += page.claims;
        known.denials += page.denials;
      } else total.pages.set(url, { ...page });
    }
  }
  return total;
}

/** The citations of every source key and every site, in one pass over the catalog. */
export function citationsOf(catalog: Catalog): {
  bySource: Map<string, Citations>;
  bySite: Map<string, Citations>;
} {
  const bySource = new Map<string, Citations>();
  const bySite = new Map<string, Citations>();
  const spellings = new Map<string, Map<string, number>>();
  for (const entry of catalog.sorted('updated')) {
    const { sourceKey: key, site } = entry;
    if (key) {
      const cited = bySource.get(key) ?? emptyCitations(key);
      count(cited, entry);
      bySource.set(key, cited);
      const names = spellings.get(key) ?? new Map<string, number>();
      const name = entry.annotation.sourceName ?? key;
      names.set(name, (names.get(name) ?? 0) + 1);
      spellings.set(key, names);
    }
    const onSite = bySite.get(site) ?? emptyCitations(site);
    count(onSite, entry);
    bySite.set(site, onSite);
  }
  for (const [key, names] of spellings) {
    const best = [...names].sort((a, b) => b[1] - a[1])[0];
    const cited = bySource.get(key);
    if (cited && best) cited.name = best[0];
  }
  return { bySource, bySite };
}

/** Whether `site` is `domain` or one of its subdomains. */
function onDomain(site: string, domain: string): boolean {
  return site === domain || site.endsWith(`.${domain}`);
}

export function buildDirectory(catalog: Catalog, notes: readonly SourceNote[]): Directory {
  const { bySource, bySite } = citationsOf(catalog);
  const claimedKeys = new Set<string>();
  const claimedSites = new Set<string>();
  const cited: DirectoryItem[] = [];
  const outlets: DirectoryItem[] = [];
  for (const note of notes) {
    if (note.domain) {
      const domain = note.domain;
      const sites = [...bySite.keys()].filter((site) => onDomain(site, domain));
      sites.forEach((site) => claimedSites.add(site));
      const parts = sites.map((site) => bySite.get(site)).filter((c): c is Citations => !!c);
      outlets.push({
        key: note.id,
        kind: 'outlet',
        name: note.name,
        note,
        citations: merge(parts, note.name),
      });
    } else {
      const keys = [...new Set([note.name, ...note.aliases].map(sourceKey))].filter((k) => k !== '');
      keys.forEach((key) => claimedKeys.add(key));
      const parts = keys.map((key) => bySource.get(key)).filter((c): c is Citations => !!c);
      cited.push({ key: note.id, kind: 'cited', name: note.name, note, citations: merge(parts, note.name) });
    }
  }
  for (const [key, citations] of bySource) {
    if (!claimedKeys.has(key)) {
      cited.push({ key: `cited:${key}`, kind: 'cited', name: citations.name, note: null, citations });
    }
  }
  for (const [site, citations] of bySite) {
    if (site && !claimedSites.has(site)) {
      outlets.push({ key: `site:${site}`, kind: 'outlet', name: site, note: null, citations });
    }
  }
  const order = (a: DirectoryItem, b: DirectoryItem) =>
    b.citations.annotations - a.citations.annotations || a.name.localeCompare(b.name);
  return { cited: cited.sort(order), outlets: outlets.sort(order) };
}

/** Every name and alias of every note, by source key: to find the note on a name met anywhere. */
export function notesByKey(notes: readonly SourceNote[]): Map<string, SourceNote> {
  const byKey = new Map<string, SourceNote>();
  for (const note of notes) {
    if (note.domain) continue;
    for (const name of [note.name, ...note.aliases]) {
      const key = sourceKey(name);
      if (key) byKey.set(key, note);
    }
  }
  return byKey;
}
