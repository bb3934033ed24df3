/**
 * This module is the Sources directory: cited sources (by name, with aliases) and outlets (by domain),
 * each with the reader's rating and where it was cited; the ones not yet rated are suggested for rating,
 * most cited first. Choosing one opens its note and citations beside the list.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Page } from '../../../src/model/page';
import { sourceKey, type SourceNote } from '../../../src/model/source-note';
import type { Catalog } from '../data/catalog';
import { buildDirectory, type DirectoryItem } from '../data/source-directory';
import { formatCount, formatNumber } from '../widgets/labels';
import { RatingPill } from '../widgets/rating';
import { SourceDetail, type SourceEdits } from './SourceDetail';

const SHOWN = 200;

type Section = 'cited' | 'outlets';

export function SourcesView(props: {
  readonly catalog: Catalog;
  readonly version: number;
  readonly notes: readonly SourceNote[];
  readonly pages: ReadonlyMap<string, Page>;
  readonly edits: SourceEdits;
  readonly showAnnotations: (item: DirectoryItem) => void;
  readonly openPage: (url: string) => void;
}) {
  const [section, setSection] = useState<Section>('cited');
  const [find, setFind] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const directory = useMemo(
    () => buildDirectory(props.catalog, props.notes),
    [props.catalog, props.version, props.notes],
  );
  const items = section === 'cited' ? directory.cited : directory.outlets;
  const key = sourceKey(find);
  const shown = key
    ? items.filter(
        (item) =>
          sourceKey(item.name).includes(key) ||
          (item.note?.aliases ?? []).some((alias) => sourceKey(alias).includes(key)) ||
          (item.note?.domain ?? '').includes(find.trim().toLowerCase()),
      )
    : items;
  const rated = shown.filter((item) => item.note);
  const suggested = shown.filter((item) => !item.note);
  const current = [...directory.cited, ...directory.outlets].find((item) => item.key === chosen) ?? null;

  const list = (label: string, entries: readonly DirectoryItem[], id: string) => (
    <section aria-labelledby={id} class="directory-section">
      <h3 id={id}>
        {label} <span class="muted">({formatNumber(entries.length)})</span>
      </h3>
      {entries.length === 0 ? (
        <p class="muted small">{id.endsWith('rated') ? 'None yet.' : 'Nothing to suggest.'}</p>
      ) : (
        <ul class="directory">
          {entries.slice(0, SHOWN).map((item) => (
            <li key={item.key} class={item.key === chosen ? 'current' : ''} data-source-key={item.key}>
              <button
                type="button"
                aria-current={item.key === chosen ? 'true' : undefined}
                onClick={() => {
                  setChosen(item.key);
                  setAdding(false);
                }}
              >
                <span class="source-name">{item.name}</span>
                {item.note ? (
                  <RatingPill rating={item.note.rating} compact />
                ) : (
                  <span class="unrated">Rate…</span>
                )}
                <span class="muted small source-counts">
                  {formatCount(item.citations.claims, 'claim')} ·{' '}
                  {formatCount(item.citations.denials, 'denial')} ·{' '}
                  {formatCount(item.citations.pages.size, 'page')}
                </span>
                {item.note && item.note.aliases.length > 0 && (
                  <span class="muted small aliases">also {item.note.aliases.join(', ')}</span>
                )}
              </button>
            </li>
          ))}
          {entries.length > SHOWN && (
            <li class="muted small">…and {formatNumber(entries.length - SHOWN)} more: narrow the search.</li>
          )}
        </ul>
      )}
    </section>
  );

  return (
    <div class={`sources-view${current || adding ? ' with-detail' : ''}`}>
      <div class="list-pane">
        <div class="view-head">
          <h2>Sources</h2>
          <div class="segmented" role="group" aria-label="Kind of source">
            {(['cited', 'outlets'] as const).map((value) => (
              <button
                key={value}
                type="button"
                aria-pressed={section === value}
                onClick={() => setSection(value)}
              >
                {value === 'cited' ? 'Cited sources' : 'Outlets'} (
                {formatNumber((value === 'cited' ? directory.cited : directory.outlets).length)})
              </button>
            ))}
          </div>
          <div class="search-row">
            <input
              type="search"
              aria-label={section === 'cited' ? 'Find a cited source' : 'Find an outlet'}
              placeholder={section === 'cited' ? 'Find a source or alias' : 'Find an outlet or domain'}
              value={find}
              onInput={(e) => setFind(e.currentTarget.value)}
            />
            <button
              type="button"
              onClick={() => {
                setAdding(true);
                setChosen(null);
              }}
            >
              {section === 'cited' ? 'Add a source' : 'Add an outlet'}
            </button>
          </div>
        </div>
        {list('Rated', rated, `${section}-rated`)}
        {list(
          section === 'cited'
            ? 'Met in your annotations, not rated yet'
            : 'Sites you annotated, not rated yet',
          suggested,
          `${section}-suggested`,
        )}
      </div>
      {(current || adding) && (
        <SourceDetail
          key={adding ? `new-${section}` : current?.key}
          item={adding ? null : current}
          outlet={adding ? section === 'outlets' : current?.kind === 'outlet'}
          pages={props.pages}
          edits={props.edits}
          onSaved={(note) => {
            setAdding(false);
            setChosen(note.id);
          }}
          onClose={() => {
            setAdding(false);
            setChosen(null);
          }}
          showAnnotations={props.showAnnotations}
          openPage={props.openPage}
        />
      )}
    </div>
  );
}
