/**
 * This module shows one annotation in full beside the list: the quote with its context, who said it, the
 * page, its dates and anchoring state; its tags and note are edited here, and it can be opened on its
 * page or deleted (with undo).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Page } from '../../../src/model/page';
import type { SourceNote } from '../../../src/model/source-note';
import type { Entry } from '../data/catalog';
import type { Edits } from '../data/edits';
import { ANCHOR_LABELS, formatDate, KIND_LABELS, STANCE_LABELS } from '../widgets/labels';
import { NoteEditor } from '../widgets/NoteEditor';
import { RatingPill } from '../widgets/rating';
import { TagEditor } from '../widgets/TagEditor';

export function AnnotationDetail(props: {
  readonly entry: Entry;
  readonly page: Page | undefined;
  readonly sourceNote: SourceNote | undefined;
  readonly knownTags: readonly string[];
  readonly edits: Edits;
  readonly onOpenPage: () => void;
  readonly onClose: () => void;
}) {
  const a = props.entry.annotation;
  const { quote } = a.target;
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const { onClose } = props;
  // Opening an annotation takes the reader there; Esc takes them back to the list.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const element = section.current;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    };
    element?.addEventListener('keydown', onKey);
    return () => element?.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <section class="detail" aria-labelledby="detail-heading" data-detail-id={a.id} ref={section}>
      <div class="detail-head">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {KIND_LABELS[a.kind]}
        </h2>
        <button type="button" class="icon" aria-label="Close details" onClick={props.onClose}>
          ×
        </button>
      </div>
      <blockquote class="detail-quote">
        {quote.prefix && <span class="context">…{quote.prefix}</span>}
        <mark>{quote.exact}</mark>
        {quote.suffix && <span class="context">{quote.suffix}…</span>}
      </blockquote>
      <dl class="facts">
        {a.sourceName && (
          <>
            <dt>Source</dt>
            <dd>
              {a.sourceName}
              {a.stance && ` ${STANCE_LABELS[a.stance]}`}{' '}
              {props.sourceNote && <RatingPill rating={props.sourceNote.rating} />}
            </dd>
          </>
        )}
        <dt>Page</dt>
        <dd>
          <a href={a.pageUrl} target="_blank" rel="noreferrer">
            {props.page?.title || a.pageUrl}
          </a>
          <span class="muted"> · {props.entry.site}</span>
        </dd>
        <dt>Saved</dt>
        <dd>
          {formatDate(a.created)}
          {a.updated !== a.created && <span class="muted"> · edited {formatDate(a.updated)}</span>}
        </dd>
        <dt>Status</dt>
        <dd class={`status-${a.anchor}`}>{ANCHOR_LABELS[a.anchor]}</dd>
      </dl>
      <h3>Tags</h3>
      <TagEditor
        tags={a.tags}
        known={props.knownTags}
        onChange={(tags) => void props.edits.setTags(a.id, tags)}
      />
      <h3>Note</h3>
      <NoteEditor value={a.note} rows={4} onSave={(note) => props.edits.saveNote(a.id, note)} />
      <div class="detail-actions">
        <button type="button" class="primary" onClick={props.onOpenPage}>
          Open on its page
        </button>
        <button type="button" class="danger" onClick={() => void props.edits.remove([a.id])}>
          Delete
        </button>
      </div>
    </section>
  );
}
