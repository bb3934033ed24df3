/**
 * `npm run bench:page:firefox`: Sourcemark's in-page times in Firefox (Debian's firefox-esr, headless, over
 * WebDriver BiDi), on the saved news pages of ../shared/corpus/pages, with the Firefox build (dist-firefox/).
 * The pages are served from 127.0.0.1 with their scripts blocked (CSP `script-src 'none'`), all from one
 * host: unlike `bench:page` (Chromium), a page's first load may try the article container remembered from
 * the page before it. Per page, medians of N loads (default 5), from the content script's own User Timing
 * marks:
 *   start after DOMContentLoaded  ms from the page's DOMContentLoaded to the content script's start
 *   wait for layout  ms the script waited for the page's first layout (extension/content/laid-out.ts)
 *   DOMContentLoaded to painted  the start after DOMContentLoaded plus painted: when the reader sees them
 *   painted / first highlights / article / index / wait for the background / engine: as in `bench:page`
 * A load that gives no reading within 15 s is counted, not timed.
 *
 * --against=DIR: a second build (e.g. main's, built in another worktree) in a second Firefox, the two
 * alternating load by load, and the ratio of their DOMContentLoaded-to-painted times.
 *
 * Usage: npm run bench:page:firefox -- [--runs=5] [--page=NAME[,NAME…]] [--no-build] [--dist=DIR] [--against=DIR]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchFirefox, type BidiSession, type Firefox } from './lib/bidi';
import { serveFolder } from './lib/serve';
import { markdownTable, median } from './bench-page/report';
import { savedPageNames, WITHOUT_SCRIPTS } from './lib/saved-pages';
import { scriptOptions } from './lib/options';

const args = scriptOptions();
const runs = Number(args.runs ?? 5);
const dist = resolve(args.dist ?? 'dist-firefox');
const pagesDir = resolve('../shared/corpus/pages');
if (!existsSync(pagesDir)) {
  console.error(`The corpus pages are not there (${pagesDir}): nothing to measure.`);
  process.exit(2);
}
if (args['no-build'] !== 'true' && !args.dist) {
  console.error('Building the Firefox extension (npm run build:firefox) …');
  execFileSync('npm', ['run', '--silent', 'build:firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const pages = savedPageNames(pagesDir).filter((name) => !args.page || args.page.split(',').includes(name));

interface Reading {
  readonly startAfterDcl: number;
  readonly layoutWait: number;
  readonly painted: number | null;
  readonly first: number | null;
  readonly noArticle: number | null;
  readonly article: number;
  readonly index: number;
  readonly wait: number;
  readonly engine: number;
}

/** The marks of the load, once painted or "no article"; null while neither is there. */
const READING = `JSON.stringify((() => {
  const first = (name) => performance.getEntriesByName(name)[0] ?? null;
  const total = (name) => performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0);
  const start = first('sourcemark:start');
  const painted = first('sourcemark:painted');
  const noArticle = first('sourcemark:no-article');
  if (!start || (!painted && !noArticle)) return null;
  const since = (entry) => (entry ? entry.startTime - start.startTime : null);
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    startAfterDcl: start.startTime - (navigation ? navigation.domContentLoadedEventStart : 0),
    layoutWait: since(first('sourcemark:laid-out')) ?? 0,
    painted: since(painted),
    first: since(first('sourcemark:painted-opening') ?? painted),
    noArticle: since(noArticle),
    article: total('sourcemark:article'),
    index: total('sourcemark:index'),
    wait: total('sourcemark:analysis'),
    engine: total('sourcemark:engine'),
  };
})())`;

async function measure(session: BidiSession, context: string, url: string): Promise<Reading | null> {
  // A saved page's unreachable images and frames can fail the navigation's own promise: the marks decide.
  await session.send('browsingContext.navigate', { context, url, wait: 'interactive' }).catch(() => {});
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const value = await session.evaluate(context, READING).catch(() => undefined);
    if (typeof value === 'string' && value !== 'null') return JSON.parse(value) as Reading;
    await new Promise((done) => setTimeout(done, 50));
  }
  return null;
}

