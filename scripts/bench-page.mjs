// `npm run bench:page`: Sourcemark's in-page cost on the saved news pages of ../shared/corpus/pages, in
// Chromium with the built extension (dist/). Each page is served from 127.0.0.1 with nothing else reachable
// and the page's own scripts blocked (CSP `script-src 'none'`, which does not apply to extensions), so that
// what is measured is Sourcemark's work. Per page, median of N runs (default 5), each in a fresh tab:
//   painted   ms from the content script's start to all its highlights registered (User Timing marks)
//   first highlights  ms to the first highlights registered: on a page view's first analysis the
//             article's opening (about a screen of text) is analyzed and painted ahead of the rest
//             (extension/content/analysis-run.ts); the same as painted on a short article
//   floor     a plain TreeWalker pass over document.body's text, timed in the page at DOMContentLoaded
//             (before the content script runs, on the same cold DOM)
//   script eval  ms to evaluate the content script (start mark to its start of work)
//   engine    ms inside the analysis engine, which runs in the service worker (its share of "painted"),
//             and the page's wait for the worker's answer; article / index / map: ms finding the article,
//             indexing its text, mapping the findings to DOM ranges; settings: when the site setting came
//   longest task: the longest main-thread task that ran Sourcemark's code (CDP trace), max and median
//   CPU       thread time of Sourcemark's own main-thread tasks up to painted (same trace); the longest
//             task and the tasks over 50 ms are also counted by thread time
// The times come from runs without a trace; the task figures from M more runs per page (default 3) that
// record one: recording a trace slowed Sourcemark's steps by about a fifth (painted 1.19×, traced against
// untraced runs alternating, 19 pages × 5 runs), so the two are measured apart.
// Goal (issue 4): painted ≤ 30 ms median and ≤ 10× the floor on every page; no task over 50 ms.
// --cold: the extension's service worker is stopped before each load, as the browser stops it after 30 s
// without events: what a reader gets on the first article after a pause.
// Article container memory: each page is served as a site of its own (NAME.localhost, see
// scripts/lib/saved-pages.ts), and Sourcemark remembers where a site's last article was
// (src/article/article-memory.ts). A page's first run therefore searches the whole page, its other runs
// find the article in the container learned on that page: the "remembered" column counts those runs.
// --first-visit: the memory is cleared before each load, so that every run searches the whole page: what
// a reader gets on the first article from a site in a browsing session.
// The machine is shared (2 cores): the load average is printed, expect noise.
//
// Usage: npm run bench:page -- [--runs=5] [--traced-runs=3] [--page=NAME[,NAME…]] [--no-build] [--no-trace]
//        [--dist=dist]
//        [--against=OTHER_DIST] [--cold] [--first-visit] [--json=out/bench-page.json]
// --no-trace: no traced runs (the task columns stay empty).
// --against: a second build (e.g. main's, built in another worktree) measured in a second browser, the two
// alternating run by run, so that a change is judged against the same noise.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = resolve(repo, '../shared/corpus/pages');
const { scriptOptions } = await import('./lib/options.ts');
const args = scriptOptions();
const runs = Number(args.runs ?? 5);
const tracedRuns = args['no-trace'] === 'true' ? 0 : Number(args['traced-runs'] ?? 3);

if (!existsSync(pagesDir)) {
  console.error(
    `The corpus pages are not there (${pagesDir}): nothing to measure. See ../shared/corpus/README.md.`,
  );
  process.exit(2);
}
if (args['no-build'] !== 'true' && !args.dist) {
  console.error('Building the extension (npm run build) …');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
}

const { launchWithExtension } = await import('./lib/extension-browser.ts');
const { serveFolder } = await import('./lib/serve.ts');
const { routeSavedPages, savedPageNames, savedPageUrl } = await import('./lib/saved-pages.ts');
const { measureLoad, FLOOR_PROBE } = await import('./bench-page/measure-page.ts');
const { summarize, formatTable } = await import('./bench-page/report.ts');

