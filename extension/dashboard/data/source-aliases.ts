/**
 * This module lets the reader's notes on sources join the names a source goes by: "Corvanian foreign
 * ministry" and "Corvania's foreign ministry" are one source once the reader noted one as the other's
 * alias. Filters match every name; groups and bars count them as one, under the note's name.
 */
import { sourceKey, type SourceNote } from '../../../src/model/source-note';

export interface SourceAliases {
  /** Every key of the source `key` belongs to (the key alone when no note names it). */
  readonly keysOf: (key: string) => ReadonlySet<string>;
  /** The one key a source is counted under: its note's name, or the key itself. */
  readonly canonical: (key: string) => string;
  /** The name to show for a canonical key that has a note. */
  readonly nameOf: (key: string) => string | undefined;
}

export function sourceAliases(notes: readonly SourceNote[]): SourceAliases {
  const keys = new Map<string, Set<string>>();
  const canonical = new Map<string, string>();
  const names = new Map<string, string>();
  for (const note of notes) {
    if (note.domain) continue;
    const main = sourceKey(note.name);
    const all = new Set([note.name, ...note.aliases].map(sourceKey).filter((k) => k !== ''));
    for (const key of all) {
      keys.set(key, all);
      canonical.set(key, main);
    }
    names.set(main, note.name);
  }
  return {
    keysOf: (key) => keys.get(key) ?? new Set([key]),
    canonical: (key) => canonical.get(key) ?? key,
    nameOf: (key) => names.get(key),
  };
}

export const NO_ALIASES: SourceAliases = sourceAliases([]);
