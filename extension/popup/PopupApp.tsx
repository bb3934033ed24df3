/**
 * This module is the popup: what Sourcemark found on this page (counts, who said what), the reader's saved
 * annotations here (editable, deletable with undo), this site's reliability rating and note, the switches
 * for highlights on this page and automatic highlighting on this site, and the way to the dashboard.
 */
import browser from 'webextension-polyfill';
import type { Annotation } from '../../src/model/annotation';
import type { AnnotationPatch } from '../../src/model/schemas';
import { updateAnnotation } from '../../src/store/annotations';
import { deleteAnnotationsForUndo, restoreAnnotations } from '../../src/store/bulk-edits';
import type { SourcemarkDb } from '../../src/store/db';
import { saveSource, type SourceNoteInput } from '../../src/store/sources';
import { askBackground, askTab } from '../shared/ask';
import { canOpenSidePanel, openSidePanel } from '../dashboard/widgets/side-panel';
import { notifyTab, refreshBadges } from '../dashboard/widgets/tabs';
import { useUndo } from '../dashboard/widgets/undo';
import { AnnotationList, type AnnotationActions } from './AnnotationList';
import { FindingList } from './FindingList';
import { SiteRating } from './SiteRating';
import { SourcesHere } from './SourcesHere';
import { usePage, type PageData } from './use-page';
import { messageOf } from '../../src/messaging/result';

export function PopupApp(props: { readonly db: SourcemarkDb; readonly tabId: Promise<number | null> }) {
  const { db } = props;
  const { state, reload } = usePage(db, props.tabId);
  const undo = useUndo();

  if (state.phase === 'loading') return <p class="muted loading">Reading this page…</p>;
  if (state.phase === 'unavailable') {
    return (
      <main>
        <Header />
        <p class="muted">{state.reason}</p>
        <Footer tabId={null} />
      </main>
    );
  }
  return <Ready data={state} db={db} reload={reload} undo={undo} />;
}

function Ready(props: {
  readonly data: PageData;
  readonly db: SourcemarkDb;
  readonly reload: () => Promise<void>;
  readonly undo: ReturnType<typeof useUndo>;
}) {
  const { data, db, reload, undo } = props;
  const { page, site, tabId } = data;

  // Every change is written, the page is told to repaint, and the popup reads the page again.
  const changed = async () => {
    await notifyTab(tabId);
    await reload();
  };
  const guarded = async (task: () => Promise<unknown>) => {
    try {
      await task();
    } catch (error) {
      undo.say(messageOf(error), 'error');
    }
  };

  const actions: AnnotationActions = {
    reveal: (annotationId) => void askTab(tabId, 'page/reveal', { annotationId }).catch(() => false),
    update: async (id: string, patch: AnnotationPatch) => {
      await updateAnnotation(db, id, patch);
      await changed();
    },
    setTags: (id: string, tags: string[]) =>
      void guarded(async () => {
        await updateAnnotation(db, id, { tags });
        await changed();
      }),
    remove: (annotation: Annotation) =>
      guarded(async () => {
        const deleted = await deleteAnnotationsForUndo(db, [annotation.id]);
        await changed();
        undo.offer({
          message: 'Annotation deleted.',
          undo: async () => {
            await restoreAnnotations(db, deleted);
            await changed();
          },
        });
      }),
  };

  const saveOutlet = async (input: SourceNoteInput) => {
    await saveSource(db, input);
    await refreshBadges();
    await reload();
  };
  const saveCited = (input: SourceNoteInput) =>
    guarded(async () => {
      await saveSource(db, input);
      // The page repaints its markers and cards with the new rating.
      await changed();
    });
  const setVisible = (visible: boolean) =>
    guarded(async () => {
      await askTab(tabId, 'page/set-highlights-visible', { visible });
      await reload();
    });
  const setAuto = (autoHighlight: boolean) =>
    guarded(async () => {
      await askBackground('settings/set-site', { site: page.site, autoHighlight });
      await reload();
    });
  const analyzeNow = () =>
    guarded(async () => {
      await askTab(tabId, 'page/analyze', {});
      await reload();
    });

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
      <fieldset class="switches">
        <legend class="visually-hidden">Highlighting</legend>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={page.highlightsVisible}
            onChange={(e) => void setVisible(e.currentTarget.checked)}
          />
          Highlights on this page
        </label>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={site.autoHighlight}
            onChange={(e) => void setAuto(e.currentTarget.checked)}
          />
          Highlight automatically on {page.site}
        </label>
      </fieldset>
      {page.site && <SiteRating site={page.site} outlet={data.outlet} onSave={saveOutlet} />}
      <AnnotationList annotations={page.annotations} actions={actions} />
      <FindingList
        findings={page.findings}
        sources={data.sources}
        onReveal={(findingIndex) => void askTab(tabId, 'page/reveal', { findingIndex }).catch(() => false)}
      />
      <SourcesHere findings={page.findings} notes={data.sources} onSave={saveCited} />
      {undo.bar}
      <Footer tabId={tabId} />
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

function Footer(props: { readonly tabId: number | null }) {
  const { tabId } = props;
  return (
    <footer class="popup-footer">
      <button type="button" class="primary" onClick={() => void browser.runtime.openOptionsPage()}>
        Open dashboard
      </button>
      {tabId !== null && canOpenSidePanel() && (
        <button
          type="button"
          onClick={() => {
            void openSidePanel({ tabId })
              .then(() => window.close())
              .catch(() => undefined);
          }}
        >
          Review beside the page
        </button>
      )}
    </footer>
  );
}

function Count({ label, value }: { readonly label: string; readonly value: number }) {
  return (
    <div class="count" data-count={label}>
      <strong>{value}</strong> {label}
    </div>
  );
}
