/**
 * The edits a page undergoes between two visits, applied to the page's text around one annotated sentence
 * `[start, end)`. Each returns the edited text and where the annotated sentence now is (for "rewritten",
 * where its replacement is). All randomness comes from the `rng` passed in, so runs are reproducible.
 */
import { blockAround, sentencesIn } from './pages.mjs';

/** mulberry32: a small seeded generator. */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
}

export function hashSeed(...parts) {
  let h = 2166136261;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * Applies `{ at, remove, insert }` edits (non-overlapping) and moves the span `[start, end)` along: text
 * inserted exactly at the span's start goes before it, text inserted exactly at its end goes after it.
 */
function applyEdits(text, start, end, edits) {
  let out = text;
  let s = start;
  let e = end;
  for (const { at, remove, insert } of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, at) + insert + out.slice(at + remove);
    const delta = insert.length - remove;
    if (s >= at + remove) s += delta;
    else if (s > at) s = at + insert.length;
    if (e >= at + remove && e > at) e += delta;
    else if (e > at) e = at;
  }
  return { text: out, start: s, end: Math.max(s, e) };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function typoFix({ text, start, end, rng }) {
  let sentence = text.slice(start, end);
  const count = 1 + rng.int(3);
  for (let k = 0; k < count; k++) {
    const letters = [...sentence.matchAll(/[a-z]/gi)].map((m) => m.index);
    const i = rng.pick(letters);
    if (i === undefined) break;
    const op = rng.int(4);
    if (op === 0) {
      let c = rng.pick([...LETTERS]);
      if (c === sentence[i].toLowerCase()) c = c === 'e' ? 'a' : 'e';
      sentence = sentence.slice(0, i) + c + sentence.slice(i + 1);
    } else if (op === 1) sentence = sentence.slice(0, i) + sentence.slice(i + 1);
    else if (op === 2) sentence = sentence.slice(0, i + 1) + rng.pick([...LETTERS]) + sentence.slice(i + 1);
    else if (/[a-z]/i.test(sentence[i + 1] ?? '') && sentence[i + 1] !== sentence[i]) {
      sentence = sentence.slice(0, i) + sentence[i + 1] + sentence[i] + sentence.slice(i + 2);
    } else sentence = sentence.slice(0, i) + sentence.slice(i + 1);
  }
  return { text: text.slice(0, start) + sentence + text.slice(end), start, end: start + sentence.length };
}

function sentenceInserted({ text, start, end, rng, pool }) {
  const inserted = rng.pick(pool);
  if (rng.next() < 0.5)
    return applyEdits(text, start, end, [{ at: start, remove: 0, insert: `${inserted} ` }]);
  return applyEdits(text, start, end, [{ at: end, remove: 0, insert: ` ${inserted}` }]);
}

function sentenceRemoved({ text, start, end, rng }) {
  const [bs, be] = blockAround(text, start, end);
  const others = sentencesIn(text, bs, be);
  const before = others.filter(([, e]) => e <= start).pop();
  const after = others.find(([s]) => s >= end);
  const choices = [before && 'before', after && 'after'].filter(Boolean);
  if (choices.length > 0) {
    const side = rng.pick(choices);
    const [s, e] = side === 'before' ? before : after;
    // Take the space that separated it from the annotated sentence along.
    const edit =
      side === 'before'
        ? { at: s, remove: e + 1 - s, insert: '' }
        : { at: s - 1, remove: e + 1 - s, insert: '' };
    return applyEdits(text, start, end, [edit]);
  }
  // A paragraph of one sentence: remove the nearest sentence of the previous (or next) paragraph.
  if (bs > 0) {
    const [ps, pe] = blockAround(text, bs - 1, bs - 1);
    const spans = sentencesIn(text, ps, pe);
    const [s, e] = spans[spans.length - 1] ?? [ps, pe];
    const edit =
      spans.length <= 1
        ? { at: ps, remove: pe + 1 - ps, insert: '' }
        : { at: s - 1, remove: e + 1 - s, insert: '' };
    return applyEdits(text, start, end, [edit]);
  }
  if (be < text.length) {
    const [ns, ne] = blockAround(text, be + 1, be + 1);
    const spans = sentencesIn(text, ns, ne);
    const [s, e] = spans[0] ?? [ns, ne];
    const edit =
      spans.length <= 1
        ? { at: ns - 1, remove: ne + 1 - ns, insert: '' }
        : { at: s, remove: e + 1 - s, insert: '' };
    return applyEdits(text, start, end, [edit]);
  }
  return { text, start, end };
}

/** White space a reader does not see changing: no-break and zero-width spaces, a space gained or lost. */
function whitespace({ text, start, end, rng }) {
  const from = Math.max(0, start - 80);
  const to = Math.min(text.length, end + 80);
  const edits = [];
  const used = new Set();
  const count = 3 + rng.int(4);
  for (let k = 0; k < count * 4 && edits.length < count; k++) {
    const at = from + rng.int(to - from);
    if (used.has(at) || used.has(at - 1) || used.has(at + 1)) continue;
    const c = text[at];
    const op = rng.int(4);
    if (op === 0 && c === ' ') edits.push({ at, remove: 1, insert: '\u00a0' });
    else if (op === 1 && /[a-z]/i.test(c) && /[a-z]/i.test(text[at + 1] ?? ''))
      edits.push({ at: at + 1, remove: 0, insert: '\u200b' });
    else if (op === 2 && /[,.;:!?]/.test(c) && text[at - 1] !== ' ')
      edits.push({ at, remove: 0, insert: ' ' });
    else if (op === 3 && c === ' ' && /[,.;:]/.test(text[at - 1] ?? ''))
      edits.push({ at, remove: 1, insert: '' });
    else continue;
    used.add(at);
  }
  return applyEdits(text, start, end, edits);
}

/** The whole page switches quote style: straight quotes become curly, curly ones straight. */
function quoteStyle({ text, start, end }) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const opening = i === 0 || /[\s([{\u2014-]/.test(text[i - 1]);
    if (c === '"') out += opening ? '\u201c' : '\u201d';
    else if (c === "'") out += opening ? '\u2018' : '\u2019';
    else if (c === '\u201c' || c === '\u201d') out += '"';
    else if (c === '\u2018' || c === '\u2019') out += "'";
    else out += c;
  }
  return { text: out, start, end };
}

/** The annotated paragraph swaps places with another paragraph up to three away. */
function paragraphsReordered({ text, start, end, rng }) {
  const blocks = [];
  let at = 0;
  for (const block of text.split('\n')) {
    blocks.push({ start: at, text: block });
    at += block.length + 1;
  }
  const b = blocks.findIndex((blk) => blk.start <= start && start <= blk.start + blk.text.length);
  const choices = [];
  for (let d = -3; d <= 3; d++) {
    const c = b + d;
    // Swapping two identical blocks changes nothing: the annotated block would not have moved.
    if (
      d !== 0 &&
      c >= 0 &&
      c < blocks.length &&
      blocks[c].text.trim().length > 0 &&
      blocks[c].text !== blocks[b].text
    ) {
      choices.push(c);
    }
  }
  if (b < 0 || choices.length === 0) return { text, start, end };
  const c = rng.pick(choices);
  const order = blocks.map((_, i) => (i === b ? c : i === c ? b : i));
  let offset = 0;
  let newStart = 0;
  const parts = [];
  for (const i of order) {
    if (i === b) newStart = offset;
    parts.push(blocks[i].text);
    offset += blocks[i].text.length + 1;
  }
  const shift = newStart - blocks[b].start;
  return { text: parts.join('\n'), start: start + shift, end: end + shift };
}

/** A copy of the annotated paragraph, with one to three words changed, is placed before it. */
function nearDuplicate({ text, start, end, rng, vocabulary }) {
  const [bs, be] = blockAround(text, start, end);
  let copy = text.slice(bs, be);
  const words = [...copy.matchAll(/[A-Za-z]{3,}/g)];
  const count = Math.min(words.length, 1 + rng.int(3));
  const chosen = new Set();
  while (chosen.size < count) chosen.add(rng.int(words.length));
  for (const i of [...chosen].sort((x, y) => y - x)) {
    const word = words[i];
    let replacement = rng.pick(vocabulary);
    if (replacement === word[0].toLowerCase()) replacement = rng.pick(vocabulary);
    if (/^[A-Z]/.test(word[0])) replacement = replacement[0].toUpperCase() + replacement.slice(1);
    copy = copy.slice(0, word.index) + replacement + copy.slice(word.index + word[0].length);
  }
  return applyEdits(text, start, end, [{ at: bs, remove: 0, insert: `${copy}\n` }]);
}

/** The sentence is replaced by one of as many words, nearly all different (one in seven kept in place). */
function rewritten({ text, start, end, rng, vocabulary }) {
  const words = text.slice(start, end).split(' ');
  const out = words.map((w) => (rng.next() < 1 / 7 ? w : rng.pick(vocabulary)));
  let sentence = out.join(' ').replace(/[.!?]*$/, '.');
  sentence = sentence[0].toUpperCase() + sentence.slice(1);
  return { text: text.slice(0, start) + sentence + text.slice(end), start, end: start + sentence.length };
}

export const EDITS = [
  ['typo fixes', typoFix],
  ['sentence inserted nearby', sentenceInserted],
  ['sentence removed nearby', sentenceRemoved],
  ['whitespace changes', whitespace],
  ['quote style changed', quoteStyle],
  ['paragraphs reordered', paragraphsReordered],
  ['near-duplicate paragraph before', nearDuplicate],
  ['sentence rewritten', rewritten],
];

/** Edit types after which the annotated text no longer exists: anchoring anywhere is wrong. */
export const GONE = new Set(['sentence rewritten']);
