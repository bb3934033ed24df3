/**
 * Finding the article on a large page in two tasks: the page walk in one slice, the rest of the search in
 * the next, with the same region as one search in one go; a small page in one slice; and where the page
 * removes some of what was walked in between, the walk is made again.
 */
import { describe, expect, it } from 'vitest';
import { AnalysisCache } from '../../../extension/content/analysis-run';
import { ArticleAnalysis } from '../../../extension/content/article-analysis';
import { pageEngine } from '../../../extension/content/engines';
import { IdleBudget } from '../../../extension/content/idle-budget';
import { sameRegion } from '../../../src/article/article-memory';
import { findArticle, type ArticleRegion } from '../../../src/article/find-article';
import { analyze } from '../../../src/analysis';

const PARAGRAPH =
  'The harbour board voted on Tuesday to add three crossings a day, after a summer in which, its chair said, commuters had waited hours for boats that did not come.';

/** A story of `paragraphs` paragraphs beside a site menu of `links` links (each link an element or two). */
function page(paragraphs: number, links: number): void {
  const menu = Array.from({ length: links }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join(
    '',
  );
  const story = Array.from({ length: paragraphs }, () => `<p>${PARAGRAPH}</p>`).join('');
  document.body.innerHTML = `<nav class="site-menu"><ul>${menu}</ul></nav>
    <article class="story"><h1>More crossings for the ferry</h1>${story}</article>
    <footer class="site-footer"><a href="/about">About us</a></footer>`;
}

const elements = () => document.body.getElementsByTagName('*').length;

/** A budget that counts its slices and may change the page as the second one begins. */
class WatchedBudget extends IdleBudget {
  constructor(private readonly onSecondSlice: () => void = () => {}) {
    super(undefined, 'soon');
  }

  override async ensure(ms: number): Promise<void> {
    const before = this.slices;
    await super.ensure(ms);
    if (before === 1 && this.slices === 2) this.onSecondSlice();
  }
}

function locate(budget: IdleBudget): Promise<ArticleRegion | null> {
  const analysis = new ArticleAnalysis(document, pageEngine(analyze), new AnalysisCache());
  return analysis.locate('auto', budget);
}

describe('the article search on a large page', () => {
  it('walks the page in one slice and finishes the search in the next, finding the same region', async () => {
    page(40, 1100);
    expect(elements()).toBeGreaterThan(2000);
    const budget = new WatchedBudget();
    const region = await locate(budget);
    expect(budget.slices).toBe(2);
    const inOneGo = findArticle(document);
    expect(region !== null && inOneGo !== null && sameRegion(region, inOneGo)).toBe(true);
    expect(region?.root).toBe(document.querySelector('article.story'));
  });

  it('searches a small page in one slice', async () => {
    page(40, 20);
    const budget = new WatchedBudget();
    expect((await locate(budget))?.root).toBe(document.querySelector('article.story'));
    expect(budget.slices).toBe(1);
  });

  it('walks again when the page replaced the article between the two slices', async () => {
    page(40, 1100);
    const budget = new WatchedBudget(() => {
      // The page's own script re-renders the story: the walked one is gone.
      const old = document.querySelector('article.story') as Element;
      const fresh = old.cloneNode(true) as Element;
      fresh.classList.add('rendered');
      old.replaceWith(fresh);
    });
    const region = await locate(budget);
    expect(region?.root).toBe(document.querySelector('article.story.rendered'));
    expect(region?.root.isConnected).toBe(true);
  });
});
