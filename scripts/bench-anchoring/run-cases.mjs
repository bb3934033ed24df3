/**
 * Runs the benchmark's cases on one page: annotations on random sentences (seeded), each edit type applied
 * around each, both approaches anchoring on the edited text, outcomes classified and timed.
 */
import { createRng, EDITS, GONE, hashSeed } from './edits.mjs';
import { hypothesisAnchor } from './hypothesis.mjs';

export const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];

const overlapsHalf = (a, b) => {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap >= 0.5 * (a.end - a.start) && overlap >= 0.5 * (b.end - b.start);
};

/**
 * Where the annotated text is after the edit, and its twins: the same offsets within another paragraph
 * identical to the annotated one (text cannot tell identical paragraphs apart).
 */
function truthSpans(text, truth) {
  const spans = [truth];
  const blockStart = text.lastIndexOf('\n', truth.start - 1) + 1;
  const next = text.indexOf('\n', truth.end);
  const block = text.slice(blockStart, next === -1 ? text.length : next);
  for (let at = text.indexOf(block); at !== -1 && block.length > 0; at = text.indexOf(block, at + 1)) {
    const whole =
      (at === 0 || text[at - 1] === '\n') &&
      (at + block.length === text.length || text[at + block.length] === '\n');
    if (whole && at !== blockStart) {
      spans.push({ start: at + truth.start - blockStart, end: at + truth.end - blockStart });
    }
  }
  return spans;
}

export function classify(result, text, truth, gone) {
  if (result.status === 'orphan') return 'orphan';
  if (result.status === 'needs-review') return 'review';
  if (gone) return 'wrong';
  return truthSpans(text, truth).some((t) => overlapsHalf(result, t)) ? 'correct' : 'wrong';
}

export function createTotals() {
  const blank = () => ({ correct: 0, wrong: 0, review: 0, orphan: 0, ms: [], cases: 0 });
  const totals = { ours: new Map(), hypothesis: new Map(), prepareMs: [], wrong: [], explained: [] };
  for (const [edit] of EDITS) {
    totals.ours.set(edit, blank());
    totals.hypothesis.set(edit, blank());
  }
  return totals;
}

/**
 * `page`: { name, text, sentences: [{ sentence, occurrences }] }; `ours`: { describeTextRange,
 * createPrepared, anchorPrepared }; `collectGarbage`: optional, run before the timed calls. Adds to
 * `totals`.
 */
export function runCases({ page, count, seed, reps, pool, vocabulary, ours, totals, collectGarbage }) {
  const timed = (fn) => {
    const times = [];
    let result;
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      result = fn();
      times.push(performance.now() - t0);
    }
    return { result, ms: median(times) };
  };
  const rng = createRng(hashSeed(seed, page.name));
  for (let i = 0; i < count; i++) {
    const { sentence, occurrences } = rng.pick(page.sentences);
    const start = rng.pick(occurrences);
    const end = start + sentence.length;
    const target = ours.describeTextRange(page.text, start, end);
    for (const [edit, apply] of EDITS) {
      const editRng = createRng(hashSeed(seed, page.name, i, edit));
      const edited = apply({ text: page.text, start, end, rng: editRng, pool, vocabulary });
      const truth = { start: edited.start, end: edited.end };
      const gone = GONE.has(edit);
      // The page's text is prepared once for all its annotations; timed apart.
      const prepared = timed(() => {
        const p = ours.createPrepared(edited.text);
        p.grams();
        return p;
      });
      totals.prepareMs.push(prepared.ms);
      // On the long page each case leaves tens of megabytes behind; collect them before timing, so that
      // a collection does not land inside one anchoring and pass for its cost.
      collectGarbage?.();
      const runs = {
        ours: timed(() => ours.anchorPrepared(prepared.result, target)),
        hypothesis: timed(() => hypothesisAnchor(edited.text, target)),
      };
      const outcomes = {};
      for (const who of ['ours', 'hypothesis']) {
        const row = totals[who].get(edit);
        const outcome = classify(runs[who].result, edited.text, truth, gone);
        outcomes[who] = outcome;
        row[outcome]++;
        row.cases++;
        row.ms.push(runs[who].ms);
      }
      const where = { page: page.name, i, edit, truth, quote: target.quote.exact.slice(0, 80) };
      if (outcomes.ours === 'wrong') totals.wrong.push({ ...where, result: runs.ours.result });
      if (outcomes.ours !== 'correct' && outcomes.hypothesis === 'correct') {
        totals.explained.push({ ...where, result: runs.ours.result });
      }
    }
  }
}
