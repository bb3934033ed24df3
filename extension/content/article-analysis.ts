/**
 * This module analyzes the article of one page view: it finds the article region, indexes its text (the
 * page's hidden text and the region's furniture left out), runs the engine on it in paragraph batches, and
 * maps the attributions back to the live DOM. Run again after the page changed, it re-indexes and analyzes
 * only the batches whose text is new.
 *
 * On a site whose article container it remembers (see src/article/article-memory.ts), the first run looks
 * for the article in that container only; `confirmRegion` later checks it against the whole page, in idle
 * time, and says what to remember for the site's next article.
 */
import { buildTextIndex, type TextIndex } from '../../src/anchoring/dom/text-index';
import type { ArticleLayout } from '../../src/article/article-layout';
import {
  articleIn,
  layoutReproducing,
  sameRegion,
  type RememberedContainer,
} from '../../src/article/article-memory';
import { isDisplayed } from '../../src/article/find-article';
import { walkPage, type PageStats } from '../../src/article/page-walk';
import type { Attribution } from '../../src/model/attribution';
import { analyzeInBatches, type AnalysisCache, type RunStats } from './analysis-run';
import type { EngineClient } from './engines';
import { bestRegion, findArticleRegion, type ArticleRegion } from './article';
import { EMPTY_FINDINGS, mapFindings, type FindingSet } from './findings';
import type { IdleBudget } from './idle-budget';
import { MARKS, mark, measured } from './timing';
import { isHiddenByStyle } from './visibility';

/** 'auto': only a page that looks like an article; 'demand': the reader asked, so the best region there is. */
export type RegionMode = 'auto' | 'demand';

/** Rough costs to plan idle slices with (ms); measured on the corpus pages in Chromium. */
const LOCATE_COST_MS = 20;
const REMEMBERED_COST_MS = 5;
const INDEX_COST_MS = 8;
const MAP_COST_MS = 4;
const MANY_FINDINGS = 300;
/** Texts looked at inside an element that the page restyled (see `shownChanged`). */
const TEXTS_TO_LOOK_AT = 4;
/**
 * Above this many elements to walk, looking for the article is a large search: it is not started in the
 * content script's first task, which already holds the script's own evaluation (on the corpus pages above
 * it, Yahoo with 2,466 elements and Wikipedia with 2,749, that first task took 48–66 ms of CPU; on the
 * largest below it, New York Times with 1,920, about 40 ms), and it runs in two tasks, the walk and the
 * rest (on Wikipedia, its container 2,373 elements, the two together took 35–56 ms of CPU in one task
 * while the page loaded; the walk is about half of it).
 */
const LARGE_SEARCH_ELEMENTS = 2000;

/** Whether looking for the article in `scope` is a large search (see LARGE_SEARCH_ELEMENTS). */
export function isLargeSearch(scope: Element): boolean {
  return scope.getElementsByTagName('*').length > LARGE_SEARCH_ELEMENTS;
}

export class ArticleAnalysis {
  private currentRegion: ArticleRegion | null = null;
  /** Regions that the last search of the page passed over because the page hid them. */
  private hiddenRegions: Element[] = [];
  /** Whether the region came from the site's remembered container (not yet checked against the page). */
  private fromMemory = false;
  private index: TextIndex | null = null;
  private attributions: readonly Attribution[] = [];
  private mapped: FindingSet = EMPTY_FINDINGS;
  lastStats: RunStats | null = null;

  constructor(
    private readonly doc: Document,
    private readonly engine: EngineClient,
    private readonly cache: AnalysisCache,
  ) {}

  get region(): ArticleRegion | null {
    return this.currentRegion;
  }

  get findings(): FindingSet {
    return this.mapped;
  }

  get text(): string {
    return this.index?.text ?? '';
  }

