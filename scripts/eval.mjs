#!/usr/bin/env node
// `npm run eval`: runs `sourcemark predict` on the PolNeAR dev split and on the seed article, then the shared
// scorer (../shared/eval/score.mjs) on each, and prints the scorer's lines. Predictions are kept in out/eval/
// for inspection. Reads ../shared relative to the repository root and says so when it is absent.
//   npm run eval -- [--json] [--only=dev|seed] [--tagger=NAME]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const { scriptOptions } = await import('./lib/options.ts');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const corpora = [
  { name: 'dev', gold: join(shared, 'corpus', 'polnear', 'dev.jsonl') },
  { name: 'seed', gold: join(shared, 'corpus', 'seed.jsonl') },
];
const args = scriptOptions();
const json = args.json === 'true';
const tagger = args.tagger ? ['--tagger', args.tagger] : [];
const only = args.only;

if (!existsSync(scorer)) {
  console.error(`eval: the shared data is absent (no ${scorer}); nothing to evaluate.`);
  process.exit(2);
}
const outDir = join(root, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
let status = 0;
for (const { name, gold } of corpora) {
  if (only && only !== name) continue;
  if (!existsSync(gold)) {
    console.error(`eval: ${gold} is absent; skipping ${name}.`);
    status = 2;
    continue;
  }
  const predict = spawnSync(
    process.execPath,
    [join(root, 'bin', 'sourcemark.mjs'), 'predict', gold, ...tagger],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  if (predict.status !== 0) {
    console.error(`eval: predict failed on ${name}:\n${predict.stderr}`);
    process.exit(1);
  }
  const predPath = join(outDir, `${name}.pred.jsonl`);
  writeFileSync(predPath, predict.stdout);
  const score = spawnSync(
    process.execPath,
    [scorer, '--gold', gold, '--pred', predPath, ...(json ? ['--json'] : [])],
    {
      encoding: 'utf8',
    },
  );
  if (score.status !== 0) {
    console.error(`eval: scorer failed on ${name}:\n${score.stderr}`);
    process.exit(1);
  }
  if (json) console.log(JSON.stringify({ corpus: name, ...JSON.parse(score.stdout) }));
  else console.log(`== ${name} (${gold})\n${score.stdout.trimEnd()}`);
}
process.exitCode = status;
