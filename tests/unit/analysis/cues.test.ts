import { describe, expect, it } from 'vitest';
import { cues, only, read } from './read';

describe('a verb of saying is a cue in every form and tense', () => {
  it.each([
    ['The mayor said the bridge was safe.', 'said'],
    ['The mayor says the bridge is safe.', 'says'],
    ['The mayor has said the bridge is safe.', 'has said'],
    ['The mayor will say the bridge is safe.', 'will say'],
    ['The mayor also said the bridge was safe.', 'also said'],
    ['The mayor stated that the bridge was safe.', 'stated'],
    ['The mayor insisted that the bridge was safe.', 'insisted'],
    ['The mayor wrote that the bridge was safe.', 'wrote'],
    ['The mayor announced that the bridge would open.', 'announced'],
    ['The mayor acknowledged that the bridge was late.', 'acknowledged'],
    ['The mayor told reporters that the bridge was safe.', 'told'],
  ])('%s', (text, cue) => {
    expect(only(text).cue).toBe(cue);
  });
});

describe('a judgment whose object stands before its source ("what X described as …")', () => {
  it('a relative clause: the object is what the pronoun stands for', () => {
    const a = only('People were hurt by an explosion that the mayor described as an intentional act.');
    expect([a.who, a.cue, a.what]).toEqual([
      'the mayor',
      'described',
      'an explosion … as an intentional act',
    ]);
  });

  it('"what": the predicate alone', () => {
    const a = only('He engaged in what analysts described as old tactics.');
    expect([a.who, a.cue, a.what]).toEqual(['analysts', 'described', 'as old tactics']);
  });

  it('but an opinion verb with "as" is not a statement ("what voters see as …")', () => {
    expect(cues('The plan is what voters see as a tax on work.')).toEqual([]);
  });
});

describe("a court's ruling", () => {
  it('"ruled that" is a cue, the court its source', () => {
    const a = only('A federal judge ruled that the harbor board had broken the law.');
    expect([a.who, a.cue, a.what]).toEqual([
      'A federal judge',
      'ruled',
      'that the harbor board had broken the law',
    ]);
  });

  it('but not the nouns "rules" and "ruling" before a relative clause', () => {
    expect(cues('Party rules that bind the delegates were changed.')).toEqual([]);
    expect(cues('A 2010 ruling that opened the way for the fund was cited.')).toEqual([]);
  });

  it('nor an infinitive or a participle that carries nothing said ("hard to tell", "without saying")', () => {
    expect(read('It is hard to tell.')).toEqual([]);
    expect(read('The captain left without saying.')).toEqual([]);
    // A passive's content may be its subject, outside the finding's span: it stays.
    expect(only('It was first reported by the Harbor Gazette.').cue).toBe('was first reported');
  });

  it('nor "called" where it names a thing ("Aotearoa, as it is called by Māori, …")', () => {
    expect(cues('They sailed to Aotearoa, as it is called by Māori, in the spring.')).toEqual([]);
    expect(only('As it was described by officials, the plan is a disaster.').cue).toBe('was described');
  });
});

describe('multiword cues', () => {
  it('"according to" is a cue and its object the source', () => {
    const a = only('According to the engineer, the bridge will open in May.');
    expect(a.cue).toBe('According to');
    expect(a.who).toBe('the engineer');
    expect(a.what).toBe('the bridge will open in May');
  });

  it('a verb and its particle make one cue', () => {
    expect(only('The engineer pointed out that the steel was cheaper.').cue).toBe('pointed out');
    expect(only('The council pushed back on the estimate.').cue).toBe('pushed back');
    expect(only('The senator called for an inquiry into the contract.').cue).toBe('called for');
  });

  it('a message noun with a that-clause is a cue, its possessor the source', () => {
    const a = only('The debate turned on Western claims that the steel was weak.');
    expect(a.cue).toBe('claims');
    expect(a.who).toBe('Western');
    expect(a.what).toBe('that the steel was weak');
  });

  it('a colon after a bare name in a headline is a cue', () => {
    const a = only('Whitfield: The bridge will pay for itself');
    expect(a.cue).toBe(':');
    expect(a.who).toBe('Whitfield');
  });

  it('a label before a colon is not ("Bonus video:", "The Latest:")', () => {
    expect(cues('Bonus video:')).toEqual([]);
    // A caption's label: a map, a chart or a gallery says nothing.
    expect(cues('Map: Flow of ferry traffic across the harbor')).toEqual([]);
    expect(cues('Chart: Fares since 2010, by route')).toEqual([]);
    expect(cues('The Latest: Bridge opens in May')).toEqual([]);
  });
});

