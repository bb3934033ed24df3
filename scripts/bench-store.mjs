// npm run bench:store — the store at scale: 100,000 annotations over 5,000 pages, in Node on fake-indexeddb
// and in Chromium's real IndexedDB (Debian /usr/bin/chromium through playwright-core, headless, a fresh
// profile). Prints the median of several runs of each operation beside its target.
//
// Options: --node-only, --browser-only, --annotations N, --pages N, --runs N, --import N
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
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
  importSize: option('import', 10_000),
  runs: option('runs', 5),
};
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TARGETS = {
  "one page's annotations": 10,
  'full-text search (all queries)': 100,
  'export everything (backup JSON)': 5000,
  [`import ${options.importSize} (read, check, write)`]: 5000,
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const format = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`);

/** This process's CPU time for an operation (Node only): the work without the waiting for a core. */
function cpuText(result, name) {
  const cpu = result.cpuSamples[name];
  return cpu ? `  cpu ${format(median(cpu)).padStart(9)}` : '';
}

function report(result) {
  console.log(`\n${result.environment}: ${options.annotations} annotations over ${options.pages} pages`);
  const names = Object.keys(result.samples);
  const width = Math.max(...names.map((n) => n.length));
  for (const name of names) {
    const samples = result.samples[name];
    const target = TARGETS[name];
    const verdict =
      target === undefined
        ? ''
        : median(samples) < target
          ? `  < ${format(target)}  ok`
          : `  < ${format(target)}  MISSED`;
    console.log(
      `  ${name.padEnd(width)}  median ${format(median(samples)).padStart(9)}${cpuText(result, name)}  (n=${samples.length}, max ${format(Math.max(...samples))})${verdict}`,
    );
  }
  for (const [name, value] of Object.entries(result.facts)) console.log(`  ${name}: ${value}`);
}

async function inNode() {
  register();
  const { runInNode } = await import('./bench-store/node-entry.ts');
  console.log('Node, fake-indexeddb: loading…');
  return runInNode(options, (line) => console.log(line));
}

/** CPU milliseconds used by every process whose command line names `profile` (the browser's processes). */
async function chromiumCpuMs(profile) {
  let ticks = 0;
  for (const pid of await readdir('/proc').catch(() => [])) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmdline.includes(profile)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    } catch {
      // The process ended meanwhile.
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

async function inChromium() {
  const { build } = await import('esbuild');
  const bundle = await build({
    entryPoints: [path.join(root, 'scripts/bench-store/browser-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0].text;
  const html =
    '<!doctype html><meta charset="utf-8"><title>Sourcemark store bench</title><script type="module" src="/bench.js"></script>';
  const server = createServer((request, response) => {
    if (request.url === '/bench.js')
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcemark-bench-'));
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.exposeFunction('benchCpuMs', () => chromiumCpuMs(profile));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => typeof window.runStoreBench === 'function');
    console.log('Chromium, IndexedDB: loading…');
    let shown = 0;
    const progress = setInterval(async () => {
      const lines = await page.evaluate(() => window.benchLog).catch(() => []);
      for (const line of lines.slice(shown)) console.log(line);
      shown = lines.length;
    }, 2000);
    try {
      return await page.evaluate((opts) => window.runStoreBench(opts), options);
    } finally {
      clearInterval(progress);
    }
  } finally {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

console.log(
  `Store benchmark: ${options.annotations} annotations, ${options.pages} pages, import of ${options.importSize}, ${options.runs} runs each.`,
);
console.log('The machine is shared (2 cores): expect noise; medians are printed, with the load average.');
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(`load average at start: ${load()}`);
const results = [];
if (!args.includes('--browser-only')) results.push(await inNode());
if (!args.includes('--node-only')) results.push(await inChromium());
for (const result of results) report(result);
console.log(
  `\nload average at the end: ${load()} (2 cores; "cpu" is the CPU time of Node, or of all Chromium's processes)`,
);
