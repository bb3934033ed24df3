/**
 * This module edits the reader's note on a source: its name and aliases (or, for an outlet, its domain),
 * the reliability rating, a note and evidence links. Everything is checked before it is saved, and a
 * problem is named beside its field.
 */
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { HttpUrlSchema, LIMITS } from '../../../src/model/schemas';
import type { ReliabilityRating, SourceNote } from '../../../src/model/source-note';
import type { SourceNoteInput } from '../../../src/store/sources';
import { RatingSelect } from './rating';
import { messageOf } from '../../../src/messaging/result';

let forms = 0;

interface Draft {
  name: string;
  aliases: string;
  domain: string;
  rating: ReliabilityRating;
  note: string;
  evidence: string;
}

function draftOf(source: SourceNoteInput): Draft {
  return {
    name: source.name,
    aliases: source.aliases.join(', '),
    domain: source.domain ?? '',
    rating: source.rating,
    note: source.note,
    evidence: source.evidence.join('\n'),
  };
}

type Problems = Partial<Record<keyof Draft, string>>;

/** The note to save from a draft, or the problems found in it. */
export function checkSourceDraft(
  draft: Draft,
  id: string | undefined,
): { input: SourceNoteInput } | { problems: Problems } {
  const problems: Problems = {};
  const name = draft.name.trim();
  if (!name) problems.name = 'Give the source a name.';
  else if (name.length > LIMITS.name) problems.name = `At most ${LIMITS.name} characters.`;
  const aliases = draft.aliases
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '' && a !== name);
  if (aliases.some((a) => a.length > LIMITS.name)) problems.aliases = 'An alias is too long.';
  if (aliases.length > LIMITS.aliases) problems.aliases = `At most ${LIMITS.aliases} aliases.`;
  const domain = draft.domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '');
  if (domain && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain)) problems.domain = 'Not a domain (example.com).';
  const evidence = draft.evidence
    .split(/\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const bad = evidence.find((url) => !v.safeParse(HttpUrlSchema, url).success);
  if (bad) problems.evidence = `Not a web address: ${bad.slice(0, 80)}`;
  if (evidence.length > LIMITS.evidence) problems.evidence = `At most ${LIMITS.evidence} links.`;
  if (draft.note.length > LIMITS.note) problems.note = 'The note is too long.';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    input: {
      ...(id ? { id } : {}),
      name,
      aliases,
      domain: domain || null,
      rating: draft.rating,
      note: draft.note,
      evidence,
    },
  };
}

export function SourceForm(props: {
  /** The note being edited, or what a new one starts from. */
  readonly source: SourceNote | SourceNoteInput;
  readonly onSave: (input: SourceNoteInput) => Promise<void>;
  readonly onDelete?: () => void;
  readonly onCancel?: () => void;
  /** Outlets are known by their domain; cited sources by name and aliases. */
  readonly outlet: boolean;
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(props.source));
  const [problems, setProblems] = useState<Problems>({});
  const [state, setState] = useState<string>('');
  const [prefix] = useState(() => `source-form-${++forms}`);
  const set = (field: keyof Draft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [field]: e.currentTarget.value });

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = checkSourceDraft(draft, props.source.id);
    if ('problems' in checked) {
      setProblems(checked.problems);
      setState('Please correct the fields marked.');
      return;
    }
    setProblems({});
    setState('Saving…');
    try {
      await props.onSave(checked.input);
      setState('Saved');
    } catch (error) {
      setState(messageOf(error));
    }
  };

  const field = (name: keyof Draft, label: string, input: preact.JSX.Element, hint?: string) => (
    <div class="field">
      <label for={`${prefix}-${name}`}>{label}</label>
      {input}
      {hint && (
        <span class="hint" id={`${prefix}-${name}-hint`}>
          {hint}
        </span>
      )}
      {problems[name] && (
        <span class="field-error" id={`${prefix}-${name}-error`}>
          {problems[name]}
        </span>
      )}
    </div>
  );
  const describedBy = (name: keyof Draft, hint: boolean) =>
    [hint ? `${prefix}-${name}-hint` : '', problems[name] ? `${prefix}-${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <form class="source-form" onSubmit={(e) => void submit(e)} noValidate>
      {field(
        'name',
        props.outlet ? 'Outlet' : 'Name',
        <input
          id={`${prefix}-name`}
          value={draft.name}
          onInput={set('name')}
          aria-invalid={!!problems.name}
          aria-describedby={describedBy('name', false)}
        />,
      )}
      {props.outlet
        ? field(
            'domain',
            'Domain',
            <input
              id={`${prefix}-domain`}
              value={draft.domain}
              onInput={set('domain')}
              placeholder="example.com"
              aria-invalid={!!problems.domain}
              aria-describedby={describedBy('domain', false)}
            />,
          )
        : field(
            'aliases',
            'Also known as',
            <input
              id={`${prefix}-aliases`}
              value={draft.aliases}
              onInput={set('aliases')}
              aria-invalid={!!problems.aliases}
              aria-describedby={describedBy('aliases', true)}
            />,
            'Separate names with commas.',
          )}
      <div class="field">
        <span class="field-label" aria-hidden="true">
          Reliability
        </span>
        <RatingSelect
          id={`${prefix}-rating`}
          label="Reliability"
          value={draft.rating}
          onChange={(rating) => setDraft({ ...draft, rating })}
        />
      </div>
      {field(
        'note',
        'Note',
        <textarea
          id={`${prefix}-note`}
          rows={3}
          value={draft.note}
          onInput={set('note')}
          aria-invalid={!!problems.note}
          aria-describedby={describedBy('note', false)}
        />,
      )}
      {field(
        'evidence',
        'Evidence links',
        <textarea
          id={`${prefix}-evidence`}
          rows={2}
          value={draft.evidence}
          onInput={set('evidence')}
          placeholder="https://…"
          aria-invalid={!!problems.evidence}
          aria-describedby={describedBy('evidence', true)}
        />,
        'One web address per line.',
      )}
      <div class="form-actions">
        <button type="submit" class="primary">
          Save
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
        {props.onDelete && (
          <button type="button" class="danger" onClick={props.onDelete}>
            Delete note
          </button>
        )}
        <span role="status" class="form-state">
          {state}
        </span>
      </div>
    </form>
  );
}
