import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { resolveSourcesAcross } from '../../../src/analysis/name-completion';
import { only, read } from './read';

describe('the source is the whole noun phrase of the subject', () => {
  it('with titles and modifiers', () => {
    expect(only('Harbor Preservation Society director Paul Okafor said the view would be lost.').who).toBe(
      'Harbor Preservation Society director Paul Okafor',
    );
  });

  it('with "own" after a possessive ("members of his own party")', () => {
    expect(only('Members of his own party said the plan would fail.').who).toBe('Members of his own party');
  });

  it('with a possessive ("the city\'s chief engineer")', () => {
    expect(only("The city's chief engineer said the steel had arrived.").who).toBe(
      "The city's chief engineer",
    );
  });

  it('with a participle and its adverb ("the newly elected mayor")', () => {
    expect(only('The newly elected mayor said the bridge would reopen.').who).toBe('The newly elected mayor');
    expect(only('A survey of recently hired teachers found low morale.').who).toBe(
      'A survey of recently hired teachers',
    );
  });

  it('with an apposition between commas', () => {
    const a = only('Paul Okafor, director of the Harbor Preservation Society, said the view would be lost.');
    expect(a.who).toBe('Paul Okafor, director of the Harbor Preservation Society');
    expect(a.name).toBe('Paul Okafor');
  });

  it('with nouns joined by "and" before an apposition ("the head of news and talk, Dana Reyes,")', () => {
    const a = only('The head of news and talk, Dana Reyes, called the show “a success.”');
    expect(a.who).toBe('The head of news and talk, Dana Reyes');
    expect(a.what).toBe('the show “a success.”');
  });

  it('a ratio of people ("Six in 10 say …") and a quantifier ("another says …")', () => {
    expect(only('Six in 10 say the ferry should run at night.').who).toBe('Six in 10');
    const [one, other] = read('One tally says there are 40 vessels, while another says there are 52.');
    expect(one?.who).toBe('One tally');
    expect(other?.who).toBe('another');
    expect(other?.what).toBe('there are 52');
  });

  it('a pronoun for people with its relative clause ("Anyone who has closed a deal will tell you …")', () => {
    expect(only('Anyone who has ever run a ferry will tell you that the winter is hard.').who).toBe(
      'Anyone who has ever run a ferry',
    );
  });

  it('with a relative clause between commas', () => {
    expect(only('Okafor, who has led the society since 2015, said the view would be lost.').who).toBe(
      'Okafor, who has led the society since 2015',
    );
  });

  it('with a relative clause that says something, which is an attribution of its own too', () => {
    const [inner, outer] = read('Okafor, who said he rides the ferry daily, said the fares were too high.');
    expect(outer?.who).toBe('Okafor, who said he rides the ferry daily');
    expect(outer?.what).toBe('the fares were too high');
    expect(inner?.who).toBe('who');
    expect(inner?.name).toBe('Okafor');
    expect(inner?.what).toBe('he rides the ferry daily');
  });

  it('with a relative clause that ends on a verb of speech ("who were not allowed to comment")', () => {
    const a = only('Two engineers, who were not allowed to comment, said the cables had been replaced.');
    expect(a.who).toBe('Two engineers, who were not allowed to comment');
    expect(a.cue).toBe('said');
    expect(a.what).toBe('the cables had been replaced');
  });

  it('after "according to", with the participle phrase that qualifies it ("a report released by …")', () => {
    const a = only('According to a report released by the department, repairs will cost $14.2 million.');
    expect(a.who).toBe('a report released by the department');
    expect(a.what).toBe('repairs will cost $14.2 million');
    const tag = only('The repairs were delayed, according to documents obtained by the Harbor Gazette.');
    expect(tag.who).toBe('documents obtained by the Harbor Gazette');
  });

  it('with a relative clause inside it', () => {
    expect(only('The firm that designed the bridge said the costs were fair.').who).toBe(
      'The firm that designed the bridge',
    );
  });

  it('without a phrase of where it was said, commas or not ("Okafor in his speech said")', () => {
    expect(only('Okafor in his speech said the harbor would stay open.').who).toBe('Okafor');
    expect(only('Researchers in the harbor office said the data was flawed.').who).toBe(
      'Researchers in the harbor office',
    );
  });

  it('without an aside that is not about who speaks ("Okafor, in a statement, said")', () => {
    expect(only('Okafor, in a statement on Tuesday, said the view would be lost.').who).toBe('Okafor');
  });

  it('with coordinated names ("Moscow and Pyongyang")', () => {
    expect(only('The mayor and the council have denied the reports.').who).toBe('The mayor and the council');
  });

  it('not with an object before "and" ("… won the vote and Okafor said …")', () => {
    const found = read('Whitfield won the vote and Okafor said the fight was not over.');
    expect(found.find((r) => r.cue === 'said')?.who).toBe('Okafor');
  });

  it('with a preposition a role noun takes ("a spokeswoman for the firm")', () => {
    expect(only('A spokeswoman for the firm said the estimates were accurate.').who).toBe(
      'A spokeswoman for the firm',
    );
  });

  it('with an opening adverb left out ("Yet engineers, like the mayor, say …")', () => {
    expect(only('Yet engineers, like the mayor, say the steel is sound.').who).toBe(
      'engineers, like the mayor',
    );
  });
});

