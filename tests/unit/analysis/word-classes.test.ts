/**
 * Word classes the engine gives words its lexicon does not know, from their shape and their neighbours.
 */
import { describe, expect, it } from 'vitest';
import { tagAt } from '../../../src/analysis/context';
import { prepare } from '../../../src/analysis';
import { Tag } from '../../../src/analysis/tags';
import { only } from './read';

/** The tag of the first occurrence of `word` in `text`. */
function tagOf(text: string, word: string): number {
  const ctx = prepare(text);
  for (let i = 0; i < ctx.tokens.count; i++) {
    if (text.slice(ctx.tokens.start[i], ctx.tokens.end[i]) === word) return tagAt(ctx, i);
  }
  throw new Error(`no "${word}" in "${text}"`);
}

describe('an unknown word', () => {
  it('that is a common adjective its shape does not show is an adjective ("getting ready to")', () => {
    expect(tagOf('The port is getting ready to reopen.', 'ready')).toBe(Tag.Adj);
    expect(tagOf('Crews were reluctant to sail.', 'reluctant')).toBe(Tag.Adj);
  });

  it('ending in -ly is an adverb, unless it is one of the nouns so shaped ("tally", "rally")', () => {
    expect(tagOf('Crews worked steadily through the night.', 'steadily')).toBe(Tag.Adv);
    expect(tagOf('The tally says there are 40 more.', 'tally')).toBe(Tag.Noun);
  });

  it('after a modal is a verb ("will reopen", "could outlaw")', () => {
    expect(tagOf('The bridge will reopen in March.', 'reopen')).toBe(Tag.Verb);
    expect(tagOf('The council could outlaw the practice.', 'outlaw')).toBe(Tag.Verb);
  });

  it('ending in -ing is a participle only with a syllable before the ending', () => {
    expect(tagOf('The bridge opens this spring.', 'spring')).toBe(Tag.Noun);
    expect(tagOf('Crews were resurfacing the deck.', 'resurfacing')).toBe(Tag.Ing);
  });
});

describe('a word that can be a noun or a verb', () => {
  it('right after a verb of saying or finding is its object ("the tests found lead")', () => {
    expect(tagOf('The tests found lead in three schools.', 'lead')).toBe(Tag.Noun);
    expect(only('The tests found lead in three schools.').what).toBe('lead in three schools');
  });
});

describe('a word that can be a noun or a verb', () => {
  it('joined by "and" to a noun, with nothing after it that a verb would take, is a noun', () => {
    expect(tagOf('The head of news and talk, Dana Reyes, called the show a success.', 'talk')).toBe(Tag.Noun);
    expect(tagOf('Volunteers brought food and drink for the crews.', 'drink')).toBe(Tag.Noun);
  });

  it('after a count of people and before a clause is their verb ("4 in 10 say they …")', () => {
    expect(tagOf('About 4 in 10 say they want lower fares.', 'say')).toBe(Tag.Verb);
    expect(tagOf('One survey says fares are too high, while another says they are fair.', 'says')).toBe(
      Tag.Verb,
    );
    expect(tagOf('The 10 claims that he made were false.', 'claims')).not.toBe(Tag.Verb);
  });

  it('after a singular noun phrase, in a form that would not agree as a verb, is a noun ("a tender offer")', () => {
    expect(tagOf('The board accepted a tender offer that gives owners a choice.', 'offer')).toBe(Tag.Noun);
    expect(tagOf('Officials offer that the plan works.', 'offer')).toBe(Tag.Verb);
  });

  it('after "that" the determiner of a preposition is a noun ("an answer to that question")', () => {
    expect(tagOf('He did not give a direct answer to that question.', 'question')).toBe(Tag.Noun);
  });

  it('joined by "and" to a verb, or taking an object, stays a verb', () => {
    expect(tagOf('Officials will meet and talk with residents.', 'talk')).toBe(Tag.Verb);
    expect(tagOf('The mayors and the governors talk the plan over.', 'talk')).toBe(Tag.Verb);
  });
});

describe('the lexicon', () => {
  it('knows the irregular past tenses of common verbs ("fled", "withdrew", "chose")', () => {
    expect(tagOf('The crew fled to the harbor.', 'fled')).toBe(Tag.Past);
    expect(tagOf('The council withdrew the plan.', 'withdrew')).toBe(Tag.Past);
    expect(tagOf('Voters chose the bridge.', 'chose')).toBe(Tag.Past);
  });

  it('takes "objects" for a noun after a noun, and "object" for a verb before "to"', () => {
    expect(tagOf('The server creates several million java objects including lists.', 'objects')).toBe(
      Tag.Noun,
    );
    expect(tagOf('Critics object to the plan.', 'object')).toBe(Tag.Verb);
  });

  it('takes "arrest" for the noun it mostly is ("under house arrest in …")', () => {
    expect(tagOf('The captain is under house arrest in the port.', 'arrest')).toBe(Tag.Noun);
    expect(tagOf('Police will arrest the captain.', 'arrest')).toBe(Tag.Verb);
  });
});
