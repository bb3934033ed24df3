/**
 * `npm run smoke:firefox`: the Firefox build in a real Firefox. Builds dist-firefox/ (unless --no-build),
 * installs it as a temporary add-on in headless Firefox ESR over WebDriver BiDi, opens the demo article on
 * 127.0.0.1, and checks that the highlights are painted with the page's DOM unchanged apart from the one
 * host element, and that the console shows no error. Writes out/firefox-demo.png. Exit status 0 when all
 * checks pass. Firefox: FIREFOX_PATH, or firefox-esr on PATH (installed with apt-get when root on Debian).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { firefoxPath, launchFirefox, type BidiSession } from './lib/bidi';
import { serveFolder } from './lib/serve';

const COUNT_HIGHLIGHTS = `JSON.stringify(Object.fromEntries([...CSS.highlights.keys()]
  .filter((name) => name.startsWith('sourcemark-'))
  .map((name) => [name, CSS.highlights.get(name).size])))`;

const EXAMPLES = `JSON.stringify(['sourcemark-source', 'sourcemark-cue'].map((name) =>
  [...(CSS.highlights.get(name) ?? [])].slice(0, 3).map((range) => range.toString())))`;

const ADDED_ELEMENTS = `JSON.stringify([...document.documentElement.children]
  .map((e) => e.localName).filter((n) => n !== 'head' && n !== 'body'))`;

const FIRST_SOURCE_CENTER = `(() => {
  const rect = [...CSS.highlights.get('sourcemark-source')][0].getClientRects()[0];
  return JSON.stringify([Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)]);
})()`;

const SELECT_PARAGRAPH = `(() => {
  const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('serial numbers'));
  paragraph.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const rect = range.getBoundingClientRect();
  return JSON.stringify([rect.left, rect.top, rect.bottom]);
})()`;

/** Once the highlights are painted: whether the page had loaded by then, and what was painted. */
const LATE_LOAD_READING = `(() => {
  // Until the navigation has committed, the page before it is still there.
  if (location.search !== '?late-load') return 'null';
  const painted = performance.getEntriesByName('sourcemark:painted')[0];
  if (!painted) return 'null';
  const loadStart = performance.getEntriesByType('navigation')[0]?.loadEventStart ?? 0;
  const texts = (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => range.toString());
  return JSON.stringify({
    loadedBeforePaint: loadStart > 0 && loadStart < painted.startTime,
    waitedForLayout: performance.getEntriesByName('sourcemark:laid-out').length > 0,
    sources: texts('sourcemark-source'),
    painted: ['source', 'cue', 'claim', 'denial'].flatMap((kind) => texts('sourcemark-' + kind)),
  });
})()`;

const DISPUTED_TEXT = `JSON.stringify([...(CSS.highlights.get('sourcemark-tag-disputed') ?? [])]
  .map((range) => range.toString()))`;

const args = process.argv.slice(2);
const dist = resolve('dist-firefox');
const outDir = resolve('out');

