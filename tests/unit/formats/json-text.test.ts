import { describe, expect, it } from 'vitest';
import { describeSyntaxError, parseJson } from '../../../src/formats/json-text';

function errorOf(text: string): string {
  const parsed = parseJson(text);
  return parsed.ok ? 'ok' : describeSyntaxError(parsed.error);
}

describe('reading JSON text', () => {
  it('reads valid JSON, with or without a byte order mark', () => {
    expect(parseJson('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
    expect(parseJson('\uFEFF[true]')).toEqual({ ok: true, value: [true] });
  });

  it('says on which line and column broken JSON breaks, and how', () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toBe(
      'not valid JSON: line 3, column 3: """ where a comma or "}" should come',
    );
    expect(errorOf("{'a': 1}")).toBe(
      'not valid JSON: line 1, column 2: "\'" where a property name in double quotes should be',
    );
    expect(errorOf('{"a": 1')).toMatch(
      /line 1, column 8: the text ends where more JSON should follow \(an object "\{" is never closed\)/,
    );
    expect(errorOf('{"a": "two\nlines"}')).toMatch(
      /line 1, column 11: a line break or other control character inside a string/,
    );
    expect(errorOf('[1] [2]')).toMatch(/line 1, column 5: "\[" after the end of the JSON value/);
    expect(errorOf('this is not json')).toBe('not valid JSON: line 1, column 1: "t" where a value should be');
  });

  it('reads past trailing commas to check the rest, but still calls the file broken', () => {
    const parsed = parseJson('{\n  "a": [1, 2,],\n  "b": "x",\n}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(describeSyntaxError(parsed.error)).toBe(
      'not valid JSON: line 2, column 13: a comma before "]": JSON allows no comma after the last item',
    );
    expect(parsed.lenient).toEqual({ value: { a: [1, 2], b: 'x' } });
    // Any other fault means nothing is read past it.
    const other = parseJson('{"a": [1,], "b": x}');
    expect(!other.ok && other.lenient).toBeNull();
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    expect(errorOf('['.repeat(100_000))).toMatch(/values nested too deeply/);
  });
});
