import { describe, expect, it } from 'vitest';
import { only, read } from './read';

describe('a source denies when the cue is a verb of denial', () => {
  it.each([
    'The firm denied the allegations.',
    'The firm rejected those claims as groundless.',
    'The firm dismissed the report.',
    'The firm disputed the figures in the audit.',
    'The firm pushed back on the accusations.',
  ])('%s', (text) => {
    expect(only(text).stance).toBe('deny');
  });

  it('but not when the denial is negated ("did not deny")', () => {
    expect(only('The firm did not deny the allegations.').stance).toBe('assert');
  });
});

describe('a source denies when the content declares something untrue', () => {
  it.each([
    '“Those accusations are simply false,” a spokeswoman said.',
    'The spokeswoman said the report was not true.',
    'The firm said there is no evidence that the estimates were inflated.',
    'Okafor called the figures “categorically untrue.”',
  ])('%s', (text) => {
    expect(only(text).stance).toBe('deny');
  });
});

describe('a verdict on a claim is a denial', () => {
  it('"called the allegations absurd"', () => {
    expect(only('North Harbor called the allegations about the contract “absurd.”').stance).toBe('deny');
  });

  it('a verdict on something else is not ("called the vote a disgrace")', () => {
    expect(only('Okafor called the vote a disgrace.').stance).toBe('assert');
  });
});

describe('everything else asserts', () => {
  it('plain reported speech', () => {
    expect(only('Whitfield said the bridge would open in May.').stance).toBe('assert');
  });

  it('a negative statement that disputes nothing', () => {
    expect(only('Whitfield said the bridge would not open before May.').stance).toBe('assert');
  });

  it('the seed of a denial inside a longer article keeps the other stances', () => {
    const found = read('The firm denied the claims. Whitfield said the bridge was on schedule.');
    expect(found.map((r) => r.stance)).toEqual(['deny', 'assert']);
  });
});
