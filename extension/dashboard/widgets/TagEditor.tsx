/**
 * This module edits an annotation's tags: each tag a chip with its own remove button, the standard tags
 * one click away, and a field for the reader's own (suggesting tags already in use).
 */
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { TagSchema } from '../../../src/model/schemas';
import { normalizeTag, STANDARD_TAGS } from '../../../src/model/tag';
import { tagLabel } from './labels';

let lists = 0;

export function TagEditor(props: {
  readonly tags: readonly string[];
  readonly onChange: (tags: string[]) => void;
  /** Tags in use elsewhere, offered as suggestions. */
  readonly known?: readonly string[];
  readonly disabled?: boolean;
  readonly label?: string;
}) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [listId] = useState(() => `tag-suggestions-${++lists}`);
  const { tags, disabled } = props;

  const add = (raw: string) => {
    const tag = normalizeTag(raw);
    if (!tag) return;
    if (!v.safeParse(TagSchema, tag).success) {
      setProblem('A tag is letters, digits, - and _ (up to 60).');
      return;
    }
    setProblem(null);
    setDraft('');
    if (!tags.includes(tag)) props.onChange([...tags, tag]);
  };

  const missingStandard = STANDARD_TAGS.filter((tag) => !tags.includes(tag));

  return (
    <div class="tag-editor" role="group" aria-label={props.label ?? 'Tags'}>
      <ul class="chips" aria-label="Current tags">
        {tags.map((tag) => (
          <li key={tag} class={`chip tag-${tag}`}>
            {tagLabel(tag)}
            <button
              type="button"
              class="chip-remove"
              aria-label={`Remove tag ${tagLabel(tag)}`}
              disabled={disabled}
              onClick={() => props.onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
        {tags.length === 0 && <li class="muted">No tags</li>}
      </ul>
      <div class="tag-add">
        {missingStandard.map((tag) => (
          <button key={tag} type="button" class="chip-add" disabled={disabled} onClick={() => add(tag)}>
            + {tagLabel(tag)}
          </button>
        ))}
        <input
          type="text"
          aria-label="Add a tag"
          placeholder="Add a tag"
          list={listId}
          value={draft}
          disabled={disabled}
          maxLength={60}
          aria-invalid={problem !== null}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add(draft);
            }
          }}
        />
        <datalist id={listId}>
          {(props.known ?? []).map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
      {problem && (
        <p class="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
