/** This module is the small toolbar shown over a text selection: tag it, or write a note with tags. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STANDARD_TAGS, TAG_LABELS, type StandardTag } from '../../src/model/tag';

export interface SelectionToolbarProps {
  /** The selection's box in viewport coordinates: the toolbar goes below it, or above where there is no room. */
  readonly selection: { readonly left: number; readonly top: number; readonly bottom: number };
  /** Move the keyboard focus into the toolbar (opened from the context menu). */
  readonly focus: boolean;
  readonly onSave: (choice: { tags: string[]; note: string }) => void;
  readonly onClose: () => void;
}

const ROOM_BELOW = 150;

export function SelectionToolbar({ selection, focus, onSave, onClose }: SelectionToolbarProps) {
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const [tags, setTags] = useState<StandardTag[]>([]);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const firstButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (writing) noteField.current?.focus();
  }, [writing]);
  useEffect(() => {
    if (focus) firstButton.current?.focus();
  }, [focus]);

  const toggle = (tag: StandardTag) =>
    setTags((current) => (current.includes(tag) ? current.filter((t) => t !== tag) : [...current, tag]));

  return (
    <div
      class="toolbar"
      role="toolbar"
      aria-label="Sourcemark: annotate the selection"
      style={placement(selection)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      // Keep the page's selection while the reader clicks a button.
      onMouseDown={(event) => {
        if (!(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
      }}
    >
      {writing ? (
        <form
          class="note-form"
          onSubmit={(event) => {
            event.preventDefault();
            onSave({ tags, note: note.trim() });
          }}
        >
          <textarea
            ref={noteField}
            aria-label="Note on the selection"
            rows={3}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <fieldset class="row">
            <legend class="visually-hidden">Tags</legend>
            {STANDARD_TAGS.map((tag) => (
              <label key={tag} class="check">
                <input type="checkbox" checked={tags.includes(tag)} onChange={() => toggle(tag)} />
                {TAG_LABELS[tag]}
              </label>
            ))}
          </fieldset>
          <div class="row">
            <button type="submit" data-action="save-note">
              Save note
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="row">
          {STANDARD_TAGS.map((tag, i) => (
            <button
              key={tag}
              ref={i === 0 ? firstButton : undefined}
              type="button"
              data-action={tag}
              onClick={() => onSave({ tags: [tag], note: '' })}
            >
              {TAG_LABELS[tag]}
            </button>
          ))}
          <button type="button" data-action="note" onClick={() => setWriting(true)}>
            Note
          </button>
        </div>
      )}
    </div>
  );
}

function placement({ left, top, bottom }: SelectionToolbarProps['selection']) {
  const x = Math.min(Math.max(4, left), window.innerWidth - 320);
  if (bottom + ROOM_BELOW < window.innerHeight)
    return { left: `${x}px`, top: `${Math.max(4, bottom + 6)}px` };
  return { left: `${x}px`, top: `${Math.max(4, top - 6)}px`, transform: 'translateY(-100%)' };
}

export const TOOLBAR_STYLES = `
  .toolbar { position: fixed; font: 13px/1.3 system-ui, sans-serif; color: #16181d; background: #fff;
    border: 1px solid #8a8f98; border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); padding: 4px; }
  .row { display: flex; flex-wrap: wrap; gap: 4px; }
  fieldset.row { border: none; margin: 0 0 4px; padding: 0; }
  .check { display: inline-flex; align-items: center; gap: 3px; margin-right: 6px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  button { font: inherit; border: 1px solid #c4c8cf; background: #f4f5f7; color: #16181d; border-radius: 4px;
    padding: 3px 8px; cursor: pointer; }
  button:hover { background: #e6e8ec; }
  button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
  button[data-action="disputed"] { border-color: #aa4499; }
  button[data-action="verified"] { border-color: #009e73; }
  button[data-action="needs-source"] { border-color: #967f00; }
  textarea { display: block; width: 280px; margin-bottom: 4px; font: inherit; color: #16181d; background: #fff;
    border: 1px solid #8a8f98; border-radius: 4px; }
  @media (prefers-color-scheme: dark) {
    .toolbar { background: #1f2329; color: #eceef2; border-color: #5c636e; }
    button { background: #2b3038; color: #eceef2; border-color: #5c636e; }
    button:hover { background: #383e48; }
    textarea { background: #15181c; color: #eceef2; border-color: #5c636e; }
  }
`;
