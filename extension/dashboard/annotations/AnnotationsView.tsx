/**
 * This module is "All annotations": search and filters, the matching annotations in a virtualized list,
 * bulk actions on a selection, and the chosen annotation in full beside the list.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../../src/model/annotation';
import type { Page } from '../../../src/model/page';
import type { SourceNote } from '../../../src/model/source-note';
import type { SourcemarkDb } from '../../../src/store/db';
import type { Entry, SortOrder } from '../data/catalog';
import type { Edits } from '../data/edits';
import type { Facets } from '../data/facets';
import type { Filters, SourceKeys } from '../data/filters';
import type { CatalogState } from '../data/use-catalog';
import { useResults } from '../data/use-results';
import { formatCount, formatNumber } from '../widgets/labels';
import { VirtualList } from '../widgets/VirtualList';
import { AnnotationDetail } from './AnnotationDetail';
import { AnnotationRow, noteForSource, ROW_HEIGHT, rowClassOf } from './AnnotationRow';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';

export function AnnotationsView(props: {
  readonly db: SourcemarkDb;
  readonly state: CatalogState;
  readonly facets: Facets;
  readonly pages: ReadonlyMap<string, Page>;
  readonly sourceNotes: ReadonlyMap<string, SourceNote>;
  readonly filters: Filters;
  readonly onFilters: (filters: Filters) => void;
  readonly order: SortOrder;
  readonly onOrder: (order: SortOrder) => void;
  readonly edits: Edits;
  readonly sourceKeys: SourceKeys;
  readonly compact: boolean;
  readonly openAnnotation: (annotation: Annotation) => void;
}) {
  const { state, edits } = props;
  const results = useResults(
    props.db,
    state.catalog,
    state.version,
    props.filters,
    props.order,
    props.sourceKeys,
  );
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [active, setActive] = useState(0);
  const [detailId, setDetailId] = useState<string | null>(null);
  const knownTags = useMemo(() => props.facets.tags.map((t) => t.value), [props.facets]);

  const entries = results.entries;
  const detail = detailId ? state.catalog.get(detailId) : undefined;
  // Selected annotations that were deleted meanwhile no longer count.
  const selection = [...selected].filter((id) => state.catalog.has(id));

  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const closeDetail = () => {
    setDetailId(null);
    // Back to the row the reader came from.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.annotation-list [data-index="${active}"]`)?.focus(),
    );
  };

  const status = results.error
    ? results.error
    : `${formatCount(entries.length, 'annotation')}${
        props.filters.text && results.ms !== null ? ` found in ${Math.round(results.ms)} ms` : ''
      }${results.ignored.length ? ` (not searched: ${results.ignored.join(', ')})` : ''}`;

  return (
    <div class={`annotations-view${detail ? ' with-detail' : ''}`}>
      <div class="list-pane">
        <FilterBar
          filters={props.filters}
          onFilters={(filters) => {
            props.onFilters(filters);
            setActive(0);
          }}
          order={props.order}
          onOrder={props.onOrder}
          facets={props.facets}
          compact={props.compact}
          pageTitle={props.pages.get(props.filters.page)?.title}
        />
        <div class="results-line">
          <p role="status" class="results-status" data-results={entries.length}>
            {status}
          </p>
          {entries.length > 0 && selection.length < entries.length && (
            <button
              type="button"
              class="link"
              onClick={() => setSelected(new Set(entries.map((e) => e.annotation.id)))}
            >
              Select all {formatNumber(entries.length)}
            </button>
          )}
        </div>
        {selection.length > 0 && (
          <BulkBar
            count={selection.length}
            knownTags={knownTags}
            onTag={(change) => edits.retag(selection, change)}
            onDelete={async () => {
              await edits.remove(selection);
              setSelected(new Set());
            }}
            onClear={() => setSelected(new Set())}
          />
        )}
        {entries.length === 0 ? (
          <p class="empty muted">
            {state.catalog.size === 0
              ? 'Nothing saved yet. Select text on a news page and tag it, or import a backup.'
              : 'No annotation matches. Try fewer words or clear the filters.'}
          </p>
        ) : (
          <VirtualList<Entry>
            class="annotation-list"
            label="Annotations"
            items={entries}
            rowHeight={ROW_HEIGHT}
            keyOf={(e) => e.annotation.id}
            activeIndex={Math.min(active, entries.length - 1)}
            onActiveChange={setActive}
            onOpen={(e) => setDetailId(e.annotation.id)}
            onToggle={(e) => toggle(e.annotation.id)}
            isSelected={(e) => selected.has(e.annotation.id)}
            rowClass={(e) => rowClassOf(e, selected.has(e.annotation.id), e.annotation.id === detailId)}
            renderRow={(entry, _index, isActive) => (
              <AnnotationRow
                entry={entry}
                active={isActive}
                selected={selected.has(entry.annotation.id)}
                pageTitle={props.pages.get(entry.annotation.pageUrl)?.title}
                sourceNote={noteForSource(props.sourceNotes, entry.annotation.sourceName)}
                onToggle={() => toggle(entry.annotation.id)}
                onShow={() => setDetailId(entry.annotation.id)}
                onOpenPage={() => props.openAnnotation(entry.annotation)}
              />
            )}
          />
        )}
      </div>
      {detail && (
        <AnnotationDetail
          key={detail.annotation.id}
          entry={detail}
          page={props.pages.get(detail.annotation.pageUrl)}
          sourceNote={noteForSource(props.sourceNotes, detail.annotation.sourceName)}
          knownTags={knownTags}
          edits={edits}
          onOpenPage={() => props.openAnnotation(detail.annotation)}
          onClose={closeDetail}
        />
      )}
    </div>
  );
}
