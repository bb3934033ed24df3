/**
 * One page view end to end in a DOM (happy-dom), with the real analysis engine and a stand-in service
 * worker: it paints the article's findings and nothing outside it, respects the site setting, analyzes on
 * demand, follows a paragraph the page adds later (analyzing only that batch) and text it shows later by a
 * class ("Read more", a cookie wall), marks rated sources, moves through findings, and leaves nothing
 * behind when disposed.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../src/analysis';
import { AnalysisCache } from '../../../extension/content/analysis-run';
import { pageEngine, type Engine, type EngineClient } from '../../../extension/content/engines';
import { HitTester } from '../../../extension/content/hit-test';
import { PageView } from '../../../extension/content/page-view';
import { fakeBackground, type FakeBackground } from './fake-background';
import { installHighlights, paintedTexts } from './highlight-registry';

const fixture = readFileSync('tests/fixtures/reading/article.html', 'utf8');
const body = fixture.slice(fixture.indexOf('<body>') + 6, fixture.indexOf('<script src'));

let registry: ReturnType<typeof installHighlights>;
let background: FakeBackground;
let engineCalls: string[];
let view: PageView | null;

const engine: Engine = (text) => {
  engineCalls.push(text);
  return analyze(text);
};

function newView(client: EngineClient = pageEngine(engine), onPageChanged = () => {}): PageView {
  view = new PageView(document, {
    ask: background.ask,
    engine: client,
    cache: new AnalysisCache(),
    onPageChanged,
    report: (error) => {
      throw error;
    },
  });
  return view;
}

const story = () => document.getElementById('story') as HTMLElement;

/** The site's setting as the service worker answers it (no article container remembered by default). */
const settings = (autoHighlight: boolean, selector: string | null = null) =>
  Promise.resolve({
    autoHighlight,
    articleLayout: selector === null ? null : { selector, searchInside: false },
  });

/** Every range Sourcemark painted, with the layer it is in. */
function painted(): { name: string; range: Range }[] {
  return [...registry].flatMap(([name, highlight]) =>
    name.startsWith('sourcemark-') ? [...highlight].map((range) => ({ name, range: range as Range })) : [],
  );
}

beforeEach(() => {
  registry = installHighlights();
  background = fakeBackground();
  engineCalls = [];
  view = null;
  document.head.innerHTML = '<style>.promo { display: none }</style>';
  document.body.innerHTML = body;
});

afterEach(() => {
  view?.dispose();
});

