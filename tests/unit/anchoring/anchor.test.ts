import { describe, expect, it } from 'vitest';
import { anchorAll, anchorTarget, type AnchorResult } from '../../../src/anchoring/anchor';
import { describeTextRange } from '../../../src/anchoring/describe';
import { ARTICLE, PARAGRAPHS, spanOf } from './fixture-article';

/** An edit of the page: the new text, and where the annotated words now are (null: they are gone). */
type Edit = (text: string, span: [number, number]) => { text: string; expected: [number, number] | null };

interface Case {
  readonly name: string;
  /** The annotated words, and which of their occurrences (0-based). */
  readonly quote: string;
  readonly occurrence?: number;
  readonly edit: Edit;
  readonly status: AnchorResult['status'];
}

function occurrence(text: string, phrase: string, n: number): [number, number] {
  let span = spanOf(text, phrase);
  for (let k = 0; k < n; k++) span = spanOf(text, phrase, span[0] + 1);
  return span;
}

const insertAt = (text: string, at: number, inserted: string) =>
  text.slice(0, at) + inserted + text.slice(at);
const replace = (text: string, [s, e]: [number, number], by: string) => text.slice(0, s) + by + text.slice(e);
const shift = ([s, e]: [number, number], by: number): [number, number] => [s + by, e + by];

const NEW_PARAGRAPH = 'A storm closed the harbour road for most of Monday afternoon.\n';
const PIER_SENTENCE =
  'The Harbour Council voted on Tuesday to close the old ferry pier by the end of the year, citing repair costs that have tripled since 2019.';

