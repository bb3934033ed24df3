/**
 * This module lists the reader's saved annotations on the page, with their tags, notes and anchoring
 * state: each one scrolls the page to itself, and can be edited (tags, note) or deleted, with undo.
 */
import { useState } from 'preact/hooks';
import type { Annotation } from '../../src/model/annotation';
import type { AnnotationPatch } from '../../src/model/schemas';
import { tagLabel } from '../dashboard/widgets/labels';
import { NoteEditor } from '../dashboard/widgets/NoteEditor';
import { TagEditor } from '../dashboard/widgets/TagEditor';

const STATUS_LABELS = {
  anchored: '',
  'needs-review': 'needs review',
  orphan: 'not found on the page',
} as const;

export interface AnnotationActions {
  readonly reveal: (id: string) => void;
  /** Saves a change; a failure is thrown (the note editor shows it). */
  readonly update: (id: string, patch: AnnotationPatch) => Promise<void>;
  /** Saves new tags; a failure is told to the reader. */
  readonly setTags: (id: string, tags: string[]) => void;
  readonly remove: (annotation: Annotation) => Promise<void>;
}

function AnnotationItem(props: { readonly annotation: Annotation; readonly actions: AnnotationActions }) {
  const { annotation: a, actions } = props;
  const [editing, setEditing] = useState(false);
  const editorId = `edit-${a.id}`;
  return (
    <li data-annotation-id={a.id}>
      <button type="button" class="quote" title="Show on the page" onClick={() => actions.reveal(a.id)}>
        “{a.target.quote.exact}”
      </button>
      <div class="meta">
        {a.sourceName && <span class="source-name">{a.sourceName}</span>}
        {a.tags.map((tag) => (
          <span key={tag} class={`tag tag-${tag}`}>
            {tagLabel(tag)}
          </span>
        ))}
        {a.anchor !== 'anchored' && <span class="status">{STATUS_LABELS[a.anchor]}</span>}
      </div>
      {a.note && !editing && <p class="note">{a.note}</p>}
      <div class="item-actions">
        <button
          type="button"
          aria-expanded={editing}
          aria-controls={editorId}
          onClick={() => setEditing(!editing)}
        >
          {editing ? 'Done' : 'Edit'}
        </button>
        <button type="button" class="danger" onClick={() => void actions.remove(a)}>
          Delete
        </button>
      </div>
      {editing && (
        <div class="item-editor" id={editorId}>
          <TagEditor tags={a.tags} onChange={(tags) => actions.setTags(a.id, tags)} />
          <NoteEditor value={a.note} onSave={(note) => actions.update(a.id, { note })} />
        </div>
      )}
    </li>
  );
}

export function AnnotationList(props: {
  readonly annotations: readonly Annotation[];
  readonly actions: AnnotationActions;
}) {
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">Your annotations ({props.annotations.length})</h2>
      {props.annotations.length === 0 ? (
        <p class="muted">Select text on the page to tag it or write a note.</p>
      ) : (
        <ul class="annotations">
          {props.annotations.map((a) => (
            <AnnotationItem key={a.id} annotation={a} actions={props.actions} />
          ))}
        </ul>
      )}
    </section>
  );
}