const pages = savedPageNames(pagesDir).filter((name) => !args.page || args.page.split(',').includes(name));

const server = await serveFolder(pagesDir);

/** One browser with one build of the extension, its page loads served from 127.0.0.1 only, scripts off. */
async function openBrowser(dist) {
  const browser = await launchWithExtension({ dist: resolve(repo, dist), headless: true });
  await routeSavedPages(browser.context, server.origin);
  await browser.context.addInitScript({ content: FLOOR_PROBE });
  // A blank page whose DevTools session can stop service workers (--cold).
  const control = await browser.context.newCDPSession(await browser.context.newPage());
  await control.send('ServiceWorker.enable');
  const stopWorker = async () => {
    await control.send('ServiceWorker.stopAllWorkers');
    await new Promise((done) => setTimeout(done, 300));
  };
  const forgetLayouts = async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => globalThis.chrome.storage.session.remove('articleLayouts'));
  };
  // One load first, not counted: the service worker opens its database and runs the engine for the first
  // time (its code not yet optimized). Its time is reported apart, as the first page after a browser start.
  const first = await measureLoad(browser.context, savedPageUrl(server.origin, pages[0]), {
    trace: false,
  }).catch((error) => console.error(`warm-up load failed: ${error.message}`));
  return { dist, browser, first, stopWorker, forgetLayouts };
}

// With --against=DIR, a second build runs in a second browser and the two alternate run by run (A B, B A,
// …), so that both see the same noise from the shared machine: the only fair comparison here.
const builds = [await openBrowser(args.dist ?? 'dist')];
if (args.against) builds.push(await openBrowser(args.against));

const loadBefore = loadavg()[0];
const rowsOf = builds.map(() => []);
for (const name of pages) {
  const results = builds.map(() => []);
  const traced = builds.map(() => []);
  for (let run = 0; run < runs + tracedRuns; run++) {
    const order = run % 2 ? [...builds.keys()].reverse() : [...builds.keys()];
    const trace = run >= runs;
    for (const b of order) {
      if (args['first-visit'] === 'true') await builds[b].forgetLayouts();
      if (args.cold === 'true') await builds[b].stopWorker();
      const result = await measureLoad(builds[b].browser.context, savedPageUrl(server.origin, name), {
        trace,
      });
      (trace ? traced : results)[b].push(result);
    }
  }
  builds.forEach((build, b) => {
    const row = summarize(name, results[b], traced[b]);
    rowsOf[b].push(row);
    const label = builds.length > 1 ? ` [${build.dist}]` : '';
    console.error(
      `${name}${label}: ${row.painted === null ? 'no article' : `${row.firstPainted?.toFixed(1)} ms first, ${row.painted.toFixed(1)} ms all`}`,
    );
  });
}
for (const { browser } of builds) await browser.close();
await server.close();

const loadAfter = loadavg()[0];
builds.forEach((build, b) => {
  if (builds.length > 1) console.log(`\n${build.dist}:`);
  console.log(formatTable(rowsOf[b]));
  const first = build.first?.painted ?? build.first?.noArticle;
  if (first != null)
    console.log(
      `First page after the browser started (${pages[0]}, worker and engine cold): ${first.toFixed(1)} ms.`,
    );
});
console.log(
  `\n${runs} runs per page (and ${tracedRuns} traced for the task columns)${args.cold === 'true' ? ', the service worker stopped before each' : ''}${args['first-visit'] === 'true' ? ", the sites' article containers forgotten before each" : ''}, medians; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)} on this shared machine.`,
);
if (args.json) {
  const file = resolve(repo, args.json === 'true' ? 'out/bench-page.json' : args.json);
  mkdirSync(dirname(file), { recursive: true });
  const out = builds.map((build, b) => ({ dist: build.dist, rows: rowsOf[b], first: build.first ?? null }));
  writeFileSync(file, JSON.stringify({ runs, loadBefore, loadAfter, rows: rowsOf[0], builds: out }, null, 2));
  console.log(`JSON: ${file}`);
}
