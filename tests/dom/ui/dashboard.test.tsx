/**
 * The dashboard, rendered on a test database: search finds annotations by their words; bulk tagging and
 * deleting change the database and are undone; a note edited in the details is saved and open tabs are
 * told; the sources directory suggests unrated sources and saves a rating; the pictures describe
 * themselves in words; the views are tabs the keyboard moves between.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DashboardApp } from '../../../extension/dashboard/DashboardApp';
import type { SourcemarkDb } from '../../../src/store/db';
import { applySnapshot } from '../../../src/store/import';
import { fake } from './fake-browser';
import { annotation, DAY, freshDb, sourceNote, T0 } from './records';
import { byText, choose, click, key, mount, type, waitFor } from './render';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

let db: SourcemarkDb;
let view: ReturnType<typeof mount> | null = null;

function quote(exact: string) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: 'It said ', suffix: '.' },
    position: { type: 'TextPositionSelector' as const, start: 10, end: 10 + exact.length },
  };
}

beforeEach(async () => {
  fake.reset();
  db = freshDb();
  await applySnapshot(db, {
    annotations: [
      annotation('fuel', {
        target: quote('fuel surcharges will rise by a fifth'),
        sourceName: 'Ferry Operators Association',
        updated: T0 + 3 * DAY,
      }),
      annotation('fees', {
        target: quote('harbour fees have not changed'),
        kind: 'denial',
        stance: 'deny',
        updated: T0 + 2 * DAY,
      }),
      annotation('bang', {
        target: quote('a loud bang before dawn'),
        kind: 'highlight',
        stance: null,
        sourceName: null,
        tags: ['disputed'],
        updated: T0 + DAY,
      }),
    ],
    sources: [sourceNote('port', { name: 'Port authority', rating: 'mostly-reliable' })],
    pages: [],
    siteSettings: [],
  });
  history.replaceState(null, '', '#annotations');
});

afterEach(() => {
  view?.unmount();
  view = null;
  db.close();
});

const rowQuotes = (root: HTMLElement) => [...root.querySelectorAll('.row-quote')].map((e) => e.textContent);

async function opened(): Promise<HTMLElement> {
  view = mount(<DashboardApp db={db} layout="page" />);
  const { root } = view;
  await waitFor(() => root.querySelectorAll('.annotation-row').length === 3);
  return root;
}

describe('all annotations', () => {
  it('lists every annotation, the most recently edited first', async () => {
    const root = await opened();
    expect(rowQuotes(root)).toEqual([
      '“fuel surcharges will rise by a fifth”',
      '“harbour fees have not changed”',
      '“a loud bang before dawn”',
    ]);
    expect(byText(root, '.row-meta .who', 'Ferry Operators Association asserts')).not.toBeNull();
    expect(
      byText(root, '.row-meta .who', 'Port authority denies')?.querySelector('.rating')?.textContent,
    ).toBe('Mostly reliable');
  });

  it('searches quotes, notes and sources as the reader types', async () => {
    const root = await opened();
    await type(root.querySelector('input[type="search"]'), 'ferry surch');
    await waitFor(() => root.querySelectorAll('.annotation-row').length === 1);
    expect(rowQuotes(root)).toEqual(['“fuel surcharges will rise by a fifth”']);
    expect(root.querySelector('.results-status')?.textContent).toMatch(/^1 annotation found in \d+ ms$/);
  });

  it('filters by kind and by tag', async () => {
    const root = await opened();
    const select = (label: string) =>
      [...root.querySelectorAll('#filters label')]
        .find((l) => l.textContent?.startsWith(label))
        ?.querySelector('select') ?? null;
    await choose(select('Kind'), 'denial');
    await waitFor(() => root.querySelectorAll('.annotation-row').length === 1);
    expect(rowQuotes(root)).toEqual(['“harbour fees have not changed”']);
    await choose(select('Kind'), '');
    await choose(select('Tag'), 'disputed');
    await waitFor(() => rowQuotes(root).join() === '“a loud bang before dawn”');
  });

  it('tags the selected annotations in bulk, and undoes it', async () => {
    const root = await opened();
    const boxes = [...root.querySelectorAll<HTMLInputElement>('.annotation-row input[type="checkbox"]')];
    await click(boxes[0] ?? null);
    await click(boxes[1] ?? null);
    const bar = await waitFor(() => root.querySelector('.bulk-bar'));
    expect(bar.textContent).toContain('2 selected');
    await type(bar.querySelector('input'), 'Follow up');
    await click(byText(bar, 'button', 'Add tag'));
    await waitFor(() => byText(root, '.undo-bar', 'Tagged follow-up 2 annotations.'));
    expect((await db.annotations.bulkGet(['fuel', 'fees'])).map((a) => a?.tags)).toEqual([
      ['follow-up'],
      ['follow-up'],
    ]);
    expect(fake.sent.some((m) => m.to === 7 && m.name === 'page/annotations-changed')).toBe(true);
    await click(byText(root, '.undo-bar button', 'Undo'));
    await waitFor(() => byText(root, '.undo-bar', 'Undone.'));
    expect((await db.annotations.bulkGet(['fuel', 'fees'])).map((a) => a?.tags)).toEqual([[], []]);
  });

  it('deletes the selected annotations, and undo brings them back', async () => {
    const root = await opened();
    await click(byText(root, 'button', 'Select all 3'));
    await click(byText(root, '.bulk-bar button', 'Delete 3 annotations'));
    await waitFor(() => byText(root, '.undo-bar', 'Deleted 3 annotations.'));
    expect(await db.annotations.count()).toBe(0);
    await waitFor(() => root.querySelectorAll('.annotation-row').length === 0);
    await click(byText(root, '.undo-bar button', 'Undo'));
    await waitFor(() => root.querySelectorAll('.annotation-row').length === 3);
    expect(await db.annotations.count()).toBe(3);
  });

  it('shows an annotation in full, and saves its note', async () => {
    const root = await opened();
    await click(byText(root, '.row-quote', 'harbour fees'));
    const detail = await waitFor(() => root.querySelector<HTMLElement>('.detail'));
    expect(document.activeElement?.id).toBe('detail-heading');
    expect(detail.querySelector('.detail-quote')?.textContent).toBe(
      '…It said harbour fees have not changed.…',
    );
    await type(detail.querySelector('textarea'), 'The council report says otherwise.');
    await click(byText(detail, 'button', 'Save note'));
    await waitFor(() => byText(detail, '.note-state', 'Saved'));
    expect((await db.annotations.get('fees'))?.note).toBe('The council report says otherwise.');
    await key(detail.querySelector('textarea'), 'Escape');
    await waitFor(() => !root.querySelector('.detail'));
  });
});

describe('other views', () => {
  it('are tabs: the arrow keys move between them', async () => {
    const root = await opened();
    const tab = root.querySelector<HTMLElement>('#tab-annotations');
    tab?.focus();
    await key(tab, 'ArrowRight');
    expect(document.activeElement?.id).toBe('tab-disputed');
    expect(location.hash).toBe('#disputed');
    await waitFor(() => byText(root, '.group-label', 'No source named'));
  });

  it('suggest the sources met in annotations for rating, and save a rating', async () => {
    history.replaceState(null, '', '#sources');
    view = mount(<DashboardApp db={db} layout="page" />);
    const { root } = view;
    const suggestion = await waitFor(() =>
      byText(root, '[data-source-key] button', 'Ferry Operators Association'),
    );
    expect(suggestion.textContent).toContain('Rate…');
    await click(suggestion);
    const form = await waitFor(() => root.querySelector('.source-detail form'));
    await choose(form.querySelector('select'), 'unreliable');
    await act(() => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    // The directory follows the database: the source moves to the rated ones, with its rating.
    await waitFor(() =>
      byText(root, '#cited-rated ~ .directory [data-source-key]', 'Ferry Operators Association'),
    );
    const [saved] = (await db.sources.toArray()).filter((s) => s.name === 'Ferry Operators Association');
    expect(saved).toMatchObject({ rating: 'unreliable', domain: null, aliases: [] });
    expect(fake.sent.some((m) => m.to === 'background' && m.name === 'badge/refresh')).toBe(true);
  });

  it('draw pictures that describe themselves in words', async () => {
    history.replaceState(null, '', '#pictures');
    view = mount(<DashboardApp db={db} layout="page" />);
    const { root } = view;
    const bars = await waitFor(() => root.querySelector('svg.source-bars'));
    expect(bars.getAttribute('role')).toBe('img');
    expect(bars.querySelector('desc')?.textContent).toBe(
      'Ferry Operators Association: 1 asserted, 0 denied, 0 disputed; Port authority: 0 asserted, 1 denied, 0 disputed',
    );
    await click(byText(root, 'button', 'Show as table'));
    expect(root.querySelector('table.data-table tbody tr')?.textContent).toBe(
      'Ferry Operators Association1001',
    );
  });
});
