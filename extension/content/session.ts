/**
 * This module is the content script's life on one document: the current page view (replaced on SPA
 * navigation, whose stale highlights are cleared at once), the selection toolbar, and the answers to the
 * popup, the keyboard commands and the context menu.
 */
import type { ContentReplies, contentRequests, PageSettings } from '../../src/messaging/protocol';
import type { Handlers } from '../../src/messaging/router';
import { siteOf } from '../../src/model/page';
import { AnalysisCache } from './analysis-run';
import type { EngineClient } from './engines';
import type { AskBackground } from './background';
import { watchMutations } from './live-updates';
import { watchNavigation, type NavigationWatch } from './navigation-watch';
import { PageView } from './page-view';
import { watchSelection, type SelectionWatch } from './selection-toolbar';

export class Session {
  private view: PageView;
  private readonly cache = new AnalysisCache();
  private readonly lifetime = new AbortController();
  /** Set up once the first page view follows the page (see `PageView.wired`). */
  private selection: SelectionWatch | null = null;
  private navigation: NavigationWatch | null = null;
  /** Whether the reader hid the highlights on this tab (kept across SPA navigations). */
  private hidden = false;

  constructor(
    private readonly ask: AskBackground,
    private readonly engine: EngineClient,
    private readonly report: (error: unknown) => void,
  ) {
    this.view = this.newView();
    void this.view.wired.then(() => this.wire());
  }

  /** Follows the reader's selections and the app's navigations, once. */
  private wire(): void {
    if (this.navigation) return;
    const signal = this.lifetime.signal;
    this.navigation = watchNavigation(() => this.navigated(), signal);
    this.selection = watchSelection(
      document,
      (range, choice) => this.view.annotate(range, choice).catch(this.report),
      signal,
    );
  }

  /** Starts on the page the script was loaded on; `settings` may already be on its way. */
  start(settings?: Promise<PageSettings>): Promise<void> {
    return this.startView(this.view, settings);
  }

  private newView(): PageView {
    return new PageView(document, {
      ask: this.ask,
      engine: this.engine,
      cache: this.cache,
      onPageChanged: () => this.navigation?.check(),
      report: this.report,
    });
  }

  private async startView(view: PageView, early?: Promise<PageSettings>): Promise<void> {
    if (this.hidden) view.setHighlightsVisible(false);
    await view.start(early ?? this.ask('settings/site', { site: siteOf(location.href) }));
  }

  /**
   * A new page in the same document: drop everything of the old one at once (its highlights would sit on
   * text that is about to change), then start afresh once the app has rendered the new page.
   */
  private navigated(): void {
    this.view.dispose();
    const view = this.newView();
    this.view = view;
    // Asked now, the site's setting (and its article container) is there by the time the app has rendered.
    const settings = this.ask('settings/site', { site: siteOf(location.href) });
    settings.catch(() => undefined);
    void afterRender(view.signal)
      .then(() => (view.signal.aborted ? undefined : this.startView(view, settings)))
      .catch(this.report);
  }

  handlers(): Handlers<typeof contentRequests, ContentReplies> {
    return {
      'page/location': async () => location.href,
      'page/summary': async () => this.view.summary(),
      'page/analyze': async () => {
        await this.view.analyzeOnDemand();
        return this.view.summary();
      },
      'page/set-highlights-visible': async ({ visible }) => {
        this.setVisible(visible);
        return null;
      },
      'page/toggle-highlights': async () => {
        this.setVisible(!this.view.highlighter.visible);
        return this.view.highlighter.visible;
      },
      'page/reveal': async (target) => this.view.reveal(target),
      'page/annotations-changed': async () => {
        await this.view.refreshAnnotations();
        return null;
      },
      'page/next-finding': async ({ step }) => this.view.step(null, step),
      'page/annotate-selection': async () => this.selection?.openFromMenu() ?? false,
    };
  }

  private setVisible(visible: boolean): void {
    this.hidden = !visible;
    this.view.setHighlightsVisible(visible);
  }
}

/** How long an app may take to render a new page after changing the address before we read it anyway. */
const RENDER_WAIT_MS = 1000;

/** Resolves once the page's text has changed and settled, or after RENDER_WAIT_MS if it does not change. */
function afterRender(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const watching = new AbortController();
    const done = () => {
      clearTimeout(timer);
      watching.abort();
      resolve();
    };
    const timer = setTimeout(done, RENDER_WAIT_MS);
    signal.addEventListener('abort', done, { once: true });
    watchMutations(document, {
      covers: () => false,
      onFlush: (digest) => digest.text && done(),
      signal: watching.signal,
    });
  });
}
