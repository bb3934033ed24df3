/**
 * This module is the popup's "This site" part: the reader's reliability rating of the site as an outlet
 * and a note on it, both created or edited in place.
 */
import type { ReliabilityRating, SourceNote } from '../../src/model/source-note';
import type { SourceNoteInput } from '../../src/store/sources';
import { NoteEditor } from '../dashboard/widgets/NoteEditor';
import { RatingSelect } from '../dashboard/widgets/rating';

export function SiteRating(props: {
  readonly site: string;
  readonly outlet: SourceNote | null;
  readonly onSave: (input: SourceNoteInput) => Promise<void>;
}) {
  const { site, outlet } = props;
  const base: SourceNoteInput = outlet ?? {
    name: site,
    aliases: [],
    domain: site,
    rating: 'unknown',
    note: '',
    evidence: [],
  };
  const saveRating = (rating: ReliabilityRating) => void props.onSave({ ...base, rating });
  return (
    <section aria-labelledby="site-heading" class="site">
      <h2 id="site-heading">This site</h2>
      <div class="site-row">
        <span class="site-name">
          {outlet && outlet.domain !== site ? `${site} (${outlet.domain})` : site}
        </span>
        <RatingSelect value={outlet?.rating ?? null} label={`Reliability of ${site}`} onChange={saveRating} />
      </div>
      {outlet ? (
        <NoteEditor
          value={outlet.note}
          label={`Note on ${site}`}
          rows={2}
          onSave={(note) => props.onSave({ ...base, note })}
        />
      ) : (
        <p class="muted small">Rate this site to keep a note on it; the rating shows on the toolbar icon.</p>
      )}
    </section>
  );
}
