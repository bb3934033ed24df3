/**
 * Following a live page: changes are reported once they settle (debounced), at the latest after a maximum
 * wait when the page never stops changing, with whether the analyzed region changed, how much text the
 * page added elsewhere, and whether a class, style or hidden attribute it changed showed or hid text that
 * matters; a page that only moves attributes around is not reported at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchMutations, type MutationDigest } from '../../../extension/content/live-updates';
import { pageKey } from '../../../extension/content/navigation-watch';

let stop: AbortController;
let digests: MutationDigest[];

function watch(
  options: {
    quietMs?: number;
    maxWaitMs?: number;
    shownChanged?: (restyled: readonly Element[]) => boolean;
  } = {},
): void {
  const region = document.getElementById('story');
  watchMutations(document, {
    covers: (node) => region?.contains(node) ?? false,
    onFlush: (digest) => digests.push(digest),
    signal: stop.signal,
    ...options,
  });
}

beforeEach(() => {
  stop = new AbortController();
  digests = [];
  document.body.innerHTML =
    '<nav id="nav">Menu</nav><article id="story"><p id="first">First.</p></article><aside id="aside"></aside>';
});

afterEach(() => stop.abort());

describe('watching the page for changes', () => {
  it('reports a burst of changes once, after it settles', async () => {
    watch({ quietMs: 30 });
    const story = document.getElementById('story');
    for (let i = 0; i < 5; i++)
      story?.append(Object.assign(document.createElement('p'), { textContent: `P${i}` }));
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    expect(digests[0]).toMatchObject({ region: true, text: true });
  });

  it('tells text added outside the region from changes to the region', async () => {
    watch({ quietMs: 20 });
    document
      .getElementById('aside')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'x'.repeat(300) }));
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    expect(digests[0]).toMatchObject({ region: false, text: true, addedChars: 300 });
  });

  it('notices text edited in place', async () => {
    watch({ quietMs: 20 });
    (document.getElementById('first')?.firstChild as Text).data = 'Edited.';
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    expect(digests[0]?.region).toBe(true);
  });

  it('ignores changes that cannot change the text', async () => {
    watch({ quietMs: 10 });
    document.getElementById('nav')?.setAttribute('class', 'open');
    document.body.append(document.createElement('script'));
    await new Promise((done) => setTimeout(done, 60));
    expect(digests).toEqual([]);
  });

  it('reports a class, style or hidden attribute that showed or hid text that matters, once it settles', async () => {
    const asked: string[] = [];
    watch({
      quietMs: 20,
      shownChanged: (restyled) => {
        asked.push(...restyled.map((element) => element.id));
        return restyled.some((element) => element.id === 'first');
      },
    });
    const first = document.getElementById('first');
    first?.setAttribute('class', 'folded');
    first?.setAttribute('class', '');
    first?.setAttribute('style', 'color: red');
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    expect(digests[0]).toMatchObject({ restyled: true, shown: true, region: false, text: false });
    expect(asked).toEqual(['first']);
  });

  it('says only that the layout may have moved when restyled elements showed or hid nothing that matters', async () => {
    const asked: string[] = [];
    watch({ quietMs: 10, shownChanged: (restyled) => (asked.push(...restyled.map((el) => el.id)), false) });
    document.getElementById('nav')?.setAttribute('class', 'open');
    document.getElementById('aside')?.setAttribute('hidden', '');
    document.getElementById('nav')?.setAttribute('data-state', 'open');
    await vi.waitFor(() => expect(digests).toHaveLength(1));
    expect(asked).toEqual(['nav', 'aside']);
    expect(digests[0]).toEqual({ region: false, text: false, addedChars: 0, restyled: true, shown: false });
  });

  it('reports a page that never stops changing after the maximum wait', async () => {
    watch({ quietMs: 50, maxWaitMs: 120 });
    const nav = document.getElementById('nav');
    const ticker = setInterval(() => nav?.append('.'), 10);
    try {
      await vi.waitFor(() => expect(digests.length).toBeGreaterThanOrEqual(1), { timeout: 1000 });
    } finally {
      clearInterval(ticker);
    }
  });

  it('stops when the page view ends', async () => {
    watch({ quietMs: 10 });
    stop.abort();
    document.getElementById('story')?.append('More.');
    await new Promise((done) => setTimeout(done, 40));
    expect(digests).toEqual([]);
  });
});

describe('page addresses', () => {
  it('treat a change of fragment as the same page, and of path or query as a new one', () => {
    expect(pageKey('https://news.example/a?x=1#top')).toBe(pageKey('https://news.example/a?x=1#comments'));
    expect(pageKey('https://news.example/a?x=1')).not.toBe(pageKey('https://news.example/a?x=2'));
    expect(pageKey('https://news.example/a')).not.toBe(pageKey('https://news.example/b'));
  });
});
