/**
 * Where sentences end: a full stop after an abbreviation or an initial keeps the closing quote that hugs
 * it; after a question or exclamation inside a quote, the speaker's tag that follows ("“…?” Graham
 * asked.") belongs to the quote's sentence. Any verb of saying, asking, pressing or posting in the engine's
 * lexicon makes such a tag, and a capitalized word without one starts a new sentence.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/analysis/sentences';
import { tokenize } from '../../../src/analysis/tokens';

function sentencesOf(text: string): string[] {
  const tokens = tokenize(text);
  const s = splitSentences(tokens);
  const out: string[] = [];
  for (let k = 0; k < s.count; k++) {
    const first = s.first[k] ?? 0;
    const last = (s.last[k] ?? 0) - 1;
    out.push(text.slice(tokens.start[first], tokens.end[last]));
  }
  return out;
}

describe('a full stop', () => {
  it('after an abbreviation or an initial keeps the closing quote or bracket that hugs it', () => {
    expect(sentencesOf('He said, “Call me J.” Then he left.')).toEqual([
      'He said, “Call me J.”',
      'Then he left.',
    ]);
    expect(sentencesOf('“Neither do I.” He left.')).toEqual(['“Neither do I.”', 'He left.']);
    expect(sentencesOf('(The firm is based in the U.S.) Its rivals are not.')).toEqual([
      '(The firm is based in the U.S.)',
      'Its rivals are not.',
    ]);
  });

  it('is not read into an abbreviation inside a sentence', () => {
    expect(sentencesOf('He worked for the U.S. Army. She did not.')).toEqual([
      'He worked for the U.S. Army.',
      'She did not.',
    ]);
    expect(sentencesOf('He cited “the U.S.” as a model.')).toEqual(['He cited “the U.S.” as a model.']);
  });
});

describe("a quote's tag after the speaker's name", () => {
  it('stays in the sentence of the quote it follows', () => {
    expect(sentencesOf('“Does anybody know?” Graham asked. “Neither do I.”')).toEqual([
      '“Does anybody know?” Graham asked.',
      '“Neither do I.”',
    ]);
  });

  it('is made by any verb of saying, asking, pressing or posting in the lexicon', () => {
    for (const verb of ['wondered', 'demanded', 'tweeted', 'argued', 'replied', 'says']) {
      const text = `“Who pays for this?” Mayor Lena Ortiz ${verb}. The council adjourned.`;
      expect(sentencesOf(text)[0], verb).toBe(`“Who pays for this?” Mayor Lena Ortiz ${verb}.`);
    }
  });

  it('is not made by a verb of another kind: the capitalized words start a new sentence', () => {
    expect(sentencesOf('“Who pays for this?” Graham Street runs north.')).toEqual([
      '“Who pays for this?”',
      'Graham Street runs north.',
    ]);
  });
});
