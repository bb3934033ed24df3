/**
 * The sites' article layouts in session storage: one layout per site (a selector, and whether the article
 * is searched for inside it), replaced or forgotten on request, bounded (the oldest site goes first), and
 * whatever the storage area holds is checked before use.
 */
import { describe, expect, it } from 'vitest';
import {
  LAYOUTS_KEY,
  MAX_LAYOUT_SITES,
  rememberedLayout,
  rememberLayout,
  type KeyValueArea,
} from '../../../src/store/article-layouts';

/** A layout whose container is the article. */
const whole = (selector: string) => ({ selector, searchInside: false });

/** A storage area in memory that, like the browser's, hands out copies of what it keeps. */
function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { data: Record<string, unknown> } {
  const area = {
    data: structuredClone(initial),
    async get(key: string) {
      return key in area.data ? { [key]: structuredClone(area.data[key]) } : {};
    },
    async set(items: Record<string, unknown>) {
      Object.assign(area.data, structuredClone(items));
    },
  };
  return area;
}

describe('article layouts', () => {
  it('remembers a layout per site, and knows nothing of other sites', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', whole('div.story-body'));
    await rememberLayout(area, 'lists.example', { selector: 'div#list', searchInside: true });
    expect(await rememberedLayout(area, 'news.example')).toEqual(whole('div.story-body'));
    expect(await rememberedLayout(area, 'lists.example')).toEqual({
      selector: 'div#list',
      searchInside: true,
    });
    expect(await rememberedLayout(area, 'other.example')).toBeNull();
  });

  it('replaces a site’s layout, and forgets it on null', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', whole('div.story-body'));
    await rememberLayout(area, 'news.example', whole('article#story'));
    expect(await rememberedLayout(area, 'news.example')).toEqual(whole('article#story'));
    await rememberLayout(area, 'news.example', { selector: 'article#story', searchInside: true });
    expect(await rememberedLayout(area, 'news.example')).toEqual({
      selector: 'article#story',
      searchInside: true,
    });
    await rememberLayout(area, 'news.example', null);
    expect(await rememberedLayout(area, 'news.example')).toBeNull();
  });

  it(`keeps at most ${MAX_LAYOUT_SITES} sites, dropping the oldest`, async () => {
    const area = memoryArea();
    for (let i = 0; i <= MAX_LAYOUT_SITES; i++) await rememberLayout(area, `site${i}.example`, whole('main'));
    expect(await rememberedLayout(area, 'site0.example')).toBeNull();
    expect(await rememberedLayout(area, 'site1.example')).toEqual(whole('main'));
    expect(await rememberedLayout(area, `site${MAX_LAYOUT_SITES}.example`)).toEqual(whole('main'));
    expect(Object.keys(area.data[LAYOUTS_KEY] as object)).toHaveLength(MAX_LAYOUT_SITES);
  });

  it('refuses a selector that is empty or too long, and keeps what was there', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', whole('main'));
    await expect(rememberLayout(area, 'news.example', whole(''))).rejects.toThrow('Refused');
    await expect(rememberLayout(area, 'news.example', whole('div '.repeat(100)))).rejects.toThrow('Refused');
    expect(await rememberedLayout(area, 'news.example')).toEqual(whole('main'));
  });

  it('ignores what it did not write: another shape, or entries that are not layouts', async () => {
    expect(await rememberedLayout(memoryArea({ [LAYOUTS_KEY]: ['main'] }), 'news.example')).toBeNull();
    const odd = memoryArea({
      [LAYOUTS_KEY]: {
        'news.example': 42,
        'half.example': { selector: 'main' },
        'long.example': { selector: 'div '.repeat(100), searchInside: false },
        'ok.example': { selector: 'main', searchInside: true },
        // A bare selector, as an earlier version stored it: the container is the article.
        'bare.example': 'article',
      },
    });
    for (const site of ['news.example', 'half.example', 'long.example'])
      expect(await rememberedLayout(odd, site)).toBeNull();
    expect(await rememberedLayout(odd, 'ok.example')).toEqual({ selector: 'main', searchInside: true });
    expect(await rememberedLayout(odd, 'bare.example')).toEqual(whole('article'));
    await rememberLayout(odd, 'new.example', whole('article'));
    expect(odd.data[LAYOUTS_KEY]).toEqual({
      'ok.example': { selector: 'main', searchInside: true },
      'bare.example': whole('article'),
      'new.example': whole('article'),
    });
  });

  it('takes any site name as a name, never as a property of the store', async () => {
    const area = memoryArea();
    await rememberLayout(area, '__proto__', whole('main'));
    expect(await rememberedLayout(area, '__proto__')).toEqual(whole('main'));
    expect(await rememberedLayout(area, 'constructor')).toBeNull();
  });
});
