/** This module is the hover and click card: who said what, the reader's note on the source, and actions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { STANDARD_TAGS, TAG_LABELS, type StandardTag } from '../../src/model/tag';
import { accessibleTitle, kindLabel, preview, ratingLabel, stanceLabel, type CardModel } from './card-model';
import { cueWords } from './findings';

export interface CardActions {
  onTag(tag: StandardTag): void;
  onSaveNote(note: string): void;
  onCopy(): void;
  onStep(step: 1 | -1): void;
  onClose(): void;
}

export interface FindingCardProps extends CardActions {
  readonly model: CardModel;
  /** The highlighted text's box in viewport coordinates: the card goes below it, or above. */
  readonly anchor: { readonly left: number; readonly top: number; readonly bottom: number };
  /** Put the keyboard focus in the card (opened by keyboard, or pinned by a click). */
  readonly focus: boolean;
  /** A short message for screen readers and sighted readers alike ("Copied"). */
  readonly status: string;
}

const CARD_WIDTH = 340;
const ROOM_BELOW = 230;

export function FindingCard(props: FindingCardProps) {
  const { model, anchor, focus, status } = props;
  const { subject, sourceNote, saved } = model;
  const [writing, setWriting] = useState(false);
  const [note, setNote] = useState(saved?.note ?? '');
  const firstAction = useRef<HTMLButtonElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (focus) firstAction.current?.focus();
  }, [focus, subject]);
  useEffect(() => {
    if (writing) noteField.current?.focus();
  }, [writing]);

  const tags = saved?.tags ?? [];
  const finding = subject.type === 'finding' ? subject.finding : null;
  const cue = finding ? cueWords(finding) : '';
  const quote =
    subject.type === 'finding' ? subject.finding.claimText : subject.annotation.target.quote.exact;

  return (
    <div
      class={`card ${finding?.kind ?? 'annotation'}`}
      role="dialog"
      aria-label={accessibleTitle(model)}
      style={placement(anchor)}
    >
      <div class="head">
        <span class="kind">{kindLabel(subject)}</span>
        {finding && (
          <span class="position">
            {finding.index + 1} of {subject.type === 'finding' ? subject.total : 1}
          </span>
        )}
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </div>
      {finding && (
        <p class="who">
          <strong class="source" data-field="source">
            {finding.sourceName}
          </strong>{' '}
          <span class={`stance ${finding.attribution.stance}`} data-field="stance">
            {stanceLabel(finding)}
          </span>
          {cue && (
            <span class="cue" data-field="cue">
              {' '}
              · “{preview(cue, 40)}”
            </span>
          )}
        </p>
      )}
      {sourceNote && (
        <p class={`rating rating-${sourceNote.rating}`} data-field="rating">
          <span class="dot" aria-hidden="true" />
          Your rating of {sourceNote.name}: <strong>{ratingLabel(sourceNote)}</strong>
          {sourceNote.note && <span class="rating-note"> — {preview(sourceNote.note, 160)}</span>}
        </p>
      )}
      {quote && <blockquote data-field="quote">{preview(quote)}</blockquote>}
      {saved?.note && !writing && (
        <p class="saved-note" data-field="note">
          Your note: {preview(saved.note, 200)}
        </p>
      )}
      {writing ? (
        <form
          class="note-form"
          onSubmit={(event) => {
            event.preventDefault();
            setWriting(false);
            props.onSaveNote(note.trim());
          }}
        >
          <textarea
            ref={noteField}
            aria-label="Your note on this claim"
            rows={3}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <div class="row">
            <button type="submit" data-action="save-note">
              Save note
            </button>
            <button type="button" onClick={() => setWriting(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="row actions" role="group" aria-label="Tag and act">
          {STANDARD_TAGS.map((tag, i) => (
            <button
              key={tag}
              ref={i === 0 ? firstAction : undefined}
              type="button"
              data-action={tag}
              aria-pressed={tags.includes(tag)}
              onClick={() => props.onTag(tag)}
            >
              {TAG_LABELS[tag]}
            </button>
          ))}
          <button type="button" data-action="note" onClick={() => setWriting(true)}>
            Note
          </button>
          <button type="button" data-action="copy" onClick={props.onCopy}>
            Copy quote
          </button>
        </div>
      )}
      {finding && (
        <div class="row nav">
          <button type="button" data-action="previous" onClick={() => props.onStep(-1)}>
            ‹ Previous
          </button>
          <button type="button" data-action="next" onClick={() => props.onStep(1)}>
            Next ›
          </button>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

function placement({ left, top, bottom }: FindingCardProps['anchor']) {
  const x = Math.min(Math.max(4, left), Math.max(4, window.innerWidth - CARD_WIDTH - 8));
  if (bottom + ROOM_BELOW < window.innerHeight || top < ROOM_BELOW)
    return { left: `${x}px`, top: `${Math.max(4, bottom + 6)}px` };
  return { left: `${x}px`, top: `${Math.max(4, top - 6)}px`, transform: 'translateY(-100%)' };
}
