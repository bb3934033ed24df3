/**
 * The popup, rendered against a fake tab and service worker on a test database: it shows the page's counts
 * and who said what (with the reader's ratings of the sources), edits and deletes the page's annotations
 * with undo and tells the page, rates the site, and works the switches.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../extension/popup/PopupApp';
import type { PageSummary } from '../../../src/messaging/page-summary';
import { annotationsForPage } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { applySnapshot } from '../../../src/store/import';
import { fake } from './fake-browser';
import { annotation, freshDb, sourceNote } from './records';
import { byText, choose, click, mount, waitFor } from './render';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const PAGE = 'https://harbour-ledger.example/story';
let db: SourcemarkDb;
let view: ReturnType<typeof mount> | null = null;
let visible = true;

async function summary(): Promise<PageSummary> {
  return {
    url: PAGE,
    title: 'Harbour to reopen',
    site: 'harbour-ledger.example',
    isArticle: true,
    analyzed: true,
    highlightsVisible: visible,
    counts: { attributions: 2, claims: 1, denials: 1 },
    findings: [
      {
        index: 0,
        sourceName: 'Port authority',
        sourceKind: 'named',
        cue: 'said',
        claim: 'the harbour will reopen',
        stance: 'assert',
      },
      {
        index: 1,
        sourceName: 'Ferry Operators Association',
        sourceKind: 'named',
        cue: 'denied',
        claim: 'delays',
        stance: 'deny',
      },
    ],
    annotations: await annotationsForPage(db, PAGE),
  };
}

beforeEach(async () => {
  fake.reset();
  visible = true;
  db = freshDb();
  await applySnapshot(db, {
    annotations: [annotation('a', { pageUrl: PAGE, tags: ['disputed'], note: 'Check the tide tables.' })],
    sources: [sourceNote('port', { name: 'Port authority', rating: 'mostly-reliable' })],
    pages: [],
    siteSettings: [],
  });
  fake.tab = () => (name, data) => {
    if (name === 'page/summary') return summary();
    if (name === 'page/set-highlights-visible') visible = (data as { visible: boolean }).visible;
    return null;
  };
  fake.background = (name) =>
    name === 'settings/site' ? { site: 'harbour-ledger.example', autoHighlight: true } : null;
});

afterEach(() => {
  view?.unmount();
  view = null;
  db.close();
});

async function popup(): Promise<HTMLElement> {
  view = mount(<PopupApp db={db} tabId={Promise.resolve(7)} />);
  const { root } = view;
  await waitFor(() => root.querySelector('[data-count="attributions"]'));
  return root;
}

describe('the popup', () => {
  it("shows the page's counts, its annotations, and who said what with the reader's ratings", async () => {
    const root = await popup();
    expect(root.querySelector('[data-count="attributions"] strong')?.textContent).toBe('2');
    expect([...root.querySelectorAll('[data-annotation-id] .tag')].map((t) => t.textContent)).toEqual([
      'Disputed',
    ]);
    expect(root.querySelector('[data-annotation-id] .note')?.textContent).toBe('Check the tide tables.');
    expect(byText(root, '.findings li', 'Port authority')?.querySelector('.rating')?.textContent).toBe(
      'Mostly reliable',
    );
    expect(byText(root, '.findings li', 'Ferry Operators')?.querySelector('.rating')).toBeNull();
    expect(byText(root, '.findings li', 'Ferry Operators')?.textContent).toContain('denies (denied)');
  });

  it('scrolls the page to a finding or an annotation', async () => {
    const root = await popup();
    await click(byText(root, '.findings button', 'Ferry Operators'));
    await click(root.querySelector('[data-annotation-id] .quote'));
    const reveals = fake.sent.filter((m) => m.name === 'page/reveal').map((m) => m.data);
    expect(reveals).toEqual([{ findingIndex: 1 }, { annotationId: 'a' }]);
  });

  it('edits the tags of an annotation, saves them and tells the page', async () => {
    const root = await popup();
    await click(byText(root, '[data-annotation-id] button', 'Edit'));
    await click(byText(root, '.item-editor button', '+ Verified'));
    await waitFor(() => root.querySelectorAll('[data-annotation-id] .tag').length === 2);
    expect((await db.annotations.get('a'))?.tags).toEqual(['disputed', 'verified']);
    expect(fake.sent.some((m) => m.to === 7 && m.name === 'page/annotations-changed')).toBe(true);
  });

  it('deletes an annotation, and undo brings it back', async () => {
    const root = await popup();
    await click(byText(root, '[data-annotation-id] button', 'Delete'));
    await waitFor(() => !root.querySelector('[data-annotation-id]'));
    expect(await db.annotations.count()).toBe(0);
    expect(root.querySelector('.undo-bar [role="status"]')?.textContent).toBe('Annotation deleted.');
    await click(byText(root, '.undo-bar button', 'Undo'));
    await waitFor(() => root.querySelector('[data-annotation-id]'));
    expect((await db.annotations.get('a'))?.note).toBe('Check the tide tables.');
  });

  it('rates the site in place, and asks for the toolbar badge to be redrawn', async () => {
    const root = await popup();
    const select = root.querySelector('select[aria-label="Reliability of harbour-ledger.example"]');
    expect((select as HTMLSelectElement | null)?.value).toBe('');
    await choose(select, 'unreliable');
    await waitFor(() => root.querySelector('textarea[aria-label="Note on harbour-ledger.example"]'));
    const [outlet] = await db.sources.where('domain').equals('harbour-ledger.example').toArray();
    expect(outlet).toMatchObject({ name: 'harbour-ledger.example', rating: 'unreliable' });
    expect(fake.sent.some((m) => m.name === 'badge/refresh')).toBe(true);
  });

  it('rates a source the page cites, which then shows with its rating', async () => {
    const root = await popup();
    const summary = root.querySelector('.sources-here summary');
    expect(summary?.textContent).toBe('Sources cited here: 2 (1 rated)');
    await choose(
      root.querySelector('select[aria-label="Reliability of Ferry Operators Association"]'),
      'mixed',
    );
    await waitFor(() => byText(root, '.findings li', 'Ferry Operators')?.querySelector('.rating'));
    expect(byText(root, '.findings li', 'Ferry Operators')?.querySelector('.rating')?.textContent).toBe(
      'Mixed',
    );
    const [saved] = await db.sources.where('keys').equals('ferry operators association').toArray();
    expect(saved).toMatchObject({ name: 'Ferry Operators Association', rating: 'mixed', domain: null });
  });

  it('turns the highlights off on this page and automatic highlighting off on this site', async () => {
    const root = await popup();
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    await click(switches[0] ?? null);
    await click(switches[1] ?? null);
    await waitFor(() => fake.sent.some((m) => m.name === 'settings/set-site'));
    expect(fake.sent.find((m) => m.name === 'page/set-highlights-visible')?.data).toEqual({ visible: false });
    expect(fake.sent.find((m) => m.name === 'settings/set-site')?.data).toEqual({
      site: 'harbour-ledger.example',
      autoHighlight: false,
    });
  });

  it('says so where Sourcemark cannot run', async () => {
    fake.tab = () => () => {
      throw new Error('no content script');
    };
    view = mount(<PopupApp db={db} tabId={Promise.resolve(7)} />);
    const { root } = view;
    await waitFor(() => byText(root, 'p', 'Sourcemark does not run on this page'));
    expect(byText(root, 'button', 'Open dashboard')).not.toBeNull();
  });
});
