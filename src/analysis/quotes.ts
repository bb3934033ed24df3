/**
 * This module pairs quotation marks into quotes ("runs") and tracks quotes that run over several sentences
 * and paragraphs. Every style is read: “ ” ‘ ’ « » „ “ ‹ › and the typewriter forms " '' `` and '. Straight
 * marks are opened or closed from the spacing around them, and from whether a quote is open. A closing ’
 * after a letter is an apostrophe unless a single quote is open ("the voters’ choice").
 *
 * News continues a long quote into the next paragraph by opening it again without closing it first; such
 * a quote is one run that spans the paragraphs. An unclosed quote otherwise ends with its paragraph.
 */
import { Flag, Kind, type Tokens } from './tokens';

export interface Quotes {
  /** Innermost double (or primary) quote run containing each token, -1 for none; marks belong to their run. */
  readonly runOf: Int32Array;
  /** Run r starts at token open[r] (its opening mark) and ends at token close[r] (its closing mark, inclusive). */
  readonly open: number[];
  readonly close: number[];
  /** Whether the closing end of run r is a real mark (false: the run stops at the end of its paragraph). */
  readonly closed: boolean[];
}

const OPENING = new Set(['“', '«', '„', '‹', '``', '‘']);
const CLOSING = new Set(['”', '»', '›', '’']);
const SINGLE = new Set(['‘', '’', "'", '‹', '›']);

type Role = 'open' | 'close' | 'either' | 'none';

function roleOf(tokens: Tokens, i: number): Role {
  const mark = tokens.lower[i] ?? '';
  const f = tokens.flags[i] ?? 0;
  const before = (f & Flag.SpaceBefore) !== 0;
  const after = (f & Flag.SpaceAfter) !== 0;
  const next = tokens.text.charCodeAt(tokens.end[i] ?? 0);
  const nextIsPunct = next === 44 || next === 46 || next === 59 || next === 58 || next === 63 || next === 33;
  if (mark === '“' && !before && (after || nextIsPunct)) return 'close'; // „German“ closing
  if (OPENING.has(mark)) return 'open';
  if (CLOSING.has(mark)) return 'close';
  // Straight marks: spacing decides, or the state of the quote when spacing is symmetric.
  if (before && !after) return 'open';
  if (!before && (after || nextIsPunct)) return 'close';
  return 'either';
}

export function findQuotes(tokens: Tokens): Quotes {
  const n = tokens.count;
  const runOf = new Int32Array(n).fill(-1);
  const q: Quotes = { runOf, open: [], close: [], closed: [] };
  let openD = -1; // opening token of the open double-quote run
  let openS = -1; // opening token of an open single-quote run outside any double quote
  let paraStart = 0; // first token of the current paragraph
  let newPara = false;
  let last = -1; // last non-break token seen
  const endRun = (closeTok: number, real: boolean): void => {
    q.open.push(openD);
    q.close.push(closeTok);
    q.closed.push(real);
    openD = -1;
  };
  for (let i = 0; i < n; i++) {
    if (tokens.kind[i] === Kind.Break) {
      newPara = true;
      continue;
    }
    if (newPara) {
      // An open quote ends with its paragraph; when the next paragraph opens with a quote mark, the new run
      // continues it (see continuesInto).
      if (openD >= 0) endRun(last, false);
      openS = -1;
      paraStart = i;
      newPara = false;
    }
    last = i;
    if (tokens.kind[i] !== Kind.Quote) continue;
    const mark = tokens.lower[i] ?? '';
    const role = roleOf(tokens, i);
    if (SINGLE.has(mark)) {
      if (openD >= 0) continue; // a nested quote belongs to the enclosing run
      if (role === 'open' && isLetterAfter(tokens, i)) openS = i;
      else if (role !== 'open' && openS >= 0) {
        openD = openS;
        endRun(i, true);
        openS = -1;
      }
      continue;
    }
    if (role === 'open' || (role === 'either' && openD < 0)) {
      if (openD >= 0) endRun(i - 1, false);
      openD = i;
    } else if (openD >= 0) {
      endRun(i, true);
    } else {
      // A closing mark with nothing open: the quote began at the start of the paragraph.
      openD = paraStart;
      endRun(i, true);
    }
  }
  if (openD >= 0) endRun(last, false);
  for (let r = 0; r < q.open.length; r++) {
    const a = q.open[r] ?? 0;
    const b = q.close[r] ?? -1;
    for (let i = a; i <= b; i++) if ((runOf[i] ?? -1) < 0) runOf[i] = r;
  }
  return q;
}

function isLetterAfter(tokens: Tokens, i: number): boolean {
  return tokens.kind[i + 1] === Kind.Word || tokens.kind[i + 1] === Kind.Number;
}

/** Whether run r is continued by run r + 1 in the next paragraph (a multi-paragraph quote). */
export function continuesInto(q: Quotes, r: number, tokens: Tokens): boolean {
  if (q.closed[r] !== false || r + 1 >= q.open.length) return false;
  const end = q.close[r] ?? 0;
  const nextOpen = q.open[r + 1] ?? 0;
  for (let i = end + 1; i < nextOpen; i++) if (tokens.kind[i] !== Kind.Break) return false;
  return true;
}
