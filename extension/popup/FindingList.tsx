/** This module lists who said what on the page: each source with its claim, denials marked. */
import type { FindingSummary } from '../../src/messaging/page-summary';

export function FindingList(props: {
  readonly findings: readonly FindingSummary[];
  readonly onReveal: (index: number) => void;
}) {
  if (props.findings.length === 0) return null;
  return (
    <section aria-labelledby="found-heading">
      <h2 id="found-heading">Who said what</h2>
      <ul class="findings">
        {props.findings.map((f) => (
          <li key={f.index} class={f.stance === 'deny' ? 'deny' : 'assert'}>
            <button type="button" onClick={() => props.onReveal(f.index)}>
              <strong>{f.sourceName}</strong>{' '}
              <span class="cue">{f.stance === 'deny' ? 'denies' : f.cue}</span>
              {f.claim && <span class="claim"> {f.claim}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
