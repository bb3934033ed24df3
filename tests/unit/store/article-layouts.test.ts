/**
 * The sites' article layouts in session storage: one selector per site, replaced or forgotten on request,
 * bounded (the oldest site goes first), and whatever the storage area holds is checked before use.
 */
import { describe, expect, it } from 'vitest';
import {
  LAYOUTS_KEY,
  MAX_LAYOUT_SITES,
  rememberedLayout,
  rememberLayout,
  type KeyValueArea,
} from '../../../src/store/article-layouts';

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
  it('remembers a selector per site, and knows nothing of other sites', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', 'div.story-body');
    expect(await rememberedLayout(area, 'news.example')).toBe('div.story-body');
    expect(await rememberedLayout(area, 'other.example')).toBeNull();
  });

  it('replaces a site’s selector, and forgets it on null', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', 'div.story-body');
    await rememberLayout(area, 'news.example', 'article#story');
    expect(await rememberedLayout(area, 'news.example')).toBe('article#story');
    await rememberLayout(area, 'news.example', null);
    expect(await rememberedLayout(area, 'news.example')).toBeNull();
  });

  it(`keeps at most ${MAX_LAYOUT_SITES} sites, dropping the oldest`, async () => {
    const area = memoryArea();
    for (let i = 0; i <= MAX_LAYOUT_SITES; i++) await rememberLayout(area, `site${i}.example`, 'main');
    expect(await rememberedLayout(area, 'site0.example')).toBeNull();
    expect(await rememberedLayout(area, 'site1.example')).toBe('main');
    expect(await rememberedLayout(area, `site${MAX_LAYOUT_SITES}.example`)).toBe('main');
    expect(Object.keys(area.data[LAYOUTS_KEY] as object)).toHaveLength(MAX_LAYOUT_SITES);
  });

  it('refuses a selector that is empty or too long, and keeps what was there', async () => {
    const area = memoryArea();
    await rememberLayout(area, 'news.example', 'main');
    await expect(rememberLayout(area, 'news.example', '')).rejects.toThrow('Refused');
    await expect(rememberLayout(area, 'news.example', 'div '.repeat(100))).rejects.toThrow('Refused');
    expect(await rememberedLayout(area, 'news.example')).toBe('main');
  });

  it('ignores what it did not write: another shape, or entries that are not selectors', async () => {
    expect(await rememberedLayout(memoryArea({ [LAYOUTS_KEY]: ['main'] }), 'news.example')).toBeNull();
    const odd = memoryArea({ [LAYOUTS_KEY]: { 'news.example': 42, 'ok.example': 'main' } });
    expect(await rememberedLayout(odd, 'news.example')).toBeNull();
    expect(await rememberedLayout(odd, 'ok.example')).toBe('main');
    await rememberLayout(odd, 'new.example', 'article');
    expect(odd.data[LAYOUTS_KEY]).toEqual({ 'ok.example': 'main', 'new.example': 'article' });
  });

  it('takes any site name as a name, never as a property of the store', async () => {
    const area = memoryArea();
    await rememberLayout(area, '__proto__', 'main');
    expect(await rememberedLayout(area, '__proto__')).toBe('main');
    expect(await rememberedLayout(area, 'constructor')).toBeNull();
  });
});
