// npm run bench:dashboard — the dashboard with 100,000 annotations, in Chromium with the built extension
// (dist/; run `npm run build` first). Seeds the extension's own IndexedDB with the store benchmark's
// generated data (5,000 pages), opens the dashboard, and times: loading everything into the dashboard,
// full-text search through the search field (the query alone, and from the key press to the results
// painted), a filter, a change of sort order, and jumping to the middle of the virtualized list. Prints
// medians of several runs. The machine is shared (2 cores): expect noise.
//
// Options: --annotations N (100000), --pages N (5000), --runs N (5)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const options = {
  annotations: option('annotations', 100_000),
  pages: option('pages', 5_000),
  runs: option('runs', 5),
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const format = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

register();
const { launchWithExtension } = await import('./lib/extension-browser.ts');
const { build } = await import('esbuild');
const seedScript = (
  await build({
    entryPoints: [path.join(root, 'scripts/bench-dashboard/seed-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  })
).outputFiles[0].text;

console.log(
  `Dashboard benchmark: ${options.annotations} annotations over ${options.pages} pages, ${options.runs} runs.`,
);
console.log('The machine is shared (2 cores): expect noise; medians are printed.');
const browser = await launchWithExtension({ dist: path.join(root, 'dist'), headless: true });
const samples = {};
const sample = (name) => (samples[name] ??= []);
try {
  const page = await browser.context.newPage();
  const dashboard = `chrome-extension://${browser.extensionId}/extension/dashboard/index.html`;
  // Seed from a page of the extension that does not watch the database (the dashboard would re-read it).
  await page.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
  await page.evaluate(seedScript);
  console.log('Seeding the extension database…');
  const seeded = await page.evaluate((o) => window.seedSourcemark(o), options);
  console.log(`  ${seeded.annotations} annotations stored in ${seeded.seconds.toFixed(1)} s`);

  for (let run = 0; run < options.runs; run++) {
    await page.goto('about:blank');
    await page.goto(`${dashboard}#annotations`);
    await page.locator('.annotation-row').first().waitFor({ timeout: 120_000 });
    await page.locator('.loading').waitFor({ state: 'detached', timeout: 300_000 });
    await page.waitForFunction(() => performance.getEntriesByName('sourcemark:text-index').length > 0, null, {
      timeout: 300_000,
    });
    const [first, load] = await page.evaluate(() =>
      ['sourcemark:catalog-first', 'sourcemark:catalog-load'].map(
        (name) => performance.getEntriesByName(name).at(-1)?.duration,
      ),
    );
    sample('open: the newest annotations ready to show').push(first);
    sample('open: all annotations loaded').push(load);
    sample('open: in-memory text index built (after the load)').push(
      await page.evaluate(() => performance.getEntriesByName('sourcemark:text-index').at(-1)?.duration),
    );
    console.log(`  run ${run + 1}: loaded into the dashboard in ${format(load)}`);
  }

  // Types the query and presses Enter in one go (typing alone waits 150 ms for the next key), then waits
  // frame by frame until the results are shown, and one frame more: they are painted.
  const runQuery = (text) =>
    page.evaluate(async (query) => {
      const measures = () => performance.getEntriesByName('sourcemark:search');
      const status = () => document.querySelector('.results-status')?.textContent ?? '';
      const before = measures().length;
      const input = document.querySelector('input[type="search"]');
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      const done = () =>
        query.trim() === ''
          ? !status().includes('found in')
          : measures().length > before && status().includes('found in');
      while (!done()) {
        if (performance.now() - start > 30_000) throw new Error(`the search for "${query}" never finished`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {
        painted: performance.now() - start,
        query: measures().at(-1)?.duration ?? NaN,
        results: Number(document.querySelector('.results-status')?.dataset.results),
      };
    }, text);

  for (let run = 0; run < options.runs; run++) {
    for (const [name, query] of Object.entries(seeded.queries)) {
      await runQuery('');
      const result = await runQuery(query);
      sample(`search, query only: ${name}`).push(result.query);
      sample(`search, key to rows painted: ${name}`).push(result.painted);
      if (run === 0) console.log(`  "${query}" (${name}): ${result.results} results`);
    }
  }
  const all = await runQuery('');
  console.log(`  cleared: ${all.results} annotations listed`);

  // Each measure: change something, wait frame by frame until the rows show it, then one more frame.
  for (let run = 0; run < options.runs; run++) {
    sample('jump to the middle of the list, rows painted').push(
      await page.evaluate(async () => {
        // The middle of the list as it is (the tag filter below is on every other run).
        const index = Math.floor(Number(document.querySelector('.results-status').dataset.results) / 2);
        const list = document.querySelector('.virtual-list');
        const start = performance.now();
        list.scrollTop = index * 78;
        while (!document.querySelector(`[data-index="${index}"]`)) {
          if (performance.now() - start > 10_000)
            throw new Error(
              `row ${index} never drawn (scrollTop ${list.scrollTop}, height ${list.clientHeight}, ` +
                `content ${list.scrollHeight}, grid ${document.querySelector('.virtual-grid')?.getAttribute('style')}, ` +
                `rows ${[...document.querySelectorAll('[data-index]')].map((e) => e.dataset.index).join(' ')}, ` +
                `status ${document.querySelector('.results-status')?.textContent})`,
            );
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => requestAnimationFrame(r));
        const ms = performance.now() - start;
        list.scrollTop = 0;
        return ms;
      }),
    );
    const order = ['source', 'created', 'updated'][run % 3];
    sample('change sort order, rows painted').push(
      await page.evaluate(async (value) => {
        const shown = () =>
          [...document.querySelectorAll('.row-main')].map((e) => e.dataset.annotationId).join();
        const select = document.querySelector('.search-row select');
        const before = shown();
        const start = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        while (shown() === before && performance.now() - start < 10_000)
          await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }, order),
    );
    sample('filter by tag, rows painted').push(
      await page.evaluate(async () => {
        const select = document.querySelector('#filters select');
        const status = document.querySelector('.results-status');
        const before = status.dataset.results;
        const start = performance.now();
        select.value = select.value === '' ? 'disputed' : '';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        while (document.querySelector('.results-status').dataset.results === before) {
          if (performance.now() - start > 10_000) throw new Error('the filter never applied');
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - start;
      }),
    );
  }
} finally {
  await browser.close();
}

console.log(`\nChromium, the dashboard page with ${options.annotations} annotations:`);
const width = Math.max(...Object.keys(samples).map((n) => n.length));
for (const [name, values] of Object.entries(samples)) {
  const target = name.startsWith('search, query only') ? '  (target < 100 ms)' : '';
  console.log(
    `  ${name.padEnd(width)}  median ${format(median(values)).padStart(9)}  (n=${values.length}, max ${format(Math.max(...values))})${target}`,
  );
}