describe('a page view on a news article', () => {
  it('paints sources, cues, claims and denials, all inside the article', async () => {
    await newView().start(settings(true));
    expect(paintedTexts(registry, 'sourcemark-cue')).toEqual(
      expect.arrayContaining(['said', 'denied', 'told']),
    );
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Ines Halvorsen');
    expect(paintedTexts(registry, 'sourcemark-denial').join(' | ')).toContain('treatment plant');
    expect(painted().length).toBeGreaterThan(10);
    expect(painted().filter(({ range }) => !story().contains(range.commonAncestorContainer))).toEqual([]);
    expect(view?.summary()).toMatchObject({ isArticle: true, analyzed: true });
  });

  it('paints nothing where the reader turned automatic highlighting off, until asked', async () => {
    const page = newView();
    await page.start(settings(false));
    expect(painted()).toEqual([]);
    expect(page.summary()).toMatchObject({ isArticle: true, analyzed: false });
    await page.analyzeOnDemand();
    expect(paintedTexts(registry, 'sourcemark-cue')).toContain('denied');
  });

  it('looks for the article in its first task on an ordinary page, in a task of its own on a very large one', async () => {
    const articleSearches = () => performance.getEntriesByName('sourcemark:article').length;
    /** Lets promise callbacks run, but no other task. */
    const microtasks = async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve();
    };

    performance.clearMeasures();
    const ordinary = newView().start(settings(true));
    await microtasks();
    expect(articleSearches()).toBe(1);
    await ordinary;
    view?.dispose();

    // 2,500 elements of page furniture after the article: too many for the first task.
    const filler = document.createElement('footer');
    filler.innerHTML = '<ul>' + '<li><a href="/x">More news</a></li>'.repeat(1250) + '</ul>';
    document.body.append(filler);
    performance.clearMeasures();
    const large = newView().start(settings(true));
    await microtasks();
    expect(articleSearches()).toBe(0);
    await large;
    // The page walked in one task, the rest of the search in the next (ArticleAnalysis.search).
    expect(articleSearches()).toBe(2);
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Ines Halvorsen');
    view?.dispose();

    // The same large page on a site whose article container is remembered: only that is walked, at once.
    performance.clearMeasures();
    const remembered = newView().start(settings(true, 'article#story'));
    await microtasks();
    expect(articleSearches()).toBe(1);
    await remembered;
  });

  it("paints the opening's findings while the rest of a long article is still being analyzed", async () => {
    for (let i = 1; i <= 30; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `Engineer Dagny Lund${i} said the pumps at station ${i} ran ${'without a fault '.repeat(12)}all week.`;
      story().append(paragraph);
    }
    // An engine in the service worker that answers the opening at once and the rest when told.
    let answerRest = () => {};
    const requests: string[][] = [];
    const held: EngineClient = {
      analyze(texts) {
        requests.push([...texts]);
        const answer = { results: texts.map((t) => analyze(t).attributions), engineMs: 1 };
        if (requests.length === 1) return Promise.resolve(answer);
        return new Promise((resolve) => (answerRest = () => resolve(answer)));
      },
    };
    const page = newView(held);
    const started = page.start(settings(true));
    await vi.waitFor(() => expect(paintedTexts(registry, 'sourcemark-source').length).toBeGreaterThan(0));
    expect(requests).toHaveLength(2);
    const early = paintedTexts(registry, 'sourcemark-source').join(' | ');
    expect(early).toContain('Ines Halvorsen');
    expect(early).not.toContain('Lund30');
    answerRest();
    await started;
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Lund30');
    const split = page.summary().findings;
    expect(split.map((f) => f.index)).toEqual(split.map((_, i) => i));
    // The same findings as when the whole article is analyzed at once.
    page.dispose();
    const whole = newView();
    await whole.start(settings(true));
    expect(split).toEqual(whole.summary().findings);
  });

  it('analyzes a paragraph the page adds later, and only the batch that holds it', async () => {
    await newView().start(settings(true));
    engineCalls = [];
    const late = document.createElement('p');
    late.textContent = 'Council member Arvid Solberg said the city should have tested the water in January.';
    story().insertBefore(late, document.getElementById('counter-row'));
    await vi.waitFor(
      () => expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Arvid Solberg'),
      {
        timeout: 5000,
      },
    );
    expect(engineCalls).toHaveLength(1);
    expect(engineCalls[0]).toContain('Arvid Solberg');
  });

  it('analyzes the rest of a story that the page unfolds ("Read more"), and only the batch that holds it', async () => {
    document.head.innerHTML = '<style>.promo, .folded { display: none }</style>';
    story().insertBefore(
      Object.assign(document.createElement('div'), {
        id: 'story-rest',
        className: 'folded',
        innerHTML:
          '<p>Council member Arvid Solberg said the city should have tested the water in January.</p>',
      }),
      document.getElementById('counter-row'),
    );
    await newView().start(settings(true));
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).not.toContain('Arvid Solberg');
    engineCalls = [];
    document.getElementById('story-rest')?.classList.remove('folded');
    await vi.waitFor(
      () => expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Arvid Solberg'),
      { timeout: 5000 },
    );
    expect(engineCalls).toHaveLength(1);
    expect(engineCalls[0]).toContain('Arvid Solberg');
  });

  it('places a saved annotation on text that the page shows later, once it shows it', async () => {
    document.head.innerHTML = '<style>.promo, .folded { display: none }</style>';
    const rest = Object.assign(document.createElement('div'), {
      id: 'story-rest',
      innerHTML: '<p>Council member Arvid Solberg said the city should have tested the water in January.</p>',
    });
    story().insertBefore(rest, document.getElementById('counter-row'));
    const first = newView();
    await first.start(settings(true));
    const sentence = rest.querySelector('p')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(sentence, sentence.data.indexOf('tested'));
    range.setEnd(sentence, sentence.data.indexOf(' in January'));
    await first.annotate(range, { tags: ['disputed'], note: '' });
    first.dispose();
    rest.classList.add('folded');
    await newView().start(settings(true));
    expect(paintedTexts(registry, 'sourcemark-tag-disputed')).toEqual([]);
    rest.classList.remove('folded');
    await vi.waitFor(
      () => expect(paintedTexts(registry, 'sourcemark-tag-disputed')).toEqual(['tested the water']),
      { timeout: 5000 },
    );
  });

  it("measures the highlights' places again when the page's layout grows without a DOM change (images, fonts)", async () => {
    const observers: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observers.push(callback);
        }
        observe(): void {}
        disconnect(): void {}
      },
    );
    const measuredAgain = vi.spyOn(HitTester.prototype, 'invalidate');
    try {
      const page = newView();
      await page.start(settings(true));
      await page.wired;
      measuredAgain.mockClear();
      for (const grown of observers) grown([], {} as ResizeObserver);
      expect(measuredAgain).toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      measuredAgain.mockRestore();
    }
  });

  it('does not read the article again when the page restyles it without showing or hiding any of it', async () => {
    const changes = vi.fn();
    await newView(pageEngine(engine), changes).start(settings(true));
    const indexed = () => performance.getEntriesByName('sourcemark:index').length;
    const before = indexed();
    story().classList.add('wide');
    story().querySelector('p')?.setAttribute('style', 'color: navy');
    document.querySelector('nav, header')?.setAttribute('class', 'sticky');
    await vi.waitFor(() => expect(changes).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 300));
    expect(indexed()).toBe(before);
  });

  it('sends its first request for analysis before it sets up its listeners, and follows the page after', async () => {
    let wired = false;
    const wiredWhenAsked: boolean[] = [];
    const inner = pageEngine(engine);
    const client: EngineClient = {
      analyze: (...request) => {
        wiredWhenAsked.push(wired);
        return inner.analyze(...request);
      },
    };
    const page = newView(client);
    void page.wired.then(() => (wired = true));
    await page.start(settings(true));
    expect(wiredWhenAsked[0]).toBe(false);
    expect(wired).toBe(true);
  });

  it('follows a page that has no article yet, and analyzes the article once the page adds it', async () => {
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    const page = newView();
    await page.start(settings(true));
    expect(engineCalls).toEqual([]);
    expect(page.summary()).toMatchObject({ isArticle: false });
    await page.wired;
    document.querySelector('main')?.insertAdjacentHTML('beforeend', body);
    await vi.waitFor(() => expect(paintedTexts(registry, 'sourcemark-cue')).toContain('denied'), {
      timeout: 5000,
    });
  });

  it('analyzes an article that the page kept hidden until the reader clicked (a cookie wall), once shown', async () => {
    document.head.innerHTML = '<style>.not-ready { display: none }</style>';
    document.body.innerHTML = `<div class="consent">We use cookies. <button>Accept</button></div><div id="page" class="not-ready">${body}</div>`;
    const page = newView();
    await page.start(settings(true));
    expect(page.summary()).toMatchObject({ isArticle: false });
    expect(engineCalls).toEqual([]);
    document.getElementById('page')?.classList.remove('not-ready');
    await vi.waitFor(() => expect(paintedTexts(registry, 'sourcemark-cue')).toContain('denied'), {
      timeout: 5000,
    });
  });

  it('follows the page even when its start fails before any analysis', async () => {
    const page = newView();
    const broken = Promise.resolve({
      autoHighlight: true,
      get articleLayout(): null {
        throw new Error('unreadable setting');
      },
    });
    await expect(page.start(broken)).rejects.toThrow('unreadable setting');
    await page.wired;
  });

  it('marks a source the reader has rated, found by an alias', async () => {
    background.sources.push({
      id: 's1',
      name: 'Lakeshore Lab',
      aliases: ['Lakeshore Environmental Lab'],
      domain: null,
      rating: 'mixed',
      note: 'Funded by a rival utility.',
      evidence: [],
      updated: 1,
    });
    const page = newView();
    await page.start(settings(true));
    await vi.waitFor(() =>
      expect(paintedTexts(registry, 'sourcemark-rating-mixed')).toEqual(['the Lakeshore Environmental Lab']),
    );
    const finding = page.findings.find((f) => f.sourceText === 'the Lakeshore Environmental Lab');
    expect(finding && page.ratings.noteFor(finding)?.note).toBe('Funded by a rival utility.');
    expect(paintedTexts(registry, 'sourcemark-rating-unreliable')).toEqual([]);
  });

  it('moves to the next finding in reading order and marks it', async () => {
    const page = newView();
    await page.start(settings(true));
    expect(page.step(null, 1)).toBe(true);
    const first = page.card.current;
    expect(first?.type === 'finding' && first.finding.index).toBe(0);
    page.step(null, 1);
    const second = page.card.current;
    expect(second?.type === 'finding' && second.finding.index).toBe(1);
    expect(paintedTexts(registry, 'sourcemark-focus')).toHaveLength(1);
    page.step(null, -1);
    const back = page.card.current;
    expect(back?.type === 'finding' && back.finding.index).toBe(0);
  });

  it('saves a tagged selection on the claim it falls in, with the claim’s source and stance', async () => {
    const page = newView();
    await page.start(settings(true));
    const denial = page.findings.find((f) => f.kind === 'denial' && f.claimText.includes('treatment plant'));
    expect(denial?.claimRange).toBeTruthy();
    if (!denial?.claimRange) return;
    await page.annotate(denial.claimRange.cloneRange(), { tags: ['disputed'], note: '' });
    expect(background.annotations[0]).toMatchObject({
      kind: 'denial',
      stance: 'deny',
      tags: ['disputed'],
      sourceName: denial.sourceName,
    });
    expect(paintedTexts(registry, 'sourcemark-tag-disputed').join('')).toContain('treatment plant');
  });

  it('leaves no highlight and no listener behind when disposed', async () => {
    registry.set('page-own', new Highlight());
    const page = newView();
    await page.start(settings(true));
    page.dispose();
    view = null;
    expect([...registry.keys()]).toEqual(['page-own']);
    expect(page.signal.aborted).toBe(true);
  });
});

