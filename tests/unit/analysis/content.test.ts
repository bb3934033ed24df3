import { describe, expect, it } from 'vitest';
import { only, read } from './read';

describe('the content after the cue runs to the end of its clause', () => {
  it('a that-clause, without the final full stop', () => {
    expect(only('Whitfield said that the bridge would open in May.').what).toBe(
      'that the bridge would open in May',
    );
  });

  it('a bare clause with coordinated subjects ("believes oil and gas could …")', () => {
    expect(only('Okafor believes tolls and fares could pay for the repairs.').what).toBe(
      'tolls and fares could pay for the repairs',
    );
  });

  it('a bare clause', () => {
    expect(only('Whitfield said the bridge would open in May.').what).toBe('the bridge would open in May');
  });

  it('after adjuncts of time and place ("said on Tuesday in a statement that …")', () => {
    expect(only('Whitfield said on Tuesday in a statement that the bridge would open in May.').what).toBe(
      'that the bridge would open in May',
    );
  });

  it('but a time word that owns what follows is the object\'s start ("condemned Wednesday\'s attack")', () => {
    expect(only('The harbor master condemned Wednesday’s attack on the ferry.').what).toBe(
      'Wednesday’s attack on the ferry',
    );
  });

  it('the object of a verb of desire, when no complement follows it ("voters want a change")', () => {
    expect(only('Ferry riders want a change.').what).toBe('a change');
    expect(only('The harbor master prefers the old timetable.').what).toBe('the old timetable');
    expect(only('The harbor master wants the council to vote.').what).toBe('to vote');
  });

  it('after an ellipsis that pauses rather than ends the sentence ("sources tell us ... the dress was …")', () => {
    expect(only('Harbor sources tell the Gazette ... the ferry was taken out of service.').what).toBe(
      'the ferry was taken out of service',
    );
  });

  it('after a recipient with a relative clause ("told anyone who would listen that …")', () => {
    expect(only('Okafor told anyone who would listen that the ferry was safe.').what).toBe(
      'that the ferry was safe',
    );
  });

  it('after the recipient of "told" ("told reporters that …")', () => {
    expect(only('Whitfield told reporters on Monday that the bridge would open in May.').what).toBe(
      'that the bridge would open in May',
    );
  });

  it('an object stops where a new clause begins ("denied the reports, but …")', () => {
    const found = read('The council denied the reports, but the mayor admitted that the steel was late.');
    expect(found[0]?.what).toBe('the reports');
    expect(found[1]?.what).toBe('that the steel was late');
  });

  it('stops before the tag of the next attribution ("…, the Gazette reported")', () => {
    const found = read('Whitfield said that the bridge will open in May, the Harbor Gazette reported.');
    expect(found[0]?.what).toBe('that the bridge will open in May');
  });

  it('stops before a participle that carries its own attribution ("…, adding that …")', () => {
    const found = read('Okafor said the vote was rushed, adding that the society would appeal.');
    expect(found.map((r) => r.what)).toEqual(['the vote was rushed', 'that the society would appeal']);
  });

  it('stops before a concession with its own source and cue ("…, though she noted …")', () => {
    const found = read(
      'Okafor said the bridge would open in May, though she noted the steel had arrived late.',
    );
    expect(found.map((r) => [r.who, r.cue, r.what])).toEqual([
      ['Okafor', 'said', 'the bridge would open in May'],
      ['she', 'noted', 'the steel had arrived late'],
    ]);
    const polls = read('Thirty percent said they would vote, while 60 percent said they had not decided.');
    expect(polls.map((r) => r.what)).toEqual(['they would vote', 'they had not decided']);
  });

  it('but a concession without an attribution of its own stays in the content', () => {
    expect(
      read('Okafor said the bridge would open in May, though the steel had arrived late.')[0]?.what,
    ).toBe('the bridge would open in May, though the steel had arrived late');
  });
});

describe('the content before a tag that follows it', () => {
  it('an indirect clause ("…, the engineer said.")', () => {
    const a = only('Construction will begin in the spring, the engineer said.');
    expect(a.what).toBe('Construction will begin in the spring');
  });

  it('without the dateline that opens a story ("LONDON — …", "MOSCOW (AP) — …")', () => {
    expect(only('LONDON — The ferry will resume service in May, officials said.').what).toBe(
      'The ferry will resume service in May',
    );
    expect(only('HALIFAX, N.S. (AP) — The ferry ran aground, the coast guard said.').what).toBe(
      'The ferry ran aground',
    );
    // Not a name in capitals with an aside between dashes.
    expect(only('NASA — which runs the program — is confident, officials said.').what).toBe(
      'NASA — which runs the program — is confident',
    );
  });

  it('without a leading conjunction ("But …, she said.")', () => {
    expect(only('But the steel arrived late, she said.').what).toBe('the steel arrived late');
  });

  it('a tag in the middle takes both halves ("The steel, he said, arrived late.")', () => {
    expect(only('The steel, he said, arrived late.').what).toBe('The steel … arrived late');
  });

  it('but not a clause joined to a tag in the middle that reports on its own ("…, records show, and experts say …")', () => {
    const [records, experts] = read(
      'The ferry was insured for $3 million in 2011, records show, and marine surveyors say it is worth half that.',
    );
    expect(records?.what).toBe('The ferry was insured for $3 million in 2011');
    expect(experts?.who).toBe('marine surveyors');
    expect(experts?.what).toBe('it is worth half that');
  });

  it('not an adverb before the subject ("Meanwhile, Okafor said …")', () => {
    expect(only('Meanwhile, Okafor said the society would appeal.').what).toBe('the society would appeal');
  });

  it('not the adjuncts after a tag ("he said with a grin")', () => {
    expect(only('“We will win,” he said with a grin.').what).toBe('“We will win,”');
  });
});