describe('a source after its verb', () => {
  it('in an inverted tag after a quote ("…,” said Okafor.)', () => {
    const a = only('“The lighthouse belongs to all of us,” said Okafor.');
    expect(a.who).toBe('Okafor');
    expect(a.what).toBe('“The lighthouse belongs to all of us,”');
  });

  it('with its apposition ("said Hala Reyes, a resident who …")', () => {
    expect(only('“We love the harbor,” said Hala Reyes, 44, a resident who lives by the shore.').who).toBe(
      'Hala Reyes, 44, a resident who lives by the shore',
    );
  });

  it('but not a word of manner before a participle ("said Robin Maynard, half joking")', () => {
    expect(only('“The ferry is late again,” said Hala Reyes, half joking.').who).toBe('Hala Reyes');
    expect(only('“It works,” said Teo Varga, economist working for the harbor trust.').who).toBe(
      'Teo Varga, economist working for the harbor trust',
    );
  });

  it('with a participle or an infinitive in its apposition, which is no cue of its own', () => {
    const a = only(
      '“The tolls will pay for the repairs,” said Mina Arlo, an economist working for a group supporting the plan.',
    );
    expect(a.cue).toBe('said');
    expect(a.who).toBe('Mina Arlo, an economist working for a group supporting the plan');
    const b = only(
      '“It is overdue,” said Teo Varga of the Harbor Trust, an early voice in urging the council to act.',
    );
    expect(b.cue).toBe('said');
    expect(b.what).toBe('“It is overdue,”');
  });

  it('with the modifiers of an anonymous source ("said a person close to the council")', () => {
    const a = only('“The vote was never in doubt,” said a person close to the council.');
    expect(a.who).toBe('a person close to the council');
    expect(a.kind).toBe('anonymous');
  });
});

describe('verbs without a subject of their own take the subject of their clause', () => {
  it('a verb coordinated with an earlier one ("denied … but vowed …")', () => {
    const found = read('The council denied the reports but vowed to review the contract.');
    expect(found.map((r) => [r.who, r.cue])).toEqual([
      ['The council', 'denied'],
      ['The council', 'vowed'],
    ]);
  });

  it('a verb group coordinated with an earlier verb that is no cue ("fled … and is insisting …")', () => {
    const a = only('The captain fled to the harbor and is insisting the ferry was safe.');
    expect(a.who).toBe('The captain');
    const b = only(
      'The captain and his crew are under house arrest in the port and are insisting they were safe.',
    );
    expect(b.who).toBe('The captain and his crew');
  });

  it('"was quoted as saying": the one quoted, not the source of an earlier cue in the sentence', () => {
    const [crews, port] = read(
      'Crews reported seeing smoke near the pier, the port authority was quoted as saying by the local radio.',
    );
    expect(crews?.who).toBe('Crews');
    expect(port?.who).toBe('the port authority');
    expect(port?.what).toBe('Crews reported seeing smoke near the pier');
  });

  it('verbs listed after a clause with commas ("joked …, declined …, and told …")', () => {
    const found = read(
      'Okafor joked about the fares, declined to name a date, and told reporters the ferry would run.',
    );
    expect(found.map((r) => [r.cue, r.who])).toEqual([
      ['joked', 'Okafor'],
      ['declined', 'Okafor'],
      ['told', 'Okafor'],
    ]);
  });

  it("a verb of saying joined to a tag set off by commas takes the clause's subject, not the tag's", () => {
    const [attorneys, crew] = read(
      'The crew watched the videos on Thursday, according to their attorneys, and said they had more questions.',
    );
    expect(attorneys?.who).toBe('their attorneys');
    expect(attorneys?.what).toBe('The crew watched the videos on Thursday');
    expect(crew?.who).toBe('The crew');
    expect(crew?.what).toBe('they had more questions');
    const [, told] = read('Okafor declined to comment, and told reporters the ferry would run.');
    expect(told?.who).toBe('Okafor');
  });

  it('a participle adjunct ("…, saying …")', () => {
    const found = read('Okafor criticized the vote, saying the council had ignored the public.');
    expect(found.find((r) => r.cue === 'saying')?.who).toBe('Okafor');
  });

  it('an infinitive after an object ("urged the council to …")', () => {
    expect(only('Residents urged the council to reconsider.').who).toBe('Residents');
  });

  it('a passive verb takes its by-phrase', () => {
    const a = only('The delay was first reported by the Harbor Gazette.'.replace('The delay', 'It'));
    expect(a.who).toBe('the Harbor Gazette');
  });

  it('a passive verb takes a by-phrase that names a part of a group ("by some of his rivals")', () => {
    const a = only('Okafor has been criticized by some of his rivals for delaying the vote.');
    expect(a.who).toBe('some of his rivals');
    expect(a.what).toBe('for delaying the vote');
  });
});

