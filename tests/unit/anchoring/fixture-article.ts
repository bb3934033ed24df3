/**
 * A short news article the team wrote for the anchoring tests: paragraphs separated by "\n" as the DOM
 * text index writes them, with a repeated phrase, quotation marks, an emoji and a combining accent.
 */
export const PARAGRAPHS: readonly string[] = [
  'Harbour Council votes to close the old ferry pier',
  'The Harbour Council voted on Tuesday to close the old ferry pier by the end of the year, citing repair costs that have tripled since 2019. The decision passed by seven votes to four after a three-hour debate.',
  '"We cannot keep pouring money into a structure that is falling into the sea," said councillor Maren Holt, who chairs the works committee. She added that a new landing stage would be built further north.',
  'Residents of the Lower Quay disagreed. "The pier is the reason people come here at all," said Tomas Ekberg, who runs a café on the waterfront 🚢. He said footfall had already fallen by a third.',
  'The council said the closure would save about 400,000 euros a year. The council said the figures would be published in full next month.',
  'Opposition members called the vote rushed. Councillor Ine\u0300s Dufour said the public consultation had lasted only two weeks and that fishermen were never asked.',
  'A petition to keep the pier open has gathered more than 2,300 signatures since Friday. Its organisers plan to present it at the next public meeting.',
  'The works committee will publish a timetable for the closure in January.',
];

export const ARTICLE = PARAGRAPHS.join('\n');

/** Offsets of the first occurrence of `phrase` at or after `from` (throws if absent, to keep tests honest). */
export function spanOf(text: string, phrase: string, from = 0): [number, number] {
  const at = text.indexOf(phrase, from);
  if (at < 0) throw new Error(`fixture: "${phrase}" not found`);
  return [at, at + phrase.length];
}
