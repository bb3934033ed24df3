/** This module is the small toolbar shown over a text selection: tag it Disputed, or write a note. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface SelectionToolbarProps {
  /** The selection's box in viewport coordinates: the toolbar goes below it, or above where there is no room. */
  readonly selection: { readonly left: number; readonly top: number; readonly bottom: number };
  readonly onSave: (choice: { tags: string[]; note: string }) => void;
  readonly onClose: () => void;
}

const ROOM_BELOW = 110;

export function SelectionToolbar({ selection, onSave, onClose }: SelectionToolbarProps) {
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState('');
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (writing) noteField.current?.focus();
  }, [writing]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };

  return (
    <div
      class="toolbar"
      role="toolbar"
      aria-label="Sourcemark: annotate the selection"
      style={placement(selection)}
      onKeyDown={onKeyDown}
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
            onSave({ tags: [], note: note.trim() });
          }}
        >
          <textarea
            ref={noteField}
            aria-label="Note on the selection"
            rows={3}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
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
          <button
            type="button"
            data-action="disputed"
            onClick={() => onSave({ tags: ['disputed'], note: '' })}
          >
            Disputed
          </button>
          <button type="button" data-action="note" onClick={() => setWriting(true)}>
            Note
          </button>
        </div>
      )}
    </div>
  );
}

function placement({ left, top, bottom }: SelectionToolbarProps['selection']) {
  const x = Math.min(Math.max(4, left), window.innerWidth - 260);
  if (bottom + ROOM_BELOW < window.innerHeight)
    return { left: `${x}px`, top: `${Math.max(4, bottom + 6)}px` };
  return { left: `${x}px`, top: `${Math.max(4, top - 6)}px`, transform: 'translateY(-100%)' };
}

export const TOOLBAR_STYLES = `
  .toolbar { position: fixed; font: 13px/1.3 system-ui, sans-serif; color: #111; background: #fff;
    border: 1px solid #8a8f98; border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); padding: 4px; }
  .row { display: flex; gap: 4px; }
  button { font: inherit; border: 1px solid #c4c8cf; background: #f4f5f7; color: #111; border-radius: 4px;
    padding: 3px 8px; cursor: pointer; }
  button:hover { background: #e6e8ec; }
  button:focus-visible, textarea:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
  button[data-action="disputed"] { border-color: #aa4499; }
  textarea { display: block; width: 240px; margin-bottom: 4px; font: inherit; color: #111; background: #fff;
    border: 1px solid #8a8f98; border-radius: 4px; }
  @media (prefers-color-scheme: dark) {
    .toolbar { background: #1f2329; color: #f1f3f5; border-color: #5c636e; }
    button { background: #2b3038; color: #f1f3f5; border-color: #5c636e; }
    button:hover { background: #383e48; }
    textarea { background: #15181c; color: #f1f3f5; border-color: #5c636e; }
  }
`;