  /**
   * Whether the page, by restyling `element` (inside the region, or holding it), showed text of the region
   * that the index left out, or hid text that it holds: "Read more" unfolding the rest of the story. The
   * first few texts inside it tell (the style of each element above them is read).
   */
  shownChanged(element: Element): boolean {
    const index = this.index;
    const root = this.currentRegion?.root;
    if (!index || !root) return false;
    const scope = root.contains(element) ? element : element.contains(root) ? root : null;
    if (scope === null) return false;
    const walker = this.doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    let looked = 0;
    for (let node = walker.nextNode(); node !== null && looked < TEXTS_TO_LOOK_AT; node = walker.nextNode()) {
      if (!/\S/.test((node as Text).data)) continue;
      looked++;
      if (index.holds(node) !== index.wouldHold(node)) return true;
    }
    return false;
  }

  /**
   * Whether the page shows now a region that the last search passed over because it was hidden: a page
   * that shows its article only once the reader clicks (a cookie wall over a hidden page).
   */
  hiddenRegionShown(): boolean {
    return this.hiddenRegions.some((el) => el.isConnected && isDisplayed(el));
  }

  /** Whether a node is part of the analyzed region (mutations elsewhere do not concern the analysis). */
  covers(node: Node): boolean {
    const region = this.currentRegion;
    if (!region) return false;
    return region.root.contains(node) || node.contains(region.root);
  }

  /**
   * Finds the region (again, when it is gone from the page), indexes and analyzes it. Returns whether there
   * is a region to show findings for. With `onOpening`, the findings of the article's opening are mapped
   * (and `onOpening` called, to paint them) as soon as they are known, before the rest's.
   */
  async run(
    mode: RegionMode,
    budget: IdleBudget,
    remembered: RememberedContainer | null = null,
    onOpening?: () => void,
  ): Promise<boolean> {
    const region = await this.locate(mode, budget, remembered);
    if (!region) {
      this.clear();
      return false;
    }
    await budget.ensure(INDEX_COST_MS);
    const index = measured(MARKS.index, () =>
      buildTextIndex(region.root, { exclude: new Set(region.excluded), isHidden: isHiddenByStyle }),
    );
    this.index = index;
    /** The opening's findings, once painted (one per attribution): the rest's are mapped after them. */
    let opening: FindingSet = EMPTY_FINDINGS;
    const openingFound =
      onOpening &&
      ((found: Attribution[]) => {
        this.attributions = found;
        this.mapped = opening = measured(MARKS.map, () => mapFindings(index, found));
        onOpening();
      });
    const { attributions, stats } = await analyzeInBatches(
      index.text,
      this.engine,
      this.cache,
      budget,
      openingFound,
    );
    this.lastStats = stats;
    this.attributions = attributions;
    // Mapping a page's worth of findings takes a few milliseconds: done at once when the engine's answer
    // comes, unless there are very many (an idle period then, rather than a long task).
    if (attributions.length > MANY_FINDINGS) await budget.ensure(MAP_COST_MS);
    // Should the page have changed while the batches waited for idle time, ranges over removed nodes are
    // dropped here and the live-update watcher runs the analysis again once the page settles.
    // The attributions start with the opening's, as they were (each source is resolved from earlier ones).
    this.mapped = measured(MARKS.map, () =>
      mapFindings(index, attributions.slice(opening.findings.length), opening),
    );
    return true;
  }

