// Measures "find the article" on the saved news pages of ../shared/corpus/pages (article.html there is the
// body Readability's own test suite expects: the gold). For each page and each method (our live-DOM
// `bestArticleRegion`, and Readability on a clone mapped back to live elements) it reports recall (share of the
// gold's word tokens that the region covers), spill (share of the region's tokens outside the gold), the
// confidence, and the time per call (median of warm runs, and the first, cold, call), in happy-dom (Node)
// and in real Chromium (Debian /usr/bin/chromium via playwright-core, page scripts blocked by CSP).
//
// Region text: the product's own DOM text index (src/anchoring/dom/text-index.ts, buildTextIndex(root,
// { exclude })), the text the analysis will read; the gold's text goes through the same index. Tokens: NFKC,
// lower case, runs of letters and digits, leftover entities ("&nbsp;") dropped; gold and region are compared
// in order (longest common subsequence of tokens), not as bags of words.
//
// The decision is also tried on each page without its article (Readability's article root removed): what
// is left is furniture, and the confidence there should stay under the threshold.
//
// Usage: npm run eval:article -- [--engine=both|happy-dom|chromium] [--runs=N] [--cold-runs=N] [--page=NAME]
//        [--json]
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus as cpuList, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = resolve(repo, '../shared/corpus/pages');
const NOT_ENGLISH_NEWS = new Set(['wikipedia', 'medium-1', 'lemonde-1']);

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? 'true'];
  }),
);
const engines = (args.engine ?? 'both') === 'both' ? ['happy-dom', 'chromium'] : [args.engine];
const runs = Number(args.runs ?? 9);
const coldRuns = Number(args['cold-runs'] ?? 3);
const loadAtStart = loadavg()[0].toFixed(2);
const cpus = cpuList().length;

if (!existsSync(pagesDir)) {
  console.error(
    `eval:article: the shared corpus is absent (${pagesDir} not found).\n` +
      'It lives outside the repository, at ../shared/corpus/pages; nothing was measured.',
  );
  process.exit(2);
}

/** A short description of an element, to see where a region sits. */
function describe(el) {
  if (!el) return '-';
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
  return el.localName + (el.id ? `#${el.id}` : '') + (cls ? `.${cls}` : '');
}

/** Runs inside the page (Chromium) or on a happy-dom document: times each method, returns region texts. */
function measurePage({ runs, methods }) {
  const api = globalThis.__smArticle;
  const doc = globalThis.__smDocument ?? document;
  const now = () => performance.now();
  const result = {};
  // The floor: a plain pass over the body's text nodes, as bench:page defines it.
  const floor = [];
  for (let r = 0; r < runs; r++) {
    const t0 = now();
    const walker = doc.createTreeWalker(doc.body, 4);
    let chars = 0;
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) chars += n.data.length;
    floor.push(now() - t0 + chars * 0);
  }
  result.floor = floor;
  for (const method of methods) {
    const fn = api[method];
    const times = [];
    let region = null;
    for (let r = 0; r <= runs; r++) {
      const t0 = now();
      region = fn(doc);
      times.push(now() - t0);
    }
    // The next step of the content script, for the budget: the text index of the region.
    const indexTimes = [];
    for (let r = 0; region !== null && r < runs; r++) {
      const t0 = now();
      api.buildTextIndex(region.root, { exclude: new Set(region.excluded) });
      indexTimes.push(now() - t0);
    }
    result[method] = {
      cold: times[0],
      times: times.slice(1),
      indexTimes,
      found: region !== null,
      confidence: region?.confidence ?? null,
      root: region ? api.describe(region.root) : '-',
      excluded: region?.excluded.length ?? 0,
      text: region ? api.buildTextIndex(region.root, { exclude: new Set(region.excluded) }).text : '',
    };
  }
  // A page without its article: the same page with Readability's article root removed (this changes the
  // test page, which is why it comes last). What is left is furniture: it should not look like an article.
  const gold = api.readabilityRegion(doc);
  if (gold !== null) {
    gold.root.remove();
    result.withoutArticle = api.bestArticleRegion(doc)?.confidence ?? 0;
  }
  return result;
}

