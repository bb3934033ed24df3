/** This module lists the reader's saved annotations on the page, with their tags, notes and anchoring state. */
import type { Annotation } from '../../src/model/annotation';
import { isStandardTag, TAG_LABELS } from '../../src/model/tag';

const STATUS_LABELS = {
  anchored: '',
  'needs-review': 'needs review',
  orphan: 'not found on the page',
} as const;

export function AnnotationList(props: {
  readonly annotations: readonly Annotation[];
  readonly onReveal: (id: string) => void;
}) {
  return (
    <section aria-labelledby="saved-heading">
      <h2 id="saved-heading">Your annotations ({props.annotations.length})</h2>
      {props.annotations.length === 0 ? (
        <p class="muted">Select text on the page to tag it or write a note.</p>
      ) : (
        <ul class="annotations">
          {props.annotations.map((a) => (
            <li key={a.id} data-annotation-id={a.id}>
              <button type="button" class="quote" onClick={() => props.onReveal(a.id)}>
                “{a.target.quote.exact}”
              </button>
              {a.tags.map((tag) => (
                <span key={tag} class={`tag tag-${tag}`}>
                  {isStandardTag(tag) ? TAG_LABELS[tag] : tag}
                </span>
              ))}
              {a.anchor !== 'anchored' && <span class="status">{STATUS_LABELS[a.anchor]}</span>}
              {a.note && <p class="note">{a.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
