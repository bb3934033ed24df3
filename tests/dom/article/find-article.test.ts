import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bestArticleRegion,
  findArticle,
  MIN_ARTICLE_CONFIDENCE,
  type ArticleRegion,
} from '../../../src/article/find-article';

// Node's own path helpers: under happy-dom the global URL is the page's.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/article');

function page(name: string): Document {
  const html = readFileSync(join(fixtures, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The region's text as the text index reads it: text under root, excluded subtrees left out. */
function regionText(region: ArticleRegion): string {
  const excluded = new Set(region.excluded);
  const parts: string[] = [];
  const visit = (el: Element): void => {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType === 3) parts.push((n as Text).data);
      else if (n.nodeType === 1 && !excluded.has(n as Element)) visit(n as Element);
    }
  };
  visit(region.root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function found(doc: Document): ArticleRegion {
  const region = findArticle(doc);
  if (region === null) throw new Error('expected an article');
  return region;
}

describe('findArticle on a news page with furniture around and inside the story', () => {
  const doc = page('news-article.html');
  const region = found(doc);
  const text = regionText(region);

  it('returns a live element of the document as root', () => {
    expect(region.root.ownerDocument).toBe(doc);
    expect(doc.body.contains(region.root)).toBe(true);
  });

  it('covers every paragraph of the story', () => {
    for (const words of [
      'The harbour board voted on Tuesday',
      'said Marta Ilves, the board',
      'Not everyone was convinced',
      'The operator denied that maintenance',
      'The board will review the timetable again in spring',
    ]) {
      expect(text).toContain(words);
    }
  });

  it('leaves out navigation, sidebar, footer and comments', () => {
    for (const words of [
      'Weather and tides',
      'Most read',
      'All rights reserved',
      'Comments (3)',
      'the 7:40 boat',
    ]) {
      expect(text).not.toContain(words);
    }
  });

  it('excludes the share bar, the ad and the related links inside the body', () => {
    expect(text).not.toContain('Share on Social');
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Related stories');
    const classes = region.excluded.map((el) => el.getAttribute('class'));
    expect(classes).toEqual(expect.arrayContaining(['share-bar', 'ad-slot', 'related-links']));
  });

  it('lists elements hidden by an inline style as excluded (the text index reads attributes only)', () => {
    const drawer = region.root.querySelector('.drawer');
    expect(drawer).not.toBeNull();
    expect(region.excluded).toContain(drawer);
  });

  it('lists excluded elements inside the root, disjoint and in document order', () => {
    for (const el of region.excluded) expect(region.root.contains(el)).toBe(true);
    region.excluded.forEach((el, i) => {
      const next = region.excluded[i + 1];
      if (next === undefined) return;
      expect(el.contains(next)).toBe(false);
      expect(el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  });

  it('is sure it is an article', () => {
    expect(region.confidence).toBeGreaterThan(0.8);
    expect(region.confidence).toBeLessThanOrEqual(1);
  });
});

describe('findArticle never changes the page', () => {
  it('leaves the markup as it was, and no mutation is observed', async () => {
    const doc = page('news-article.html');
    const before = doc.documentElement.outerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    findArticle(doc);
    bestArticleRegion(doc);
    await Promise.resolve();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pages without an article get no region', () => {
  it.each([
    ['a home page of teasers', 'home-page.html'],
    ['a search result page', 'search-results.html'],
    ['an application page', 'app-page.html'],
  ])('%s', (_label, file) => {
    const doc = page(file);
    expect(findArticle(doc)).toBeNull();
    // The best guess is still there for analysis on demand, with a low confidence.
    const best = bestArticleRegion(doc);
    expect(best?.confidence ?? 0).toBeLessThan(MIN_ARTICLE_CONFIDENCE);
  });
});

describe('a very short page', () => {
  it('is not an article, and does not throw', () => {
    expect(findArticle(page('short-page.html'))).toBeNull();
  });

  it('an empty body gives no region at all', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><title>x</title><body></body>', 'text/html');
    expect(findArticle(doc)).toBeNull();
    expect(bestArticleRegion(doc)).toBeNull();
  });
});

describe('an article body split over several blocks, beside a column of long teasers', () => {
  const region = found(page('split-body.html'));
  const text = regionText(region);

  it('takes every block of the body', () => {
    expect(text).toContain('At four in the morning');
    expect(text).toContain('The operator disputed that account');
    expect(text).toContain('that is not much to ask');
  });

  it('leaves out the teasers, though they are prose too', () => {
    expect(text).not.toContain('Our view');
    expect(text).not.toContain('Readers write about the summer');
  });

  it('keeps the caption and drops the photo credit', () => {
    expect(text).toContain('Workers sort the catch');
    expect(text).not.toContain('Photo: J. Sandvik');
  });
});

describe('other kinds of article', () => {
  it('finds a French article and drops its "read also" link', () => {
    const text = regionText(found(page('french-article.html')));
    expect(text).toContain('Le conseil du port a adopté mardi');
    expect(text).toContain('deux navires vieillissants');
    expect(text).not.toContain('Accueil');
    expect(text).not.toContain('Lire aussi');
  });

  it('reads paragraphs made of <br><br> and ignores hidden text, however long', () => {
    const region = found(page('hidden-and-breaks.html'));
    expect(region.root.id).toBe('letter');
    expect(regionText(region)).toContain('remember the people who cannot wait');
  });
});

describe('a list article with one block per item', () => {
  const region = found(page('list-items.html'));
  const text = regionText(region);

  it('takes the first item too, though it holds only a headline and a picture', () => {
    expect(text).toContain('The meeting ran for almost four hours');
    expect(text).toContain('The chair opened by reading letters');
    expect(text).toContain('all nine members approved');
  });

  it('leaves out the links to more stories', () => {
    expect(text).not.toContain('explained in one chart');
  });
});

describe("an article the page's style sheet hides", () => {
  it('is passed over for the article that is shown', () => {
    const region = found(page('styled-overlay.html'));
    const text = regionText(region);
    expect(text).toContain('The northern lighthouse reopened');
    expect(text).not.toContain('the story the reader opened earlier');
  });

  it('is no article when it is all the page holds', () => {
    expect(findArticle(page('styled-hidden-only.html'))).toBeNull();
  });

  it('is named to the caller who asks, for a page that may show it later', () => {
    const setAside: Element[] = [];
    const doc = page('styled-hidden-only.html');
    expect(findArticle(doc, undefined, setAside)).toBeNull();
    expect(setAside.length).toBeGreaterThan(0);
    expect(setAside.every((el) => !el.checkVisibility())).toBe(true);
    const none: Element[] = [];
    findArticle(page('news-article.html'), undefined, none);
    expect(none).toEqual([]);
  });
});

describe('text that a class name hides (hidden, hide, is-hidden, visually-hidden)', () => {
  const paragraph = (i: number) =>
    `<p>Paragraph ${i} of the piece, with enough words, commas, and clauses to count as prose for the scoring, as a story's paragraphs do.</p>`;
  const parse = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

  it('does not make a page an article: a closed panel of prose is not a story', () => {
    const doc = parse(
      `<nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="panel hidden">${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</div>`,
    );
    expect(findArticle(doc)).toBeNull();
  });

  it('is only those class names: a classed element whose inline style names "none" for a border stays', () => {
    const doc = parse(
      `<article>${[1, 2, 3, 4, 5].map(paragraph).join('')}<p class="lead" style="border: none">A paragraph styled without a border, which the reader sees like every other one of the story.</p></article>`,
    );
    expect(regionText(found(doc))).toContain('A paragraph styled without a border');
  });

  it('is set aside inside the article, so that the text index leaves it out', () => {
    const doc = parse(
      `<article>${[1, 2, 3, 4, 5].map(paragraph).join('')}<div class="story-text hide"><p>An earlier version of the story, kept in the page for the editors and shown to no reader.</p></div>${paragraph(6)}</article>`,
    );
    const region = found(doc);
    expect(regionText(region)).toContain('Paragraph 6');
    expect(regionText(region)).not.toContain('An earlier version of the story');
  });
});
