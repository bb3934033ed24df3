/**
 * This module keeps the reader's notes on sources and answers "who is cited here": lookup by name or alias
 * (case, accents, punctuation and a leading "the" do not matter), by outlet domain, and the sources the
 * annotations of a page cite, with how many claims and denials each made.
 */
import type { Annotation } from '../model/annotation';
import { sourceKey, type SourceNote } from '../model/source-note';
import type { Clock } from './annotations';
import { systemClock } from './annotations';
import type { SourcemarkDb } from './db';
import { idOfIndexKey, sourceNoteOf, storedSourceOf } from './records';
import { keysOfWord, sourceWord } from './term-postings';
import { writeSafely } from './storage-errors';

/** A source note as the reader edits it: the store assigns the id (when new) and the time. */
export type SourceNoteInput = Omit<SourceNote, 'id' | 'updated'> & { readonly id?: string };

export async function saveSource(
  db: SourcemarkDb,
  input: SourceNoteInput,
  clock: Clock = systemClock,
): Promise<SourceNote> {
  const note: SourceNote = {
    id: input.id ?? clock.newId(),
    name: input.name,
    aliases: [...new Set(input.aliases)],
    domain: input.domain ? bareDomain(input.domain) : null,
    rating: input.rating,
    note: input.note,
    evidence: [...new Set(input.evidence)],
    updated: clock.now(),
  };
  await writeSafely(() => db.sources.put(storedSourceOf(note)));
  return note;
}

export async function getSource(db: SourcemarkDb, id: string): Promise<SourceNote | null> {
  const stored = await db.sources.get(id);
  return stored ? sourceNoteOf(stored) : null;
}

export async function deleteSource(db: SourcemarkDb, id: string): Promise<void> {
  await db.sources.delete(id);
}

/** All source notes, by name. */
export async function listSources(db: SourcemarkDb): Promise<SourceNote[]> {
  const all = await db.sources.toArray();
  return all.map(sourceNoteOf).sort((a, b) => a.name.localeCompare(b.name));
}

/** The notes matching any of `names` by name or alias; each note once, in the order of `names`. */
export async function lookupSources(db: SourcemarkDb, names: readonly string[]): Promise<SourceNote[]> {
  const keys = [...new Set(names.map(sourceKey).filter((key) => key !== ''))];
  if (keys.length === 0) return [];
  const found = await db.sources.where('keys').anyOf(keys).toArray();
  const rank = (keysOf: readonly string[]) =>
    Math.min(...keysOf.map((k) => keys.indexOf(k)).filter((i) => i >= 0));
  const unique = new Map(found.map((stored) => [stored.id, stored]));
  return [...unique.values()].sort((a, b) => rank(a.keys) - rank(b.keys)).map(sourceNoteOf);
}

export async function findSource(db: SourcemarkDb, name: string): Promise<SourceNote | null> {
  return (await lookupSources(db, [name]))[0] ?? null;
}

/** Notes on sources that begin with `prefix` (as keys: "minis" finds "The Ministry of Health"). */
export async function searchSources(db: SourcemarkDb, prefix: string, limit = 20): Promise<SourceNote[]> {
  const key = sourceKey(prefix);
  if (!key) return [];
  const found = await db.sources
    .where('keys')
    .startsWith(key)
    .limit(limit * 4)
    .toArray();
  return [...new Map(found.map((s) => [s.id, s])).values()].slice(0, limit).map(sourceNoteOf);
}

function bareDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '');
}

/** The note on the outlet at `domain` (or a parent domain: "edition.cnn.com" finds "cnn.com"). */
export async function sourceForDomain(db: SourcemarkDb, domain: string): Promise<SourceNote | null> {
  const labels = bareDomain(domain).split('.');
  const candidates = labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  if (candidates.length === 0) return null;
  const found = await db.sources.where('domain').anyOf(candidates).toArray();
  found.sort((a, b) => (b.domain ?? '').length - (a.domain ?? '').length);
  return found[0] ? sourceNoteOf(found[0]) : null;
}

/** A source as the annotations cite it. */
export interface CitedSource {
  readonly key: string;
  /** The spelling used most often. */
  readonly name: string;
  readonly annotations: number;
  readonly claims: number;
  readonly denials: number;
  /** Distinct pages (for `sourceCitations`; 1 for a page's own list). */
  readonly pages: number;
  readonly note: SourceNote | null;
}

function isDenial(a: Annotation): boolean {
  return a.stance === 'deny' || a.kind === 'denial';
}

function isClaim(a: Annotation): boolean {
  return !isDenial(a) && (a.stance === 'assert' || a.kind === 'claim');
}

async function summarize(db: SourcemarkDb, annotations: readonly Annotation[]): Promise<CitedSource[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const key = annotation.sourceName ? sourceKey(annotation.sourceName) : '';
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), annotation]);
  }
  const notes = await db.sources
    .where('keys')
    .anyOf([...groups.keys()])
    .toArray();
  const noteFor = (key: string) => notes.find((note) => note.keys.includes(key));
  return [...groups].map(([key, group]) => {
    const spellings = new Map<string, number>();
    for (const a of group) spellings.set(a.sourceName ?? '', (spellings.get(a.sourceName ?? '') ?? 0) + 1);
    const name = [...spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;
    const stored = noteFor(key);
    return {
      key,
      name,
      annotations: group.length,
      claims: group.filter(isClaim).length,
      denials: group.filter(isDenial).length,
      pages: new Set(group.map((a) => a.pageUrl)).size,
      note: stored ? sourceNoteOf(stored) : null,
    };
  });
}

/** The sources a page's annotations cite, most cited first, with the reader's note on each if any. */
export async function sourcesOnPage(db: SourcemarkDb, pageUrl: string): Promise<CitedSource[]> {
  const annotations = await db.annotations.where('pageUrl').equals(pageUrl).toArray();
  const cited = await summarize(db, annotations);
  return cited.sort((a, b) => b.annotations - a.annotations || a.name.localeCompare(b.name));
}

/** Everything saved about one source across all pages, or null if no annotation cites it. */
export async function sourceCitations(db: SourcemarkDb, name: string): Promise<CitedSource | null> {
  const key = sourceKey(name);
  if (!key) return null;
  const keys = await keysOfWord(db.termPostings, sourceWord(key));
  const annotations = (await db.annotations.bulkGet(keys.map(idOfIndexKey))).filter(
    (a): a is Annotation => !!a,
  );
  return (await summarize(db, annotations))[0] ?? null;
}
