/**
 * The DOM text index on pages that behave like live news pages: text split across nodes and nested inline
 * markup, hidden content (attributes and styles), entities, and a page that changes its nodes after the
 * index was built. Offsets and ranges round-trip over the whole text.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../src/anchoring/dom/text-index';
import { isHiddenByStyle } from '../../../extension/content/visibility';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** A range's toString() has no separator between blocks: compare texts without their white space. */
const letters = (s: string) => s.replace(/\s+/g, '');

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('text split across nodes and nested inline markup', () => {
  const html =
    '<p>Dr. <a href="#"><b>Ines</b> <i>Hal</i>vorsen</a> said the <span><em>le<strong>vels</strong></em></span> ' +
    'were low.</p><p>The <abbr title="Water Company">company</abbr> denied it.</p>';

  it('reads a word cut into several nodes as one word', () => {
    const index = buildTextIndex(page(html));
    expect(index.text).toBe('Dr. Ines Halvorsen said the levels were low.\nThe company denied it.');
  });

  it('maps a span that starts and ends inside different nested elements', () => {
    const index = buildTextIndex(page(html));
    const start = index.text.indexOf('vorsen');
    const end = index.text.indexOf('vels') + 2;
    const range = index.rangeFromOffsets(start, end);
    expect(range?.toString()).toBe('vorsen said the leve');
    expect(range?.startContainer.parentElement?.tagName).toBe('A');
    expect(range?.endContainer.parentElement?.tagName).toBe('STRONG');
  });

  it('reads text the page split into adjacent text nodes', () => {
    const root = page('<p>Residents said they noticed a smell.</p>');
    const text = root.querySelector('p')?.firstChild as Text;
    text.splitText(9).splitText(5);
    expect(root.querySelector('p')?.childNodes).toHaveLength(3);
    const index = buildTextIndex(root);
    expect(index.text).toBe('Residents said they noticed a smell.');
    const range = index.rangeFromOffsets(0, 'Residents said'.length);
    expect(range?.toString()).toBe('Residents said');
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });
});

describe('hidden content is not part of the text', () => {
  it('skips elements hidden by the page styles when given a style test', () => {
    // (The visually-hidden pattern needs computed clipping, which happy-dom lacks: the e2e tests cover it.)
    document.head.innerHTML = '<style>.promo { display: none } .ghost { visibility: hidden }</style>';
    const root = page(
      '<p>The mayor said<span class="promo"> Subscribe now</span> tests would resume' +
        '<span class="ghost"> ghost text</span>.</p><p style="display:none">Hidden paragraph.</p><p>Next.</p>',
    );
    const index = buildTextIndex(root, { isHidden: isHiddenByStyle });
    expect(index.text).toBe('The mayor said tests would resume.\nNext.');
  });

  it('skips hidden, aria-hidden and non-text elements even without a style test', () => {
    const root = page(
      '<p>Seen<span hidden> not seen</span><span aria-hidden="true">★</span> text' +
        '<svg><text>chart</text></svg><button>Share</button>.</p>',
    );
    expect(buildTextIndex(root).text).toBe('Seen text.');
  });
});

describe('entities are decoded characters', () => {
  it('maps offsets after multi-character entities to the right DOM points', () => {
    const root = page('<p>Smith &amp; Jones &mdash; &ldquo;not&nbsp;true&rdquo;, they said.</p>');
    const index = buildTextIndex(root);
    expect(index.text).toBe('Smith & Jones \u2014 \u201cnot\u00a0true\u201d, they said.');
    const start = index.text.indexOf('\u201c');
    const end = index.text.indexOf('\u201d') + 1;
    expect(index.rangeFromOffsets(start, end)?.toString()).toBe('\u201cnot\u00a0true\u201d');
  });
});

