import { describe, expect, it } from 'vitest';
import {
  astralCount,
  codePointLength,
  hasKnownPosition,
  positionFromCodePoints,
  positionInCodePoints,
  toCodePointOffset,
  toUtf16Offset,
} from '../../../src/formats/code-points';

const text = 'a🙂b 𝔘c'; // a, U+1F642 (2 units), b, space, U+1D518 (2 units), c

describe('offsets in UTF-16 units and in code points', () => {
  it('count characters outside the Basic Multilingual Plane once', () => {
    expect(text.length).toBe(8);
    expect(codePointLength(text)).toBe(6);
    expect(astralCount(text)).toBe(2);
    expect(toCodePointOffset(text, 3)).toBe(2); // before "b"
    expect(toUtf16Offset(text, 2)).toBe(3);
    expect(toUtf16Offset(text, 5)).toBe(7); // before "c"
    expect(toUtf16Offset(text, 99)).toBe(8);
  });

  it('convert every offset both ways and back', () => {
    for (let cp = 0; cp <= codePointLength(text); cp++)
      expect(toCodePointOffset(text, toUtf16Offset(text, cp))).toBe(cp);
  });

  it('convert a stored position without the page text, from the quote and the astral count before it', () => {
    const page = '🚢🚢 Port: 🙂 open';
    const start = page.indexOf('🙂');
    const target = {
      quote: { type: 'TextQuoteSelector' as const, exact: '🙂 open', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector' as const, start, end: page.length },
      astralBefore: astralCount(page, start),
    };
    const inCodePoints = positionInCodePoints(target);
    expect(inCodePoints).toEqual({ start: toCodePointOffset(page, start), end: codePointLength(page) });
    expect(positionFromCodePoints(inCodePoints, target.quote.exact, target.astralBefore)).toEqual(
      target.position,
    );
  });

  it('know an empty range before a quote as "position unknown"', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'x', prefix: '', suffix: '' };
    expect(hasKnownPosition({ quote, position: { type: 'TextPositionSelector', start: 0, end: 0 } })).toBe(
      false,
    );
    expect(hasKnownPosition({ quote, position: { type: 'TextPositionSelector', start: 4, end: 5 } })).toBe(
      true,
    );
  });
});