describe('direct quotes', () => {
  it('a quote before the tag, closing mark included', () => {
    expect(only('“We owe it to the commuters,” Whitfield said.').what).toBe('“We owe it to the commuters,”');
  });

  it('a question or exclamation before a tag that names the speaker first ("“…?” Whitfield asked.")', () => {
    const a = only('“Who pays for the ferry?” Whitfield asked. “Nobody will say.”');
    expect([a.who, a.cue]).toEqual(['Whitfield', 'asked']);
    expect(a.what).toBe('“Who pays for the ferry?” … “Nobody will say.”');
    expect(only('“Enough!” Harbor Master Ana Ruiz said.').who).toBe('Harbor Master Ana Ruiz');
  });

  it('but a capitalized sentence after a quoted question is a sentence of its own', () => {
    expect(read('“Who pays for the ferry?” Nobody knows.')).toEqual([]);
  });

  it('a quote on both sides of the tag', () => {
    expect(only('“We owe it to them,” Whitfield said, “and we will deliver.”').what).toBe(
      '“We owe it to them,” … “and we will deliver.”',
    );
  });

  it('a quote after a colon', () => {
    expect(only('Okafor added: “The lighthouse belongs to all of us.”').what).toBe(
      '“The lighthouse belongs to all of us.”',
    );
  });

  it('one quote over several sentences', () => {
    expect(only('“We owe it to them. We will deliver,” Whitfield said.').what).toBe(
      '“We owe it to them. We will deliver,”',
    );
  });

  it('a quote that speaks on in the next sentence with no tag of its own', () => {
    expect(only('“We owe it to them,” Whitfield said. “We will deliver.”').what).toBe(
      '“We owe it to them,” … “We will deliver.”',
    );
  });

  it('but not a later quote that has its own tag', () => {
    const found = read('“We owe it to them,” Whitfield said. “We will appeal,” Okafor said.');
    expect(found.map((r) => r.what)).toEqual(['“We owe it to them,”', '“We will appeal,”']);
  });

  it('a quote over paragraphs, each reopened with a mark', () => {
    const text = 'Okafor continued:\n“The council has not listened.\n“The lighthouse belongs to all of us.”';
    expect(only(text).what).toBe('“The council has not listened. … “The lighthouse belongs to all of us.”');
  });

  it('content spans never cross a paragraph break', () => {
    const text = 'Okafor continued:\n“The council has not listened.\n“The lighthouse belongs to all of us.”';
    const [a] = read(text);
    expect(a?.what.includes('\n')).toBe(false);
  });
});

describe('a relative clause around the cue', () => {
  it('"which she said was a mistake": the relative pronoun and the rest of its clause', () => {
    const found = read('The vote, which she said was a mistake, passed easily.');
    expect(found[0]?.who).toBe('she');
    expect(found[0]?.what).toBe('which … was a mistake');
  });
});

describe('an existential "there" opens the content', () => {
  it('"said there is no …" keeps "there"', () => {
    expect(only('The inspector said there is no sign of damage.').what).toBe('there is no sign of damage');
  });

  it('an adverb before the clause is still left out ("said recently the …")', () => {
    expect(only('The inspector said recently the bridge was sound.').what).toBe('the bridge was sound');
  });
});

describe('a noun phrase summing up what was said is the narrator’s', () => {
  it('", a finding that …" ends the content, and its rejection is not the source’s stance', () => {
    const [r] = read('Inspectors said the cables were replaced, a finding that the contractor has disputed.');
    expect([r?.what, r?.stance]).toEqual(['the cables were replaced', 'assert']);
  });
});

describe('a relative pronoun as the object of the cue stands for its antecedent', () => {
  it('"the figures, which they cited" cites the figures', () => {
    expect(only('The figures, which they cited in the report, were old.').what).toBe('The figures');
  });

  it('"a finding that the contractor has disputed" disputes the finding', () => {
    const found = read(
      'Inspectors said the cables were replaced, a finding that the contractor has disputed.',
    );
    expect(found.map((r) => [r.who, r.what, r.stance])).toEqual([
      ['Inspectors', 'the cables were replaced', 'assert'],
      ['the contractor', 'a finding', 'deny'],
    ]);
  });

  it('"a finding that the ministry rejected as fabricated" keeps its complement with "as"', () => {
    const found = read(
      'Inspectors said the drone was built abroad, a finding that the ministry has rejected as "fabricated".',
    );
    expect(found[1]?.who).toBe('the ministry');
    expect(found[1]?.what).toBe('a finding … as "fabricated"');
    expect(found[1]?.stance).toBe('deny');
  });
});
