/**
 * This module lets the reader rate, from the popup, the sources the page cites by name: each distinct
 * source once, with its rating (or "Not rated"). A rating given here shows wherever the source is cited.
 */
import type { FindingSummary } from '../../src/messaging/page-summary';
import { sourceKey, type ReliabilityRating, type SourceNote } from '../../src/model/source-note';
import type { SourceNoteInput } from '../../src/store/sources';
import { RatingSelect } from '../dashboard/widgets/rating';

/** The named sources of the findings, each once (by key), in order of first mention. */
export function namedSources(findings: readonly FindingSummary[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const finding of findings) {
    if (finding.sourceKind !== 'named') continue;
    const key = sourceKey(finding.sourceName);
    if (key && !seen.has(key)) seen.set(key, finding.sourceName);
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

export function SourcesHere(props: {
  readonly findings: readonly FindingSummary[];
  readonly notes: ReadonlyMap<string, SourceNote>;
  readonly onSave: (input: SourceNoteInput) => Promise<void>;
}) {
  const sources = namedSources(props.findings);
  if (sources.length === 0) return null;
  const rated = sources.filter((s) => props.notes.has(s.key)).length;
  const rate = (name: string, note: SourceNote | undefined, rating: ReliabilityRating) =>
    void props.onSave(
      note ? { ...note, rating } : { name, aliases: [], domain: null, rating, note: '', evidence: [] },
    );
  return (
    <details class="sources-here">
      <summary>
        Sources cited here: {sources.length} ({rated} rated)
      </summary>
      <ul>
        {sources.map(({ key, name }) => {
          const note = props.notes.get(key);
          return (
            <li key={key} data-source={name}>
              <span class="source-name">{name}</span>
              <RatingSelect
                value={note?.rating ?? null}
                label={`Reliability of ${name}`}
                onChange={(rating) => rate(name, note, rating)}
              />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
