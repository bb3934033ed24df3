import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../src/anchoring/anchor';
import { describeTextRange } from '../../../src/anchoring/describe';
import { PARAGRAPHS, spanOf } from './fixture-article';

/** A photo caption shown twice, as slideshows do: the annotation is on its second showing. */
const CAPTION = 'Photo: the old ferry pier at low tide, seen from the Lower Quay on Monday.';
const PAGE = [
  PARAGRAPHS[0],
  CAPTION,
  PARAGRAPHS[1],
  PARAGRAPHS[2],
  CAPTION,
  PARAGRAPHS[3],
  PARAGRAPHS[4],
].join('\n');
const second = spanOf(PAGE, CAPTION, PAGE.indexOf(CAPTION) + 1);
const target = describeTextRange(PAGE, second[0], second[1]);

describe('a quote that was repeated on the page when it was described', () => {
  it('is anchored at the annotated copy while the page is unchanged', () => {
    expect(anchorTarget(PAGE, target)).toMatchObject({
      status: 'anchored',
      start: second[0],
      end: second[1],
    });
  });

  it('is anchored at the annotated copy after a paragraph is inserted above both', () => {
    const inserted = 'Updated at 18:00.\n';
    expect(anchorTarget(inserted + PAGE, target)).toMatchObject({
      status: 'anchored',
      start: second[0] + inserted.length,
    });
  });

  it('is never moved to the other copy when the annotated one is rewritten', () => {
    const edited = PAGE.slice(0, second[0]) + 'Photo: divers inspecting the piles.' + PAGE.slice(second[1]);
    expect(anchorTarget(edited, target).status).not.toBe('anchored');
  });

  it('is never moved to the other copy when the annotated one is deleted with its neighbours', () => {
    const edited = [PARAGRAPHS[0], CAPTION, PARAGRAPHS[1], PARAGRAPHS[4]].join('\n');
    expect(anchorTarget(edited, target).status).not.toBe('anchored');
  });
});