describe('a page view on a site whose article container Sourcemark remembers', () => {
  /** Every painted range as "layer: text", in a stable order, to compare two page views. */
  const paintedNow = () =>
    painted()
      .map(({ name, range }) => `${name}: ${range.toString()}`)
      .sort();
  const articleSearches = () => performance.getEntriesByName('sourcemark:article').length;

  it("remembers the article's container after the site's first page", async () => {
    await newView().start(settings(true));
    expect(background.articleLayout).toEqual({ selector: 'article#story', searchInside: false });
    expect(document.querySelector(background.articleLayout?.selector ?? '')).toBe(story());
  });

  it('finds the article in the remembered container and paints what a search of the whole page paints', async () => {
    await newView().start(settings(true));
    const searched = paintedNow();
    view?.dispose();
    background.requests.length = 0;
    performance.clearMeasures();

    await newView().start(settings(true, 'article#story'));
    expect(paintedNow()).toEqual(searched);
    // One look for the article before the paint (in the container); the memory held, nothing to change.
    expect(articleSearches()).toBe(1);
    expect(background.requests).not.toContain('settings/remember-article');
  });

  it('searches the whole page when the remembered container is not there, and remembers the new one', async () => {
    await newView().start(settings(true, 'div.old-story-body'));
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Ines Halvorsen');
    expect(background.articleLayout?.selector).toBe('article#story');
  });

  it('moves to the article when the remembered container holds other prose, and corrects the memory', async () => {
    const other = document.createElement('aside');
    other.className = 'long-read';
    const sentence =
      'The lighthouse keeper wrote every evening about the weather, the ships that passed and the birds, and his diaries, kept for forty years, are now in the town museum, where anyone may read them.';
    other.innerHTML = `<p>${sentence}</p>`.repeat(5);
    document.body.append(other);

    await newView().start(settings(true, 'aside.long-read'));
    expect(paintedTexts(registry, 'sourcemark-source').join(' | ')).toContain('Ines Halvorsen');
    expect(painted().filter(({ range }) => !story().contains(range.commonAncestorContainer))).toEqual([]);
    expect(background.articleLayout?.selector).toBe('article#story');
  });
});