const binary = firefoxPath();
if (!args.includes('--no-build')) {
  console.log('Building the Firefox extension (npm run build:firefox) …');
  execFileSync('npm', ['run', '--silent', 'build:firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

const server = await serveFolder('tests/fixtures/demo');
const firefox = await launchFirefox(binary);
const failures: string[] = [];
try {
  const { session } = firefox;
  await session.send('session.subscribe', { events: ['log.entryAdded'] });
  const installed = await session.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: dist },
  });
  console.log(`Installed ${installed.extension} in Firefox.`);
  const tree = await session.send<{ contexts: { context: string }[] }>('browsingContext.getTree');
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('Firefox has no window');

  // The page as served, before the content script runs, to compare with the page after painting.
  const demoUrl = `${server.origin}/index.html`;
  const served = await fetch(demoUrl).then((r) => r.text());
  await session.send('browsingContext.navigate', { context, url: demoUrl, wait: 'complete' });
  const counts = await waitFor(session, context, COUNT_HIGHLIGHTS, (value) => {
    const parsed = JSON.parse(value) as Record<string, number>;
    return (parsed['sourcemark-source'] ?? 0) > 0 && (parsed['sourcemark-claim'] ?? 0) > 0;
  });
  console.log(`Highlights painted: ${counts}`);
  const examples = await evaluate(session, context, EXAMPLES);
  console.log(`First sources and cues: ${examples}`);

  // The host element of the card and toolbar is added when first needed: none yet, or one.
  const extra = await evaluate(session, context, ADDED_ELEMENTS);
  const bodyUnchanged = await evaluate(
    session,
    context,
    `String(new DOMParser().parseFromString(${JSON.stringify(served)}, 'text/html').body.innerHTML === document.body.innerHTML)`,
  );
  if (bodyUnchanged !== 'true') failures.push("the page's body changed");
  if ((JSON.parse(extra) as string[]).length > 1)
    failures.push(`more than one element added to <html>: ${extra}`);

  // Pointing at the first source opens its card: the one host element appears, holding it.
  const [x, y] = JSON.parse(await evaluate(session, context, FIRST_SOURCE_CENTER)) as [number, number];
  await session.send('input.performActions', {
    context,
    actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x, y, duration: 0 }] }],
  });
  const host = await waitFor(session, context, ADDED_ELEMENTS, (value) => value !== '[]');
  if (host !== '["sourcemark-ui"]') failures.push(`expected one sourcemark-ui host element, found ${host}`);

  const shot = await session.send<{ data: string }>('browsingContext.captureScreenshot', { context });
  await saveDisputed(session, context);
  // Saved through the background script into the extension's IndexedDB: painted again after a reload.
  await session.send('browsingContext.reload', { context, wait: 'complete' });
  await waitFor(session, context, DISPUTED_TEXT, (value) => value.includes('serial numbers'));
  console.log('Tagged Disputed from the selection toolbar; painted again after a reload.');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'firefox-demo.png'), Buffer.from(shot.data, 'base64'));
  console.log(`Screenshot with the card of the first source open: ${resolve(outDir, 'firefox-demo.png')}`);

  failures.push(...(await checkLateLoad(session, context)));
  failures.push(...(await checkShownLater(session, context)));
  const errors = session.events
    .filter((e) => e.method === 'log.entryAdded' && e.params.level === 'error')
    .map((e) => String(e.params.text));
  const warnings = session.events
    .filter((e) => e.method === 'log.entryAdded' && /sourcemark/i.test(String(e.params.text)))
    .map((e) => String(e.params.text));
  for (const text of [...errors, ...warnings]) failures.push(`console: ${text}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  await firefox.close();
  await server.close();
}

if (failures.length > 0) {
  console.error(`Firefox smoke test FAILED:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('Firefox smoke test passed.');

/**
 * Selects a paragraph and presses the selection toolbar's first button (Disputed). The toolbar lives in a
 * closed shadow root, so it is pressed where it stands: just below the selection (or above it), its first
 * button at its left. It opens once the selection settles, so the press is repeated until the tag is painted.
 */
async function saveDisputed(session: BidiSession, context: string): Promise<void> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const [left, top, bottom] = JSON.parse(await evaluate(session, context, SELECT_PARAGRAPH)) as number[];
    await new Promise((done) => setTimeout(done, 300));
    // Below the selection where there is room (the paragraph is in the middle of the window), else above.
    const x = Math.max(4, left ?? 0) + 24;
    const y = attempt % 2 === 0 ? (bottom ?? 0) + 6 + 14 : (top ?? 0) - 6 - 14;
    await session.send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x, y, duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    const until = Date.now() + 1_000;
    while (Date.now() < until) {
      if ((await evaluate(session, context, DISPUTED_TEXT)).includes('serial numbers')) return;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error('tagging a selection Disputed painted nothing');
}

/**
 * A page whose style sheet comes 1 s after the document and whose photo holds its `load` event back for 9 s,
 * as on a news site with slow images and ads: the highlights are painted before `load`, after the style
 * sheet (the content script, run at `document_end`, waited for the first layout), and nothing that the
 * style sheet hides is painted.
 */
async function checkLateLoad(session: BidiSession, context: string): Promise<string[]> {
  const slow = await serveFolder('tests/fixtures/late-load', {
    delays: { '/style.css': 1_000, '/photo.svg': 9_000 },
  });
  try {
    const url = `${slow.origin}/index.html?late-load`;
    await session.send('browsingContext.navigate', { context, url, wait: 'none' });
    const reading = JSON.parse(
      await waitFor(session, context, LATE_LOAD_READING, (value) => value !== 'null'),
    ) as { loadedBeforePaint: boolean; waitedForLayout: boolean; sources: string[]; painted: string[] };
    const problems: string[] = [];
    if (reading.loadedBeforePaint) problems.push('late page: the highlights waited for the load event');
    if (!reading.waitedForLayout) problems.push("late page: the style sheet's arrival was not waited for");
    if (!reading.sources.some((text) => text.includes('Mira Osei')))
      problems.push(`late page: Mira Osei not among the sources ${JSON.stringify(reading.sources)}`);
    if (reading.painted.some((text) => /print desk|printed edition/.test(text)))
      problems.push('late page: text that the style sheet hides was painted');
    if (problems.length === 0)
      console.log(
        'Late page: painted after its style sheet came and before its load event, hidden text left out.',
      );
    return problems;
  } finally {
    // Away from the page, so that the photo held back does not keep the server open.
    await session.send('browsingContext.navigate', { context, url: 'about:blank', wait: 'complete' });
    await slow.close();
  }
}

/**
 * Text that a page shows later by taking a class off (tests/fixtures/reading): the rest of a story that
 * "Read more" unfolds gets its findings, and so does an article that a cookie wall kept hidden.
 */
async function checkShownLater(session: BidiSession, context: string): Promise<string[]> {
  const pages = await serveFolder('tests/fixtures/reading');
  const texts = (layer: string) =>
    `JSON.stringify([...(CSS.highlights.get('${layer}') ?? [])].map((range) => range.toString()))`;
  const marked = (name: string) => `String(performance.getEntriesByName('sourcemark:${name}').length > 0)`;
  const problems: string[] = [];
  const check = async (page: string, mark: string, button: string, layer: string, text: string) => {
    await session.send('browsingContext.navigate', {
      context,
      url: `${pages.origin}/${page}`,
      wait: 'complete',
    });
    await waitFor(session, context, marked(mark), (value) => value === 'true');
    if ((await evaluate(session, context, texts(layer))).includes(text))
      problems.push(`${page}: ${text} painted before the page showed it`);
    await evaluate(session, context, `document.getElementById('${button}').click(), 'clicked'`);
    await waitFor(session, context, texts(layer), (value) => value.includes(text)).catch(() =>
      problems.push(`${page}: ${text} not painted once the page showed it`),
    );
  };
  try {
    await check('shown-later.html', 'painted', 'read-more', 'sourcemark-source', 'Arvid Solberg');
    await check('shown-later.html?wall', 'no-article', 'accept', 'sourcemark-cue', 'denied');
    if (problems.length === 0)
      console.log('Text shown later ("Read more", a cookie wall accepted): analyzed once shown.');
    return problems;
  } finally {
    await pages.close();
  }
}

async function evaluate(session: BidiSession, context: string, expression: string): Promise<string> {
  return String(await session.evaluate(context, expression));
}

/** Evaluates until `done` says so (the content script works in idle time), at most 20 s. */
async function waitFor(
  session: BidiSession,
  context: string,
  expression: string,
  done: (value: string) => boolean,
): Promise<string> {
  const until = Date.now() + 20_000;
  let value = '';
  while (Date.now() < until) {
    value = await evaluate(session, context, expression);
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no highlights after 20 s (last: ${value})`);
}
