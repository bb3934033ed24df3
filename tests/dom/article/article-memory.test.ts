/**
 * Remembering where a site keeps its articles: the container is named by the site's own written names,
 * uniquely on its page; the next article of the same template is found inside it, with the same region as
 * a search of the whole page gives; a container that is missing, hides no article or is named by a broken
 * selector gives null, for the caller to search the whole page.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ArticleLayout } from '../../../src/article/article-layout';
import {
  articleIn,
  findRememberedArticle,
  layoutReproducing,
  rememberedContainer,
  sameRegion,
  selectorFor,
} from '../../../src/article/article-memory';
import { findArticle, type ArticleRegion } from '../../../src/article/find-article';
import { walkPage } from '../../../src/article/page-walk';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/article');

function page(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixtures, name), 'utf8'), 'text/html');
}

function found(doc: Document): ArticleRegion {
  const region = findArticle(doc);
  if (region === null) throw new Error('expected an article');
  return region;
}

/** The layout in which the container is the article, its furniture set aside. */
const whole = (selector: string): ArticleLayout => ({ selector, searchInside: false });

function named(region: ArticleRegion): string {
  const selector = selectorFor(region.root);
  if (selector === null) throw new Error('expected a selector');
  return selector;
}

/** Another article of the same template: the story's paragraphs rewritten, one more added. */
function nextArticle(): Document {
  const doc = page('news-article.html');
  const paragraphs = doc.querySelectorAll('.story-body > p');
  paragraphs.forEach((p, i) => {
    p.textContent = `Paragraph ${i + 1} of another story: the town council said on Monday that the new bridge would open in spring, a month later than planned, because the steel had arrived late.`;
  });
  paragraphs[0]?.after(paragraphs[0].cloneNode(true));
  return doc;
}

describe('selectorFor', () => {
  it("names the article's container by the site's written names, uniquely on the page", () => {
    const doc = page('news-article.html');
    const selector = named(found(doc));
    expect(selector).toBe('div.story-body');
    expect([...doc.querySelectorAll(selector)]).toEqual([found(doc).root]);
  });

  it('leaves out generated names (digits) and adds an ancestor when the names left are not unique', () => {
    const doc = page('news-article.html');
    const body = doc.querySelector('.story-body') as Element;
    body.setAttribute('id', 'post-5765662');
    body.setAttribute('class', 'css-1x2y3z story-body');
    doc.querySelector('.sidebar')?.insertAdjacentHTML('beforeend', '<div class="story-body">Teaser</div>');
    expect(named(found(doc))).toBe('article.story div.story-body');
  });

  it('names an element whose tag is not a CSS name by its written names alone', () => {
    const doc = page('news-article.html');
    const body = doc.querySelector('.story-body') as Element;
    // The HTML parser takes "story.main" for a tag name; as a selector it would read "story" with a class.
    body.insertAdjacentHTML('beforebegin', '<story.main class="story-body"></story.main>');
    const odd = body.previousElementSibling as Element;
    expect(odd.localName).toBe('story.main');
    odd.append(...body.childNodes);
    body.remove();
    expect(selectorFor(odd)).toBe('*.story-body');
    expect(findRememberedArticle(doc, whole('*.story-body'))?.root).toBe(odd);
  });

  it('names nothing when the page offers only generated names, or when the article is the whole body', () => {
    const generated = page('news-article.html');
    const root = found(generated).root;
    for (let el: Element | null = root; el && el !== generated.body; el = el.parentElement) {
      el.setAttribute('class', 'sc-4f2a1b');
    }
    expect(selectorFor(root)).toBeNull();
    const bare = page('short-page.html');
    expect(selectorFor(bare.body)).toBeNull();
  });
});

