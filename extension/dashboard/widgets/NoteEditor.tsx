/**
 * This module edits a note in place: a text area that saves with its button or Ctrl+Enter and can be
 * reverted with Esc, saying when it is saved.
 */
import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../../src/model/schemas';
import { messageOf } from '../../../src/messaging/result';

export function NoteEditor(props: {
  readonly value: string;
  readonly onSave: (note: string) => Promise<void>;
  readonly label?: string;
  readonly rows?: number;
}) {
  const [draft, setDraft] = useState(props.value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  // A change made elsewhere (another tab, the content script) replaces an untouched draft.
  const [base, setBase] = useState(props.value);
  useEffect(() => {
    if (props.value !== base) {
      if (draft === base) setDraft(props.value);
      setBase(props.value);
    }
  }, [props.value]);

  const dirty = draft !== props.value;
  const save = async () => {
    setState('saving');
    try {
      await props.onSave(draft);
      setState('saved');
    } catch (error) {
      setState({ error: messageOf(error) });
    }
  };

  return (
    <div class="note-editor">
      <textarea
        aria-label={props.label ?? 'Note'}
        placeholder="Write a note"
        rows={props.rows ?? 3}
        maxLength={LIMITS.note}
        value={draft}
        onInput={(e) => {
          setDraft(e.currentTarget.value);
          setState('idle');
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && dirty) {
            e.preventDefault();
            void save();
          }
          if (e.key === 'Escape' && dirty) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(props.value);
          }
        }}
      />
      <div class="note-actions">
        <button
          type="button"
          class="primary"
          disabled={!dirty || state === 'saving'}
          onClick={() => void save()}
        >
          Save note
        </button>
        {dirty && (
          <button type="button" onClick={() => setDraft(props.value)}>
            Revert
          </button>
        )}
        <span class="note-state" role="status">
          {state === 'saving'
            ? 'Saving…'
            : state === 'saved' && !dirty
              ? 'Saved'
              : typeof state === 'object'
                ? state.error
                : ''}
        </span>
      </div>
    </div>
  );
}
