import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/index';
import type { Analysis } from '../../../src/model/attribution';
import { read } from './read';

const article = readFileSync(new URL('../../fixtures/analysis/harbor-bridge.txt', import.meta.url), 'utf8');

/** Every span lies inside the text, with start < end. */
function wellFormed(text: string, analysis: Analysis): void {
  const all = [
    ...analysis.sentences,
    ...analysis.attributions.flatMap((a) => [...a.source, ...a.cue, ...a.content]),
  ];
  for (const [s, e] of all) {
    expect(Number.isInteger(s) && Number.isInteger(e)).toBe(true);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(e).toBeLessThanOrEqual(text.length);
    expect(s).toBeLessThan(e);
  }
}

describe('robust input', () => {
  it('empty text and white space give nothing', () => {
    expect(analyze('')).toEqual({ sentences: [], attributions: [] });
    expect(analyze(' \n\n\t ').attributions).toEqual([]);
  });

  it('5 MB of text is analyzed in bounded time, with the same findings in every copy', () => {
    const copies = Math.ceil(5_000_000 / (article.length + 1));
    const text = Array.from({ length: copies }, () => article).join('\n');
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const started = performance.now();
    const analysis = analyze(text);
    const ms = performance.now() - started;
    expect(analysis.attributions.length).toBe(copies * analyze(article).attributions.length);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('text without sentence punctuation is cut into bounded sentences and still read', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `the mayor said the bridge ${i} is safe`).join(' ');
    const analysis = analyze(text);
    wellFormed(text, analysis);
    // 16,000 words with no stop: bounded pieces, each read (one claim per piece: without punctuation the
    // next "said" reads as part of what was said).
    expect(analysis.sentences.length).toBeGreaterThanOrEqual(100);
    expect(analysis.attributions.length).toBeGreaterThanOrEqual(analysis.sentences.length);
  });

  it.each([
    ['“', '”'],
    ['‘', '’'],
    ['«', '»'],
    ['„', '“'],
    ['"', '"'],
    ["''", "''"],
    ["'", "'"],
  ])('reads a quote in %s…%s as the content', (open, close) => {
    const text = `${open}The bridge will open in May,${close} the mayor said.`;
    const [a] = read(text);
    expect(a?.who).toBe('the mayor');
    expect(a?.what).toBe(`${open}The bridge will open in May,${close}`);
  });

  it('does not end a sentence at abbreviations and initials', () => {
    const text = 'Sen. J. R. Smith of the U.S. Senate said the bill would pass. Mr. Lee disagreed.';
    const analysis = analyze(text);
    expect(analysis.sentences).toHaveLength(2);
    const [a] = read(text);
    expect(a?.who).toBe('Sen. J. R. Smith of the U.S. Senate');
  });

  it('ends a sentence at an abbreviation that closes it ("… in the U.S. The …")', () => {
    expect(analyze('The plan was made in the U.S. The mayor said so.').sentences).toHaveLength(2);
  });

  it('survives text in other languages, with few or no findings', () => {
    const texts = [
      'Le maire a déclaré que le pont serait ouvert en mai. « C’est une bonne nouvelle », a-t-il dit.',
      'Der Bürgermeister sagte, die Brücke werde im Mai eröffnet. „Das ist gut“, sagte er.',
      '市长说，这座桥将于五月开放。“这是好消息，”他说。',
      'Градоначалник је рекао да ће мост бити отворен у мају.',
      'قال رئيس البلدية إن الجسر سيفتح في مايو.',
    ];
    for (const text of texts) {
      const analysis = analyze(text);
      wellFormed(text, analysis);
      expect(analysis.attributions.length).toBeLessThanOrEqual(1);
    }
  });

  it('keeps UTF-16 offsets exact around emoji and accents', () => {
    const text = '🚧 Café owner Zoë Brandt said the bridge was “très bien.” 😀';
    const [a] = analyze(text).attributions;
    expect(a && text.slice(...(a.cue[0] ?? [0, 0]))).toBe('said');
    expect(a && text.slice(...(a.source[0] ?? [0, 0]))).toBe('Café owner Zoë Brandt');
  });

  it('gives well-formed spans on a whole article, each block separated by "\\n"', () => {
    const analysis = analyze(article);
    wellFormed(article, analysis);
    for (const a of analysis.attributions) {
      for (const [s, e] of [...a.source, ...a.cue, ...a.content])
        expect(article.slice(s, e)).not.toContain('\n');
    }
  });
});
