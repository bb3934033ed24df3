// Measures "find the article" on the saved news pages of ../shared/corpus/pages (article.html there is the
// body Readability's own test suite expects: the gold). For each page and each method (our live-DOM
// `bestArticleRegion`, and Readability on a clone mapped back to live elements) it reports recall (share of
// the gold's word tokens that the region covers), spill (share of the region's tokens outside the gold),
// the confidence, and the time per call, in happy-dom (Node) and in real Chromium (scripts/eval-article/).
//
// Region text: the product's own DOM text index (src/anchoring/dom/text-index.ts, buildTextIndex(root,
// { exclude })), the text the analysis will read; the gold's text goes through the same index, and both are
// compared as word tokens in order (scripts/eval-article/text-score.mjs).
//
// The decision is also tried on each page without its article (Readability's article root removed): what
// is left is furniture, and the confidence there should stay under the threshold.
//
// Usage: npm run eval:article -- [--engine=both|happy-dom|chromium] [--runs=N] [--cold-runs=N] [--page=NAME]
//        [--json]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = resolve(repo, '../shared/corpus/pages');

if (!existsSync(pagesDir)) {
  console.error(
    `eval:article: the shared corpus is absent (${pagesDir} not found).\n` +
      'It lives outside the repository, at ../shared/corpus/pages; nothing was measured.',
  );
  process.exit(2);
}

const { register } = await import('tsx/esm/api');
register();
const { scriptOptions } = await import('./lib/options.ts');
const { NOT_ENGLISH_NEWS } = await import('./lib/saved-pages.ts');
const args = scriptOptions();
const engines = (args.engine ?? 'both') === 'both' ? ['happy-dom', 'chromium'] : [args.engine];
const runs = Number(args.runs ?? 9);
const coldRuns = Number(args['cold-runs'] ?? 3);
const load = loadavg()[0].toFixed(2);

const { Window } = await import('happy-dom');
const { buildTextIndex } = await import('../src/anchoring/dom/text-index.ts');
const { MIN_ARTICLE_CONFIDENCE } = await import('../src/article/find-article.ts');
const { HAPPY_SETTINGS, chromiumEngine, happyDomEngine } = await import('./eval-article/engines.mjs');
const { median, score, tokens } = await import('./eval-article/text-score.mjs');
const { printReport, summary } = await import('./eval-article/report.mjs');

async function goldTokens(name) {
  const window = new Window({ url: 'http://127.0.0.1/', settings: HAPPY_SETTINGS });
  const html = readFileSync(join(pagesDir, name, 'article.html'), 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const result = tokens(buildTextIndex(doc.body).text);
  await window.happyDOM.close();
  return result;
}

const names = readdirSync(pagesDir)
  .filter(
    (n) => existsSync(join(pagesDir, n, 'source.html')) && existsSync(join(pagesDir, n, 'article.html')),
  )
  .filter((n) => !args.page || n === args.page)
  .sort();
const methods = ['bestArticleRegion', 'readabilityRegion'];
const report = { runs, coldRuns, loadAverage: Number(load), engines: {} };

for (const engineName of engines) {
  const engine =
    engineName === 'chromium'
      ? await chromiumEngine({ repo, runs, coldRuns })
      : await happyDomEngine({ runs });
  if (engine === null) continue;
  const rows = [];
  for (const name of names) {
    const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
    const gold = await goldTokens(name);
    const measured = await engine.measure(html, methods);
    const row = { page: name, notEnglishNews: NOT_ENGLISH_NEWS.has(name), floorMs: median(measured.floor) };
    for (const m of methods) {
      const r = measured[m];
      row[m] = {
        ...score(gold, r.text),
        found: r.found,
        confidence: r.confidence,
        root: r.root,
        excluded: r.excluded,
        ms: median(r.times),
        minMs: Math.min(...r.times),
        coldMs: r.cold,
        cpuMs: r.cpu ?? NaN,
        coldCpuMs: r.coldCpu ?? NaN,
        indexMs: median(r.indexTimes),
        // Readability's decision on the page without its article is isProbablyReaderable.
        withoutArticle:
          m === 'bestArticleRegion' ? measured.withoutArticle : Number(measured.withoutArticleReaderable),
      };
    }
    rows.push(row);
  }
  await engine.close();
  report.engines[engineName] = rows;
}

// The decision on the team's own pages (tests/fixtures/article), where we know which are articles.
const fixturesDir = join(repo, 'tests/fixtures/article');
const { bestArticleRegion } = await import('../src/article/find-article.ts');
const { isProbablyReaderable } = await import('@mozilla/readability');
report.fixtures = [];
for (const file of readdirSync(fixturesDir)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const window = new Window({ url: 'http://127.0.0.1/', settings: HAPPY_SETTINGS });
  const doc = new window.DOMParser().parseFromString(
    readFileSync(join(fixturesDir, file), 'utf8'),
    'text/html',
  );
  const confidence = bestArticleRegion(doc)?.confidence ?? 0;
  report.fixtures.push({ file, confidence, readerable: isProbablyReaderable(doc) });
  await window.happyDOM.close();
}

if (args.json) {
  for (const [engine, rows] of Object.entries(report.engines)) {
    report[`summary:${engine}`] = Object.fromEntries(
      methods.map((m) => [m, summary(rows, m, MIN_ARTICLE_CONFIDENCE)]),
    );
  }
  console.log(JSON.stringify(report, null, 2));
} else {
  printReport({
    report,
    methods,
    threshold: MIN_ARTICLE_CONFIDENCE,
    pagesDir,
    runs,
    coldRuns,
    load,
    cpus: cpus().length,
  });
}
