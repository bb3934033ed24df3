/**
 * This module spells the forms of an English verb from its base: third person "-s", past "-ed", participle
 * and "-ing", with the regular spelling rules (try → tries, tried; note → noted, noting; admit → admitted
 * when marked as doubling its last consonant). Irregular verbs give their past and participle explicitly.
 *
 * Lexicon entries are written compactly as `base[+][/past[/participle]]`: "+" doubles the final consonant
 * before -ed and -ing ("admit+"), "/said" gives an irregular past, "/wrote/written" past and participle.
 */

export const Form = { Base: 1, Third: 2, Past: 4, Participle: 8, Ing: 16 } as const;

export interface VerbForms {
  readonly base: string;
  readonly third: string;
  readonly past: string;
  readonly participle: string;
  readonly ing: string;
}

const VOWELS = 'aeiou';

function isConsonant(c: string | undefined): boolean {
  return c !== undefined && !VOWELS.includes(c);
}

export function third(base: string): string {
  if (/(?:s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function regularPast(base: string, double: boolean): string {
  if (double) return `${base}${base[base.length - 1] ?? ''}ed`;
  if (base.endsWith('e')) return `${base}d`;
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

function ingForm(base: string, double: boolean): string {
  if (double) return `${base}${base[base.length - 1] ?? ''}ing`;
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (base.endsWith('e') && !base.endsWith('ee') && !base.endsWith('ye') && base !== 'be') {
    return `${base.slice(0, -1)}ing`;
  }
  return `${base}ing`;
}

/** Parses one compact entry ("say/said", "admit+", "write/wrote/written") into its forms. */
export function parseVerb(entry: string): VerbForms {
  const [head = '', past, participle] = entry.split('/');
  const double = head.endsWith('+');
  const base = double ? head.slice(0, -1) : head;
  const p = past ?? regularPast(base, double);
  return { base, third: third(base), past: p, participle: participle ?? p, ing: ingForm(base, double) };
}

/** Every form of the verb with its form bits (a form can be two: "said" is past and participle). */
export function formsOf(verb: VerbForms): Array<[string, number]> {
  const out = new Map<string, number>();
  const add = (w: string, f: number): void => {
    out.set(w, (out.get(w) ?? 0) | f);
  };
  add(verb.base, Form.Base);
  add(verb.third, Form.Third);
  add(verb.past, Form.Past);
  add(verb.participle, Form.Participle);
  add(verb.ing, Form.Ing);
  return [...out];
}
