/**
 * The approach of the leading open annotation client (Hypothesis), written here from its description so
 * that the benchmark can run it beside ours on the same cases: the stored position is accepted when the
 * text there equals the quote; otherwise every exact occurrence of the quote, or, when there is none, the
 * approximate matches allowing errors up to half the quote's length (at most 256), are scored on quote
 * (weight 50), prefix (20), suffix (20) and closeness to the stored position (2); the best score wins and
 * there is no floor. It works on the page's text as is (no normalization).
 */
import approxSearch from 'approx-string-match';

export function hypothesisAnchor(text, target) {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (end > start && text.slice(start, end) === exact) return { status: 'anchored', start, end, score: 1 };
  const match = matchQuote(text, exact, { prefix, suffix, hint: start });
  return match
    ? { status: 'anchored', start: match.start, end: match.end, score: match.score }
    : { status: 'orphan', score: 0 };
}

function findMatches(text, pattern, maxErrors) {
  const exact = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : approxSearch(text, pattern, maxErrors);
}

/** Similarity 0–1 of `pattern` to its best match within `text`. */
function similarity(text, pattern) {
  if (pattern.length === 0 || text.length === 0) return 0;
  const found = findMatches(text, pattern, pattern.length);
  return found.length > 0 ? 1 - found[0].errors / pattern.length : 0;
}

function matchQuote(text, quote, { prefix, suffix, hint }) {
  if (quote.length === 0) return null;
  const matches = findMatches(text, quote, Math.min(256, quote.length / 2));
  let best = null;
  for (const m of matches) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const posScore = 1 - Math.abs(m.start - hint) / text.length;
    const score = (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
