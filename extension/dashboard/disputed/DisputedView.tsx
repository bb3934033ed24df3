/**
 * This module is "Disputed claims": every annotation tagged Disputed, grouped by source or by page. Each
 * group opens to its claims; each claim opens its page, scrolled to it.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Annotation } from '../../../src/model/annotation';
import type { Page } from '../../../src/model/page';
import type { SourceNote } from '../../../src/model/source-note';
import type { Catalog } from '../data/catalog';
import { groupEntries, NO_SOURCE, type Group, type GroupBy } from '../data/grouping';
import type { SourceAliases } from '../data/source-aliases';
import { formatCount, formatDate, formatNumber } from '../widgets/labels';
import { RatingPill } from '../widgets/rating';

const GROUPS_SHOWN = 100;
const CLAIMS_SHOWN = 50;

export function DisputedView(props: {
  readonly catalog: Catalog;
  readonly version: number;
  readonly pages: ReadonlyMap<string, Page>;
  readonly sourceNotes: ReadonlyMap<string, SourceNote>;
  readonly aliases: SourceAliases;
  readonly openAnnotation: (annotation: Annotation) => void;
  /** Shows a group's claims in the full list (with search, filters and bulk actions). */
  readonly showInList: (group: { by: GroupBy; key: string }) => void;
}) {
  const [by, setBy] = useState<GroupBy>('source');
  const [more, setMore] = useState(false);
  const groups = useMemo(() => {
    const disputed = props.catalog.sorted('updated').filter((e) => e.annotation.tags.includes('disputed'));
    return groupEntries(disputed, by, props.pages, props.aliases);
  }, [props.catalog, props.version, by, props.pages, props.aliases]);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);

  return (
    <section class="disputed-view" aria-labelledby="disputed-heading">
      <div class="view-head">
        <h2 id="disputed-heading">Disputed claims</h2>
        <p class="muted">
          {formatCount(total, 'claim')} you tagged Disputed, in{' '}
          {formatCount(groups.length, by === 'source' ? 'source' : 'page')}.
        </p>
        <fieldset class="segmented">
          <legend>Group by</legend>
          {(['source', 'page'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="group-by"
                value={value}
                checked={by === value}
                onChange={() => setBy(value)}
              />
              {value === 'source' ? 'Source' : 'Page'}
            </label>
          ))}
        </fieldset>
      </div>
      {groups.length === 0 ? (
        <p class="empty muted">
          Nothing tagged Disputed yet. Tag a claim Disputed on a page, or in the list.
        </p>
      ) : (
        <ul class="groups">
          {(more ? groups : groups.slice(0, GROUPS_SHOWN)).map((group) => (
            <GroupItem
              key={`${by}:${group.key}`}
              group={group}
              by={by}
              note={by === 'source' && group.key !== NO_SOURCE ? props.sourceNotes.get(group.key) : undefined}
              pages={props.pages}
              openAnnotation={props.openAnnotation}
              showInList={() => props.showInList({ by, key: group.key })}
            />
          ))}
        </ul>
      )}
      {!more && groups.length > GROUPS_SHOWN && (
        <button type="button" onClick={() => setMore(true)}>
          Show all {formatNumber(groups.length)} groups
        </button>
      )}
    </section>
  );
}

function GroupItem(props: {
  readonly group: Group;
  readonly by: GroupBy;
  readonly note: SourceNote | undefined;
  readonly pages: ReadonlyMap<string, Page>;
  readonly openAnnotation: (annotation: Annotation) => void;
  readonly showInList: () => void;
}) {
  const { group, by } = props;
  const [open, setOpen] = useState(false);
  return (
    <li class="group">
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span class="group-label">{group.label}</span>
          {props.note && <RatingPill rating={props.note.rating} compact />}
          {group.detail && <span class="muted"> · {group.detail}</span>}
          <span class="group-counts">
            {formatCount(group.entries.length, 'claim')}
            {group.denied > 0 && ` · ${formatNumber(group.denied)} denied`}
          </span>
        </summary>
        {open && (
          <>
            <ul class="group-claims">
              {group.entries.slice(0, CLAIMS_SHOWN).map(({ annotation: a, site }) => (
                <li key={a.id} data-annotation-id={a.id}>
                  <button type="button" class="claim-open" onClick={() => props.openAnnotation(a)}>
                    “{a.target.quote.exact}”
                  </button>
                  <span class="muted small">
                    {by === 'page'
                      ? (a.sourceName ?? 'No source named')
                      : props.pages.get(a.pageUrl)?.title || site}
                    {' · '}
                    {formatDate(a.created)}
                    {a.note && ` · ${a.note}`}
                  </span>
                </li>
              ))}
            </ul>
            <button type="button" class="link" onClick={props.showInList}>
              {group.entries.length > CLAIMS_SHOWN
                ? `See all ${formatNumber(group.entries.length)} in the list`
                : 'See them in the list'}
            </button>
          </>
        )}
      </details>
    </li>
  );
}
