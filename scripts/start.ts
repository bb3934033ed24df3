/**
 * `npm start`: builds the extension and opens Chromium with it loaded on the demo article, served on
 * 127.0.0.1. Without a display (or with --headless) it runs headless, writes a screenshot and a plain-text
 * who-said-what summary to out/, and prints where they are.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/extension-browser';
import { formatSummary, summaryOf } from './lib/page-summary';
import { serveFolder } from './lib/serve';

const args = process.argv.slice(2);
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const outDir = resolve('out');

if (!args.includes('--no-build')) {
  console.log('Building the extension (npm run build) …');
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const server = await serveFolder('tests/fixtures/demo');
const browser = await launchWithExtension({ dist: 'dist', headless, viewport: headless ? undefined : null });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const demoUrl = `${server.origin}/index.html`;
await page.goto(demoUrl);
await page.waitForFunction(() => CSS.highlights.has('sourcemark-source'), null, { timeout: 15_000 });
const summary = await summaryOf(browser, page);

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const screenshot = resolve(outDir, 'demo.png');
  const summaryFile = resolve(outDir, 'demo-summary.txt');
  await page.screenshot({ path: screenshot, fullPage: true });
  writeFileSync(summaryFile, formatSummary(summary));
  console.log(formatSummary(summary));
  console.log(`Screenshot: ${screenshot}\nSummary:    ${summaryFile}`);
  await browser.close();
  await server.close();
} else {
  console.log(formatSummary(summary));
  console.log(`Chromium is open on ${demoUrl} with Sourcemark loaded. Close the browser window to stop.`);
  browser.context.on('close', () => void server.close());
}
