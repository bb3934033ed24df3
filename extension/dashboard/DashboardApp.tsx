/**
 * This module is the dashboard, as a full page or in the browser's side panel (compact): every saved
 * annotation (search, filters, bulk edits), disputed claims, the sources directory, pictures, and import
 * and export. It reads the database directly and follows it with `liveQuery`; its writes go through the
 * same store functions the service worker uses.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../src/model/annotation';
import type { Page } from '../../src/model/page';
import { sourceKey } from '../../src/model/source-note';
import type { SourcemarkDb } from '../../src/store/db';
import { deleteSource, listSources, saveSource } from '../../src/store/sources';
import { AnnotationsView } from './annotations/AnnotationsView';
import type { SortOrder } from './data/catalog';
import { editsOf } from './data/edits';
import { facetsOf } from './data/facets';
import { NO_FILTERS, type Filters } from './data/filters';
import { sourceAliases } from './data/source-aliases';
import { notesByKey } from './data/source-directory';
import { useCatalog } from './data/use-catalog';
import { DisputedView } from './disputed/DisputedView';
import { PicturesView } from './pictures/PicturesView';
import type { SourceEdits } from './sources/SourceDetail';
import { SourcesView } from './sources/SourcesView';
import { TransferView } from './transfer/TransferView';
import { useView, ViewTabs } from './ViewTabs';
import { formatCount, formatNumber } from './widgets/labels';
import { openAnnotation, openPage } from './widgets/open-annotation';
import { notifyAllTabs, refreshBadges } from './widgets/tabs';
import { useUndo } from './widgets/undo';
import { useLiveQuery } from './widgets/use-live-query';

export type Layout = 'page' | 'panel';

export function DashboardApp(props: { readonly db: SourcemarkDb; readonly layout: Layout }) {
  const { db, layout } = props;
  const state = useCatalog(db);
  const { catalog, version } = state;
  const notes = useLiveQuery(() => listSources(db), [], [db]);
  const pages = useLiveQuery(
    async () => new Map((await db.pages.toArray()).map((p): [string, Page] => [p.url, p])),
    new Map<string, Page>(),
    [db],
  );
  const undo = useUndo();
  const [view, setView] = useView();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [order, setOrder] = useState<SortOrder>('updated');
  const facets = useMemo(() => facetsOf(catalog), [catalog, version]);
  const sourceNotes = useMemo(() => notesByKey(notes), [notes]);
  // A source is one source under every name the reader noted for it.
  const aliases = useMemo(() => sourceAliases(notes), [notes]);
  const edits = editsOf(db, state, undo);

  const where = layout === 'panel' ? 'current-tab' : 'new-tab';
  const open = (annotation: Pick<Annotation, 'id' | 'pageUrl'>) => {
    void openAnnotation(annotation, where).then((found) => {
      if (!found) undo.say('The page opened, but the annotation was not found on it (it may have changed).');
    });
  };
  const sourceEdits: SourceEdits = {
    save: async (input) => {
      const note = await saveSource(db, input);
      void refreshBadges();
      void notifyAllTabs();
      return note;
    },
    remove: async (note) => {
      await deleteSource(db, note.id);
      void refreshBadges();
      undo.offer({
        message: `Deleted your note on ${note.name}.`,
        undo: async () => {
          await saveSource(db, note);
          void refreshBadges();
        },
      });
    },
  };
  const afterBulkChange = async () => {
    await state.reload();
    void notifyAllTabs();
    void refreshBadges();
  };
  const showInList = (next: Partial<Filters>) => {
    setFilters({ ...NO_FILTERS, ...next });
    setView('annotations');
  };

  const body = () => {
    switch (view) {
      case 'annotations':
        return (
          <AnnotationsView
            db={db}
            state={state}
            facets={facets}
            pages={pages}
            sourceNotes={sourceNotes}
            filters={filters}
            onFilters={setFilters}
            order={order}
            onOrder={setOrder}
            edits={edits}
            sourceKeys={aliases.keysOf}
            compact={layout === 'panel'}
            openAnnotation={open}
          />
        );
      case 'disputed':
        return (
          <DisputedView
            catalog={catalog}
            version={version}
            pages={pages}
            sourceNotes={sourceNotes}
            aliases={aliases}
            openAnnotation={open}
            showInList={({ by, key }) =>
              showInList(by === 'source' ? { tag: 'disputed', source: key } : { tag: 'disputed', page: key })
            }
          />
        );
      case 'sources':
        return (
          <SourcesView
            catalog={catalog}
            version={version}
            notes={notes}
            pages={pages}
            edits={sourceEdits}
            showAnnotations={(item) =>
              item.kind === 'outlet'
                ? showInList({ site: item.note?.domain ?? item.name })
                : showInList({ source: sourceKeyOf(item.key, notes) })
            }
            openPage={(url) => void openPage(url, where)}
          />
        );
      case 'pictures':
        return <PicturesView catalog={catalog} version={version} aliases={aliases} />;
      case 'transfer':
        return (
          <TransferView
            db={db}
            annotations={catalog.size}
            sources={notes.length}
            onChanged={afterBulkChange}
          />
        );
    }
  };

  return (
    <div class={`app layout-${layout}`}>
      <header class="app-header">
        <img src="../../assets/icons/icon-32.png" alt="" width={22} height={22} />
        <h1>Sourcemark</h1>
        <p class="muted app-counts">
          {formatCount(catalog.size, 'annotation')} · {formatCount(notes.length, 'source note')}
        </p>
      </header>
      <main class="app-main">
        <ViewTabs view={view} onView={setView} compact={layout === 'panel'} />
        <div id={`panel-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="view">
          {state.error && (
            <p class="field-error" role="alert">
              {state.error}
            </p>
          )}
          {state.progress && (
            <div class="loading" role="status">
              <progress
                max={Math.max(1, state.progress.total)}
                value={state.progress.loaded}
                aria-label="Loading your annotations"
              />{' '}
              Loading your annotations: {formatNumber(state.progress.loaded)} of{' '}
              {formatNumber(state.progress.total)}
              {catalog.size > 0 && ' (the newest are shown; lists and counts fill in as they load)'}
            </div>
          )}
          {(!state.progress || catalog.size > 0) && body()}
        </div>
      </main>
      {undo.bar}
    </div>
  );
}

/** The source key an entry of the directory stands for: its own, or its note's name. */
function sourceKeyOf(itemKey: string, notes: readonly { id: string; name: string }[]): string {
  if (itemKey.startsWith('cited:')) return itemKey.slice('cited:'.length);
  const note = notes.find((n) => n.id === itemKey);
  return note ? sourceKey(note.name) : '';
}
