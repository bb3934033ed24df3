import { describe, expect, it } from 'vitest';
import { normalizeString, normalizeText, toSourceSpan } from '../../../src/anchoring/normalize';

describe('the normalized text that quotes are matched on', () => {
  it.each([
    ['drops white space of every kind', 'a b\u00a0c\u2009d\te\u200bf', 'abcdef'],
    ['keeps one block break between paragraphs', 'one.\n \n two.', 'one.\ntwo.'],
    ['unifies curly and straight quotation marks', '\u201cIt\u2019s\u201d «non»', '"it\'s""non"'],
    ['unifies dashes and minus signs', 'a\u2013b\u2014c\u2212d', 'a-b-c-d'],
    ['lowers the case', 'Harbour COUNCIL', 'harbourcouncil'],
    ['leaves emoji and accents alone', 'Caf\u00e9 🚢 Ine\u0300s', 'caf\u00e9🚢ine\u0300s'],
  ])('%s', (_what, input, output) => {
    expect(normalizeString(input)).toBe(output);
  });

  it('drops a leading block break, except for a suffix, whose leading break says "the quote ends a paragraph"', () => {
    expect(normalizeString('\nNext')).toBe('next');
    expect(normalizeString('\nNext', true)).toBe('\nnext');
  });

  it('maps a normalized span back to the source, from its first to its last kept character', () => {
    const source = 'The \u201cold\u201d  ferry\u00a0pier';
    const normalized = normalizeText(source);
    const from = normalized.text.indexOf('"old"');
    expect(normalized.text).toBe('the"old"ferrypier');
    const [s, e] = toSourceSpan(normalized, from, from + 5);
    expect(source.slice(s, e)).toBe('\u201cold\u201d');
    const pier = normalized.text.indexOf('ferrypier');
    expect(source.slice(...toSourceSpan(normalized, pier, pier + 9))).toBe('ferry\u00a0pier');
  });

  it('maps every source offset to the next normalized character', () => {
    const normalized = normalizeText('a  b');
    expect([...normalized.toNormal]).toEqual([0, 1, 1, 1, 2]);
    expect([...normalized.toSource]).toEqual([0, 3, 4]);
  });

  it('widens a span that would split an emoji or strip an accent', () => {
    const source = 'x🚢y Ine\u0300s';
    const normalized = normalizeText(source);
    // Normalized offsets 1..2 hold the emoji's two halves; a span ending after the first half is widened.
    expect(source.slice(...toSourceSpan(normalized, 1, 2))).toBe('🚢');
    const e = normalized.text.indexOf('e');
    expect(source.slice(...toSourceSpan(normalized, e - 2, e + 1))).toBe('Ine\u0300');
  });
});
