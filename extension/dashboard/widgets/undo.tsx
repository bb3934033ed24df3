/**
 * This module offers "undo" for the last destructive change (a delete, a bulk tagging): a status message
 * with an Undo button that stays until the next change or until dismissed (no timer: the reader decides),
 * and Ctrl+Z / Cmd+Z outside text fields.
 */
import { useEffect, useState } from 'preact/hooks';

export interface UndoOffer {
  readonly message: string;
  readonly undo: () => Promise<void>;
}

export interface Undo {
  readonly offer: (offer: UndoOffer) => void;
  /** Tells the reader something (an error, "done") in the same place, without an undo. */
  readonly say: (message: string, tone?: 'info' | 'error') => void;
  readonly bar: preact.JSX.Element;
}

type Shown =
  | { readonly kind: 'undo'; readonly offer: UndoOffer; readonly busy: boolean }
  | { readonly kind: 'message'; readonly message: string; readonly tone: 'info' | 'error' }
  | null;

function inTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA)$/.test(target.tagName))
  );
}

export function useUndo(): Undo {
  const [shown, setShown] = useState<Shown>(null);

  const runUndo = async (offer: UndoOffer) => {
    setShown({ kind: 'undo', offer, busy: true });
    try {
      await offer.undo();
      setShown({ kind: 'message', message: 'Undone.', tone: 'info' });
    } catch (error) {
      setShown({ kind: 'message', message: `Could not undo: ${String(error)}`, tone: 'error' });
    }
  };

  useEffect(() => {
    if (shown?.kind !== 'undo' || shown.busy) return;
    const offer = shown.offer;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'z' && !inTextField(event.target)) {
        event.preventDefault();
        void runUndo(offer);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);

  const bar = (
    <div
      class={`undo-bar${shown ? ' shown' : ''}${shown?.kind === 'message' && shown.tone === 'error' ? ' error' : ''}`}
    >
      <p role="status" aria-live="polite">
        {shown?.kind === 'undo' ? shown.offer.message : shown?.kind === 'message' ? shown.message : ''}
      </p>
      {shown?.kind === 'undo' && (
        <button type="button" class="primary" disabled={shown.busy} onClick={() => void runUndo(shown.offer)}>
          Undo
        </button>
      )}
      {shown && (
        <button type="button" class="icon" aria-label="Dismiss" onClick={() => setShown(null)}>
          ×
        </button>
      )}
    </div>
  );

  return {
    offer: (offer) => setShown({ kind: 'undo', offer, busy: false }),
    say: (message, tone = 'info') => setShown({ kind: 'message', message, tone }),
    bar,
  };
}