  /**
   * Finds the region unless it is known and still on the page; `remembered`: the site's article container
   * on this page (see `rememberedContainer`), tried first for automatic highlighting.
   */
  async locate(
    mode: RegionMode,
    budget: IdleBudget,
    remembered: RememberedContainer | null = null,
  ): Promise<ArticleRegion | null> {
    if (!this.currentRegion || !this.currentRegion.root.isConnected) {
      const container = mode === 'auto' ? remembered : null;
      const tryMemory = container !== null;
      await budget.ensure(tryMemory ? REMEMBERED_COST_MS : LOCATE_COST_MS);
      const fromMemory = tryMemory
        ? await this.search(container.element, budget, (walked) => articleIn(this.doc, container, walked))
        : null;
      this.fromMemory = fromMemory !== null;
      if (this.fromMemory) mark(MARKS.remembered);
      // A miss (another template): the search of the whole page was not planned for in this slice.
      if (tryMemory && fromMemory === null) budget.endSlice();
      if (fromMemory === null) await budget.ensure(LOCATE_COST_MS);
      const find = mode === 'auto' ? findArticleRegion : bestRegion;
      const hidden: Element[] = [];
      this.currentRegion =
        fromMemory ??
        (this.doc.body === null
          ? null
          : await this.search(this.doc.body, budget, (walked) => find(this.doc, walked, hidden)));
      this.hiddenRegions = hidden;
    }
    return this.currentRegion;
  }

  /**
   * Runs `find` on the walk of `scope`. Where the scope is large, the walk (the larger part of a search)
   * runs in this slice and `find` in the next, so that neither task runs long; should the page have
   * removed some of what was walked meanwhile, `find` walks again. `step` wraps each part (a timing mark).
   */
  private async walkedApart<T>(
    scope: Element,
    budget: IdleBudget,
    find: (walked?: PageStats) => T,
    step: <R>(part: () => R) => R = (part) => part(),
  ): Promise<T> {
    if (!isLargeSearch(scope)) return step(() => find());
    const walked = step(() => walkPage(scope));
    budget.endSlice();
    await budget.ensure(REMEMBERED_COST_MS);
    const current = walked.elements.every((el) => el.isConnected);
    return step(() => find(current ? walked : undefined));
  }

  /** `walkedApart` for the article search before the paint, each part timed (`npm run bench:page`). */
  private search(
    scope: Element,
    budget: IdleBudget,
    find: (walked?: PageStats) => ArticleRegion | null,
  ): Promise<ArticleRegion | null> {
    return this.walkedApart(scope, budget, find, (part) => measured(MARKS.article, part));
  }

  /**
   * After the first paint, in idle time: a region taken from the site's remembered container is checked
   * against a search of the whole page, and replaced when the search finds another (`changed`: analyze
   * again). `remember` is the layout to keep for the site's next article: the region's container, when
   * it gives that very region on this page (see `layoutReproducing`); null to forget a container that
   * failed; undefined to leave the memory as it is (no article here, or the remembered one held).
   */
  async confirmRegion(
    budget: IdleBudget,
  ): Promise<{ changed: boolean; remember: ArticleLayout | null | undefined }> {
    let region = this.currentRegion;
    if (region === null) return { changed: false, remember: undefined };
    if (this.fromMemory) {
      await budget.ensure(LOCATE_COST_MS);
      const body = this.doc.body;
      const searched =
        body === null
          ? null
          : await this.walkedApart(body, budget, (walked) => findArticleRegion(this.doc, walked));
      this.fromMemory = false;
      if (searched !== null && sameRegion(searched, region)) return { changed: false, remember: undefined };
      this.currentRegion = region = searched;
      if (region === null) return { changed: true, remember: null };
      await budget.ensure(REMEMBERED_COST_MS);
      return { changed: true, remember: await this.layoutOf(region, budget) };
    }
    await budget.ensure(REMEMBERED_COST_MS);
    return { changed: false, remember: await this.layoutOf(region, budget) };
  }

  /** The layout to remember for `region` (see `layoutReproducing`), its root walked apart where it is large. */
  private layoutOf(region: ArticleRegion, budget: IdleBudget): Promise<ArticleLayout | null> {
    return this.walkedApart(region.root, budget, (walked) => layoutReproducing(this.doc, region, walked));
  }

  /** Forgets the region, so that the next run looks for it again. */
  forgetRegion(): void {
    this.currentRegion = null;
    this.fromMemory = false;
  }

  clear(): void {
    this.index = null;
    this.attributions = [];
    this.mapped = EMPTY_FINDINGS;
  }
}
