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
 * alone) --long N (also N annotations on a 1.6 MB page made of the corpus's PolNeAR articles, for speed)
 * --json --explain (list the cases where ours is not correct and Hypothesis is)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { register } from 'tsx/esm/api';
import { EDITS } from './bench-anchoring/edits.mjs';
import { loadPage, sentencesIn } from './bench-anchoring/pages.mjs';
import { createTotals, median, quantile, runCases } from './bench-anchoring/run-cases.mjs';

register();
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const pagesDir = join(shared, 'corpus/pages');
const EXCLUDED = new Set(['wikipedia', 'medium-1', 'lemonde-1']);
const LONG_PAGE = 1_600_000;

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const perPage = Number(option('per-page', 200));
const seed = Number(option('seed', 1));
const reps = Math.max(1, Number(option('reps', 3)));
const longCount = Number(option('long', 0));
const articleOnly = args.includes('--article');
const asJson = args.includes('--json');
const explain = args.includes('--explain');

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
const ours = { describeTextRange, anchorPrepared, createPrepared };

const wanted = option('pages', null)?.split(',');
const names = readdirSync(pagesDir)
  .filter((n) => !EXCLUDED.has(n) && existsSync(join(pagesDir, n, 'source.html')))
  .filter((n) => !wanted || wanted.includes(n))
  .sort();
const pages = [];
for (const name of names) pages.push(await loadPage(pagesDir, name, buildTextIndex, articleOnly));
const vocabulary = [...new Set(pages.flatMap((p) => p.article.toLowerCase().match(/[a-z]{3,12}/g) ?? []))];

const totals = createTotals();
for (const page of pages) {
  if (page.sentences.length === 0) {
    console.error(`${page.name}: no article sentence found in the page text; skipped`);
    continue;
  }
  const pool = pages.filter((p) => p !== page).flatMap((p) => p.sentences.map((s) => s.sentence));
  runCases({ page, count: perPage, seed, reps, pool, vocabulary, ours, totals });
}

/** A long page: PolNeAR articles, one paragraph per line, until 1.6 MB. */
function longPage() {
  const file = join(shared, 'corpus/polnear/train.jsonl');
  if (!existsSync(file)) return null;
  const blocks = [];
  let length = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || length >= LONG_PAGE) continue;
    for (const block of JSON.parse(line).text.split(/\n+/)) {
      const clean = block.replace(/\s+/g, ' ').trim();
      if (clean) {
        blocks.push(clean);
        length += clean.length + 1;
      }
    }
  }
  const text = blocks.join('\n').slice(0, LONG_PAGE);
  const sentences = [];
  let at = 0;
  for (const block of text.split('\n')) {
    for (const [s, e] of sentencesIn(text, at, at + block.length)) {
      const words = text.slice(s, e).split(' ').length;
      if (words >= 6 && words <= 80) sentences.push({ sentence: text.slice(s, e), occurrences: [s] });
    }
    at += block.length + 1;
  }
  return { name: 'long-page', text, sentences };
}

let long = null;
if (longCount > 0) {
  const page = longPage();
  if (!page) console.error('bench:anchoring: ../shared/corpus/polnear/train.jsonl is absent; no long page.');
  else {
    long = { page, totals: createTotals() };
    const pool = pages.flatMap((p) => p.sentences.map((s) => s.sentence));
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = vm.runInNewContext('gc');
    runCases({
      page,
      count: longCount,
      seed,
      reps,
      pool,
      vocabulary,
      ours,
      totals: long.totals,
      collectGarbage,
    });
  }
}

const rowsOf = (t) =>
  EDITS.flatMap(([edit]) =>
    ['ours', 'hypothesis'].map((approach) => {
      const r = t[approach].get(edit);
      return {
        edit,
        approach,
        cases: r.cases,
        correct: r.correct,
        wrong: r.wrong,
        needsReview: r.review,
        orphan: r.orphan,
        medianMs: median(r.ms),
        p95Ms: quantile(r.ms, 0.95),
        maxMs: Math.max(...r.ms),
      };
    }),
  );
const allMs = (t, who) => [...t[who].values()].flatMap((r) => r.ms);

if (asJson) {
  const summary = (t) => ({
    rows: rowsOf(t),
    prepareMedianMs: median(t.prepareMs),
    oursMedianMs: median(allMs(t, 'ours')),
    hypothesisMedianMs: median(allMs(t, 'hypothesis')),
    wrong: t.wrong,
  });
  console.log(
    JSON.stringify(
      {
        pages: names,
        perPage,
        seed,
        reps,
        articleOnly,
        ...summary(totals),
        long: long && summary(long.totals),
      },
      null,
      2,
    ),
  );
} else {
  const pad = (v, n) => String(v).padStart(n);
  const table = (t) => {
    console.log(
      `${'edit'.padEnd(32)} ${'approach'.padEnd(10)} ${pad('correct', 8)} ${pad('wrong', 6)} ${pad('review', 7)} ${pad('orphan', 7)} ${pad('median ms', 10)} ${pad('p95 ms', 8)} ${pad('max ms', 8)}`,
    );
    for (const r of rowsOf(t)) {
      console.log(
        `${r.edit.padEnd(32)} ${r.approach.padEnd(10)} ${pad(r.correct, 8)} ${pad(r.wrong, 6)} ${pad(r.needsReview, 7)} ${pad(r.orphan, 7)} ${pad(r.medianMs.toFixed(3), 10)} ${pad(r.p95Ms.toFixed(3), 8)} ${pad(r.maxMs.toFixed(2), 8)}`,
      );
    }
  };
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
  table(totals);
  const prep = median(totals.prepareMs);
  console.log(
    `\nmedian per annotation, all edits: ours ${median(allMs(totals, 'ours')).toFixed(3)} ms + ${(prep / perPage).toFixed(4)} ms page preparation amortized (${prep.toFixed(3)} ms per page text / ${perPage} annotations); hypothesis ${median(allMs(totals, 'hypothesis')).toFixed(3)} ms`,
  );
  console.log(`timings: median of ${reps} runs per case, on a shared 2-core machine (expect noise)`);
  if (long) {
    console.log(
      `\nlong page: ${long.page.text.length} characters of PolNeAR articles, ${longCount} annotations, median of ${reps} runs per case`,
    );
    table(long.totals);
    const lp = median(long.totals.prepareMs);
    console.log(
      `page preparation ${lp.toFixed(1)} ms (median); ours max ${Math.max(...allMs(long.totals, 'ours')).toFixed(2)} ms, hypothesis max ${Math.max(...allMs(long.totals, 'hypothesis')).toFixed(2)} ms`,
    );
  }
  if (explain) {
    console.log('\nours not correct where hypothesis is:');
    for (const e of totals.explained) console.log(JSON.stringify(e));
  }
  const wrong = [...totals.wrong, ...(long?.totals.wrong ?? [])];
  if (wrong.length > 0) {
    console.log('\nours, wrong anchors (first 20):');
    for (const w of wrong.slice(0, 20)) console.log(JSON.stringify(w));
  }
}
