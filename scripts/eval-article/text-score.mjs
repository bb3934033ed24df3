// Scores a region's text against the gold article text as word tokens: NFKC, lower case, runs of letters
// and digits, leftover entities ("&nbsp;") dropped. Gold and region are compared in order (longest common
// subsequence of tokens), not as bags of words, so that a word of the menu does not stand in for the same
// word missing from the story.

export function tokens(text) {
  return (
    text
      .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Length of the longest common subsequence of two token lists (two rows of the usual table). */
export function lcsLength(a, b) {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ids = new Map();
  const id = (t) => ids.get(t) ?? (ids.set(t, ids.size), ids.size - 1);
  const x = Int32Array.from(a.slice(start, endA), id);
  const y = Int32Array.from(b.slice(start, endB), id);
  let prev = new Int32Array(y.length + 1);
  let row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    const xi = x[i - 1];
    for (let j = 1; j <= y.length; j++) {
      row[j] = xi === y[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], row[j - 1]);
    }
    [prev, row] = [row, prev];
  }
  return start + (a.length - endA) + prev[y.length];
}

/** Recall: share of the gold's tokens the region covers; spill: share of the region's tokens outside it. */
export function score(goldTokens, text) {
  const region = tokens(text);
  const common = lcsLength(goldTokens, region);
  return {
    recall: goldTokens.length ? common / goldTokens.length : 0,
    spill: region.length ? (region.length - common) / region.length : 0,
    tokens: region.length,
  };
}

export function median(xs) {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
