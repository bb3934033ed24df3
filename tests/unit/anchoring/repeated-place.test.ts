import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../src/anchoring/anchor';
import { describeTextRange } from '../../../src/anchoring/describe';
import { PARAGRAPHS, spanOf } from './fixture-article';

/**
 * A slideshow caption shown twice in a row, as news pages do, a little shorter than the stored context:
 * the copies differ only in the few characters of context beyond the caption.
 */
const OPENING =
  'In this photo taken on Monday, divers from the harbour authority inspect the wooden piles under the old ferry pier at low tide, a week before the council vote.';
const QUOTE =
  'The divers found that more than half of the piles had rotted through below the waterline, according to the survey.';
const CLOSING =
  'Engineers had warned in 2019 that the pier could not be kept open for another decade without rebuilding its deck. (Photo: Lower Quay Camera Club)';
const CAPTION = `${OPENING} ${QUOTE} ${CLOSING}`;
const PAGE = [PARAGRAPHS[0], CAPTION, CAPTION, PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[3]].join('\n');
const first = spanOf(PAGE, QUOTE);
const second = spanOf(PAGE, QUOTE, first[1]);
const target = describeTextRange(PAGE, first[0], first[1]);

const insertAt = (text: string, at: number, inserted: string) =>
  text.slice(0, at) + inserted + text.slice(at);
const withParagraphs = (...blocks: (string | undefined)[]) => blocks.join('\n');

describe('a repeated quote, placed by the side of the page that did not change', () => {
  it('stays at its offset when the page changed only after it', () => {
    const edited = insertAt(PAGE, first[1], ' Divers will return in spring.');
    expect(anchorTarget(edited, target)).toMatchObject({
      status: 'anchored',
      start: first[0],
      end: first[1],
    });
  });

  it('keeps its distance from the end when the page changed only before it', () => {
    const edited = PAGE.slice(0, first[0] - OPENING.length - 1) + PAGE.slice(first[0]);
    const moved = first[0] - OPENING.length - 1;
    expect(anchorTarget(edited, target)).toMatchObject({
      status: 'anchored',
      start: moved,
      end: moved + QUOTE.length,
    });
  });

  it("needs the page text's length from when it was described: without it, the same edit needs review", () => {
    const { textLength: _unknown, ...imported } = target;
    const edited = insertAt(PAGE, first[1], ' Divers will return in spring.');
    expect(anchorTarget(edited, imported).status).toBe('needs-review');
  });

  it('is not taken over by a copy of its paragraph placed in front with a word changed', () => {
    const copy = CAPTION.replace('Camera Club', 'Photo Society');
    const blockStart = first[0] - OPENING.length - 1;
    const edited = insertAt(PAGE, blockStart, `${copy}\n`);
    // The copy holds the old offset with the text before it intact; the original holds its distance from
    // the end. Of the two captions still identical to the annotated one, the original's neighbours agree.
    expect(anchorTarget(edited, target)).toMatchObject({
      status: 'anchored',
      start: first[0] + copy.length + 1,
    });
  });

  it('is never placed on a copy whose paragraph changed on both sides of it', () => {
    const edited = PAGE.replace(CAPTION, `Updated. ${OPENING} ${QUOTE} Divers will return in spring.`);
    expect(anchorTarget(edited, target).status).not.toBe('anchored');
  });
});

describe('a repeated quote whose paragraph moved', () => {
  it('is anchored in one of two identical paragraphs, the one whose neighbours agree best', () => {
    // The annotated caption swaps places with the paragraph after its twin.
    const edited = withParagraphs(
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      CAPTION,
      CAPTION,
      PARAGRAPHS[2],
      PARAGRAPHS[3],
    );
    const expected = spanOf(edited, QUOTE);
    expect(anchorTarget(edited, target)).toMatchObject({ status: 'anchored', start: expected[0] });
  });

  it('is anchored in one of two identical paragraphs longer than the stored context', () => {
    const credit = 'Photo: Lower Quay Camera Club.';
    const long = `${credit} ${QUOTE} ${CLOSING} ${OPENING}`;
    const page = withParagraphs(PARAGRAPHS[0], long, long, PARAGRAPHS[1], PARAGRAPHS[2]);
    const annotated = spanOf(page, QUOTE);
    const longTarget = describeTextRange(page, annotated[0], annotated[1]);
    // The annotated caption swaps places with the paragraph after its twin: the twins are adjacent again,
    // each with other neighbours before it than the annotated one had.
    const edited = withParagraphs(PARAGRAPHS[0], PARAGRAPHS[1], long, long, PARAGRAPHS[2]);
    const result = anchorTarget(edited, longTarget);
    const places = [spanOf(edited, QUOTE)[0], spanOf(edited, QUOTE, spanOf(edited, QUOTE)[1])[0]];
    expect(longTarget.quote.suffix).not.toContain('\n');
    expect(result.status).toBe('anchored');
    expect(places).toContain(result.status === 'anchored' ? result.start : -1);
  });

  it('follows its paragraph, known whole, rather than a paragraph opening with the same words', () => {
    const heading = 'Map: where the ferries run';
    const page = withParagraphs(PARAGRAPHS[1], `${heading} View graphic`, heading, PARAGRAPHS[2]);
    const annotated = spanOf(page, heading);
    const repeatedTarget = describeTextRange(page, annotated[0], annotated[1]);
    // Swapped: the heading alone now stands where the annotated one stood, with the same text before it.
    const swapped = withParagraphs(PARAGRAPHS[1], heading, `${heading} View graphic`, PARAGRAPHS[2]);
    const moved = spanOf(swapped, `${heading} View graphic`);
    expect(anchorTarget(swapped, repeatedTarget)).toMatchObject({
      status: 'anchored',
      start: moved[0],
      end: moved[0] + heading.length,
    });
  });
});

it('the fixture: the quote occurs twice, its context reaches just past its caption, which is shown twice', () => {
  expect(second[0]).toBeGreaterThan(first[1]);
  expect(target.quote.prefix).toContain('\n');
  expect(target.quote.suffix).toContain('\n');
  expect(target.textLength).toBe(PAGE.length);
  expect(target.paragraphCopies).toBe(2);
});
