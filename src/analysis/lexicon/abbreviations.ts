/**
 * This module lists the abbreviations whose period does not end a sentence, so that "Sen. J. Smith said" and
 * "the U.S. economy" stay one sentence. Titles before a name never end one; the others (Inc., Jr., Calif.)
 * end a sentence only when a clear sentence opener follows (decided in sentences.ts). Words that are also
 * ordinary English words ("Mass.", "Ill.", "No.") count only in the shape newspapers write them.
 */

/** Titles and forms of address: always followed by a name, never the end of a sentence. */
const TITLES: ReadonlySet<string> = new Set(
  (
    'mr mrs ms messrs mme mlle dr prof sen sens rep reps gov govs lt col gen maj capt cmdr adm sgt cpl pvt ' +
    'rev fr st hon pres amb supt insp det atty asst assoc'
  ).split(' '),
);

/** Abbreviations that are never ordinary words: months, company suffixes, Latin. */
const PLAIN: ReadonlySet<string> = new Set(
  (
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'inc corp ltd llc bros jr sr vs etc approx dept ave blvd hwy univ cf'
  ).split(' '),
);

/**
 * US state abbreviations in AP style ("Cedar Rapids, Iowa" but "Salem, N.H.", "Sacramento, Calif."). Several
 * are English words ("Mass.", "Ill.", "Wash."), so they count only when capitalized in the text.
 */
const CAPITALIZED_ONLY: ReadonlySet<string> = new Set(
  (
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa penn tenn tex va vt wash wis wisc wyo co mt ft'
  ).split(' '),
);

export type AbbreviationKind = 'title' | 'other';

/**
 * Whether `word` (as written, without its period) takes an abbreviation period here. `after` is the text
 * just after the period: "No." is an abbreviation only before a number ("No. 2").
 */
export function abbreviationKind(word: string, lower: string, after: string): AbbreviationKind | null {
  if (TITLES.has(lower)) return 'title';
  if (PLAIN.has(lower)) return 'other';
  const code = word.charCodeAt(0);
  const capitalized = code >= 65 && code <= 90;
  if (capitalized && CAPITALIZED_ONLY.has(lower)) return 'other';
  if (capitalized && lower === 'no' && /^\s?\d/.test(after)) return 'other';
  return null;
}

/** Whether a lowercased abbreviation is a title before a name ("Sen.", "Dr."). */
export function isTitleAbbreviation(lower: string): boolean {
  return TITLES.has(lower);
}
