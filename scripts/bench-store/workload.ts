/**
 * This module makes the store benchmark's data and runs its timed operations. The same code runs in Node
 * (fake-indexeddb) and in Chromium (real IndexedDB, bundled by scripts/bench-store.mjs). The text is
 * generated: English function words at their usual rates among made-up content words drawn from a Zipf
 * distribution, so that the index sees realistic word frequencies without copying any real text.
 */
import type { Annotation, AnnotationKind } from '../../src/model/annotation';
import type { Page } from '../../src/model/page';
import { siteOf } from '../../src/model/page';
import type { Snapshot } from '../../src/store/snapshot';

/** A small deterministic PRNG (mulberry32), so every run and both engines see the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS =
  'the of and to a in that is was for on with as by at from it said has have not be are were he she they this'.split(
    ' ',
  );
const SYLLABLES =
  'ka lo mi ne ru sa te vo zi pa re do ba fi gu ho ja ke li mo nu pe qua ri so tu ve wa xi yo ze'.split(' ');

export interface Vocabulary {
  readonly words: readonly string[];
  /** Cumulative Zipf weights for `words`. */
  readonly cumulative: Float64Array;
}

/**
 * Made-up content words with Zipf weights 1/(rank + 1 + HEAD): in real text the head of the Zipf curve
 * is function words (generated separately, most of them not indexed), so the commonest content word is
 * rank ~50 overall and appears in a few percent of quotes, not in most of them.
 */
const HEAD = 50;

export function vocabulary(size: number, rand: () => number): Vocabulary {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = 2 + Math.floor(rand() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    words.add(word);
  }
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) cumulative[i] = sum += 1 / (i + 1 + HEAD);
  return { words: [...words], cumulative };
}

function zipfWord(vocab: Vocabulary, rand: () => number): string {
  const total = vocab.cumulative[vocab.cumulative.length - 1] ?? 1;
  const target = rand() * total;
  let lo = 0;
  let hi = vocab.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocab.cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return vocab.words[lo] ?? 'x';
}

function sentence(vocab: Vocabulary, rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(
      rand() < 0.4
        ? (FUNCTION_WORDS[Math.floor(rand() * FUNCTION_WORDS.length)] ?? 'the')
        : zipfWord(vocab, rand),
    );
  }
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KINDS: readonly AnnotationKind[] = ['highlight', 'claim', 'denial', 'attribution'];
const TAGS = ['disputed', 'verified', 'needs-source', 'follow-up', 'economy', 'health', 'climate', 'courts'];

export interface WorkloadOptions {
  readonly annotations: number;
  readonly pages: number;
  readonly seed: number;
  /** Prefix for ids, so that several generated sets never collide. */
  readonly idPrefix: string;
  readonly startTime?: number;
}

/** Annotations spread evenly over pages, with quotes, notes, tags and sources. */
export function generateSnapshot(options: WorkloadOptions, vocab: Vocabulary): Snapshot {
  const rand = random(options.seed);
  const start = options.startTime ?? Date.UTC(2025, 0, 1);
  const sources = Array.from({ length: 400 }, (_, i) => `${sentence(vocab, rand, 2)} ${i}`);
  const pages: Page[] = Array.from({ length: options.pages }, (_, i) => {
    const url = `https://news${i % 50}.example/${options.idPrefix}/story-${i}`;
    return {
      url,
      title: sentence(vocab, rand, 8),
      site: siteOf(url),
      firstSeen: start + i * 60_000,
      lastSeen: start + i * 60_000 + 3_600_000,
    };
  });
  const annotations: Annotation[] = [];
  for (let i = 0; i < options.annotations; i++) {
    const page = pages[i % pages.length] as Page;
    const exact = sentence(vocab, rand, 8 + Math.floor(rand() * 20));
    const offset = Math.floor(rand() * 20_000);
    const kind = KINDS[Math.floor(rand() * KINDS.length)] ?? 'highlight';
    const created = page.firstSeen + Math.floor(rand() * 3_600_000);
    annotations.push({
      id: `${options.idPrefix}-${i.toString(36)}`,
      pageUrl: page.url,
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact,
          prefix: sentence(vocab, rand, 5).slice(-32),
          suffix: sentence(vocab, rand, 5).slice(0, 32),
        },
        position: { type: 'TextPositionSelector', start: offset, end: offset + exact.length },
      },
      kind,
      tags: rand() < 0.4 ? [TAGS[Math.floor(rand() * TAGS.length)] ?? 'disputed'] : [],
      note: rand() < 0.3 ? sentence(vocab, rand, 5 + Math.floor(rand() * 25)) : '',
      sourceName: kind === 'highlight' ? null : (sources[Math.floor(rand() * sources.length)] ?? null),
      stance: kind === 'denial' ? 'deny' : kind === 'highlight' ? null : 'assert',
      created,
      updated: created + Math.floor(rand() * 86_400_000),
      anchor: 'anchored',
    });
  }
  return { annotations, sources: [], pages, siteSettings: [] };
}
