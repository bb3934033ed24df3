/**
 * This module reads JSON text and, when it is broken, says where (line and column) and what is wrong in
 * plain words, the same in every browser. When the only faults are trailing commas (a common slip, and
 * one in many hand-written samples), it also reads the file past them so the rest can be checked.
 */
import { MAX_JSON_DEPTH } from './limits';
import { messageOf } from '../messaging/result';

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type JsonText =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      readonly error: JsonSyntaxError;
      /** The value read as if the trailing commas were not there, when those were the only faults. */
      readonly lenient: { readonly value: unknown } | null;
    };

interface Fault {
  readonly offset: number;
  readonly message: string;
}

interface ScanResult {
  readonly fault: Fault | null;
  /** Offsets of the trailing commas skipped (only when they are allowed). */
  readonly trailingCommas: readonly number[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(text: string, offset: number): string {
  const char = text.codePointAt(offset);
  if (char === undefined) return 'the end of the text';
  if (char < 0x20 || char === 0x7f) return `the control character U+${char.toString(16).padStart(4, '0')}`;
  return `"${String.fromCodePoint(char)}"`;
}

/** The offset after the string starting at `start` (a quote), or a fault. */
function scanString(text: string, start: number): number | Fault {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      return {
        offset: i,
        message: 'a line break or other control character inside a string (write \\n, \\t …)',
      };
    }
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'a \\u escape needs four hexadecimal digits' };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: i, message: `an unknown escape \\${next ?? ''} inside a string` };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: start, message: 'a string that is never closed (a missing ")' };
}

/** Finds the first syntax fault, iteratively (no recursion, so deep nesting cannot overflow the stack). */
function scan(text: string, allowTrailingCommas: boolean): ScanResult {
  const stack: string[] = [];
  const trailingCommas: number[] = [];
  type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
  let expect: Expect = 'value';
  let lastComma = -1;
  let i = 0;
  const fault = (offset: number, message: string): ScanResult => ({
    fault: { offset, message },
    trailingCommas,
  });
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) {
      if (expect === 'end') return { fault: null, trailingCommas };
      const open = stack.at(-1);
      const unclosed = open ? ` (an ${open === '[' ? 'array "[" is' : 'object "{" is'} never closed)` : '';
      return fault(i, `the text ends where more JSON should follow${unclosed}`);
    }
    const c = text.charAt(i);
    const closer = stack.at(-1) === '[' ? ']' : '}';
    switch (expect) {
      case 'end':
        return fault(i, `${describeChar(text, i)} after the end of the JSON value`);
      case 'colon':
        if (c !== ':') return fault(i, `${describeChar(text, i)} where a colon ":" should follow the name`);
        i++;
        expect = 'value';
        continue;
      case 'comma-or-close':
        if (c === ',') {
          lastComma = i++;
          expect = stack.at(-1) === '[' ? 'value' : 'key';
          continue;
        }
        if (c === closer) {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        return fault(i, `${describeChar(text, i)} where a comma or "${closer}" should come`);
      case 'key':
      case 'key-or-close':
        if (c === '}' && expect === 'key') {
          if (!allowTrailingCommas) {
            return fault(lastComma, 'a comma before "}": JSON allows no comma after the last property');
          }
          trailingCommas.push(lastComma);
        }
        if (c === '}') {
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c !== '"')
          return fault(i, `${describeChar(text, i)} where a property name in double quotes should be`);
        {
          const end = scanString(text, i);
          if (typeof end !== 'number') return { fault: end, trailingCommas };
          i = end;
        }
        expect = 'colon';
        continue;
      case 'value':
      case 'value-or-close': {
        if (c === ']' && (expect === 'value-or-close' || stack.at(-1) === '[')) {
          if (expect === 'value') {
            if (!allowTrailingCommas) {
              return fault(lastComma, 'a comma before "]": JSON allows no comma after the last item');
            }
            trailingCommas.push(lastComma);
          }
          stack.pop();
          i++;
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          if (stack.length >= MAX_JSON_DEPTH * 4) return fault(i, 'values nested too deeply');
          stack.push(c);
          i++;
          expect = c === '{' ? 'key-or-close' : 'value-or-close';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return { fault: end, trailingCommas };
          i = end;
          expect = afterValue();
          continue;
        }
        const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
        if (literal) {
          i += literal.length;
          expect = afterValue();
          continue;
        }
        NUMBER.lastIndex = i;
        if ((c === '-' || (c >= '0' && c <= '9')) && NUMBER.test(text)) {
          i = NUMBER.lastIndex;
          expect = afterValue();
          continue;
        }
        const hint = c === "'" ? ' (JSON strings take double quotes)' : '';
        return fault(i, `${describeChar(text, i)} where a value should be${hint}`);
      }
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJson(text: string): JsonText {
  // A byte order mark is not JSON, but editors on Windows write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (thrown) {
    const { fault } = scan(body, false);
    const located = fault ?? {
      offset: 0,
      message: messageOf(thrown),
    };
    const error = { ...lineAndColumn(body, located.offset), message: located.message };
    return { ok: false, error, lenient: readPastTrailingCommas(body) };
  }
}

function readPastTrailingCommas(body: string): { value: unknown } | null {
  const lenient = scan(body, true);
  if (lenient.fault || lenient.trailingCommas.length === 0) return null;
  let cleaned = '';
  let from = 0;
  for (const comma of lenient.trailingCommas) {
    cleaned += body.slice(from, comma);
    from = comma + 1;
  }
  cleaned += body.slice(from);
  try {
    return { value: JSON.parse(cleaned) };
  } catch {
    return null;
  }
}

export function describeSyntaxError(error: JsonSyntaxError): string {
  return `not valid JSON: line ${error.line}, column ${error.column}: ${error.message}`;
}
