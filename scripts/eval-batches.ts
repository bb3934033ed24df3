// `npm run eval:batches`: whether the page, which analyzes an article in batches of paragraphs, names the
// sources as the engine does on the whole text. On the PolNeAR dev split, each text is analyzed whole and
// in the content script's batches (names then resolved across batches); an attribution found both ways
// (same cue) counts as differing when its display name does. Prints the counts and the first differences.
//   npx tsx scripts/eval-batches.ts [--show=N]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphBatches } from '../extension/content/paragraph-batches';
import { analyze } from '../src/analysis';
import { resolveSourcesAcross } from '../src/analysis/name-completion';
import type { Attribution } from '../src/model/attribution';

const dev = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/polnear/dev.jsonl');
if (!existsSync(dev)) {
  console.error(`eval:batches: ${dev} is absent; nothing to compare.`);
  process.exit(2);
}
const show = Number(process.argv.find((a) => a.startsWith('--show='))?.slice(7) ?? 10);

/** Key of an attribution in the whole text's offsets: where its cue starts. */
const cueAt = (a: Attribution, shift = 0): number => (a.cue[0]?.[0] ?? -1) + shift;

let texts = 0;
let batched = 0;
let compared = 0;
const differences: string[] = [];
for (const line of readFileSync(dev, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const text = (JSON.parse(line) as { text: string }).text;
  texts++;
  const whole = new Map(analyze(text).attributions.map((a) => [cueAt(a), a]));
  const batches = paragraphBatches(text);
  if (batches.length > 1) batched++;
  const apart = batches.flatMap((b) =>
    analyze(b.text).attributions.map((a) => ({ ...a, at: cueAt(a, b.start) })),
  );
  for (const a of resolveSourcesAcross(apart)) {
    const same = whole.get(a.at);
    if (!same) continue;
    compared++;
    if (same.sourceName !== a.sourceName)
      differences.push(`"${same.sourceName}" whole, "${a.sourceName}" in batches (${a.sourceKind})`);
  }
}
console.log(
  `${texts} texts (${batched} in more than one batch): ${differences.length} of ${compared} sources named differently in batches`,
);
for (const d of differences.slice(0, show)) console.log(`  ${d}`);
