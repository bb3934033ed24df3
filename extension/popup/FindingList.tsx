/**
 * This module lists who said what on the page: each source with its claim, denials marked, and the
 * reader's rating of the source where there is one. Each item scrolls the page to it and flashes it.
 */
import type { FindingSummary } from '../../src/messaging/page-summary';
import { sourceKey, type SourceNote } from '../../src/model/source-note';
import { RatingPill } from '../dashboard/widgets/rating';

export function FindingList(props: {
  readonly findings: readonly FindingSummary[];
  readonly sources: ReadonlyMap<string, SourceNote>;
  readonly onReveal: (index: number) => void;
}) {
  if (props.findings.length === 0) return null;
  return (
    <section aria-labelledby="found-heading">
      <h2 id="found-heading">Who said what</h2>
      <ul class="findings">
        {props.findings.map((f) => {
          const note = props.sources.get(sourceKey(f.sourceName));
          return (
            <li key={f.index} class={f.stance === 'deny' ? 'deny' : 'assert'} data-finding-index={f.index}>
              <button type="button" onClick={() => props.onReveal(f.index)}>
                <strong class="source-name">{f.sourceName}</strong>{' '}
                {note && <RatingPill rating={note.rating} compact />}{' '}
                <span class="cue">{f.stance === 'deny' ? `denies${f.cue ? ` (${f.cue})` : ''}` : f.cue}</span>
                {f.claim && <span class="claim"> {f.claim}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
