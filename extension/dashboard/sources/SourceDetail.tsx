/**
 * This module shows one source of the directory: the reader's note on it (rating, aliases or domain,
 * note, evidence links), created or edited here, and where it was cited: the pages, with how many of
 * its claims and denials each holds.
 */
import type { Page } from '../../../src/model/page';
import type { SourceNote } from '../../../src/model/source-note';
import type { SourceNoteInput } from '../../../src/store/sources';
import type { DirectoryItem } from '../data/source-directory';
import { formatCount, formatNumber } from '../widgets/labels';
import { SourceForm } from '../widgets/SourceForm';

const PAGES_SHOWN = 100;

export interface SourceEdits {
  readonly save: (input: SourceNoteInput) => Promise<SourceNote>;
  readonly remove: (note: SourceNote) => Promise<void>;
}

function startingNote(item: DirectoryItem | null, outlet: boolean): SourceNoteInput {
  if (item?.note) return item.note;
  const name = item?.name ?? '';
  return {
    name,
    aliases: [],
    domain: outlet && item ? name : null,
    rating: 'unknown',
    note: '',
    evidence: [],
  };
}

export function SourceDetail(props: {
  readonly item: DirectoryItem | null;
  readonly outlet: boolean;
  readonly pages: ReadonlyMap<string, Page>;
  readonly edits: SourceEdits;
  readonly onSaved: (note: SourceNote) => void;
  readonly onClose: () => void;
  readonly showAnnotations: (item: DirectoryItem) => void;
  readonly openPage: (url: string) => void;
}) {
  const { item } = props;
  const citations = item?.citations;
  const pages = citations ? [...citations.pages.values()].sort((a, b) => b.annotations - a.annotations) : [];
  const title = item ? item.name : props.outlet ? 'New outlet' : 'New source';
  return (
    <section class="detail source-detail" aria-labelledby="source-heading">
      <div class="detail-head">
        <h2 id="source-heading">{title}</h2>
        <button type="button" class="icon" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      {item && !item.note && (
        <p class="muted">
          You have not rated this {props.outlet ? 'outlet' : 'source'} yet. Its rating will show wherever it
          is cited.
        </p>
      )}
      <SourceForm
        source={startingNote(item, props.outlet)}
        outlet={props.outlet}
        onSave={async (input) => props.onSaved(await props.edits.save(input))}
        onDelete={item?.note ? () => void props.edits.remove(item.note as SourceNote) : undefined}
      />
      {item && citations && (
        <>
          <h3>Where {props.outlet ? 'you annotated it' : 'it was cited'}</h3>
          <p class="citation-counts">
            {formatCount(citations.claims, 'claim')}, {formatCount(citations.denials, 'denial')},{' '}
            {formatNumber(citations.disputed)} tagged Disputed, on {formatCount(pages.length, 'page')}.
          </p>
          {citations.annotations > 0 && (
            <button type="button" class="link" onClick={() => props.showAnnotations(item)}>
              Show its {formatCount(citations.annotations, 'annotation')} in the list
            </button>
          )}
          <ul class="cited-pages">
            {pages.slice(0, PAGES_SHOWN).map((page) => (
              <li key={page.pageUrl}>
                <button type="button" class="link" onClick={() => props.openPage(page.pageUrl)}>
                  {props.pages.get(page.pageUrl)?.title || page.pageUrl}
                </button>
                <span class="muted small">
                  {' '}
                  {formatCount(page.claims, 'claim')} · {formatCount(page.denials, 'denial')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
