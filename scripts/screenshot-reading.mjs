// Screenshots of Sourcemark on a real news page, for the README: a saved page of ../shared/corpus/pages
// rendered locally (served from 127.0.0.1, its own scripts and remote resources blocked) with the built
// extension, its highlights painted, a cited source rated by the reader, and the card open on a finding.
// Writes docs/screenshots/reading-<page>.png, -card.png (a close-up) and -dark.png (the page made dark, with
// the card in dark mode). Only these renderings are written; nothing of ../shared is copied.
//
// Usage: node scripts/screenshot-reading.mjs [--page=nytimes-1] [--source=NAME] [--rating=unreliable]
//        [--finding=TEXT] [--no-build]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pagesDir = resolve(repo, '../shared/corpus/pages');
const { scriptOptions } = await import('./lib/options.ts');
const args = scriptOptions();
const name = args.page ?? 'nytimes-1';
if (!existsSync(resolve(pagesDir, name, 'source.html'))) {
  console.error(`No saved page ${name} in ${pagesDir} (see ../shared/corpus/README.md).`);
  process.exit(2);
}
if (args['no-build'] !== 'true')
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'ignore' });

const { launchWithExtension } = await import('./lib/extension-browser.ts');
const { serveFolder } = await import('./lib/serve.ts');
const { routeSavedPages, savedPageUrl } = await import('./lib/saved-pages.ts');
const { sourceKey } = await import('../src/model/source-note.ts');

const server = await serveFolder(pagesDir);
const browser = await launchWithExtension({
  dist: resolve(repo, 'dist'),
  headless: true,
  viewport: { width: 1100, height: 820 },
});
await routeSavedPages(browser.context, server.origin);

const page = await browser.context.newPage();
const painted = `performance.getEntriesByName('sourcemark:painted').length > 0`;
const visit = async () => {
  await page.goto(savedPageUrl(server.origin, name), { waitUntil: 'domcontentloaded' });
  for (let i = 0; !(await page.evaluate(painted)); i++) {
    if (i > 1200) throw new Error('Sourcemark painted nothing on this page');
    await page.waitForTimeout(50);
  }
};
// The first visit has the service worker open its database, where the rated source then goes.
await visit();

if (args.source) {
  const note = {
    id: 'screenshot-source',
    name: args.source,
    aliases: [],
    domain: null,
    rating: args.rating ?? 'mixed',
    note: args.note ?? 'Rated in the Sourcemark dashboard: check its claims against a second source.',
    evidence: [],
    updated: Date.now(),
    keys: [sourceKey(args.source)],
  };
  const worker = await browser.serviceWorker();
  await worker.evaluate(
    (value) =>
      new Promise((done, fail) => {
        const open = indexedDB.open('sourcemark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('sources', 'readwrite');
          tx.objectStore('sources').put(value);
          tx.oncomplete = () => {
            open.result.close();
            done(undefined);
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    note,
  );
}

await visit();
await page.waitForTimeout(400);

// Point at a finding (the cue of the first finding whose text includes --finding, or the first denial).
const wanted = args.finding ?? '';
const point = await page.evaluate(`(() => {
  const wanted = ${JSON.stringify(wanted)};
  const pick = (name) => [...(CSS.highlights.get(name) ?? [])].find((r) => r.toString().includes(wanted));
  const range = (wanted ? pick('sourcemark-source') ?? pick('sourcemark-cue') : null) ??
    [...(CSS.highlights.get('sourcemark-denial') ?? [])][0] ?? [...(CSS.highlights.get('sourcemark-cue') ?? [])][0];
  if (!range) return null;
  range.startContainer.parentElement.scrollIntoView({ block: 'center' });
  window.scrollBy(0, 140);
  const rect = range.getClientRects()[0];
  return { x: rect.left + Math.min(8, rect.width / 2), y: rect.top + rect.height / 2 };
})()`);
if (!point) throw new Error('no finding to point at');
await page.mouse.click(point.x, point.y);
await page.waitForTimeout(900);

const outDir = resolve(repo, 'docs/screenshots');
mkdirSync(outDir, { recursive: true });
const file = resolve(outDir, `reading-${name}.png`);
await page.screenshot({ path: file });
console.log(file);
const close = resolve(outDir, `reading-${name}-card.png`);
await page.screenshot({
  path: close,
  clip: {
    x: Math.max(0, point.x - 260),
    y: Math.max(0, point.y - 200),
    width: 640,
    height: 480,
  },
});
console.log(close);

// The same page made dark (a style added for this picture only), to check the highlights read on it.
if (args.dark !== 'false') {
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addStyleTag({
    content:
      'html, body { background: #121212 !important; color: #e8e8e8 !important; } a { color: #8ab4f8 !important; }',
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(900);
  const dark = resolve(outDir, `reading-${name}-dark.png`);
  await page.screenshot({ path: dark });
  console.log(dark);
}
await browser.close();
await server.close();
