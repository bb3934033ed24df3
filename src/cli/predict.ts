/**
 * This module is the `sourcemark predict` command: it runs the analysis over every article of a corpus in the
 * format of ../shared/corpus/README.md (`{"id", "text", …}` per line) and prints one line of predictions per
 * article in the format ../shared/eval/score.mjs reads: `{"id", "attributions": [{source, cue, content, stance}]}`.
 */
import { readFileSync } from 'node:fs';
import { analyze, analyzeContext, prepare } from '../analysis/index';
import { overrideOpenClasses } from '../analysis/pos-override';
import type { Analysis } from '../model/attribution';

interface CorpusArticle {
  readonly id: string;
  readonly text: string;
}

function parseArticle(line: string, where: string): CorpusArticle {
  const value: unknown = JSON.parse(line);
  if (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'text' in value &&
    typeof value.id === 'string' &&
    typeof value.text === 'string'
  ) {
    return { id: value.id, text: value.text };
  }
  throw new Error(`${where}: needs "id" and "text" (strings)`);
}

/**
 * The engine, or (with `--tagger wink`) the engine with wink-nlp's part-of-speech tags deciding the open
 * word classes: the measurement of what a library tagger would add.
 */
async function engineFor(tagger: string | undefined): Promise<(text: string) => Analysis> {
  if (!tagger) return analyze;
  if (tagger !== 'wink') throw new Error(`unknown tagger "${tagger}" (known: wink)`);
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  return (text) => {
    const ctx = prepare(text);
    const tokens = nlp.readDoc(text).tokens();
    overrideOpenClasses(ctx, { values: tokens.out(its.value), pos: tokens.out(its.pos) });
    return analyzeContext(ctx);
  };
}

export async function run(args: string[]): Promise<number> {
  const path = args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '--tagger');
  const taggerAt = args.indexOf('--tagger');
  const tagger = taggerAt >= 0 ? args[taggerAt + 1] : undefined;
  if (!path) {
    console.error('usage: sourcemark predict GOLD.jsonl [--tagger wink] > PRED.jsonl');
    return 2;
  }
  const engine = await engineFor(tagger);
  let corpus: string;
  try {
    corpus = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`sourcemark predict: cannot read ${path}: ${(error as Error).message}`);
    return 1;
  }
  const out: string[] = [];
  const lines = corpus.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line?.trim()) continue;
    const article = parseArticle(line, `${path}:${n + 1}`);
    const { attributions } = engine(article.text);
    out.push(
      JSON.stringify({
        id: article.id,
        attributions: attributions.map((a) => ({
          source: a.source,
          cue: a.cue,
          content: a.content,
          stance: a.stance,
        })),
      }),
    );
  }
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}