/** Runs inside a freshly loaded page: the time of the very first call (nothing warmed up, no wrappers). */
function firstCall(method) {
  const t0 = performance.now();
  globalThis.__smArticle[method](document);
  return performance.now() - t0;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function tokens(text) {
  return (
    text
      .replace(/&(?:#\d+|#x[0-9a-f]+|[a-z]+);/gi, ' ')
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Length of the longest common subsequence of two token lists (two rows of the usual table). */
function lcsLength(a, b) {
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

function score(goldTokens, text) {
  const region = tokens(text);
  const common = lcsLength(goldTokens, region);
  return {
    recall: goldTokens.length ? common / goldTokens.length : 0,
    spill: region.length ? (region.length - common) / region.length : 0,
    tokens: region.length,
  };
}

// ---------------------------------------------------------------------------------------------- engines

const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

async function happyDomEngine() {
  const { Window } = await import('happy-dom');
  const { bestArticleRegion } = await import('../src/article/find-article.ts');
  const { readabilityRegion } = await import('../src/article/readability-region.ts');
  const { buildTextIndex } = await import('../src/anchoring/dom/text-index.ts');
  globalThis.__smArticle = { bestArticleRegion, readabilityRegion, buildTextIndex, describe };
  return {
    name: 'happy-dom',
    async measure(html, methods) {
      const window = new Window({ url: 'http://127.0.0.1/', settings: HAPPY_SETTINGS });
      globalThis.__smDocument = new window.DOMParser().parseFromString(html, 'text/html');
      try {
        return measurePage({ runs, methods });
      } finally {
        globalThis.__smDocument = undefined;
        await window.happyDOM.close();
      }
    },
    async close() {},
  };
}

async function chromiumEngine() {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`eval:article: ${executablePath} not found; Chromium figures skipped.`);
    return null;
  }
  const { chromium } = await import('playwright-core');
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: {
      contents:
        "import { bestArticleRegion } from './src/article/find-article.ts';\n" +
        "import { readabilityRegion } from './src/article/readability-region.ts';\n" +
        "import { buildTextIndex } from './src/anchoring/dom/text-index.ts';\n" +
        'globalThis.__smArticle = { bestArticleRegion, readabilityRegion, buildTextIndex };\n',
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  });
  const code = bundle.outputFiles[0].text;
  const profile = mkdtempSync(join(tmpdir(), 'sourcemark-eval-article-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const url = 'http://127.0.0.1:9/page.html';
  let current = '';
  // Serve the saved page itself; nothing else loads (no network), and the page's own scripts are blocked.
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers: { 'content-security-policy': "script-src 'none'" },
          body: current,
        })
      : route.abort(),
  );
  return {
    name: 'chromium',
    async measure(html, methods) {
      current = html;
      const load = async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(code);
      };
      // The content script runs once per page: its first call, cold, is the one readers wait for.
      const cold = {};
      for (const method of methods) {
        cold[method] = [];
        for (let r = 0; r < coldRuns; r++) {
          await load();
          cold[method].push(await page.evaluate(firstCall, method));
        }
      }
      await load();
      await page.evaluate(`globalThis.__smArticle.describe = ${describe};`);
      const result = await page.evaluate(measurePage, { runs, methods });
      for (const method of methods) result[method].cold = median(cold[method]);
      return result;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------------------------------------ main

const { Window } = await import('happy-dom');
const { register } = await import('tsx/esm/api');
register();
const { buildTextIndex } = await import('../src/anchoring/dom/text-index.ts');
const { MIN_ARTICLE_CONFIDENCE } = await import('../src/article/find-article.ts');
function goldTokens(name) {
  const window = new Window({ url: 'http://127.0.0.1/', settings: HAPPY_SETTINGS });
  const doc = new window.DOMParser().parseFromString(
    readFileSync(join(pagesDir, name, 'article.html'), 'utf8'),
    'text/html',
  );
  const result = tokens(buildTextIndex(doc.body).text);
  void window.happyDOM.close();
  return result;
}

const names = readdirSync(pagesDir)
  .filter(
    (n) => existsSync(join(pagesDir, n, 'source.html')) && existsSync(join(pagesDir, n, 'article.html')),
  )
  .filter((n) => !args.page || n === args.page)
  .sort();
const methods = ['bestArticleRegion', 'readabilityRegion'];
const report = { runs, engines: {} };

for (const engineName of engines) {
  const engine = engineName === 'chromium' ? await chromiumEngine() : await happyDomEngine();
  if (engine === null) continue;
  const rows = [];
  for (const name of names) {
    const html = readFileSync(join(pagesDir, name, 'source.html'), 'utf8');
    const gold = goldTokens(name);
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
        withoutArticle: m === 'bestArticleRegion' ? measured.withoutArticle : undefined,
        indexMs: median(r.indexTimes),
      };
    }
    rows.push(row);
  }
  await engine.close();
  report.engines[engineName] = rows;
}

// ---------------------------------------------------------------------------------------------- report

const pct = (x) => (x * 100).toFixed(1).padStart(5);
const ms = (x) => x.toFixed(2).padStart(6);

function summary(rows, m) {
  const r = rows.map((row) => row[m]);
  const mean = (f) => r.reduce((s, x) => s + f(x), 0) / r.length;
  return {
    meanRecall: mean((x) => x.recall),
    minRecall: Math.min(...r.map((x) => x.recall)),
    meanSpill: mean((x) => x.spill),
    maxSpill: Math.max(...r.map((x) => x.spill)),
    good: r.filter((x) => x.recall >= 0.9 && x.spill <= 0.1).length,
    medianMs: median(r.map((x) => x.ms)),
    maxMs: Math.max(...r.map((x) => x.ms)),
    maxColdMs: Math.max(...r.map((x) => x.coldMs)),
    belowThreshold: r.filter((x) => (x.confidence ?? 0) < MIN_ARTICLE_CONFIDENCE).length,
    // Pages whose furniture alone (article removed) still passes for an article.
    furnitureTakenForArticle: rows
      .filter((row) => (row[m].withoutArticle ?? 0) >= MIN_ARTICLE_CONFIDENCE)
      .map((row) => row.page),
    pages: r.length,
  };
}

const cell = (x, width) => String(x).slice(0, width).padEnd(width);

if (args.json) {
  for (const [engine, rows] of Object.entries(report.engines)) {
    report[`summary:${engine}`] = Object.fromEntries(methods.map((m) => [m, summary(rows, m)]));
  }
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(`Find the article: ${names.length} pages of ${pagesDir}`);
  console.log(
    `Times in ms: median of ${runs} warm calls (min in --json); cold: the first call on a freshly loaded page ` +
      `(Chromium: median of ${coldRuns} loads; happy-dom: first call on the page, code already warm); ` +
      'index: buildTextIndex over the region; floor: a TreeWalker pass over the body text.',
  );
  console.log(`load average at start ${loadAtStart} on ${cpus} CPUs (shared machine: expect noise).`);
  for (const [engine, rows] of Object.entries(report.engines)) {
    console.log(`\n== ${engine}`);
    console.log(
      `${cell('page', 13)} | ours (bestArticleRegion, live DOM)                                  | Readability, clone mapped  | floor`,
    );
    console.log(
      `${cell('', 13)} | recall spill conf w/o art    ms   cold  index root                     | recall spill     ms   cold |    ms`,
    );
    for (const row of rows) {
      const o = row.bestArticleRegion;
      const r = row.readabilityRegion;
      console.log(
        `${cell(row.page + (row.notEnglishNews ? '*' : ''), 13)} | ${pct(o.recall)} ${pct(o.spill)} ${(o.confidence ?? 0).toFixed(2)}    ${(o.withoutArticle ?? NaN).toFixed(2)} ${ms(o.ms)} ${ms(o.coldMs)} ${ms(o.indexMs)} ${cell(o.root, 24)} |  ${pct(r.recall)} ${pct(r.spill)} ${ms(r.ms)} ${ms(r.coldMs)} | ${ms(row.floorMs)}`,
      );
    }
    for (const m of methods) {
      const s = summary(rows, m);
      console.log(
        `${m}: recall mean ${pct(s.meanRecall)}%, min ${pct(s.minRecall)}%; spill mean ${pct(s.meanSpill)}%, max ${pct(s.maxSpill)}%; ` +
          `${s.good}/${s.pages} pages with recall >= 90% and spill <= 10%; ms median ${s.medianMs.toFixed(2)}, max ${s.maxMs.toFixed(2)}, ` +
          `cold max ${s.maxColdMs.toFixed(2)}; pages judged not an article: ${s.belowThreshold}` +
          (m === 'bestArticleRegion'
            ? `; without their article, pages still judged an article: ${s.furnitureTakenForArticle.length}/${s.pages} (${s.furnitureTakenForArticle.join(', ')})`
            : ''),
      );
    }
  }
  const [a, b] = Object.values(report.engines);
  if (a && b) {
    const differs = (x, y) =>
      x.root !== y.root || Math.abs(x.recall - y.recall) > 0.02 || Math.abs(x.spill - y.spill) > 0.02;
    const differences = a
      .map((row, i) => [row, b[i]])
      .filter(([x, y]) => differs(x.bestArticleRegion, y.bestArticleRegion))
      .map(
        ([x, y]) =>
          `${x.page} (happy-dom ${x.bestArticleRegion.root} ${pct(x.bestArticleRegion.recall)}/${pct(x.bestArticleRegion.spill)}; ` +
          `chromium ${y.bestArticleRegion.root} ${pct(y.bestArticleRegion.recall)}/${pct(y.bestArticleRegion.spill)})`,
      );
    console.log(
      `\nhappy-dom vs Chromium (ours): ${differences.length ? differences.join('; ') : 'same region and figures on every page'}`,
    );
  }
  console.log('* not English news (Wikipedia, Medium, Le Monde): no crash, nothing outside the article.');
}
