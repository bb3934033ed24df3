/**
 * This module is the dashboard's search field, sort order and filters (tag, kind, stance, site, source,
 * date range, anchoring status). Every control is labelled; the filters fold away on narrow screens.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnchorStatus, AnnotationKind } from '../../../src/model/annotation';
import type { Stance } from '../../../src/model/attribution';
import { SORT_LABELS, type SortOrder } from '../data/catalog';
import type { Facets } from '../data/facets';
import { activeFilterCount, NO_FILTERS, type Filters } from '../data/filters';
import { ANCHOR_LABELS, KIND_LABELS, tagLabel } from '../widgets/labels';

const SEARCH_DELAY_MS = 150;

export function FilterBar(props: {
  readonly filters: Filters;
  readonly onFilters: (filters: Filters) => void;
  readonly order: SortOrder;
  readonly onOrder: (order: SortOrder) => void;
  readonly facets: Facets;
  readonly compact: boolean;
  /** The title of the page filtered on, if any. */
  readonly pageTitle?: string;
}) {
  const { filters, facets } = props;
  const [text, setText] = useState(filters.text);
  const [open, setOpen] = useState(!props.compact);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => setText(filters.text), [filters.text]);

  const set = <K extends keyof Filters>(key: K, value: Filters[K]) =>
    props.onFilters({ ...filters, [key]: value });
  const searchNow = (value: string) => {
    window.clearTimeout(timer.current);
    if (value !== filters.text) props.onFilters({ ...filters, text: value });
  };
  const active = activeFilterCount(filters);
  const sourceLabel = facets.sources.find((s) => s.value === filters.source)?.label ?? filters.source;

  return (
    <div class="filter-bar">
      <div class="search-row" role="search">
        <input
          type="search"
          class="search"
          aria-label="Search quotes, notes and sources"
          placeholder="Search quotes, notes and sources"
          value={text}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            window.clearTimeout(timer.current);
            timer.current = window.setTimeout(() => searchNow(value), SEARCH_DELAY_MS);
          }}
          onKeyDown={(e) => e.key === 'Enter' && searchNow(e.currentTarget.value)}
        />
        <label class="inline">
          <span class="visually-hidden">Sort by</span>
          <select value={props.order} onChange={(e) => props.onOrder(e.currentTarget.value as SortOrder)}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-expanded={open} aria-controls="filters" onClick={() => setOpen(!open)}>
          Filters{active > 0 ? ` (${active})` : ''}
        </button>
      </div>
      <fieldset id="filters" class="filters" hidden={!open}>
        <legend class="visually-hidden">Filters</legend>
        <Choice label="Tag" value={filters.tag} onChange={(v) => set('tag', v)}>
          {facets.tags.map((t) => (
            <option key={t.value} value={t.value}>
              {tagLabel(t.value)} ({t.count.toLocaleString('en')})
            </option>
          ))}
        </Choice>
        <Choice label="Kind" value={filters.kind} onChange={(v) => set('kind', v as AnnotationKind | '')}>
          {Object.entries(KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Choice>
        <Choice
          label="Stance"
          value={filters.stance}
          onChange={(v) => set('stance', v as Stance | 'none' | '')}
        >
          <option value="assert">Asserted</option>
          <option value="deny">Denied</option>
          <option value="none">No stance</option>
        </Choice>
        <Choice label="Site" value={filters.site} onChange={(v) => set('site', v)}>
          {facets.sites.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label} ({s.count.toLocaleString('en')})
            </option>
          ))}
        </Choice>
        <Choice label="Source" value={filters.source} onChange={(v) => set('source', v)}>
          {filters.source && !facets.sources.some((s) => s.value === filters.source) && (
            <option value={filters.source}>{sourceLabel}</option>
          )}
          {facets.sources.slice(0, 500).map((s) => (
            <option key={s.value} value={s.value}>
              {s.label} ({s.count.toLocaleString('en')})
            </option>
          ))}
        </Choice>
        <Choice label="Status" value={filters.anchor} onChange={(v) => set('anchor', v as AnchorStatus | '')}>
          {Object.entries(ANCHOR_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Choice>
        <label class="field-inline">
          Saved from
          <input
            type="date"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
        </label>
        <label class="field-inline">
          Saved until
          <input
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => set('to', e.currentTarget.value)}
          />
        </label>
        {filters.page && (
          <span class="chip">
            Page: {props.pageTitle || filters.page}
            <button type="button" class="chip-remove" aria-label="Any page" onClick={() => set('page', '')}>
              ×
            </button>
          </span>
        )}
        {active > 0 && (
          <button
            type="button"
            class="link"
            onClick={() => props.onFilters({ ...NO_FILTERS, text: filters.text })}
          >
            Clear filters
          </button>
        )}
      </fieldset>
    </div>
  );
}

function Choice(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: preact.ComponentChildren;
}) {
  return (
    <label class="field-inline">
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {props.children}
      </select>
    </label>
  );
}
