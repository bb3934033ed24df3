/**
 * This module is Sourcemark on one page view: it finds and paints the attributions of the article, places
 * the reader's saved annotations, saves new ones through the service worker, and answers the popup.
 */
import { describeTextRange } from '../../src/anchoring/describe';
import { buildTextIndex, type TextIndex } from '../../src/anchoring/dom/text-index';
import type { PageSummary } from '../../src/messaging/page-summary';
import type { Annotation, AnnotationKind } from '../../src/model/annotation';
import { normalizePageUrl, siteOf } from '../../src/model/page';
import { askBackground } from '../shared/ask';
import { locateArticle } from './article';
import { countFindings, findAttributions, summarizeFinding, type Findings } from './findings';
import { Highlighter } from './highlighter';
import { paintAnnotations, placeAnnotation, type PlacedAnnotation } from './saved-annotations';

export class PageView {
  readonly highlighter = new Highlighter();
  private findings: Findings | null = null;
  private placed: PlacedAnnotation[] = [];
  private cachedPageIndex: TextIndex | null = null;
  private readonly observer: MutationObserver;
  private isArticle = false;

  constructor(private readonly doc: Document) {
    // Any change to the page's text makes the cached text index stale.
    this.observer = new MutationObserver(() => {
      this.cachedPageIndex = null;
    });
    if (doc.body) this.observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  }

  get url(): string {
    const canonical = this.doc.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
    return normalizePageUrl(this.doc.location.href, canonical) ?? this.doc.location.href;
  }

  /** The whole page's text, which saved annotations are anchored in. */
  pageIndex(): TextIndex {
    this.cachedPageIndex ??= buildTextIndex(this.doc.body);
    return this.cachedPageIndex;
  }

  /** Finds and paints the article's attributions; returns whether the page has an article. */
  analyze(): boolean {
    const article = locateArticle(this.doc);
    this.isArticle = article !== null;
    if (!article) return false;
    this.findings = findAttributions(article.index);
    for (const [layer, ranges] of this.findings.layers) this.highlighter.set(layer, ranges);
    return true;
  }

  async loadAnnotations(): Promise<void> {
    const annotations = await askBackground('annotations/list-for-page', { pageUrl: this.url });
    this.place(annotations);
  }

  private place(annotations: readonly Annotation[]): void {
    const index = this.pageIndex();
    this.placed = annotations.map((annotation) => placeAnnotation(index, annotation));
    paintAnnotations(this.highlighter, this.placed);
    for (const { annotation, status } of this.placed) {
      if (status !== annotation.anchor) {
        void askBackground('annotations/update', { id: annotation.id, patch: { anchor: status } }).catch(
          () => {},
        );
      }
    }
  }

  /** Saves the reader's annotation of a range of the page. */
  async annotate(range: Range, choice: { tags: string[]; note: string }): Promise<Annotation | null> {
    const index = this.pageIndex();
    const offsets = index.offsetsFromRange(range);
    if (!offsets) return null;
    const claim = this.claimAt(range);
    const annotation = await askBackground('annotations/create', {
      pageUrl: this.url,
      pageTitle: this.doc.title.slice(0, 1000),
      target: describeTextRange(index.text, offsets[0], offsets[1]),
      kind: claim?.kind ?? 'highlight',
      tags: choice.tags,
      note: choice.note,
      sourceName: claim?.sourceName ?? null,
      stance: claim?.stance ?? null,
    });
    this.place([...this.placed.map((p) => p.annotation), annotation]);
    return annotation;
  }

  /** The detected claim a selection falls in, so that a saved annotation knows whose claim it is. */
  private claimAt(range: Range) {
    if (!this.findings) return null;
    const offsets = this.findings.index.offsetsFromRange(range);
    if (!offsets) return null;
    const [start, end] = offsets;
    const attribution = this.findings.analysis.attributions.find((a) =>
      a.content.some(([s, e]) => s < end && start < e),
    );
    if (!attribution) return null;
    const kind: AnnotationKind = attribution.stance === 'deny' ? 'denial' : 'claim';
    return { kind, sourceName: attribution.sourceName, stance: attribution.stance };
  }

  async refreshAnnotations(): Promise<void> {
    await this.loadAnnotations();
  }

  setHighlightsVisible(visible: boolean): void {
    this.highlighter.setVisible(visible);
  }

  /** Scrolls to a finding or annotation and flashes it. */
  reveal(target: { annotationId?: string; findingIndex?: number }): boolean {
    const range =
      target.annotationId !== undefined
        ? this.placed.find((p) => p.annotation.id === target.annotationId)?.range
        : target.findingIndex !== undefined
          ? this.findings?.anchors[target.findingIndex]
          : null;
    if (!range) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.highlighter.set('focus', [range]);
    setTimeout(() => this.highlighter.clear('focus'), 1600);
    return true;
  }

  summary(): PageSummary {
    const text = this.findings?.index.text ?? '';
    const attributions = this.findings?.analysis.attributions ?? [];
    return {
      url: this.url,
      title: this.doc.title,
      site: siteOf(this.url),
      isArticle: this.isArticle,
      analyzed: this.findings !== null,
      highlightsVisible: this.highlighter.visible,
      counts: this.findings
        ? countFindings(this.findings.analysis)
        : { attributions: 0, claims: 0, denials: 0 },
      findings: attributions.map((a, i) => summarizeFinding(text, a, i)),
      annotations: this.placed.map(({ annotation, status }) => ({ ...annotation, anchor: status })),
    };
  }

  dispose(): void {
    this.observer.disconnect();
    this.highlighter.dispose();
  }
}
