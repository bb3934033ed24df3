/**
 * npm run bench:anchoring — how well saved annotations are found again after a news page changes.
 *
 * On the news pages of ../shared/corpus/pages (not wikipedia, medium-1, lemonde-1), 200 annotations per
 * page are placed on random article sentences (seeded, reproducible) and described with our
 * describeTextRange. Each edit type is applied around each annotation, then the annotation is anchored on
 * the edited text by ours (src/anchoring) and by the approach of Hypothesis (scripts/bench-anchoring/
 * hypothesis.mjs). Outcomes:
 *   correct       anchored, and the anchored span and the annotated sentence's span in the edited text
 *                 overlap by at least half of each (or the same span of a paragraph identical to the
 *                 annotated one: text cannot tell identical paragraphs apart);
 *   wrong         anchored anywhere else — and, after "sentence rewritten" (the annotated text is gone),
 *                 anchored at all;
 *   needs review  ours only: a best guess, not painted;
 *   orphan        not found.
 * Time: each anchoring is timed --reps times and the median kept; the table gives the median over cases.
 * Ours prepares each page text once (normalization and piece index, shared by all annotations on a page):
 * that is timed apart and shown amortized over the page's annotations.
 *
 * Options: --per-page N (200) --seed S (1) --reps R (3) --pages a,b --article (page text = the article
 * alone) --long (also a 1.6 MB page made of the corpus's PolNeAR articles, for speed) --json
 * --explain (list the cases where ours is not correct and Hypothesis is)
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { createRng, EDITS, GONE, hashSeed } from './bench-anchoring/edits.mjs';
import { hypothesisAnchor } from './bench-anchoring/hypothesis.mjs';
import { loadPage } from './bench-anchoring/pages.mjs';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const pagesDir = join(shared, 'corpus/pages');
const EXCLUDED = new Set(['wikipedia', 'medium-1', 'lemonde-1']);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const perPage = Number(option('per-page', 200));
const seed = Number(option('seed', 1));
const reps = Math.max(1, Number(option('reps', 3)));
const articleOnly = args.includes('--article');
const asJson = args.includes('--json');
const explain = args.includes('--explain');
const explained = [];

if (!existsSync(pagesDir)) {
  console.error(
    `bench:anchoring: ${pagesDir} is absent. The benchmark reads the shared corpus from ../shared`,
  );
  console.error('relative to the repository root; nothing was measured.');
  process.exit(1);
}

const { buildTextIndex } = await import('../src/anchoring/dom/text-index.ts');
const { describeTextRange } = await import('../src/anchoring/describe.ts');
const { anchorPrepared } = await import('../src/anchoring/anchor.ts');
const { createPrepared } = await import('../src/anchoring/prepared-text.ts');

const { readdirSync } = await import('node:fs');
const wanted = option('pages', null)?.split(',');
const names = readdirSync(pagesDir)
  .filter((n) => !EXCLUDED.has(n) && existsSync(join(pagesDir, n, 'source.html')))
  .filter((n) => !wanted || wanted.includes(n))
  .sort();

const pages = [];
for (const name of names) pages.push(await loadPage(pagesDir, name, buildTextIndex, articleOnly));
const vocabulary = [...new Set(pages.flatMap((p) => p.article.toLowerCase().match(/[a-z]{3,12}/g) ?? []))];

const median = (values) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
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
    if (whole && at !== blockStart)
      spans.push({ start: at + truth.start - blockStart, end: at + truth.end - blockStart });
  }
  return spans;
}

function classify(result, text, truth, gone) {
  if (result.status === 'orphan') return 'orphan';
  if (result.status === 'needs-review') return 'review';
  if (gone) return 'wrong';
  return truthSpans(text, truth).some((t) => overlapsHalf(result, t)) ? 'correct' : 'wrong';
}

const blank = () => ({ correct: 0, wrong: 0, review: 0, orphan: 0, ms: [], cases: 0 });
const totals = { ours: new Map(), hypothesis: new Map() };
for (const [edit] of EDITS) for (const t of Object.values(totals)) t.set(edit, blank());
const prepareMs = [];
const wrongExamples = [];

for (const page of pages) {
  if (page.sentences.length === 0) {
    console.error(`${page.name}: no article sentence found in the page text; skipped`);
    continue;
  }
  const pool = pages.filter((p) => p !== page).flatMap((p) => p.sentences.map((s) => s.sentence));
  const rng = createRng(hashSeed(seed, page.name));
  for (let i = 0; i < perPage; i++) {
    const { sentence, occurrences } = rng.pick(page.sentences);
    const start = rng.pick(occurrences);
    const end = start + sentence.length;
    const target = describeTextRange(page.text, start, end);
    for (const [edit, apply] of EDITS) {
      const editRng = createRng(hashSeed(seed, page.name, i, edit));
      const edited = apply({ text: page.text, start, end, rng: editRng, pool, vocabulary });
      const truth = { start: edited.start, end: edited.end };
      const gone = GONE.has(edit);

      const prep = timed(() => {
        const prepared = createPrepared(edited.text);
        prepared.grams();
        return prepared;
      });
      prepareMs.push(prep.ms);
      const ours = timed(() => anchorPrepared(prep.result, target));
      const theirs = timed(() => hypothesisAnchor(edited.text, target));
      if (explain) {
        const a = classify(ours.result, edited.text, truth, gone);
        const b = classify(theirs.result, edited.text, truth, gone);
        if (a !== 'correct' && b === 'correct')
          explained.push({ page: page.name, i, edit, ours: ours.result, truth });
      }
      for (const [who, run] of [
        ['ours', ours],
        ['hypothesis', theirs],
      ]) {
        const row = totals[who].get(edit);
        const outcome = classify(run.result, edited.text, truth, gone);
        row[outcome]++;
        row.cases++;
        row.ms.push(run.ms);
        if (who === 'ours' && outcome === 'wrong' && wrongExamples.length < 20) {
          wrongExamples.push({
            page: page.name,
            i,
            edit,
            truth,
            result: run.result,
            quote: target.quote.exact.slice(0, 80),
          });
        }
      }
    }
  }
}

const annotationsPerPage = perPage;
const amortized = median(prepareMs) / annotationsPerPage;
const rows = [];
for (const [edit] of EDITS) {
  for (const who of ['ours', 'hypothesis']) {
    const r = totals[who].get(edit);
    rows.push({
      edit,
      approach: who,
      cases: r.cases,
      correct: r.correct,
      wrong: r.wrong,
      needsReview: r.review,
      orphan: r.orphan,
      medianMs: median(r.ms),
      p95Ms: quantile(r.ms, 0.95),
      maxMs: Math.max(...r.ms),
    });
  }
}

if (asJson) {
  console.log(
    JSON.stringify(
      {
        pages: names,
        perPage,
        seed,
        reps,
        articleOnly,
        prepareMedianMs: median(prepareMs),
        rows,
        wrongExamples,
      },
      null,
      2,
    ),
  );
} else {
  const pad = (v, n) => String(v).padStart(n);
  console.log(
    `bench:anchoring — ${pages.length} news pages (${names.join(', ')}), ${perPage} annotations per page, seed ${seed}`,
  );
  console.log(
    `page text: ${articleOnly ? 'article.html' : 'source.html'} through buildTextIndex; median text length ${median(pages.map((p) => p.text.length))} characters`,
  );
  console.log(
    'correct = anchored and overlapping the edited sentence (or its twin in an identical paragraph) by >= 50% of both spans;',
  );
  console.log('after "sentence rewritten" (the annotated text is gone) any anchoring is wrong.\n');
  console.log(
    `${'edit'.padEnd(32)} ${'approach'.padEnd(10)} ${pad('correct', 8)} ${pad('wrong', 6)} ${pad('review', 7)} ${pad('orphan', 7)} ${pad('median ms', 10)} ${pad('p95 ms', 8)} ${pad('max ms', 8)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.edit.padEnd(32)} ${r.approach.padEnd(10)} ${pad(r.correct, 8)} ${pad(r.wrong, 6)} ${pad(r.needsReview, 7)} ${pad(r.orphan, 7)} ${pad(r.medianMs.toFixed(3), 10)} ${pad(r.p95Ms.toFixed(3), 8)} ${pad(r.maxMs.toFixed(2), 8)}`,
    );
  }
  const all = (who) => [...totals[who].values()].flatMap((r) => r.ms);
  console.log(
    `\nmedian per annotation, all edits: ours ${median(all('ours')).toFixed(3)} ms (+ ${amortized.toFixed(4)} ms amortized page preparation: ${median(prepareMs).toFixed(3)} ms per page text / ${annotationsPerPage} annotations); hypothesis ${median(all('hypothesis')).toFixed(3)} ms`,
  );
  console.log(`timings: median of ${reps} runs per case on a shared 2-core machine (expect noise)`);
  if (explain) {
    console.log('\nours not correct where hypothesis is:');
    for (const e of explained) console.log(JSON.stringify(e));
  }
  if (wrongExamples.length > 0) {
    console.log('\nours, wrong anchors (first 20):');
    for (const w of wrongExamples) console.log(JSON.stringify(w));
  }
}
