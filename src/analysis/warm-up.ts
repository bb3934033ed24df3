/**
 * This module holds the text that the service worker runs the engine on after it starts, while the page
 * that woke it is still loading (extension/background/analysis.ts). A cold engine is slow for a reason
 * beyond its unoptimized code: V8 compiles each regular expression on its first runs, once for strings of
 * one-byte characters and once for two-byte ones, and the content-denial patterns alone took 20–30 ms of
 * compiling in the worker's first real request (a CPU profile of the worker, Chromium 150). An article's
 * text holds typographic quotes and apostrophes, so its strings are two-byte: the warm-up text therefore
 * comes in plain ASCII and with typographic punctuation, and reaches every stage of the engine (quotes,
 * verbs of saying, "according to", colons, denials by verb and in the source's own words, verdicts,
 * concessions, pronouns), each more than once so that each pattern is compiled to machine code.
 *
 * The sentences are invented for this purpose; none comes from a real article.
 */

const PARAGRAPHS = [
  'Okafor: The harbor plan will pay for itself',
  'The mayor said on Tuesday that the bridge would reopen next month, after inspectors found no new cracks in its cables.',
  '"We have found no fault in the cables," an engineer told reporters. "The repairs are on schedule."',
  'The company denied the claims, according to a statement released by its lawyers on Wednesday evening.',
  "Residents say the repairs have taken too long, and some of them told the council's planning committee that the detour adds an hour to their commute.",
  'According to two officials familiar with the talks, the agency has not decided whether to extend the contract.',
  'Dr. Maria Alvarez, who leads the research group at the university, said the results were "encouraging but preliminary."',
  'She added that a larger study would be needed. "We should not draw conclusions from one season of data," she said.',
  'The ministry rejected the report as groundless, calling it "a fabrication from start to finish."',
  'A spokesman for the ministry, speaking on condition of anonymity, said the government was reviewing the allegations.',
  'Critics argue that the plan will raise costs for small farms, while supporters believe it will stabilize prices.',
  'The state news agency reported that the minister had met his counterpart, though it gave no details of the meeting.',
  'In an interview with the Herald, Johnson insisted he had done nothing wrong. "That is simply not true," he said of the accusations.',
  '"No, that is not what happened," the spokeswoman said, adding that there was no evidence of wrongdoing and that it "does not mean anything."',
  'He said the charges were politically motivated and that he was not guilty of anything.',
  'The White House called the inquiry "a witch hunt" and described the report as misleading.',
  'Police said three people were arrested. Officers declined to say whether the suspects had been charged.',
  'Analysts expect the bank to raise rates again, a move that investors described as widely anticipated.',
  'The senator wrote on Twitter: "The people deserve answers, and they deserve them now."',
  'Asked whether the deal would survive, the ambassador replied that it was "too early to tell."',
];

/** Straight quotes and apostrophes made typographic: the two-byte strings that real articles give. */
function typographic(paragraph: string): string {
  return paragraph.replace(/"([^"]*)"/g, '\u201c$1\u201d').replace(/'/g, '\u2019');
}

/** Paragraphs per warm-up text: each text a few milliseconds of a cold engine's time. */
const PER_TEXT = 5;

/**
 * The texts to run, in order: a few paragraphs each, each in both forms, the whole twice (V8 compiles a
 * pattern to machine code on its second run).
 */
export const WARM_UP_TEXTS: readonly string[] = (() => {
  const texts: string[] = [];
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < PARAGRAPHS.length; i += PER_TEXT) {
      const group = PARAGRAPHS.slice(i, i + PER_TEXT);
      texts.push(group.join('\n'), group.map(typographic).join('\n'));
    }
  }
  return texts;
})();