describe('display names', () => {
  it('a pronoun is resolved to the named source before it, while its span stays on the pronoun', () => {
    const found = read('The Harbor Gazette reported the delay. It said the steel was late.');
    expect(found[1]?.who).toBe('It');
    expect(found[1]?.name).toBe('Harbor Gazette');
    expect(found[1]?.kind).toBe('pronoun');
  });

  it('a short name is completed from an earlier full name', () => {
    const found = read('Paul Okafor said the vote was rushed. Okafor added that he would appeal.');
    expect(found[1]?.who).toBe('Okafor');
    expect(found[1]?.name).toBe('Paul Okafor');
  });

  it('a short name is completed across texts analyzed apart, in reading order', () => {
    const first = analyze('Jonah Leff said the drones were new.').attributions;
    const later = analyze('Leff said the serial numbers matched. Okafor said nothing.').attributions;
    expect(later[0]?.sourceName).toBe('Leff');
    const names = resolveSourcesAcross([...first, ...later]).map((a) => a.sourceName);
    expect(names).toEqual(['Jonah Leff', 'Jonah Leff', 'Okafor']);
  });

  it('a pronoun with no source before it in its own text stands for the last source of the texts before', () => {
    const first = analyze(
      'The Harbor Gazette reported the delay. Council member Paul Okafor said it was rushed.',
    ).attributions;
    const later = analyze('She said the steel was late. It said the cranes were idle.').attributions;
    expect(later.map((a) => a.sourceName)).toEqual(['She', 'It']);
    const names = resolveSourcesAcross([...first, ...later]).map((a) => a.sourceName);
    // "She" looks back for a person, "It" for a source that is not one.
    expect(names).toEqual(['Harbor Gazette', 'Paul Okafor', 'Paul Okafor', 'Harbor Gazette']);
  });

  it('a pronoun resolved in its own text to a short name gets the full name from the texts before', () => {
    const first = analyze('Senator Maria Vance said the bill was flawed.').attributions;
    const later = analyze('Vance said the vote was rushed. She added that she would appeal.').attributions;
    expect(later.map((a) => a.sourceName)).toEqual(['Vance', 'Vance']);
    const names = resolveSourcesAcross([...first, ...later]).map((a) => a.sourceName);
    expect(names).toEqual(['Maria Vance', 'Maria Vance', 'Maria Vance']);
  });

  it('analyzed apart or as one text, the sources get the same names', () => {
    const paragraphs = [
      'Senator Maria Vance said the bill was flawed.',
      'She said the vote had been rushed.',
      'The Harbor Gazette reported that the steel was late.',
      'It said the cranes had been idle for weeks.',
      'Vance said she would appeal.',
    ];
    const whole = analyze(paragraphs.join('\n')).attributions.map((a) => a.sourceName);
    const apart = resolveSourcesAcross(paragraphs.flatMap((p) => analyze(p).attributions));
    expect(apart.map((a) => a.sourceName)).toEqual(whole);
  });

  it('a relative pronoun is resolved to the phrase it follows', () => {
    const found = read('The council heard from Okafor, who said the vote was rushed.');
    expect(found[0]?.who).toBe('who');
    expect(found[0]?.name).toBe('Okafor');
  });

  it('coordinated sources are named together, each by the name that heads it', () => {
    const a = only('Harbor chief Dana Whitfield and council member Paul Okafor announced the deal.');
    expect(a.who).toBe('Harbor chief Dana Whitfield and council member Paul Okafor');
    expect(a.name).toBe('Dana Whitfield and Paul Okafor');
  });

  it('a name that only modifies a common noun does not name the source ("City Hall officials")', () => {
    const a = only('City Hall officials said the bridge would open in May.');
    expect(a.kind).toBe('anonymous');
    expect(a.name).toBe('City Hall officials');
  });

  it('sources that withhold a name are anonymous', () => {
    expect(only('Officials said the bridge would open in May.').kind).toBe('anonymous');
    expect(only('A source familiar with the talks said the deal was close.').kind).toBe('anonymous');
  });

  it('an attribution with no source at all is anonymous with an empty name', () => {
    const a = only('The senator seemed to be losing patience.');
    expect(a.kind).toBe('anonymous');
    expect(a.name).toBe('');
  });
});

describe('sources described by their access or their role', () => {
  it('"officials familiar with the inquiry" is one anonymous source', () => {
    const r = only('According to officials familiar with the inquiry, the bridge was sound.');
    expect([r.who, r.kind, r.what]).toEqual([
      'officials familiar with the inquiry',
      'anonymous',
      'the bridge was sound',
    ]);
  });

  it('"It said" resolves to an organization described rather than named', () => {
    const [, second] = read('The harbour authority denied the report. It said the cables were sound.');
    expect([second?.who, second?.name, second?.kind]).toEqual(['It', 'The harbour authority', 'pronoun']);
  });
});