const CASES: readonly Case[] = [
  {
    name: 'unchanged page: the stored position still holds the quote',
    quote: PIER_SENTENCE,
    edit: (text, span) => ({ text, expected: span }),
    status: 'anchored',
  },
  {
    name: 'moved text: a paragraph inserted above shifts the quote',
    quote: PIER_SENTENCE,
    edit: (text, span) => ({ text: NEW_PARAGRAPH + text, expected: shift(span, NEW_PARAGRAPH.length) }),
    status: 'anchored',
  },
  {
    name: 'moved text: its paragraph moved to the end of the article',
    quote: 'He said footfall had already fallen by a third.',
    edit: () => {
      const moved = [...PARAGRAPHS.filter((_, i) => i !== 3), PARAGRAPHS[3]].join('\n');
      return { text: moved, expected: spanOf(moved, 'He said footfall had already fallen by a third.') };
    },
    status: 'anchored',
  },
  {
    name: 'duplicates: the second "The council said" is told apart by its context',
    quote: 'The council said',
    occurrence: 1,
    edit: (text, span) => ({ text: NEW_PARAGRAPH + text, expected: shift(span, NEW_PARAGRAPH.length) }),
    status: 'anchored',
  },
  {
    name: 'duplicates: the first one too, after the sentence after it was edited',
    quote: 'The council said',
    occurrence: 0,
    edit: (text, span) => {
      const edited = text.replace('would save about 400,000 euros a year', 'would save 400,000 euros');
      return { text: edited, expected: span };
    },
    status: 'anchored',
  },
  {
    name: 'fuzzy: typos fixed in the annotated sentence',
    quote: 'She added that a new landing stage would be built further north.',
    edit: (text, span) => {
      const fixed = 'She added that a new landing-stage would be built farther north.';
      return { text: replace(text, span, fixed), expected: [span[0], span[0] + fixed.length] };
    },
    status: 'anchored',
  },
  {
    name: 'fuzzy: no-break and zero-width spaces, a space before a comma',
    quote: 'The decision passed by seven votes to four after a three-hour debate.',
    edit: (text, span) => {
      const spaced = 'The\u00a0decision passed by seven\u200b votes to four , after a three-hour debate.';
      return { text: replace(text, span, spaced), expected: [span[0], span[0] + spaced.length] };
    },
    status: 'anchored',
  },
  {
    name: 'fuzzy: straight quotation marks turned curly',
    quote: '"The pier is the reason people come here at all," said Tomas Ekberg',
    edit: (text) => {
      const curly = text.replace(/"([^"]*)"/g, '\u201c$1\u201d');
      return {
        text: curly,
        expected: spanOf(
          curly,
          '\u201cThe pier is the reason people come here at all,\u201d said Tomas Ekberg',
        ),
      };
    },
    status: 'anchored',
  },
  {
    name: 'near-duplicate: a copy of the paragraph with the quote changed, placed before it',
    quote: 'Its organisers plan to present it at the next public meeting.',
    edit: (text, span) => {
      const [bs] = spanOf(text, PARAGRAPHS[6] ?? '');
      const copy = (PARAGRAPHS[6] ?? '').replace('next public meeting', 'council meeting in March') + '\n';
      return { text: insertAt(text, bs, copy), expected: shift(span, copy.length) };
    },
    status: 'anchored',
  },
  {
    name: 'near-duplicate: an identical copy of the paragraph is never silently chosen',
    quote: 'Its organisers plan to present it at the next public meeting.',
    edit: (text, span) => {
      const [bs] = spanOf(text, PARAGRAPHS[6] ?? '');
      const copy = `${PARAGRAPHS[6] ?? ''}\n`;
      return { text: insertAt(text, bs, copy), expected: shift(span, copy.length) };
    },
    status: 'needs-review',
  },
  {
    name: 'below the floor: half the sentence rewritten needs review',
    quote: 'Opposition members called the vote rushed.',
    edit: (text, span) => {
      const rewritten = 'Opposition members said the vote was hasty.';
      return { text: replace(text, span, rewritten), expected: [span[0], span[0] + rewritten.length] };
    },
    status: 'needs-review',
  },
  {
    name: 'gone: the sentence rewritten beyond recognition is an orphan',
    quote: 'He said footfall had already fallen by a third.',
    edit: (text, span) => ({
      text: replace(text, span, 'Trade there has been poor for years.'),
      expected: null,
    }),
    status: 'orphan',
  },
  {
    name: 'gone: its paragraph deleted',
    quote: 'The works committee will publish a timetable for the closure in January.',
    edit: () => ({ text: PARAGRAPHS.slice(0, 7).join('\n'), expected: null }),
    status: 'orphan',
  },
  {
    name: 'a short quote found only elsewhere, without its context, needs review',
    quote: 'Tomas Ekberg',
    edit: (text, span) => {
      const without = replace(text, span, 'a café owner');
      const elsewhere = `${without}\nLetters: Tomas Ekberg writes about parking.`;
      return { text: elsewhere, expected: null };
    },
    status: 'needs-review',
  },
  {
    name: 'astral characters: an emoji inserted before the quote',
    quote: 'He said footfall had already fallen by a third.',
    edit: (text, span) => ({ text: '🌊🌊 ' + text, expected: shift(span, 5) }),
    status: 'anchored',
  },
  {
    name: 'astral characters: a quote ending on an emoji, with a typo fixed inside it',
    quote: 'who runs a café on the waterfront 🚢',
    edit: (text, span) => {
      const fixed = 'who runs a cafe on the water front 🚢';
      return { text: replace(text, span, fixed), expected: [span[0], span[0] + fixed.length] };
    },
    status: 'anchored',
  },
  {
    name: 'combining marks: a quote ending in a decomposed letter, the page re-encoded with a typo fix',
    quote: 'Councillor Ine\u0300s',
    edit: (text, span) => {
      const fixed = text.replace('public consultation had lasted', 'public consultation lasted');
      return { text: fixed, expected: span };
    },
    status: 'anchored',
  },
];

describe('re-anchoring round trip: describe on the original page, anchor on the edited one', () => {
  it.each(CASES)('$name', ({ quote, occurrence: n = 0, edit, status }) => {
    const span = occurrence(ARTICLE, quote, n);
    const target = describeTextRange(ARTICLE, span[0], span[1]);
    const { text, expected } = edit(ARTICLE, span);
    const result = anchorTarget(text, target);
    expect(result.status).toBe(status);
    if (result.status === 'anchored') {
      expect(expected).not.toBeNull();
      if (expected) expect([result.start, result.end]).toEqual(expected);
      expect(result.score).toBeGreaterThan(0.8);
    }
    if (result.status === 'needs-review' && expected) {
      // The best guess still points at the right place.
      expect(Math.min(result.end, expected[1]) - Math.max(result.start, expected[0])).toBeGreaterThan(0);
    }
  });

  it('anchorAll gives the same results as one call per annotation', () => {
    const targets = CASES.map(({ quote, occurrence: n = 0 }) => {
      const [s, e] = occurrence(ARTICLE, quote, n);
      return describeTextRange(ARTICLE, s, e);
    });
    const edited = NEW_PARAGRAPH + ARTICLE.replace('tripled', 'trebled');
    expect(anchorAll(edited, targets)).toEqual(targets.map((t) => anchorTarget(edited, t)));
  });
});
