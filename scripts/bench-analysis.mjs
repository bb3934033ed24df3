#!/usr/bin/env node
// `npm run bench:analysis`: how fast the attribution engine reads news text, on one thread, against two
// references over the same text (the PolNeAR dev split, read from ../shared):
//   - the floor: a plain regular-expression word tokenization pass;
//   - the peer: wink-nlp part-of-speech tagging (readDoc(t).tokens().out(its.pos), wink-eng-lite-web-model).
// Each figure is the median of several timed passes after warm-up passes; MB are 10^6 bytes of UTF-8 text.
// It also times one 5,000-word article and reports the heap after 10 passes (after garbage collection).
//   npm run bench:analysis -- [--runs=N] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { register } from 'tsx/esm/api';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '..', 'shared', 'corpus', 'polnear', 'dev.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench:analysis: the shared corpus is absent (no ${corpus}); nothing to measure.`);
  process.exit(2);
}
register();
const { scriptOptions } = await import('./lib/options.ts');
const args = scriptOptions();
const RUNS = Number(args.runs ?? 9);
const json = args.json === 'true';
const { analyze, analyzeContext, prepare } = await import(join(root, 'src', 'analysis', 'index.ts'));
const { overrideOpenClasses } = await import(join(root, 'src', 'analysis', 'pos-override.ts'));
const texts = readFileSync(corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).text);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const mb = bytes / 1e6;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median wall time in ms of `pass` over `runs` timed passes, after `warm` untimed ones. */
function time(pass, runs, warm = 3) {
  for (let i = 0; i < warm; i++) pass();
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    pass();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

let sink = 0; // keeps results alive so no pass is optimized away
const WORD = /[\p{L}\p{N}]+/gu;
const regexPass = () => {
  for (const t of texts) {
    WORD.lastIndex = 0;
    while (WORD.exec(t) !== null) sink++;
  }
};
const enginePass = () => {
  for (const t of texts) sink += analyze(t).attributions.length;
};

const regexMs = time(regexPass, RUNS);
const engineMs = time(enginePass, RUNS);

const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;
const winkPass = () => {
  for (const t of texts) sink += nlp.readDoc(t).tokens().out(its.pos).length;
};
const winkMs = time(winkPass, Math.max(3, Math.ceil(RUNS / 2)), 1);
// The engine with wink-nlp deciding the open word classes (predict --tagger wink): the tagger-included cost.
const taggedPass = () => {
  for (const t of texts) {
    const ctx = prepare(t);
    const tokens = nlp.readDoc(t).tokens();
    overrideOpenClasses(ctx, { values: tokens.out(its.value), pos: tokens.out(its.pos) });
    sink += analyzeContext(ctx).attributions.length;
  }
};
const taggedMs = time(taggedPass, Math.max(3, Math.ceil(RUNS / 2)), 1);

// One article of 5,000 words, built from the corpus text.
let article = '';
for (const t of texts) {
  if ((article.match(WORD) ?? []).length >= 5000) break;
  article += (article ? '\n' : '') + t;
}
const words = (article.match(WORD) ?? []).slice(0, 5000);
const cut = article.split(/\s+/).slice(0, words.length).join(' ');
const articleMs = time(() => analyze(cut), RUNS * 3);

// Heap after 10 passes, compared with the heap before them.
gc();
const heapBefore = process.memoryUsage().heapUsed;
for (let i = 0; i < 10; i++) enginePass();
gc();
const heapAfter = process.memoryUsage().heapUsed;

const rate = (ms) => mb / (ms / 1000);
const result = {
  corpus: { articles: texts.length, megabytes: Number(mb.toFixed(3)) },
  runs: RUNS,
  engine: { ms: engineMs, mbPerSecond: rate(engineMs) },
  regexFloor: { ms: regexMs, mbPerSecond: rate(regexMs) },
  winkPos: { ms: winkMs, mbPerSecond: rate(winkMs) },
  engineWithWink: { ms: taggedMs, mbPerSecond: rate(taggedMs) },
  ratios: { engineOverRegex: engineMs / regexMs, winkOverEngine: winkMs / engineMs },
  article5000Words: { ms: articleMs, words: words.length },
  heap: {
    beforeMB: heapBefore / 1e6,
    after10PassesMB: heapAfter / 1e6,
    growthMB: (heapAfter - heapBefore) / 1e6,
  },
};
if (json) {
  console.log(JSON.stringify(result));
} else {
  const f = (x, d = 2) => x.toFixed(d);
  console.log(
    `corpus: PolNeAR dev, ${texts.length} articles, ${f(mb, 3)} MB; medians of ${RUNS} passes, one thread`,
  );
  console.log(
    `engine (analyze)     ${f(engineMs, 1).padStart(8)} ms   ${f(rate(engineMs)).padStart(7)} MB/s`,
  );
  console.log(`regex floor          ${f(regexMs, 1).padStart(8)} ms   ${f(rate(regexMs)).padStart(7)} MB/s`);
  console.log(`wink-nlp POS         ${f(winkMs, 1).padStart(8)} ms   ${f(rate(winkMs)).padStart(7)} MB/s`);
  console.log(
    `engine + wink tags   ${f(taggedMs, 1).padStart(8)} ms   ${f(rate(taggedMs)).padStart(7)} MB/s`,
  );
  console.log(
    `ratios: engine/regex ${f(engineMs / regexMs, 1)}x, wink-nlp/engine ${f(winkMs / engineMs, 1)}x`,
  );
  console.log(`one article of ${words.length} words: ${f(articleMs, 1)} ms`);
  console.log(
    `heap: ${f(heapBefore / 1e6, 1)} MB before, ${f(heapAfter / 1e6, 1)} MB after 10 passes ` +
      `(growth ${f((heapAfter - heapBefore) / 1e6, 2)} MB)`,
  );
}
if (sink < 0) console.log(sink);
