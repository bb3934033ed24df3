import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../src/anchoring/dom/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Normalizes white space the way the index does, to compare a Range's text with the index text. */
const squash = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

describe('the text index reads a page the way a reader sees it', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('puts a line break between blocks and collapses white space runs', () => {
    const index = buildTextIndex(page('<h1>  Title\n </h1>\n  <p>First   para\n graph.</p><p>Second.</p>'));
    expect(index.text).toBe('Title\nFirst para graph.\nSecond.');
  });

  it('drops a single space at a block edge and keeps one space where inline elements meet', () => {
    const index = buildTextIndex(
      page('<p> Leff</p><p>said </p><p><b>the </b> missiles</p><p>came\tfrom</p>'),
    );
    expect(index.text).toBe('Leff\nsaid\nthe missiles\ncame from');
    const missiles = index.text.indexOf('missiles');
    expect(index.rangeFromOffsets(missiles - 4, missiles + 8)?.toString()).toBe('the  missiles');
  });

  it('keeps inline markup in the flow of the sentence', () => {
    const index = buildTextIndex(
      page('<p>Leff <b>said</b> the <a href="#">missiles</a> came <em>from</em> abroad.</p>'),
    );
    expect(index.text).toBe('Leff said the missiles came from abroad.');
  });

  it('skips script, style, hidden and aria-hidden content', () => {
    const index = buildTextIndex(
      page(
        '<p>Seen<script>var x = 1;</script><style>p{}</style><span hidden>hidden</span>' +
          '<span aria-hidden="true">icon</span> text.</p>',
      ),
    );
    expect(index.text).toBe('Seen text.');
  });

  it('skips elements it is told to exclude', () => {
    const root = page('<p>Keep this.</p><div class="share">Share on social</div><p>And this.</p>');
    const share = root.querySelector('.share');
    const index = buildTextIndex(root, { exclude: new Set(share ? [share] : []) });
    expect(index.text).toBe('Keep this.\nAnd this.');
  });

  it('decodes entities and keeps non-breaking spaces as characters', () => {
    const index = buildTextIndex(page('<p>Smith &amp; Jones said&nbsp;so &ldquo;today&rdquo;.</p>'));
    expect(index.text).toBe('Smith & Jones said\u00a0so \u201ctoday\u201d.');
  });

  it('treats <br> as a line break', () => {
    expect(buildTextIndex(page('<p>One<br>Two</p>')).text).toBe('One\nTwo');
  });
});

describe('offsets and DOM ranges convert both ways', () => {
  const html =
    '<article>\n  <h2>Missiles  traced</h2>\n  <p>The agency <b>reported</b>   that\n   talks went well.</p>\n' +
    '  <p>"It is <i>not</i> true," the ministry said.</p>\n</article>';

  it('turns every span of the text into a range with the same text', () => {
    const index = buildTextIndex(page(html));
    const { text } = index;
    for (let start = 0; start < text.length; start += 3) {
      for (let end = start + 1; end <= text.length; end += 5) {
        const range = index.rangeFromOffsets(start, end);
        const expected = squash(text.slice(start, end));
        if (!expected) continue;
        expect(range, `[${start}, ${end})`).not.toBeNull();
        expect(squash(range?.toString() ?? '')).toBe(expected);
      }
    }
  });

  it('round-trips offsets through a range', () => {
    const index = buildTextIndex(page(html));
    const start = index.text.indexOf('reported');
    const end = index.text.indexOf('went') + 'went'.length;
    const range = index.rangeFromOffsets(start, end);
    expect(range).not.toBeNull();
    if (range) expect(index.offsetsFromRange(range)).toEqual([start, end]);
  });

  it('reads a selection whose ends sit on elements rather than text', () => {
    const root = page('<p id="a">Alpha beta.</p><p id="b">Gamma delta.</p>');
    const index = buildTextIndex(root);
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(root, 1);
    expect(index.offsetsFromRange(range)).toEqual([0, 'Alpha beta.'.length]);
  });

  it('still maps text after the page splits a text node', () => {
    const root = page('<p>The ministry denied the report.</p>');
    const paragraph = root.querySelector('p');
    (paragraph?.firstChild as Text).splitText(12);
    const index = buildTextIndex(root);
    expect(index.text).toBe('The ministry denied the report.');
    const start = index.text.indexOf('ministry');
    const range = index.rangeFromOffsets(start, start + 'ministry denied'.length);
    expect(range?.toString()).toBe('ministry denied');
  });

  it('returns null for an empty span or text outside the index', () => {
    const index = buildTextIndex(page('<p>Short.</p>'));
    expect(index.rangeFromOffsets(2, 2)).toBeNull();
    expect(index.rangeFromOffsets(0, 99)).toBeNull();
  });
});

describe('the index tells which text it holds, and which it would hold if built now', () => {
  const folded = (el: Element) => el.classList.contains('folded');

  it('holds shown text and not hidden text, and sees text the page shows or hides since', () => {
    const root = page(
      '<p id="shown">Shown.</p><div id="more" class="folded"><p><b id="rest">Rest of the story.</b></p></div>' +
        '<p id="later" hidden>Later.</p>',
    );
    const index = buildTextIndex(root, { isHidden: folded });
    const text = (id: string) => document.getElementById(id)?.firstChild as Text;
    expect(index.holds(text('shown'))).toBe(true);
    expect(index.holds(text('rest'))).toBe(false);
    expect(index.wouldHold(text('rest'))).toBe(false);
    document.getElementById('more')?.classList.remove('folded');
    document.getElementById('later')?.removeAttribute('hidden');
    document.getElementById('shown')?.setAttribute('aria-hidden', 'true');
    expect(index.wouldHold(text('rest'))).toBe(true);
    expect(index.wouldHold(text('later'))).toBe(true);
    expect(index.wouldHold(text('shown'))).toBe(false);
    expect(index.holds(text('rest'))).toBe(false);
  });

  it('would hold nothing outside its root, nor what it was told to exclude', () => {
    const root = page('<div id="story"><p>In.</p><div id="share">Share.</div></div><p id="out">Out.</p>');
    const story = document.getElementById('story') as Element;
    const share = document.getElementById('share') as Element;
    const index = buildTextIndex(story, { exclude: new Set([share]) });
    expect(index.wouldHold(share.firstChild as Text)).toBe(false);
    expect(index.wouldHold(root.querySelector('#out')?.firstChild as Text)).toBe(false);
    expect(index.wouldHold(story.querySelector('p')?.firstChild as Text)).toBe(true);
  });
});
