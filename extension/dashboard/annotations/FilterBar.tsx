/**
 * This module is the dashboard's search field, sort order and filters (tag, kind, stance, site, source,
 * date range, anchoring status). Every control is labelled; the filters fold away on narrow screens.
 */
import { Component } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AnchorStatus, AnnotationKind } from '../../../src/model/annotation';
import type { Stance } from '../../../src/model/attribution';
import { SORT_LABELS, type SortOrder } from '../data/catalog';
import type { Facet, Facets } from '../data/facets';
import { activeFilterCount, NO_FILTERS, type Filters } from '../data/filters';
import { ANCHOR_LABELS, formatNumber, KIND_LABELS, tagLabel } from '../widgets/labels';

const SEARCH_DELAY_MS = 150;
const MAX_SOURCES = 500;

/**
 * The options of a long list (hundreds of sites and sources), drawn again only when the facets change:
 * results change on every keystroke, the facets only when the annotations do.
 */
class FacetOptions extends Component<{
  readonly facets: readonly Facet[];
  readonly label: (f: Facet) => string;
}> {
  override shouldComponentUpdate(next: { readonly facets: readonly Facet[] }): boolean {
    return next.facets !== this.props.facets;
  }

  override render() {
    return this.props.facets.map((facet) => (
      <option key={facet.value} value={facet.value}>
        {`${this.props.label(facet)} (${formatNumber(facet.count)})`}
      </option>
    ));
  }
}

const ownLabel = (facet: Facet) => facet.label;
const tagFacetLabel = (facet: Facet) => tagLabel(facet.value);

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
  // The delayed search must see the filters as they are when it runs, not as they were at the key press.
  const latest = useRef(props);
  latest.current = props;
  const searchNow = (value: string) => {
    window.clearTimeout(timer.current);
    const current = latest.current.filters;
    if (value !== current.text) latest.current.onFilters({ ...current, text: value });
  };
  const sources = useMemo(() => facets.sources.slice(0, MAX_SOURCES), [facets]);
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
          <FacetOptions facets={facets.tags} label={tagFacetLabel} />
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
          <FacetOptions facets={facets.sites} label={ownLabel} />
        </Choice>
        <Choice label="Source" value={filters.source} onChange={(v) => set('source', v)}>
          {filters.source && !facets.sources.some((s) => s.value === filters.source) && (
            <option value={filters.source}>{sourceLabel}</option>
          )}
          <FacetOptions facets={sources} label={ownLabel} />
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
