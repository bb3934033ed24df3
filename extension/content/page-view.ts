/**
 * This module is Sourcemark on one page view (one URL; an SPA navigation starts a new one): it analyzes the
 * article in idle time and paints what it found, follows the page as it changes, places the reader's saved
 * annotations and source ratings, opens the card, and answers the popup. Everything it does to the page is
 * undone by `dispose()`: highlights removed, listeners and observers gone, the card closed.
 */
import { sameLayout, type ArticleLayout } from '../../src/article/article-layout';
import { rememberedContainer } from '../../src/article/article-memory';
import type { PageSummary } from '../../src/messaging/page-summary';
import type { PageSettings } from '../../src/messaging/protocol';
import { normalizePageUrl, siteOf } from '../../src/model/page';
import type { AnalysisCache } from './analysis-run';
import type { EngineClient } from './engines';
import { ArticleAnalysis, isLargeSearch, type RegionMode } from './article-analysis';
import type { AskBackground } from './background';
import { CardController } from './card-controller';
import { countFindings, summarizeFinding, type Finding } from './findings';
import { bringIntoView, stepFrom } from './finding-navigation';
import { Highlighter } from './highlighter';
import { HitTester } from './hit-test';
import { IdleBudget } from './idle-budget';
import { budgetSlice, isAbort } from './idle';
import { watchMutations, type MutationDigest } from './live-updates';
import { PageCardSource } from './page-card-source';
import { SavedAnnotations, type AnnotationChoice } from './saved-annotations';
import { SourceRatings } from './source-ratings';
import { MARKS, mark, sinceWorkStarted } from './timing';

/** What a page view starts from: the reader's setting for the site, and where its last article was. */
export type PageStart = Pick<PageSettings, 'autoHighlight' | 'articleLayout'>;

export interface PageViewDeps {
  readonly ask: AskBackground;
  readonly engine: EngineClient;
  readonly cache: AnalysisCache;
  /** Called after the page changed: the session checks whether the URL did too (SPA navigation). */
  readonly onPageChanged: () => void;
  /** Reports an unexpected failure (the content script must never throw into the page). */
  readonly report: (error: unknown) => void;
}

/** Text the page must add before a page without an article is looked at again. */
const LATE_ARTICLE_CHARS = 400;
/**
 * The content script's first task (evaluating it included) may run this long: on most pages the article is
 * then found and indexed in that task, without waiting for another (each wait for a task costs more than
 * the work on a busy page). What does not fit goes to the next slices.
 */
const FIRST_TASK_MS = 30;
const FLASH_MS = 1600;

export class PageView {
  readonly highlighter = new Highlighter();
  readonly annotations: SavedAnnotations;
  readonly ratings: SourceRatings;
  readonly card: CardController;
  private readonly analysis: ArticleAnalysis;
  private readonly hits: HitTester;
  private readonly lifetime = new AbortController();
  /** What the reader wants here: nothing yet, automatic highlighting, or an analysis they asked for. */
  private wanted: 'none' | RegionMode = 'none';
  private hasRegion = false;
  /** Whether the page looks like an article (known even where automatic highlighting is off). */
  private articleSeen = false;
  private analyzed = false;
  private isWired = false;
  private queue: Promise<unknown> = Promise.resolve();
  private rerunQueued = false;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private markWired: () => void = () => {};
  /**
   * Resolves once the page view follows the page (its listeners and observer set up): right after its
   * first request for analysis has left, or once its first run ended without one. Everything that is not
   * needed to send that request waits until then, so that the request does not wait for it.
   */
  readonly wired = new Promise<void>((resolve) => (this.markWired = resolve));

  constructor(
    private readonly doc: Document,
    private readonly deps: PageViewDeps,
  ) {
    const engine: EngineClient = {
      analyze: (...request) => {
        const running = deps.engine.analyze(...request);
        this.wire();
        return running;
      },
    };
    this.analysis = new ArticleAnalysis(doc, engine, deps.cache);
    this.annotations = new SavedAnnotations(doc, this.highlighter, deps.ask, () => this.url);
    this.ratings = new SourceRatings(this.highlighter, deps.ask);
    this.hits = new HitTester(this.highlighter, () => this.knownRanges());
    this.card = new CardController(new PageCardSource(this, this.hits));
  }

