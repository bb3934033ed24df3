/**
 * This module erases everything Sourcemark saved, after the reader confirms (and is reminded to export a
 * backup first). It cannot be undone, and says so.
 */
import { useState } from 'preact/hooks';
import type { SourcemarkDb } from '../../../src/store/db';
import { eraseEverything } from '../../../src/store/erase';
import { formatCount } from '../widgets/labels';
import { messageOf } from '../../../src/messaging/result';

export function ErasePanel(props: {
  readonly db: SourcemarkDb;
  readonly annotations: number;
  readonly sources: number;
  readonly onErased: () => Promise<void>;
}) {
  const [asking, setAsking] = useState(false);
  const [state, setState] = useState('');
  const erase = async () => {
    setState('Erasing…');
    try {
      await eraseEverything(props.db);
      await props.onErased();
      setAsking(false);
      setState('Everything was erased.');
    } catch (error) {
      setState(`Could not erase: ${messageOf(error)}`);
    }
  };
  return (
    <section class="transfer-panel danger-zone" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Erase everything</h2>
      {asking ? (
        <div role="alertdialog" aria-labelledby="erase-question" class="confirm">
          <p id="erase-question">
            Erase {formatCount(props.annotations, 'annotation')} and{' '}
            {formatCount(props.sources, 'source note')}? This cannot be undone: export a full backup first if
            you may want them back.
          </p>
          <button type="button" class="danger" onClick={() => void erase()}>
            Erase everything
          </button>{' '}
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setAsking(true)}>
          Erase all data…
        </button>
      )}
      <p role="status">{state}</p>
    </section>
  );
}