describe('offsets round-trip through ranges', () => {
  const html =
    '<article><h2> Reservoir  tests </h2><p>The lab <b>said</b>   on\n Monday that <a href="#">traces</a> ' +
    'were found.</p><ul><li>One</li><li>Two &amp; three</li></ul><p>"Not <i>true</i>," the company said.</p></article>';

  it('gives back the same offsets for every span with text', () => {
    const index = buildTextIndex(page(html));
    const { text } = index;
    let checked = 0;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end += 3) {
        const slice = text.slice(start, end);
        // A span whose ends are separators (space, block break) maps to the nearest text: skip those.
        if (/^\s|\s$/.test(slice)) continue;
        const range = index.rangeFromOffsets(start, end);
        expect(range, `[${start}, ${end})`).not.toBeNull();
        if (!range) continue;
        expect(letters(range.toString())).toBe(letters(slice));
        expect(index.offsetsFromRange(range)).toEqual([start, end]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('gives back the offsets of a selection made on the page', () => {
    const root = page(html);
    const index = buildTextIndex(root);
    const range = document.createRange();
    const said = root.querySelector('b')?.firstChild as Text;
    const traces = root.querySelector('a')?.firstChild as Text;
    range.setStart(said, 0);
    range.setEnd(traces, 6);
    const offsets = index.offsetsFromRange(range);
    expect(offsets && index.text.slice(...offsets)).toBe('said on Monday that traces');
  });
});

describe('a page that changes after the index was built', () => {
  it('gives no range, rather than throwing, where the page removed or shortened the nodes', () => {
    const root = page('<p id="a">The ministry denied the report.</p><p id="b">Officials said so.</p>');
    const index = buildTextIndex(root);
    const end = index.text.length;
    const text = root.querySelector('#a')?.firstChild as Text;
    text.data = 'Short.';
    root.querySelector('#b')?.remove();
    expect(() => index.rangeFromOffsets(4, 30)).not.toThrow();
    expect(index.rangeFromOffsets(4, 30)).toBeNull();
    expect(index.rangeFromOffsets(end - 5, end)).toBeNull();
  });

  it('maps correctly again once rebuilt after the page merged text nodes', () => {
    const root = page('<p>Mayor <b>Lindqvist</b> told reporters.</p>');
    const paragraph = root.querySelector('p') as HTMLElement;
    const bold = root.querySelector('b') as HTMLElement;
    paragraph.replaceChild(document.createTextNode('Lindqvist'), bold);
    paragraph.normalize();
    expect(paragraph.childNodes).toHaveLength(1);
    const index = buildTextIndex(root);
    const start = index.text.indexOf('Lindqvist');
    expect(index.rangeFromOffsets(start, start + 'Lindqvist told'.length)?.toString()).toBe('Lindqvist told');
  });
});

describe('white space as pages write it: indented source, runs inside and across nodes', () => {
  const html =
    '<article>\n    <p>\n      The   ministry\n      <b> said </b>\t\tthe talks\n\n   went <i>well</i> .  </p>' +
    '\n  <p>  “We   <em>regret</em>\n nothing,”   she   said.</p>\n</article>';

  it('points every letter of the text at that letter in the page', () => {
    const index = buildTextIndex(page(html));
    expect(index.text).toBe('The ministry said the talks went well .\n“We regret nothing,” she said.');
    // (A space may stand between two nodes, in none of them: it has no point of its own.)
    for (let i = 0; i < index.text.length; i++) {
      const char = index.text[i] ?? '';
      if (/\s/.test(char)) continue;
      const point = index.pointAt(i, 'start');
      expect(point && point.node.data.charAt(point.offset), `offset ${i}`).toBe(char);
    }
  });

  it('gives back the offsets of each word from a range over it', () => {
    const root = page(html);
    const index = buildTextIndex(root);
    for (const word of ['ministry', 'said', 'talks', 'went', 'well', 'regret', 'nothing,”', 'she']) {
      const start = index.text.indexOf(word);
      const range = index.rangeFromOffsets(start, start + word.length);
      expect(range?.toString(), word).toBe(word);
      expect(range && index.offsetsFromRange(range), word).toEqual([start, start + word.length]);
    }
  });
});