  /** Sets up the page view's listeners and observer, once (see `wired`). */
  private wire(): void {
    const signal = this.lifetime.signal;
    if (this.isWired) return;
    this.isWired = true;
    // A view that ended first listens to nothing, but still counts as wired (the session waits for it).
    if (signal.aborted) return this.markWired();
    this.card.listen(signal);
    watchMutations(this.doc, {
      covers: (node) => this.analysis.covers(node),
      shownChanged: (restyled) => this.shownChanged(restyled),
      onFlush: (digest) => this.onPageChanged(digest),
      signal,
    });
    window.addEventListener('resize', () => this.hits.invalidate(), { passive: true, signal });
    // The page's layout moves without a change to its DOM too (images and fonts arriving): where the hover
    // index measures rectangles itself (no `highlightsFromPoint`: Firefox), it measures them again.
    if (!this.hits.usesNative && typeof ResizeObserver === 'function' && this.doc.body) {
      const grown = new ResizeObserver(() => this.hits.invalidate());
      grown.observe(this.doc.body);
      signal.addEventListener('abort', () => grown.disconnect(), { once: true });
    }
    // A scroll inside an element moves ranges in page coordinates; the window's own scroll does not.
    document.addEventListener('scroll', (e) => e.target !== document && this.hits.invalidate(), {
      passive: true,
      capture: true,
      signal,
    });
    this.markWired();
  }

  get signal(): AbortSignal {
    return this.lifetime.signal;
  }

  get url(): string {
    const canonical = this.doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
    return normalizePageUrl(this.doc.location.href, canonical) ?? this.doc.location.href;
  }

  get findings(): readonly Finding[] {
    return this.analysis.findings.findings;
  }

  /**
   * Starts the page view: analyzes the article while the site's setting is fetched, paints if allowed.
   * Where the setting is already there (the early content script asked for it as the page began to load),
   * the site's remembered article container is tried first.
   */
  async start(settings: Promise<PageStart>): Promise<void> {
    try {
      await this.startAnalysis(settings);
    } finally {
      // Should the start fail before its first run could, the view still follows the page.
      this.wire();
    }
  }

  private async startAnalysis(settings: Promise<PageStart>): Promise<void> {
    const run = new AbortController();
    const stop = () => run.abort();
    this.signal.addEventListener('abort', stop, { once: true });
    const remembered = (await ifSettled(settings))?.articleLayout ?? null;
    const container = remembered === null ? null : rememberedContainer(this.doc, remembered);
    const firstTask = fitsFirstTask(this.doc, container?.element ?? null)
      ? budgetSlice(Math.max(0, FIRST_TASK_MS - sinceWorkStarted()))
      : undefined;
    const analyzing = this.analysis.run(
      'auto',
      new IdleBudget(run.signal, 'soon', firstTask),
      container,
      () => this.paintOpening(),
    );
    // Where the run sends no request (no article, the reader's setting, a failure), the view follows the
    // page from the run's end.
    const wire = () => this.wire();
    analyzing.then(wire, wire);
    const allowed = await settings.then(
      (s) => s.autoHighlight,
      () => true,
    );
    mark(MARKS.settings);
    if (!allowed) {
      // The reader turned automatic highlighting off here: stop, but know whether this is an article, so
      // that the popup can say so and offer "Analyze this page".
      run.abort();
      await analyzing.catch(() => false);
      this.analysis.clear();
      const region = await this.analysis.locate('auto', new IdleBudget(this.signal)).catch(() => null);
      this.articleSeen = region !== null;
      mark(MARKS.idle);
    } else {
      this.wanted = 'auto';
      this.queue = analyzing.then(
        (found) => this.painted(found),
        (error: unknown) => this.failed(error),
      );
      await this.queue;
    }
    // The reader's annotations come after the findings: their request would queue before the analysis in
    // the service worker.
    await this.annotations.load().catch((error: unknown) => this.deps.report(error));
    this.signal.removeEventListener('abort', stop);
    if (allowed) await this.confirmArticle(remembered).catch((error: unknown) => this.failed(error));
  }

