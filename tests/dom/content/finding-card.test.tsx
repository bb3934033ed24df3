/**
 * The card's content and labels: kind, source, stance, cue, the reader's rating and note on the source,
 * tag buttons that say whether they are on, an accessible name for screen readers, and the text "Copy
 * quote" puts on the clipboard.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard, type FindingCardProps } from '../../../extension/content/FindingCard';
import { accessibleTitle, quoteWithAttribution, type CardModel } from '../../../extension/content/card-model';
import type { Finding } from '../../../extension/content/findings';
import type { Annotation } from '../../../src/model/annotation';

const finding = {
  index: 2,
  kind: 'denial',
  sourceName: 'Northfield Water Company',
  sourceText: 'The company',
  cueText: 'denied',
  claimText: 'that its treatment plant was the source of the solvent',
  attribution: { stance: 'deny', sourceKind: 'named' },
  ranges: { source: [], cue: [], content: [] },
  hull: null,
  claimRange: null,
} as unknown as Finding;

const saved = {
  id: 'a1',
  tags: ['disputed'],
  note: 'Their own report says otherwise.',
} as unknown as Annotation;

const model: CardModel = {
  subject: { type: 'finding', finding, total: 9 },
  sourceNote: {
    id: 's',
    name: 'Northfield Water Company',
    aliases: [],
    domain: null,
    rating: 'unreliable',
    note: 'Misreported readings in 2025.',
    evidence: [],
    updated: 1,
  },
  saved,
};

const noop = () => {};
const actions = { onTag: noop, onSaveNote: noop, onCopy: noop, onStep: noop, onClose: noop };

afterEach(() => render(null, document.body));

/** Renders the card for `model`, closed to the keyboard focus and with no status, unless `props` says so. */
function showCard(props: Partial<FindingCardProps> = {}): void {
  render(
    <FindingCard
      model={model}
      anchor={{ left: 10, top: 10, bottom: 30 }}
      focus={false}
      status=""
      {...actions}
      {...props}
    />,
    document.body,
  );
}

describe('the card', () => {
  it('says who said what, with the stance, the rating and the reader’s note', () => {
    showCard();
    const card = document.querySelector('.card');
    expect(card?.getAttribute('role')).toBe('dialog');
    expect(card?.getAttribute('aria-label')).toBe(
      'Sourcemark, finding 3 of 9: Northfield Water Company denies',
    );
    expect(card?.querySelector('[data-field="source"]')?.textContent).toBe('Northfield Water Company');
    expect(card?.querySelector('[data-field="stance"]')?.textContent).toBe('denies');
    expect(card?.querySelector('[data-field="cue"]')?.textContent).toContain('denied');
    expect(card?.querySelector('[data-field="rating"]')?.textContent).toContain('Unreliable');
    expect(card?.querySelector('[data-field="note"]')?.textContent).toContain(
      'Their own report says otherwise.',
    );
    expect(card?.querySelector('.kind')?.textContent).toBe('Denial');
  });

  it('shows which tags are on, and hands a pressed tag to its action', () => {
    const onTag = vi.fn();
    showCard({ onTag });
    const pressed = (tag: string) =>
      document.querySelector(`button[data-action="${tag}"]`)?.getAttribute('aria-pressed');
    expect(pressed('disputed')).toBe('true');
    expect(pressed('verified')).toBe('false');
    document.querySelector<HTMLButtonElement>('button[data-action="needs-source"]')?.click();
    expect(onTag).toHaveBeenCalledWith('needs-source');
  });

  it('moves the keyboard focus to its first action when opened by the keyboard', async () => {
    showCard({ focus: true });
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-action')).toBe('disputed'));
  });

  it('announces its status to screen readers', () => {
    showCard({ status: 'Quote copied with attribution' });
    const status = document.querySelector('[role="status"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
    expect(status?.textContent).toBe('Quote copied with attribution');
  });

  it('copies the quote with who said it and where', () => {
    expect(quoteWithAttribution(model, { title: 'Reservoir tests', url: 'https://courier.example/a' })).toBe(
      '“that its treatment plant was the source of the solvent” — Northfield Water Company (denied), in Reservoir tests <https://courier.example/a>',
    );
    expect(accessibleTitle({ ...model, subject: { type: 'annotation', annotation: saved } })).toBe(
      'Sourcemark: your annotation',
    );
  });

  it('copies a direct quote inside one pair of quotation marks, not two', () => {
    const quoted = { ...finding, cueText: 'said', claimText: '“We found no solvent in the samples.”' };
    const copied = quoteWithAttribution(
      { ...model, subject: { type: 'finding', finding: quoted, total: 9 } },
      { title: 'Reservoir tests', url: 'https://courier.example/a' },
    );
    expect(copied).toBe(
      '“We found no solvent in the samples.” — Northfield Water Company (said), in Reservoir tests <https://courier.example/a>',
    );
  });

  it('shows no cue where the cue is only punctuation (the dash that signs a quote)', () => {
    const signed = { ...finding, cueText: '―', claimText: '“The water tastes of metal.”' };
    const signedModel: CardModel = { ...model, subject: { type: 'finding', finding: signed, total: 9 } };
    showCard({ model: signedModel });
    expect(document.querySelector('[data-field="cue"]')).toBeNull();
    expect(quoteWithAttribution(signedModel, { title: 'T', url: 'https://courier.example/a' })).toBe(
      '“The water tastes of metal.” — Northfield Water Company, in T <https://courier.example/a>',
    );
  });
});