describe('findRememberedArticle', () => {
  it('finds the same region inside the container as the search of the whole page', () => {
    const doc = page('news-article.html');
    const searched = found(doc);
    const remembered = findRememberedArticle(doc, whole(named(searched)));
    expect(remembered).not.toBeNull();
    expect(sameRegion(remembered as ArticleRegion, searched)).toBe(true);
    // The furniture inside the story is set aside as the search sets it aside.
    expect(remembered?.excluded.map((el) => el.className)).toEqual(
      searched.excluded.map((el) => el.className),
    );
  });

  it("finds the site's next article of the same template in the remembered container", () => {
    const selector = named(found(page('news-article.html')));
    const next = nextArticle();
    const remembered = findRememberedArticle(next, whole(selector));
    expect(remembered?.root).toBe(next.querySelector('div.story-body'));
    expect(sameRegion(remembered as ArticleRegion, found(next))).toBe(true);
  });

  it('answers null when the container is missing, holds no article, or the selector is broken', () => {
    const doc = page('news-article.html');
    expect(findRememberedArticle(doc, whole('div.no-such-container'))).toBeNull();
    expect(findRememberedArticle(doc, whole('nav.main-nav'))).toBeNull();
    expect(findRememberedArticle(doc, whole('footer.site-footer'))).toBeNull();
    expect(() => findRememberedArticle(doc, whole('div['))).not.toThrow();
    expect(findRememberedArticle(doc, whole('div['))).toBeNull();
  });

  it('answers null when the selector names several elements here: another layout, not the template', () => {
    const selector = named(found(page('news-article.html')));
    // Another site's story, split into several blocks of the same class: the first one is a short part.
    const other = nextArticle();
    const container = other.querySelector(selector) as Element;
    const split = other.createElement('div');
    split.className = container.className;
    split.innerHTML = '<p>The rest of the story, in a block of its own, as another layout splits it.</p>';
    container.after(split);
    expect(other.querySelectorAll(selector)).toHaveLength(2);
    expect(findRememberedArticle(other, whole(selector))).toBeNull();
  });

  it("does not take a home page's list of teasers for an article", () => {
    const home = page('home-page.html');
    expect(findRememberedArticle(home, whole('main.front'))).toBeNull();
    expect(findRememberedArticle(home, whole('section.top-stories'))).toBeNull();
  });

  it('looks in a container found before (the page view resolves it once), unless the page removed it', () => {
    const doc = page('news-article.html');
    const selector = named(found(doc));
    const container = rememberedContainer(doc, whole(selector));
    if (container === null) throw new Error('expected the container');
    expect(articleIn(doc, container)?.root).toBe(container.element);
    container.element.remove();
    expect(articleIn(doc, container)).toBeNull();
  });

  it('answers null for an element outside the body', () => {
    const doc = page('news-article.html');
    expect(findRememberedArticle(doc, whole('head'))).toBeNull();
  });
});

describe('layoutReproducing', () => {
  it('remembers the container as the article where that gives the very region of the search', () => {
    const doc = page('news-article.html');
    expect(layoutReproducing(doc, found(doc))).toEqual({ selector: 'div.story-body', searchInside: false });
  });

  it('remembers a container whose article is only some of its children as one to search inside', () => {
    // The story's two parts are the article; the headline block beside them is set aside by the search.
    const doc = page('two-part-story.html');
    const searched = found(doc);
    expect(searched.root).toBe(doc.querySelector('article.story'));
    expect(searched.excluded).toContain(doc.querySelector('h1.story-title'));
    const asWhole = findRememberedArticle(doc, whole('article.story'));
    expect(asWhole !== null && sameRegion(asWhole, searched)).toBe(false);

    const layout = layoutReproducing(doc, searched);
    expect(layout).toEqual({ selector: 'article.story', searchInside: true });
    const inside = findRememberedArticle(doc, layout as ArticleLayout);
    expect(inside !== null && sameRegion(inside, searched)).toBe(true);
  });

  it("takes the walk of the region's root made ahead, and no other walk", () => {
    const doc = page('two-part-story.html');
    const searched = found(doc);
    const expected = { selector: 'article.story', searchInside: true };
    expect(layoutReproducing(doc, searched, walkPage(searched.root))).toEqual(expected);
    // A walk of another element is not the container's: the container is walked afresh.
    expect(layoutReproducing(doc, searched, walkPage(doc.body))).toEqual(expected);
  });

  it('remembers nothing where no layout gives the region again', () => {
    const doc = page('news-article.html');
    const region = found(doc);
    // A region no search would give: the story's root with nothing set aside.
    const odd: ArticleRegion = { ...region, excluded: [] };
    expect(layoutReproducing(doc, odd)).toBeNull();
  });
});