describe('a transcript quoted one paragraph at a time names its speakers in capitals', () => {
  const transcript = [
    'Partial transcript as follows:',
    '"HALVORSEN: The bridge will open in May, and the tolls will stay where they are.',
    '"(CROSSTALK.)',
    '"OKAFOR: The steel came late, and nobody has said who pays for the delay.',
    '"VIDEO: Cars wait at the old ferry landing.',
  ].join('\n');

  it("each speaker's turn is an attribution of its own, the label its source", () => {
    expect(read(transcript).map((a) => [a.who, a.cue, a.what])).toEqual([
      ['HALVORSEN', ':', 'The bridge will open in May, and the tolls will stay where they are'],
      ['OKAFOR', ':', 'The steel came late, and nobody has said who pays for the delay'],
    ]);
  });

  it('but a capitalized word in a quote is no label without its colon, nor a bare "Q:"', () => {
    expect(cues('He wrote: "NEVER again, the bridge is finished."')).toEqual(['wrote']);
    expect(cues('"Q: Will the bridge open in May?')).toEqual([]);
  });
});

describe("a dash signs a quote with its author's name", () => {
  it('in testimonials and pull quotes, one after another ("“…” ― Ana Ruiz “…” ― Tom Lee")', () => {
    const found = read('“The bridge is a disgrace.” ― Ana Ruiz “We waited ten years. Enough.”― Tom Lee');
    expect(found.map((a) => [a.who, a.cue, a.what])).toEqual([
      ['Ana Ruiz', '―', '“The bridge is a disgrace.”'],
      ['Tom Lee', '―', '“We waited ten years. Enough.”'],
    ]);
  });

  it('with the apposition that says who the author is', () => {
    expect(only('“It should be torn down.” — Ana Ruiz, a nurse in Tulsa').who).toBe(
      'Ana Ruiz, a nurse in Tulsa',
    );
  });

  it("but not a quote inside the article's own sentence, which a reporter signs", () => {
    const found = read('He insisted that his party was “still the first force in Spain.”--Kim Hjelmgaard.');
    expect(found.map((a) => a.who)).toEqual(['He']);
  });
});

