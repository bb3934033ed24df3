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

describe('a content denies in the source’s own words', () => {
  it.each([
    ['someone is lying about something', 'Hernandez said the mayor is lying about the budget.'],
    ['what was said is lies', '“Those figures are lies,” the union said.'],
    ['a person or a claim is wrong', '“They are flat wrong,” Okafor said.'],
    ['a charge negated', 'The agency said the delay was not intentional.'],
    ['a charge negated by comparison', 'The firm said its audit was no more biased than any other.'],
    ['nothing wrong done', 'The treasurer said she did nothing wrong.'],
    ['an inference refused', '“A late filing doesn’t mean the firm hid anything,” Okafor said.'],
    ['a statement opening with “No,”', '“No, the bridge was inspected,” Okafor said.'],
    ['“That’s not …” answering what was said', '“That’s not what happened,” Okafor said.'],
    ['the source never said or mentioned it', 'Okafor said she did not mention the contract.'],
    ['a reply that negates its first clause', 'Okafor replied that the council had never approved the loan.'],
  ])('%s', (_kind, text) => {
    expect(only(text).stance).toBe('deny');
  });
});

describe('negative words that deny nothing', () => {
  it.each([
    ['“false” on something that is not a claim', '“False hope helps nobody,” Okafor said.'],
    [
      '“this is not …” presenting the speaker’s own topic',
      '“This is not a crisis, it is a test,” Okafor said.',
    ],
    ['an absence that is not of evidence', 'Okafor said there is no chance the bridge will close.'],
    ['“it” in a person’s quote is not the person', '“It doesn’t make any sense,” Okafor said.'],
    ['calling someone a liar insults rather than denies a claim', 'Okafor said Ferris is a liar.'],
    ['the narrator’s remark after the content', 'Okafor said the audit was sound, but offered no proof.'],
    ['a reply to something that negates', 'Okafor responded to the claim that nobody paid.'],
    ['a verdict on a deed, not on a claim', 'Okafor called the bank’s conduct outrageous.'],
    ['a verdict that names without dismissing', 'Okafor called it a minor delay.'],
  ])('%s', (_kind, text) => {
    expect(only(text).stance).toBe('assert');
  });

  it('a verdict that dismisses a claim is a denial ("called the report ridiculous")', () => {
    expect(only('Okafor called the report ridiculous.').stance).toBe('deny');
  });

  it('"fake news" denies as a verdict or a predicate, not as a topic the source speaks of', () => {
    expect(only('The mayor called the report fake news.').stance).toBe('deny');
    expect(only('The mayor said the report was fake news.').stance).toBe('deny');
    expect(only('“Fake news,” the mayor said.').stance).toBe('deny');
    expect(only('The mayor said the council would help schools spot fake news.').stance).toBe('assert');
  });

  it('a passive of belief reports no one’s disbelief ("is not thought to …")', () => {
    const found = read('The bridge is not thought to be at risk, engineers said.');
    expect(found.some((r) => r.stance === 'deny')).toBe(false);
  });

  it('an attributive word of falsity is the narrator’s when the content is a noun phrase', () => {
    const found = read('Ferris repeated an unfounded rumor about the bridge.');
    expect(found.some((r) => r.stance === 'deny')).toBe(false);
  });
});

describe('more ways of saying it is not so', () => {
  it.each([
    ['a quoted verdict of lies', 'Okafor says the mayor’s posts are “lies and smears.”'],
    ['an argument that does not hold water', '“The rationales don’t hold water,” Okafor said.'],
    [
      'not what others make it out to be',
      '“The plan is not the monster that critics make it out to be,” Okafor said.',
    ],
    ['a correction of how one was understood', 'Okafor said he was not speaking about the mayor.'],
    [
      'the source never told what to say',
      'Okafor and Ferris say the board has never told them what to write.',
    ],
    ['a repeated “never” set off by dashes', '“I have never -- never -- met the mayor,” Okafor said.'],
  ])('%s', (_kind, text) => {
    expect(only(text).stance).toBe('deny');
  });

  it.each([
    ['a silence explained', 'Okafor said she had not spoken because she was ill.'],
    ['a prediction that something cannot hold up', 'Okafor said prices can’t hold up for long.'],
    ['someone else never told', 'Okafor said the board never told the staff about it.'],
    [
      'nothing wrong with a thing, rather than with one’s deeds',
      'Okafor said there was nothing wrong with the request.',
    ],
  ])('%s asserts', (_kind, text) => {
    expect(only(text).stance).toBe('assert');
  });
});
