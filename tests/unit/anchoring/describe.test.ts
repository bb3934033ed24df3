import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_CONTEXT_LENGTH, CONTEXT_LENGTH } from '../../../src/anchoring/context-length';
import { describeTextRange } from '../../../src/anchoring/describe';
import { ARTICLE, spanOf } from './fixture-article';

describe('describeTextRange: a span of the page text as quote, context and position', () => {
  it('keeps the quote, CONTEXT_LENGTH characters on each side, and the position', () => {
    const [s, e] = spanOf(ARTICLE, 'A petition to keep the pier open');
    const target = describeTextRange(ARTICLE, s, e);
    expect(target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'A petition to keep the pier open',
      prefix: ARTICLE.slice(s - CONTEXT_LENGTH, s),
      suffix: ARTICLE.slice(e, e + CONTEXT_LENGTH),
    });
    expect(target.position).toEqual({ type: 'TextPositionSelector', start: s, end: e });
  });

  it('keeps more context for a quote that occurs more than once on the page', () => {
    const [s, e] = spanOf(ARTICLE, 'The council said', ARTICLE.indexOf('The council said') + 1);
    const target = describeTextRange(ARTICLE, s, e);
    expect(target.quote.prefix).toHaveLength(AMBIGUOUS_CONTEXT_LENGTH);
    expect(target.quote.suffix).toHaveLength(AMBIGUOUS_CONTEXT_LENGTH);
  });

  it("records the page text's length, and for a repeated quote how many copies its paragraph has", () => {
    const unique = spanOf(ARTICLE, 'A petition to keep the pier open');
    const once = describeTextRange(ARTICLE, unique[0], unique[1]);
    expect(once.textLength).toBe(ARTICLE.length);
    expect(once.paragraphCopies).toBeUndefined();

    const repeated = spanOf(ARTICLE, 'The council said');
    expect(describeTextRange(ARTICLE, repeated[0], repeated[1]).paragraphCopies).toBe(1);
    const paragraph = ARTICLE.slice(
      ARTICLE.lastIndexOf('\n', repeated[0]) + 1,
      ARTICLE.indexOf('\n', repeated[0]),
    );
    const twice = `${ARTICLE}\n${paragraph}`;
    expect(describeTextRange(twice, repeated[0], repeated[1]).paragraphCopies).toBe(2);
  });

  it.each([
    ['at the start of the page', 0, 7, '', 'Harbour'],
    ['at the end of the page', ARTICLE.length - 8, ARTICLE.length, 'January.', ''],
  ])('cuts the context short %s', (_where, s, e, exact, empty) => {
    const target = describeTextRange(ARTICLE, s, e);
    expect(target.quote.exact.endsWith(exact) || target.quote.exact.startsWith(empty)).toBe(true);
    if (s === 0) expect(target.quote.prefix).toBe('');
    else expect(target.quote.suffix).toBe('');
  });

  it('orders and clamps offsets outside the text', () => {
    const text = 'short text';
    expect(describeTextRange(text, 8, -3).position).toMatchObject({ start: 0, end: 8 });
    expect(describeTextRange(text, 2, 99).quote.exact).toBe('ort text');
  });

  it('never splits a surrogate pair: not in the quote, nor at the edge of the context', () => {
    const text = `${'x'.repeat(CONTEXT_LENGTH - 1)}🚢 boat 🚢${'y'.repeat(CONTEXT_LENGTH - 1)}`;
    const boat = text.indexOf('boat');
    // Start and end fall inside the two emoji.
    const target = describeTextRange(text, boat - 2, boat + 7);
    expect(target.quote.exact).toBe('🚢 boat 🚢');
    // The prefix window would start inside nothing here, but the suffix window must not end inside one.
    const inside = describeTextRange(text, boat, boat + 4);
    expect(inside.quote.prefix.endsWith('🚢 ')).toBe(true);
    expect([...inside.quote.prefix].every((ch) => ch.length === 1 || ch === '🚢')).toBe(true);
  });

  it('drops a half emoji at the far edge of the context', () => {
    const text = `🚢${'a'.repeat(CONTEXT_LENGTH - 1)}quote`;
    const q = text.indexOf('quote');
    const target = describeTextRange(text, q, q + 5);
    // CONTEXT_LENGTH characters back lands between the emoji's two halves: the half is left out.
    expect(target.quote.prefix).toBe('a'.repeat(CONTEXT_LENGTH - 1));
  });

  it('counts the astral characters before the quote, for code-point offsets', () => {
    const text = 'Ferry 🚢 and wave 🌊, then the quote; after it 🚢.';
    const at = text.indexOf('the quote');
    const target = describeTextRange(text, at, at + 9);
    expect(target.astralBefore).toBe(2);
    expect([...text.slice(0, at)].length).toBe(at - 2);
    expect(describeTextRange(text, 0, 5).astralBefore).toBe(0);
  });

  it('keeps combining marks with their letter', () => {
    const text = 'Councillor Ine\u0300s Dufour spoke.';
    const e = text.indexOf('\u0300'); // just before the accent
    expect(describeTextRange(text, 11, e).quote.exact).toBe('Ine\u0300');
    const s = e; // starting on the accent takes the letter too
    expect(describeTextRange(text, s, s + 2).quote.exact).toBe('e\u0300s');
  });
});