/**
 * The saved pages' style sheets, fonts and images on other hosts cannot be fetched here. Firefox took 5 s to
 * give each up (Chromium fails at once): a proxy on a closed port refuses them at once instead (Firefox never
 * sends 127.0.0.1 through a proxy), so that a page is laid out as soon as its local resources are in.
 */
const REFUSE_OTHER_HOSTS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
};

interface Build {
  readonly dist: string;
  readonly firefox: Firefox;
  readonly context: string;
}

async function openBuild(dist: string): Promise<Build> {
  const firefox = await launchFirefox(undefined, REFUSE_OTHER_HOSTS);
  const { session } = firefox;
  await session.send('webExtension.install', { extensionData: { type: 'path', path: dist } });
  const tree = await session.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no window');
  // One load first, not counted: the background page's engine runs for the first time.
  await measure(session, context, url(pages[0] ?? ''));
  return { dist, firefox, context };
}

/** The median of what `pick` gives over the loads that give something; null where none does. */
function medianOf(readings: readonly Reading[], pick: (r: Reading) => number | null): number | null {
  const values = readings.map(pick).filter((v): v is number => v !== null);
  return values.length ? median(values) : null;
}

/** When the reader sees the highlights: from DOMContentLoaded to painted. */
const fromDclToPainted = (r: Reading): number | null =>
  r.painted === null ? null : r.startAfterDcl + r.painted;

function row(name: string, readings: readonly Reading[]): string[] {
  const of = (pick: (r: Reading) => number | null) => medianOf(readings, pick)?.toFixed(0) ?? '—';
  return [
    name,
    of((r) => r.startAfterDcl),
    of((r) => r.layoutWait),
    readings.some((r) => r.painted !== null)
      ? of((r) => r.painted)
      : `no article (${of((r) => r.noArticle)})`,
    of((r) => r.first),
    of(fromDclToPainted),
    of((r) => r.article),
    of((r) => r.index),
    of((r) => r.wait),
    of((r) => r.engine),
    String(runs - readings.length),
  ];
}

const server = await serveFolder(pagesDir, { htmlHeaders: WITHOUT_SCRIPTS });
const url = (name: string) => `${server.origin}/${encodeURIComponent(name)}/source.html`;
// With --against=DIR, a second build runs in a second Firefox and the two alternate load by load.
const builds: Build[] = [];
const rowsOf: string[][][] = [];
const fromDcl: (number | null)[][] = [];
try {
  builds.push(await openBuild(dist));
  if (args.against) builds.push(await openBuild(resolve(args.against)));
  for (const name of pages) {
    const readings = new Map<Build, Reading[]>(builds.map((build) => [build, []]));
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? [...builds].reverse() : builds;
      for (const build of order) {
        const reading = await measure(build.firefox.session, build.context, url(name));
        if (reading) readings.get(build)?.push(reading);
      }
    }
    builds.forEach((build, b) => {
      const cells = row(name, readings.get(build) ?? []);
      (rowsOf[b] ??= []).push(cells);
      (fromDcl[b] ??= []).push(medianOf(readings.get(build) ?? [], fromDclToPainted));
      console.error(
        `${name}${builds.length > 1 ? ` [${build.dist}]` : ''}: ${cells[5]} ms after DOMContentLoaded`,
      );
    });
  }
} finally {
  for (const build of builds) await build.firefox.close();
  await server.close();
}

const header = [
  'page',
  'start after DOMContentLoaded ms',
  'wait for layout ms',
  'painted ms',
  'first highlights ms',
  'DOMContentLoaded to painted ms',
  'article ms',
  'index ms',
  'wait for background ms',
  'engine ms',
  'loads without a reading',
];
builds.forEach((build, b) => {
  if (builds.length > 1) console.log(`\n${build.dist}:`);
  console.log(markdownTable(header, rowsOf[b] ?? []));
});
console.log(`\n${runs} loads per page in Firefox ESR, medians.`);
if (builds.length > 1) {
  const ratios = (fromDcl[0] ?? [])
    .map((v, i) => (v ?? NaN) / (fromDcl[1]?.[i] ?? NaN))
    .filter(Number.isFinite);
  const geomean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
  console.log(
    `DOMContentLoaded to painted, ${builds[0]?.dist} against ${builds[1]?.dist}: ${geomean.toFixed(2)}× (geometric mean over ${ratios.length} pages).`,
  );
}