  /**
   * In idle time after the first paint: checks a region found in the site's remembered container against
   * the whole page (analyzing again if the page's article is elsewhere), and tells the service worker what
   * to remember for the site's next article.
   */
  private async confirmArticle(remembered: ArticleLayout | null): Promise<void> {
    await this.queue;
    if (this.signal.aborted || this.wanted !== 'auto') return;
    const { changed, remember } = await this.analysis.confirmRegion(new IdleBudget(this.signal));
    if (changed) await this.rerun();
    if (remember !== undefined && !sameLayout(remember, remembered))
      await this.deps.ask('settings/remember-article', remember ?? { selector: null });
  }

  /** "Analyze this page": the reader asks, so the best prose region is analyzed even off articles. */
  async analyzeOnDemand(): Promise<void> {
    this.wanted = 'demand';
    if (!this.hasRegion) this.analysis.forgetRegion();
    await this.rerun('soon');
  }

  /** Runs the analysis again after the current run; changes that come meanwhile share one more run. */
  private rerun(when: 'soon' | 'idle' = 'idle'): Promise<unknown> {
    if (this.rerunQueued) return this.queue;
    this.rerunQueued = true;
    this.queue = this.queue.then(() => {
      this.rerunQueued = false;
      const mode = this.wanted === 'none' ? 'auto' : this.wanted;
      return this.analysis.run(mode, new IdleBudget(this.signal, when)).then(
        (found) => this.painted(found),
        (error: unknown) => this.failed(error),
      );
    });
    return this.queue;
  }

  /**
   * The findings of the article's opening, painted while the rest are still being analyzed, where the
   * reader's setting for the site is known to allow it.
   */
  private paintOpening(): void {
    if (this.signal.aborted || this.wanted !== 'auto') return;
    this.paintFindings();
    mark(MARKS.openingPainted);
  }

  private paintFindings(): void {
    const { layers } = this.analysis.findings;
    for (const layer of ['claim', 'denial', 'source', 'cue'] as const)
      this.highlighter.set(layer, layers.get(layer) ?? []);
    this.hits.invalidate();
    this.card.refresh();
  }

  private painted(found: boolean): void {
    if (this.signal.aborted) return;
    this.hasRegion = found;
    this.analyzed = found;
    if (this.wanted === 'auto') this.articleSeen = found;
    this.paintFindings();
    mark(found ? MARKS.painted : MARKS.idle);
    const { findings } = this.analysis.findings;
    if (findings.length)
      void this.ratings.refresh(findings).catch((error: unknown) => this.deps.report(error));
  }

  private failed(error: unknown): void {
    if (!isAbort(error)) this.deps.report(error);
  }

  /**
   * Whether the page, by restyling these elements, showed or hid text to read again: the region's (see
   * `ArticleAnalysis.shownChanged`), or, on a page where no article was found, one that the search passed
   * over because it was hidden (`ArticleAnalysis.hiddenRegionShown`, asked once whatever was restyled).
   */
  private shownChanged(restyled: readonly Element[]): boolean {
    if (this.wanted === 'none') return false;
    if (!this.hasRegion) return this.analysis.hiddenRegionShown();
    return restyled.some((element) => this.analysis.shownChanged(element));
  }

  private onPageChanged(digest: MutationDigest): void {
    this.deps.onPageChanged();
    if (this.signal.aborted) return;
    if (digest.text || digest.restyled) {
      this.annotations.invalidate();
      this.hits.invalidate();
    }
    const region = this.analysis.region;
    const regionGone = region !== null && !region.root.isConnected;
    if (this.wanted !== 'none' && this.hasRegion && (digest.region || digest.shown || regionGone)) {
      if (regionGone) this.analysis.forgetRegion();
      void this.rerun();
    } else if (
      this.wanted !== 'none' &&
      !this.hasRegion &&
      (digest.addedChars >= LATE_ARTICLE_CHARS || digest.shown)
    ) {
      this.analysis.forgetRegion();
      void this.rerun();
    }
    if ((digest.text || digest.shown) && this.annotations.all.length && this.annotations.needsPlacing()) {
      this.annotations.replace();
      this.card.refresh();
    }
  }

