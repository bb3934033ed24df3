/**
 * This module is one row of the annotations list: a checkbox for bulk actions, the quote (two lines at
 * most), who said it, where and when, its tags and anchoring state, and a button to open its page there.
 * Only the active row's controls are tab stops (the list moves between rows with the arrow keys).
 */
import { sourceKey } from '../../../src/model/source-note';
import type { SourceNote } from '../../../src/model/source-note';
import type { Entry } from '../data/catalog';
import { ANCHOR_LABELS, describeAnnotation, formatDate, KIND_LABELS, tagLabel } from '../widgets/labels';
import { RatingPill } from '../widgets/rating';

export const ROW_HEIGHT = 78;

export function AnnotationRow(props: {
  readonly entry: Entry;
  readonly active: boolean;
  readonly selected: boolean;
  readonly pageTitle: string | undefined;
  readonly sourceNote: SourceNote | undefined;
  readonly onToggle: () => void;
  readonly onShow: () => void;
  readonly onOpenPage: () => void;
}) {
  const { entry, active } = props;
  const a = entry.annotation;
  const tab = active ? 0 : -1;
  const quoteId = `quote-${a.id}`;
  return (
    <>
      <div role="gridcell" class="cell-select">
        <input
          type="checkbox"
          tabIndex={tab}
          checked={props.selected}
          aria-label={`Select “${shorten(a.target.quote.exact, 60)}”`}
          onChange={props.onToggle}
        />
      </div>
      <div role="gridcell" class="row-main" data-annotation-id={a.id}>
        <button type="button" class="row-quote" id={quoteId} tabIndex={tab} onClick={props.onShow}>
          “{a.target.quote.exact}”
        </button>
        <div class="row-meta">
          <span class={`kind kind-${a.kind}`}>{KIND_LABELS[a.kind]}</span>
          {a.sourceName && (
            <span class={a.stance === 'deny' ? 'who deny' : 'who'}>
              {describeAnnotation(a)}
              {props.sourceNote && <RatingPill rating={props.sourceNote.rating} compact />}
            </span>
          )}
          <span class="where" title={a.pageUrl}>
            {props.pageTitle || entry.site}
          </span>
          <span class="when">{formatDate(a.created)}</span>
          {a.tags.map((tag) => (
            <span key={tag} class={`tag tag-${tag}`}>
              {tagLabel(tag)}
            </span>
          ))}
          {a.anchor !== 'anchored' && (
            <span class={`status status-${a.anchor}`}>{ANCHOR_LABELS[a.anchor]}</span>
          )}
          {a.note && <span class="has-note">Note: {a.note}</span>}
        </div>
      </div>
      <div role="gridcell" class="cell-open">
        <button
          type="button"
          class="row-open"
          tabIndex={tab}
          aria-label="Open its page"
          title="Open its page, scrolled to it"
          onClick={props.onOpenPage}
        >
          ↗
        </button>
      </div>
    </>
  );
}

export function rowClassOf(entry: Entry, selected: boolean, current: boolean): string {
  return `annotation-row kind-${entry.annotation.kind}${selected ? ' selected' : ''}${current ? ' current' : ''}`;
}

/** The reader's note on the annotation's source, if they rated it (looked up by name or alias). */
export function noteForSource(
  notes: ReadonlyMap<string, SourceNote>,
  name: string | null,
): SourceNote | undefined {
  return name ? notes.get(sourceKey(name)) : undefined;
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
