/**
 * This module is the popup: what Sourcemark found on this page (counts, who said what), the reader's saved
 * annotations here, and the switches for highlights on this page and automatic highlighting on this site.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageSummary } from '../../src/messaging/page-summary';
import type { SiteSettings } from '../../src/messaging/protocol';
import { askBackground, askTab } from '../shared/ask';
import { AnnotationList } from './AnnotationList';
import { FindingList } from './FindingList';

type State =
  | { readonly phase: 'loading' }
  | { readonly phase: 'unavailable'; readonly reason: string }
  | {
      readonly phase: 'ready';
      readonly tabId: number;
      readonly page: PageSummary;
      readonly site: SiteSettings;
    };

export function PopupApp({ tabId }: { readonly tabId: Promise<number | null> }) {
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = async () => {
    const id = await tabId;
    if (id === null) return setState({ phase: 'unavailable', reason: 'No tab to show.' });
    try {
      const page = await askTab(id, 'page/summary', {});
      const site = await askBackground('settings/site', { site: page.site });
      setState({ phase: 'ready', tabId: id, page, site });
    } catch {
      setState({ phase: 'unavailable', reason: 'Sourcemark does not run on this page (only on web pages).' });
    }
  };

  useEffect(() => {
    void load();
  }, []);

  if (state.phase === 'loading') return <p class="muted">Reading this page…</p>;
  if (state.phase === 'unavailable') {
    return (
      <main>
        <Header />
        <p class="muted">{state.reason}</p>
      </main>
    );
  }
  const { page, site, tabId: id } = state;

  const setVisible = async (visible: boolean) => {
    await askTab(id, 'page/set-highlights-visible', { visible });
    await load();
  };
  const setAuto = async (autoHighlight: boolean) => {
    await askBackground('settings/set-site', { site: page.site, autoHighlight });
    await load();
  };
  const analyzeNow = async () => {
    await askTab(id, 'page/analyze', {});
    await load();
  };

  return (
    <main>
      <Header />
      <section aria-label="Found on this page" class="counts">
        <Count label="attributions" value={page.counts.attributions} />
        <Count label="claims" value={page.counts.claims} />
        <Count label="denials" value={page.counts.denials} />
      </section>
      {!page.analyzed && (
        <p class="muted">
          {page.isArticle
            ? 'Automatic highlighting is off on this site.'
            : 'This page does not look like an article.'}{' '}
          <button type="button" onClick={() => void analyzeNow()}>
            Analyze this page
          </button>
        </p>
      )}
      <div class="switches">
        <label>
          <input
            type="checkbox"
            checked={page.highlightsVisible}
            onChange={(e) => void setVisible(e.currentTarget.checked)}
          />
          Highlights on this page
        </label>
        <label>
          <input
            type="checkbox"
            checked={site.autoHighlight}
            onChange={(e) => void setAuto(e.currentTarget.checked)}
          />
          Highlight automatically on {page.site}
        </label>
      </div>
      <AnnotationList
        annotations={page.annotations}
        onReveal={(annotationId) => void askTab(id, 'page/reveal', { annotationId })}
      />
      <FindingList
        findings={page.findings}
        onReveal={(findingIndex) => void askTab(id, 'page/reveal', { findingIndex })}
      />
      <footer>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          Open dashboard
        </button>
      </footer>
    </main>
  );
}

function Header() {
  return (
    <header class="header">
      <img src="../../assets/icons/icon-32.png" alt="" width={20} height={20} />
      <h1>Sourcemark</h1>
    </header>
  );
}

function Count({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <div class="count" data-count={label}>
      <strong>{value}</strong> {label}
    </div>
  );
}
