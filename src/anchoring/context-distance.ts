/**
 * This module measures how well the text around a candidate match agrees with the stored context. The
 * distance is anchored at the quote's edge and free at the far end, so a context that is intact next to the
 * quote and changed further away scores better than one changed right next to it. One pass gives the
 * distance for every length of context, which lets the caller weigh the part inside the quote's own
 * paragraph apart from the part beyond a block break.
 */

/**
 * `result[i]` is the edit distance between the first `i` characters of `context`, read away from the quote,
 * and the best-matching run of `text` read the same way from `at`. For `side === 'before'` the context is
 * a prefix (read right to left from its end); for `'after'`, a suffix (read left to right).
 */
export function contextDistances(
  context: string,
  text: string,
  at: number,
  side: 'before' | 'after',
): Int32Array {
  const m = context.length;
  const result = new Int32Array(m + 1);
  if (m === 0) return result;
  const available = side === 'before' ? at : text.length - at;
  const width = Math.min(available, m + Math.max(8, m >> 2));
  // Both strings read away from the quote, as code arrays: the inner loop runs m × width times.
  const pat = new Uint16Array(m);
  for (let i = 0; i < m; i++) pat[i] = context.charCodeAt(side === 'before' ? m - 1 - i : i);
  const txt = new Uint16Array(width);
  for (let j = 0; j < width; j++) txt[j] = text.charCodeAt(side === 'before' ? at - 1 - j : at + j);

  // Fast path: the context is there verbatim.
  let same = 0;
  while (same < m && same < width && pat[same] === txt[same]) same++;
  if (same === m) return result;

  let prev = new Int32Array(width + 1);
  let row = new Int32Array(width + 1);
  for (let j = 0; j <= width; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    row[0] = i;
    let best = i;
    const p = pat[i - 1];
    let left = i;
    for (let j = 1; j <= width; j++) {
      const diagonal = (prev[j - 1] ?? 0) + (p === txt[j - 1] ? 0 : 1);
      const up = (prev[j] ?? 0) + 1;
      let value = left + 1;
      if (diagonal < value) value = diagonal;
      if (up < value) value = up;
      row[j] = value;
      left = value;
      if (value < best) best = value;
    }
    result[i] = best;
    const swap = prev;
    prev = row;
    row = swap;
  }
  return result;
}
