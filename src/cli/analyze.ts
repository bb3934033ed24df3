/**
 * This module is the `sourcemark analyze FILE [--json]` command: who said what in an article. A `.txt` file is
 * read as the article text; an `.html` file is parsed with happy-dom and its article text is extracted the
 * way the content script does it (findArticle, or the best region when the page does not look like an
 * article, then buildTextIndex: block boundaries become "\n"). It prints one line per attribution — source,
 * cue, stance, claim — or, with --json, the text and the analysis.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { analyze } from '../analysis/index';
import type { Analysis, Attribution } from '../model/attribution';
import type { Span } from '../model/span';

/** Claims longer than this are shortened in the readable listing. */
const CLAIM_WIDTH = 160;

export async function run(args: string[]): Promise<number> {
  const path = args.find((a) => !a.startsWith('-'));
  const json = args.includes('--json');
  if (!path) {
    console.error('usage: sourcemark analyze FILE [--json]   (FILE: .txt or .html)');
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`sourcemark analyze: cannot read ${path}: ${(error as Error).message}`);
    return 1;
  }
  const ext = extname(path).toLowerCase();
  const text = ext === '.html' || ext === '.htm' ? await articleText(raw) : raw;
  const analysis = analyze(text);
  if (json) {
    process.stdout.write(JSON.stringify({ text, ...analysis }, null, 2) + '\n');
  } else {
    process.stdout.write(listing(text, analysis));
  }
  return 0;
}

/** The article text of a page, as the content script extracts it. */
async function articleText(html: string): Promise<string> {
  const { Window } = await import('happy-dom');
  const { bestArticleRegion, findArticle } = await import('../article/find-article');
  const { buildTextIndex } = await import('../anchoring/dom/text-index');
  const window = new Window({
    url: 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  try {
    // happy-dom's document implements the DOM the core is written against.
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const region = findArticle(doc) ?? bestArticleRegion(doc);
    const root = region?.root ?? doc.body;
    if (!root) return '';
    return buildTextIndex(root, { exclude: new Set(region?.excluded ?? []) }).text;
  } finally {
    await window.happyDOM.close();
  }
}

function textOf(text: string, spans: readonly Span[]): string {
  return spans
    .map(([s, e]) => text.slice(s, e))
    .join(' … ')
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(s: string, width: number): string {
  return s.length <= width ? s : `${s.slice(0, width - 1)}…`;
}

function line(text: string, a: Attribution, n: number): string {
  const source = a.sourceName || textOf(text, a.source) || '(no source)';
  const written = textOf(text, a.source);
  const alias = written && written !== source ? ` [“${shorten(written, 40)}”]` : '';
  const kind = a.sourceKind === 'named' ? '' : ` (${a.sourceKind})`;
  const stance = a.stance === 'deny' ? ' DENIES' : '';
  const claim = shorten(textOf(text, a.content), CLAIM_WIDTH);
  return `${String(n).padStart(3)}. ${source}${alias}${kind} — ${textOf(text, a.cue)}${stance}: ${claim}\n`;
}

function listing(text: string, analysis: Analysis): string {
  const { attributions, sentences } = analysis;
  const denials = attributions.filter((a) => a.stance === 'deny').length;
  let out = `${attributions.length} attributions (${denials} denials) in ${sentences.length} sentences\n`;
  attributions.forEach((a, i) => {
    out += line(text, a, i + 1);
  });
  return out;
}