  async refreshAnnotations(): Promise<void> {
    await this.annotations.load();
    this.card.refresh();
  }

  /** Saves the reader's annotation of a range of the page (from the selection toolbar). */
  async annotate(range: Range, choice: AnnotationChoice): Promise<void> {
    const finding = this.findingContaining(range);
    await this.annotations.create(
      range,
      choice,
      finding
        ? { kind: finding.kind, sourceName: finding.sourceName, stance: finding.attribution.stance }
        : null,
    );
  }

  /** The finding whose claim holds a selection, so that a saved annotation knows whose claim it is. */
  private findingContaining(range: Range): Finding | null {
    return (
      this.findings.find((f) =>
        f.ranges.content.some(
          (r) =>
            r.compareBoundaryPoints(Range.START_TO_END, range) > 0 &&
            r.compareBoundaryPoints(Range.END_TO_START, range) < 0,
        ),
      ) ?? null
    );
  }

  setHighlightsVisible(visible: boolean): void {
    this.highlighter.setVisible(visible);
    if (!visible) this.card.close();
  }

  /**
   * Moves to the next (or previous) finding: scrolls to it, marks it, opens its card with the focus in it.
   * With the highlights hidden, only the focus mark shows.
   */
  step(from: Finding | null, step: 1 | -1): boolean {
    const current = from ?? (this.card.current?.type === 'finding' ? this.card.current.finding : null);
    const next = stepFrom(this.findings, current, step);
    if (!next?.hull) return false;
    bringIntoView(next.hull);
    this.highlighter.set('focus', [next.hull]);
    this.card.show(
      { type: 'finding', finding: next, total: this.findings.length },
      { pinned: true, focus: true },
    );
    return true;
  }

  /** Scrolls to a finding or annotation and flashes it (the popup's list). */
  reveal(target: { annotationId?: string; findingIndex?: number }): boolean {
    const range =
      target.annotationId !== undefined
        ? this.annotations.all.find((p) => p.annotation.id === target.annotationId)?.range
        : target.findingIndex !== undefined
          ? this.findings[target.findingIndex]?.hull
          : null;
    if (!range) return false;
    bringIntoView(range, 'smooth');
    this.highlighter.set('focus', [range]);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.highlighter.clear('focus'), FLASH_MS);
    return true;
  }

  /** Every range the card answers for: the findings' and the placed annotations'. */
  private knownRanges(): ReadonlySet<AbstractRange> {
    const known = new Set<AbstractRange>(this.analysis.findings.byRange.keys());
    for (const { range, status } of this.annotations.all)
      if (range && status === 'anchored') known.add(range);
    return known;
  }

  summary(): PageSummary {
    return {
      url: this.url,
      title: this.doc.title,
      site: siteOf(this.url),
      isArticle: this.articleSeen,
      analyzed: this.analyzed,
      highlightsVisible: this.highlighter.visible,
      counts: countFindings(this.analysis.findings),
      findings: this.findings.map(summarizeFinding),
      annotations: this.annotations.all.map(({ annotation, status }) => ({ ...annotation, anchor: status })),
    };
  }

  dispose(): void {
    this.lifetime.abort();
    this.card.close(false);
    clearTimeout(this.flashTimer);
    this.highlighter.dispose();
  }
}

/**
 * Whether the article can be looked for in the content script's first task: what will be walked (the
 * site's remembered article container where it is on the page, else the whole body) is no large search.
 */
function fitsFirstTask(doc: Document, container: Element | null): boolean {
  const scope = container ?? doc.body;
  return scope === null || !isLargeSearch(scope);
}

/** The value of a promise that has already settled, else undefined: costs microtasks, never a task. */
async function ifSettled<T>(promise: Promise<T>): Promise<T | undefined> {
  const pending = Symbol('pending');
  const first = await Promise.race([promise, Promise.resolve(pending)]).catch(() => pending);
  return first === pending ? undefined : (first as T);
}
