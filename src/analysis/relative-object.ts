/**
 * This module gives an attribution whose object is a relative pronoun its real content: the phrase the
 * pronoun stands for. In "the figures, which they cited" and "a finding that the contractor disputed",
 * what was cited or disputed is "the figures", "a finding"; the pronoun alone says nothing.
 */
import { tagAt, word, type Context } from './context';
import type { Cue } from './cues';
import { phraseStartLeft } from './noun-phrase';
import type { Range } from './source-phrase';
import { Tag, isAux, isFiniteVerb } from './tags';

/**
 * The content of an attribution whose object is a relative pronoun: the pronoun's antecedent, with the
 * verb's complements with "as" ("… as fabricated"); null when the object is no relative pronoun or it has
 * no antecedent.
 */
export function relativeObject(
  ctx: Context,
  cue: Cue,
  source: Range | null,
  content: readonly Range[],
  a: number,
): Range[] | null {
  const first = content[0];
  if (!first || first[1] > cue.first) return null;
  const rel = first[0];
  const t = tagAt(ctx, rel);
  if (!(t === Tag.Rel || t === Tag.That) || first[1] - rel > 1) return null;
  // The pronoun is the object only when a subject of its own stands between it and the verb, and no
  // clause follows the verb ("which she said was a mistake": there the pronoun is that clause's subject).
  // A complement with "as" is no clause: "a finding that the government rejected as fabricated".
  if (!source || source[0] !== rel + 1) return null;
  const complements: Range[] = [];
  for (const [s, e] of content.slice(1)) {
    if (word(ctx, s) === 'as') complements.push([s, e]);
    else for (let i = s; i < e; i++) if (isFiniteVerb(tagAt(ctx, i)) || isAux(tagAt(ctx, i))) return null;
  }
  let end = rel;
  if (tagAt(ctx, end - 1) === Tag.Comma) end--;
  const start = phraseStartLeft(ctx, end, Math.max(a, end - 12));
  return start >= 0 && start < end ? [[start, end], ...complements] : null;
}
