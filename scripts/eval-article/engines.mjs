// Where the pages are measured: happy-dom in Node (the team's DOM test environment), and real Chromium
// (Debian /usr/bin/chromium through playwright-core, headless, a fresh profile). In Chromium each saved
// page is served at one local URL by request interception (nothing else loads: no network), with a CSP
// that blocks the page's own scripts, so the DOM is the saved one, as in Readability's test suite.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, firstCall, measurePage, repeatCalls } from './in-page.mjs';
import { rendererCpu } from './renderer-cpu.mjs';
import { median } from './text-score.mjs';

export const HAPPY_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  disableComputedStyleRendering: true,
};

const API_MODULES = {
  bestArticleRegion: '../../src/article/find-article.ts',
  readabilityRegion: '../../src/article/readability-region.ts',
  buildTextIndex: '../../src/anchoring/dom/text-index.ts',
  isProbablyReaderable: '@mozilla/readability',
};

/** happy-dom: the first call is not cold here (the code is shared and warm after the first page). */
export async function happyDomEngine({ runs }) {
  const { Window } = await import('happy-dom');
  const api = { describe };
  for (const [name, path] of Object.entries(API_MODULES)) api[name] = (await import(path))[name];
  globalThis.__smArticle = api;
  return {
    name: 'happy-dom',
    async measure(html, methods) {
      const window = new Window({ url: 'http://127.0.0.1/', settings: HAPPY_SETTINGS });
      globalThis.__smDocument = new window.DOMParser().parseFromString(html, 'text/html');
      try {
        const result = measurePage({ runs, methods });
        for (const m of methods) result[m].cold = result[m].first;
        return result;
      } finally {
        globalThis.__smDocument = undefined;
        await window.happyDOM.close();
      }
    },
    async close() {},
  };
}

export async function chromiumEngine({ repo, runs, coldRuns }) {
  const executablePath = '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    console.error(`eval:article: ${executablePath} not found; Chromium figures skipped.`);
    return null;
  }
  const { chromium } = await import('playwright-core');
  const { build } = await import('esbuild');
  const imports = Object.entries(API_MODULES)
    .map(([name, path]) => `import { ${name} } from '${path.replace('../../', './')}';`)
    .join('\n');
  const bundle = await build({
    stdin: {
      contents: `${imports}\nglobalThis.__smArticle = { ${Object.keys(API_MODULES).join(', ')} };\n`,
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
  const cpu = rendererCpu(profile);
  const busy = (ms) =>
    page.evaluate((ms) => {
      for (const t = performance.now(); performance.now() - t < ms;);
    }, ms);
  /** Loads the page and the code; returns the CPU cost of an empty evaluation, to subtract. */
  const load = async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(code);
    if (cpu === null) return NaN;
    await cpu.identify(busy);
    const empty = [];
    for (let r = 0; r < 3; r++) empty.push(await cpu.measure(() => page.evaluate(() => 0)));
    return median(empty);
  };
  return {
    name: 'chromium',
    cpu: cpu !== null,
    async measure(html, methods) {
      current = html;
      // The content script runs once per page: its first call, cold, is the one readers wait for.
      const cold = {};
      for (const method of methods) {
        cold[method] = { wall: [], cpu: [] };
        for (let r = 0; r < coldRuns; r++) {
          const empty = await load();
          let wall = NaN;
          const call = async () => {
            wall = await page.evaluate(firstCall, method);
          };
          const used = cpu ? await cpu.measure(call) : (await call(), NaN);
          cold[method].wall.push(wall);
          cold[method].cpu.push(used - empty);
        }
      }
      const empty = await load();
      const warmCpu = {};
      for (const method of methods) {
        await page.evaluate(repeatCalls, { method, n: 1 });
        // Enough calls that the main thread's other work (a GC, an idle task) weighs little per call.
        const n = Math.max(runs, 20);
        const used = cpu ? await cpu.measure(() => page.evaluate(repeatCalls, { method, n })) : NaN;
        warmCpu[method] = (used - empty) / n;
      }
      await page.evaluate(`globalThis.__smArticle.describe = ${describe};`);
      const result = await page.evaluate(measurePage, { runs, methods });
      for (const method of methods) {
        result[method].cold = median(cold[method].wall);
        result[method].coldCpu = median(cold[method].cpu);
        result[method].cpu = warmCpu[method];
      }
      return result;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
