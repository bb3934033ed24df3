/**
 * This module shows and picks a reliability rating on Sourcemark's fixed scale. The rating is always
 * written out, never told by color alone; the color is a second cue.
 */
import { RATING_LABELS, RELIABILITY_RATINGS, type ReliabilityRating } from '../../../src/model/source-note';

export function RatingPill(props: { readonly rating: ReliabilityRating; readonly compact?: boolean }) {
  return (
    <span class={`rating rating-${props.rating}${props.compact ? ' compact' : ''}`}>
      <span class="rating-dot" aria-hidden="true" />
      {RATING_LABELS[props.rating]}
    </span>
  );
}

export function RatingSelect(props: {
  readonly value: ReliabilityRating | null;
  readonly onChange: (rating: ReliabilityRating) => void;
  readonly label: string;
  readonly id?: string;
  readonly disabled?: boolean;
}) {
  return (
    <select
      id={props.id}
      class={`rating-select rating-${props.value ?? 'none'}`}
      aria-label={props.label}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(e) => {
        const value = e.currentTarget.value;
        const rating = RELIABILITY_RATINGS.find((r) => r === value);
        if (rating) props.onChange(rating);
      }}
    >
      {props.value === null && <option value="">Not rated</option>}
      {RELIABILITY_RATINGS.map((rating) => (
        <option key={rating} value={rating}>
          {RATING_LABELS[rating]}
        </option>
      ))}
    </select>
  );
}
