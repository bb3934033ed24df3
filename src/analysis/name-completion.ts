/**
 * This module gives sources their display names from the sources named before them, within one text
 * (source-names.ts) and across texts analyzed apart (the content script's paragraph batches): a short name
 * is completed from an earlier full name ("Leff" → "Jonah Leff"), a personal pronoun stands for an earlier
 * source ("She said" → "Hillary Clinton"). It needs no lexicon, so the content script can use it without
 * loading the engine's word lists.
 */
import type { SourceKind } from '../model/attribution';

/** A source named earlier in the text, as later names and pronouns look back to it. */
export interface EarlierSource {
  readonly name: string;
  /** Whether it reads as a person: "he" and "she" look for one, "it" for anything else. */
  readonly person: boolean;
}

/** Earlier names considered when completing a name or resolving a pronoun, nearest first. */
const LOOKBACK = 40;

const PERSONAL: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'i', 'we', 'you']);
const PLURAL: ReadonlySet<string> = new Set(['they', 'them', 'we']);

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

/** Whether a personal pronoun (in any case) names a person: "he", "she", "I", "we", "you". */
export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word.toLowerCase());
}

/**
 * The earlier source a personal pronoun stands for, nearest first: "they" and "we" take the nearest; "he"
 * and "she" the nearest person, or the nearest source whatever it is; "it" the nearest that is not a
 * person. Null when none fits (or for a pronoun that never stands for a source, "us", "me").
 */
export function resolvePronoun(pronoun: string, named: readonly EarlierSource[]): string | null {
  const w = pronoun.toLowerCase();
  const wantPerson = PERSONAL.has(w);
  const wantThing = w === 'it';
  if (!wantPerson && !wantThing && !PLURAL.has(w)) return null;
  for (let k = named.length - 1; k >= 0; k--) {
    const n = named[k];
    if (!n) continue;
    if (wantPerson && !n.person && k < named.length - 1) continue;
    if (wantThing && n.person) continue;
    return n.name;
  }
  return null;
}

/** The fields of an attribution that its source's display name is made of. */
interface NamedSource {
  readonly sourceName: string;
  readonly sourceKind: SourceKind;
  readonly sourceIsPerson: boolean;
}

/**
 * Display names across texts analyzed apart (an article analyzed in batches of paragraphs), as if the
 * texts had been analyzed as one: "Leff" in a later batch becomes "Jonah Leff" named in an earlier one, a
 * "She" that found no source in its own batch stands for the one before it, and a pronoun resolved in its
 * own batch to a short name gets the full name. Attributions in reading order; the others are returned as
 * they are.
 */
export function resolveSourcesAcross<T extends NamedSource>(attributions: readonly T[]): T[] {
  const named: EarlierSource[] = [];
  return attributions.map((a) => {
    if (a.sourceName === '' || a.sourceKind === 'anonymous') return a;
    if (a.sourceKind === 'pronoun') {
      const name = resolvePronoun(a.sourceName, named) ?? a.sourceName;
      const full = completeName(name, named);
      return full === a.sourceName ? a : { ...a, sourceName: full };
    }
    const full = completeName(a.sourceName, named);
    remember(named, { name: full, person: a.sourceIsPerson });
    return full === a.sourceName ? a : { ...a, sourceName: full };
  });
}
