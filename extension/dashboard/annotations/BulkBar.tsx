/**
 * This module acts on the selected annotations at once: add or remove a tag, delete (all undoable).
 */
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { TagSchema } from '../../../src/model/schemas';
import { normalizeTag, STANDARD_TAGS } from '../../../src/model/tag';
import { formatCount, tagLabel } from '../widgets/labels';

export function BulkBar(props: {
  readonly count: number;
  readonly knownTags: readonly string[];
  readonly onTag: (change: { add?: string[]; remove?: string[] }) => Promise<void>;
  readonly onDelete: () => Promise<void>;
  readonly onClear: () => void;
}) {
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const tags = [...new Set([...STANDARD_TAGS, ...props.knownTags])];

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };
  const withTag = (apply: (tag: string) => Promise<void>) => {
    const normalized = normalizeTag(tag);
    if (!v.safeParse(TagSchema, normalized).success) {
      setProblem('Choose or type a tag first (letters, digits, - and _).');
      return;
    }
    setProblem(null);
    void run(() => apply(normalized));
  };

  return (
    <div class="bulk-bar" role="region" aria-label="Actions on the selected annotations">
      <strong>{formatCount(props.count, 'selected', 'selected')}</strong>
      <input
        type="text"
        list="bulk-tags"
        aria-label="Tag to add or remove"
        placeholder="Tag"
        value={tag}
        maxLength={60}
        aria-invalid={problem !== null}
        onInput={(e) => setTag(e.currentTarget.value)}
      />
      <datalist id="bulk-tags">
        {tags.map((t) => (
          <option key={t} value={t}>
            {tagLabel(t)}
          </option>
        ))}
      </datalist>
      <button type="button" disabled={busy} onClick={() => withTag((t) => props.onTag({ add: [t] }))}>
        Add tag
      </button>
      <button type="button" disabled={busy} onClick={() => withTag((t) => props.onTag({ remove: [t] }))}>
        Remove tag
      </button>
      <button type="button" class="danger" disabled={busy} onClick={() => void run(props.onDelete)}>
        Delete {formatCount(props.count, 'annotation')}
      </button>
      <button type="button" class="link" disabled={busy} onClick={props.onClear}>
        Clear selection
      </button>
      {problem && (
        <span class="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
