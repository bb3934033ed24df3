/**
 * This module is the analysis entry point: text in, attributions out. First version: a simple cue detector
 * (a reporting verb or "according to" in a sentence; the source before it, the content after). The full
 * engine replaces it behind the same `analyze` signature.
 */
import type { Analysis, Attribution } from '../model/attribution';
import type { Span } from '../model/span';

const CUE =
  /\b(?:said|says|told reporters|reported|stated|claimed|claim|announced|added|denied|deny|rejected|dismissed|according to)\b/g;
const DENIAL = /^(?:denied|deny|rejected|dismissed)$/;

export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  const re = /[^.!?\n]+(?:[.!?]+["”’]?|\n|$)/g;
  for (const m of text.matchAll(re)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) sentences.push([start, end]);
  }
  return sentences;
}

export function analyze(text: string): Analysis {
  const sentences = splitSentences(text);
  const attributions: Attribution[] = [];
  for (const [start, end] of sentences) {
    const sentence = text.slice(start, end);
    const cue = [...sentence.matchAll(CUE)][0];
    if (!cue) continue;
    const cueStart = start + cue.index;
    const cueEnd = cueStart + cue[0].length;
    const before = text.slice(start, cueStart).replace(/[\s,]+$/, '');
    const source: Span[] = before ? [[start, start + before.length]] : [];
    const content: Span[] = cueEnd < end ? [[cueEnd + 1, end]] : [];
    attributions.push({
      source,
      cue: [[cueStart, cueEnd]],
      content,
      stance: DENIAL.test(cue[0]) ? 'deny' : 'assert',
      sourceName: before.split(/\s+/).slice(-3).join(' '),
      sourceKind: 'named',
      confidence: 0.5,
    });
  }
  return { sentences, attributions };
}