describe('verbs of thinking and wanting count with their complement', () => {
  it('"believes" with a clause is an attribution', () => {
    expect(only('Most engineers believe the design is sound.').what).toBe('the design is sound');
  });

  it('"wants" with an infinitive is an attribution', () => {
    expect(only('The mayor wants to finish the bridge by May.').what).toBe('to finish the bridge by May');
  });

  it('"knows" with a plain object is not', () => {
    expect(cues('Everyone knows the harbor.')).toEqual([]);
  });

  it('a poll that shows or finds speaks through its object too', () => {
    const a = only('The poll shows a narrow lead for the mayor.');
    expect(a.who).toBe('The poll');
    expect(a.what).toBe('a narrow lead for the mayor');
  });

  it('so does evidence named before what it is of or whose it is ("an analysis of filings shows", "a study by … found")', () => {
    const analysis = only('A county analysis of newly filed permits shows a sharp drop in new homes.');
    expect([analysis.who, analysis.cue]).toEqual(['A county analysis of newly filed permits', 'shows']);
    expect(analysis.what).toBe('a sharp drop in new homes');
    expect(only('Video of the meeting shows the mayor leaving early.').who).toBe('Video of the meeting');
    expect(
      only('A 2019 study by county hydrologist Ana Ruiz found high levels of copper in the pipes.').cue,
    ).toBe('found');
    expect(only('Data from the port authority show a sharp drop in freight.').who).toBe(
      'Data from the port authority',
    );
    expect(cues('A map of the harbor shows the old piers.')).toEqual([]);
  });

  it('an adjective of attitude with its complement is a cue ("is eager to", "was critical of")', () => {
    const eager = only('The mayor is eager to finish the bridge.');
    expect([eager.who, eager.cue, eager.what]).toEqual(['The mayor', 'is eager', 'to finish the bridge']);
    expect(only('Residents were increasingly critical of the council.').what).toBe('the council');
    expect(read('The mayor is eager.')).toEqual([]);
  });

  it('an impression has no source: its subject is part of the content', () => {
    const a = only('The senator seemed to be losing patience.');
    expect(a.cue).toBe('seemed');
    expect(a.who).toBe('');
    expect(a.what).toBe('The senator … to be losing patience');
  });
});

describe('the sense of a word decides whether it is a cue', () => {
  it('a noun that could be a verb is a noun after a determiner ("the claims", "the states")', () => {
    expect(cues('The claims were reviewed by the states.')).toEqual([]);
  });

  it('"claims" after a name is a verb', () => {
    expect(only('Okafor claims the view will be lost.').cue).toBe('claims');
  });

  it('"called" naming something is not a cue; "called" judging it is', () => {
    expect(cues('She joined a group called the Harbor Friends.')).toEqual([]);
    expect(only('Okafor called the vote a disgrace.').what).toBe('the vote a disgrace');
  });

  it('a participle before a noun is an adjective ("758 pledged delegates")', () => {
    expect(cues('The mayor has 758 pledged delegates.')).toEqual([]);
  });

  it('a verb with a particle that changes its sense is not a cue ("adds up")', () => {
    expect(cues('The cost adds up to forty million dollars.')).toEqual([]);
  });

  it('set phrases with a verb of saying say nothing ("That said", "easier said than done")', () => {
    expect(cues('That said, the bridge is late.')).toEqual([]);
    expect(cues('Finishing the bridge is easier said than done.')).toEqual([]);
  });

  it('an imperative is not an attribution of the article', () => {
    expect(cues('Note the date on the plans.')).toEqual([]);
  });
});

describe('words inside a direct quote belong to the quote', () => {
  it('"I think" inside a quote is not a second attribution', () => {
    const found = read('“I think the bridge is beautiful,” the mayor said.');
    expect(found).toHaveLength(1);
    expect(found[0]?.cue).toBe('said');
  });
});

describe('reported speech inside reported speech', () => {
  it('"according to" wraps what it reports: one attribution', () => {
    const a = only('Whitfield said the bridge would open in May, according to the Harbor Gazette.');
    expect([a.cue, a.who]).toEqual(['according to', 'the Harbor Gazette']);
    expect(a.what).toBe('Whitfield said the bridge would open in May');
  });

  it('keeps both who reported and who said', () => {
    const found = read('Whitfield said that the bridge will open in May, the Harbor Gazette reported.');
    expect(found.map((r) => [r.who, r.cue])).toEqual([
      ['Whitfield', 'said'],
      ['the Harbor Gazette', 'reported'],
    ]);
    expect(found[1]?.what).toBe('Whitfield said that the bridge will open in May');
  });
});

describe('after a demonstrative, a word must agree to be a verb', () => {
  it('"That comment is …": a noun, so not a cue of its own', () => {
    const found = read('That comment is a lie, Okafor said.');
    expect(found.map((r) => r.cue)).toEqual(['said']);
  });

  it('"That support matters": a base form after singular "that" is a noun', () => {
    expect(read('That support matters to the town.')).toEqual([]);
  });
});
