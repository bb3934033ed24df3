import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../src/anchoring/anchor';
import { describeTextRange } from '../../../src/anchoring/describe';
import type { AnnotationTarget } from '../../../src/model/annotation';
import { ARTICLE, PARAGRAPHS, spanOf } from './fixture-article';

const target = (exact: string, prefix = '', suffix = '', start = 0, end = 0): AnnotationTarget => ({
  quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
  position: { type: 'TextPositionSelector', start, end },
});

/** A long page of distinct paragraphs: the fixture, each paragraph numbered, repeated to `length`. */
function hugePage(length: number): string {
  const out: string[] = [];
  let size = 0;
  for (let k = 0; size < length; k++) {
    const paragraph = `Item ${k}: ${PARAGRAPHS[k % PARAGRAPHS.length] ?? ''}`;
    out.push(paragraph);
    size += paragraph.length + 1;
  }
  return out.join('\n');
}

describe('anchoring at the edges', () => {
  it('an empty page holds nothing: orphan', () => {
    const [s, e] = spanOf(ARTICLE, 'old ferry pier');
    expect(anchorTarget('', describeTextRange(ARTICLE, s, e)).status).toBe('orphan');
  });

  it('an empty quote is an orphan, whatever the position says', () => {
    expect(anchorTarget(ARTICLE, target('', 'a', 'b', 3, 3))).toEqual({ status: 'orphan', score: 0 });
  });

  it('a quote of white space is anchored only where the position still holds it', () => {
    const at = ARTICLE.indexOf(' ');
    expect(anchorTarget(ARTICLE, target(' ', '', '', at, at + 1))).toMatchObject({
      status: 'anchored',
      start: at,
    });
    expect(anchorTarget(ARTICLE, target('  ', '', '', at, at + 2)).status).toBe('orphan');
  });

  it('an unknown position (start === end, as in imports) still anchors by quote and context', () => {
    const [s, e] = spanOf(ARTICLE, 'The works committee will publish a timetable');
    const described = describeTextRange(ARTICLE, s, e);
    const imported = { ...described, position: { ...described.position, start: 0, end: 0 } };
    expect(anchorTarget(ARTICLE, imported)).toMatchObject({ status: 'anchored', start: s, end: e });
  });

  it('a position past the end of the page is ignored', () => {
    const [s, e] = spanOf(ARTICLE, 'gathered more than 2,300 signatures');
    const described = describeTextRange(ARTICLE, s, e);
    const stale = { ...described, position: { ...described.position, start: 10_000_000, end: 10_000_035 } };
    expect(anchorTarget(ARTICLE, stale)).toMatchObject({ status: 'anchored', start: s, end: e });
  });

  it('a recurring line with one word changed is not taken for the annotated one, which is gone', () => {
    const line = (day: string) =>
      `${day} NOTES – Links to the best harbour news of the day, gathered by our desk.`;
    const page = [line('SUNDAY'), ...PARAGRAPHS, line('MONDAY')].join('\n');
    const [s, e] = spanOf(page, line('SUNDAY'));
    const described = describeTextRange(page, s, e);
    const without = [...PARAGRAPHS, line('MONDAY')].join('\n');
    expect(anchorTarget(without, described).status).not.toBe('anchored');
  });

  describe('on a page of 1.5 MB', () => {
    const page = hugePage(1_500_000);
    const sentence = 'Item 5005: Opposition members called the vote rushed.';
    const [s, e] = spanOf(page, sentence);
    const described = describeTextRange(page, s, e);

    it('finds a quote with typos fixed and its position shifted', () => {
      const edited =
        'Breaking news.\n' + page.replace(sentence, 'Item 5005: Opposition members called the vote rushed!');
      const result = anchorTarget(edited, described);
      expect(result).toMatchObject({ status: 'anchored', start: s + 15 });
    });

    it('gives up on a vanished quote without scanning the page at length', () => {
      const gone = page.replace(sentence, 'Item 5005: nothing to see.');
      const t0 = performance.now();
      const result = anchorTarget(gone, described);
      const elapsed = performance.now() - t0;
      expect(result.status).not.toBe('anchored');
      // Generous: normalizing 1.5 MB is included; a full fuzzy scan of the page would take far longer.
      expect(elapsed).toBeLessThan(5_000);
    });
  });
});
