/**
 * This module tells when places of a repeated quote are interchangeable, because paragraphs move as units.
 * The candidates are the places where the quote and its context within the paragraph reappear without a
 * single edit. When the stored context reaches past both ends of the annotated paragraph, each such place
 * sits in a paragraph identical to the annotated one. When it does not, they are interchangeable only if
 * their paragraphs in the current text are identical to one another (same text, quote at the same offset):
 * a reader cannot tell them apart, and a copy with any word changed is never among them. Either way there
 * must be as many such places as the paragraph had copies when described (`paragraphCopies`): one copy
 * fewer, and the annotated one may be the copy that is gone; one more, and a new copy may be taken for it.
 * Among interchangeable places, the one whose wider context agrees best is taken, then the nearest to
 * where the annotation was. */
import type { Surroundings } from './decide';
import type { Evidence, QuoteModel } from './evidence';

/** The paragraph (block between line breaks) around `[start, end)` of the normalized text. */
function paragraphAround(text: string, start: number, end: number): { from: number; text: string } {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return { from, text: text.slice(from, next < 0 ? text.length : next) };
}

/** Places where the whole annotated paragraph (all of it within the stored context) reappears unchanged. */
export function wholeParagraphPlaces(ranked: readonly Evidence[], model: QuoteModel): Evidence[] {
  if (!wholeParagraphStored(model)) return [];
  return ranked.filter((c) => c.quoteErrors === 0 && c.inBlockErrors === 0);
}

function wholeParagraphStored(model: QuoteModel): boolean {
  return model.prefix.includes('\n') && model.suffix.includes('\n');
}

/**
 * The place to anchor among places in identical paragraphs, or null when the quote's paragraph is not
 * known to reappear unchanged, reappears at places that are not alike, or at a number of places other than
 * the number of copies it had: a copy gone may be the annotated one, a copy added may be taken for it.
 */
export function twinParagraphPlace(
  ranked: readonly Evidence[],
  model: QuoteModel,
  surroundings: Pick<Surroundings, 'text' | 'hint' | 'paragraphCopies'>,
): Evidence | null {
  const { text, hint, paragraphCopies } = surroundings;
  const intact = ranked.filter((c) => c.quoteErrors === 0 && c.inBlockErrors === 0);
  const [first] = intact;
  if (!first || intact.length !== paragraphCopies) return null;
  if (!wholeParagraphStored(model)) {
    const reference = paragraphAround(text, first.start, first.end);
    const alike = intact.every((c) => {
      const p = paragraphAround(text, c.start, c.end);
      return p.text === reference.text && c.start - p.from === first.start - reference.from;
    });
    if (!alike) return null;
  }
  const away = (c: Evidence) => (hint === null ? 0 : Math.abs(c.start - hint));
  return [...intact].sort((a, b) => a.distance - b.distance || away(a) - away(b))[0] ?? null;
}
