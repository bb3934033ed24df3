/**
 * The dashboard's in-memory catalog and what it derives: filters over every field, sort orders, disputed
 * claims grouped by source (aliases joined) and by page, the pictures' counts, and the sources directory.
 */
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../extension/dashboard/data/catalog';
import { annotationsPerWeek, sourceBars, weekStart } from '../../../extension/dashboard/data/chart-data';
import { facetsOf } from '../../../extension/dashboard/data/facets';
import { applyFilters, NO_FILTERS, type Filters } from '../../../extension/dashboard/data/filters';
import { groupEntries } from '../../../extension/dashboard/data/grouping';
import { sourceAliases } from '../../../extension/dashboard/data/source-aliases';
import { buildDirectory } from '../../../extension/dashboard/data/source-directory';
import { annotation, DAY, sourceNote, T0 } from './records';

const story = 'https://harbour-ledger.example/story';
const ferry = 'https://www.coastal-post.example/ferry';

function catalogOf() {
  const catalog = new Catalog();
  catalog.upsert([
    annotation('a', { created: T0, updated: T0 + 5, tags: ['disputed'], sourceName: 'Port authority' }),
    annotation('b', {
      created: T0 + DAY,
      updated: T0 + DAY,
      kind: 'denial',
      stance: 'deny',
      sourceName: 'Corvanian foreign ministry',
      tags: ['disputed'],
      pageUrl: ferry,
    }),
    annotation('c', {
      created: T0 + 2 * DAY,
      updated: T0 + 2 * DAY,
      kind: 'highlight',
      stance: null,
      sourceName: null,
      anchor: 'orphan',
    }),
    annotation('d', {
      created: T0 + 9 * DAY,
      updated: T0 + 9 * DAY,
      sourceName: "Corvania's foreign ministry",
      tags: ['verified'],
      pageUrl: ferry,
    }),
  ]);
  return catalog;
}

const ids = (
  catalog: Catalog,
  filters: Partial<Filters>,
  order: Parameters<Catalog['sorted']>[0] = 'updated',
) => applyFilters(catalog.sorted(order), { ...NO_FILTERS, ...filters }, null).map((e) => e.annotation.id);

const day = (time: number) => {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

describe('filters', () => {
  const catalog = catalogOf();

  it('keep everything, newest edit first, when none is set', () => {
    expect(ids(catalog, {})).toEqual(['d', 'c', 'b', 'a']);
  });

  it('filter by tag, kind, stance, site, page and anchoring status', () => {
    expect(ids(catalog, { tag: 'disputed' })).toEqual(['b', 'a']);
    expect(ids(catalog, { kind: 'denial' })).toEqual(['b']);
    expect(ids(catalog, { stance: 'assert' })).toEqual(['d', 'a']);
    expect(ids(catalog, { stance: 'none' })).toEqual(['c']);
    expect(ids(catalog, { site: 'coastal-post.example' })).toEqual(['d', 'b']);
    expect(ids(catalog, { page: story })).toEqual(['c', 'a']);
    expect(ids(catalog, { anchor: 'orphan' })).toEqual(['c']);
  });

  it('filter by the day saved, both ends included', () => {
    expect(ids(catalog, { from: day(T0 + DAY), to: day(T0 + 2 * DAY) })).toEqual(['c', 'b']);
    expect(ids(catalog, { to: day(T0) })).toEqual(['a']);
  });

  it('filter by source under every name the reader noted for it', () => {
    const aliases = sourceAliases([
      sourceNote('n', { name: "Corvania's foreign ministry", aliases: ['Corvanian foreign ministry'] }),
    ]);
    const bySource = applyFilters(
      catalog.sorted('updated'),
      { ...NO_FILTERS, source: 'corvanias foreign ministry' },
      null,
      aliases.keysOf,
    );
    expect(bySource.map((e) => e.annotation.id)).toEqual(['d', 'b']);
  });

  it('combine with the ids a text search matched', () => {
    const found = applyFilters(
      catalog.sorted('updated'),
      { ...NO_FILTERS, tag: 'disputed' },
      new Set(['a', 'd']),
    );
    expect(found.map((e) => e.annotation.id)).toEqual(['a']);
  });
});

describe('sort orders', () => {
  const catalog = catalogOf();
  it('sort by creation, oldest first, source A–Z (unnamed last) and page', () => {
    expect(ids(catalog, {}, 'oldest')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(catalog, {}, 'created')).toEqual(['d', 'c', 'b', 'a']);
    expect(ids(catalog, {}, 'source')).toEqual(['b', 'd', 'a', 'c']);
    // By site, then page, then place on the page.
    expect(ids(catalog, {}, 'page')).toEqual(['b', 'd', 'a', 'c']);
  });

  it('sort a few ids on their own in the same order as the whole list', () => {
    const catalog2 = catalogOf();
    for (const order of ['updated', 'created', 'oldest', 'source', 'page'] as const) {
      const whole = catalog2
        .sorted(order)
        .map((e) => e.annotation.id)
        .filter((id) => id !== 'c');
      expect(
        catalog2.sortedSubset(['d', 'a', 'b', 'missing'], order).map((e) => e.annotation.id),
        order,
      ).toEqual(whole);
    }
  });

  it('are computed again after a change', () => {
    const catalog2 = catalogOf();
    expect(catalog2.sorted('updated')[0]?.annotation.id).toBe('d');
    catalog2.upsert([annotation('a', { updated: T0 + 20 * DAY, note: 'edited' })]);
    expect(catalog2.sorted('updated')[0]?.annotation.id).toBe('a');
    catalog2.remove(['a']);
    expect(catalog2.sorted('updated').map((e) => e.annotation.id)).toEqual(['d', 'c', 'b']);
  });
});

describe('disputed claims, grouped', () => {
  const catalog = catalogOf();
  const disputed = catalog.sorted('updated').filter((e) => e.annotation.tags.includes('disputed'));

  it('by source, counting a source once under all its noted names', () => {
    const aliases = sourceAliases([
      sourceNote('n', { name: "Corvania's foreign ministry", aliases: ['Corvanian foreign ministry'] }),
    ]);
    const groups = groupEntries(disputed, 'source', new Map(), aliases);
    expect(groups.map((g) => [g.label, g.entries.length, g.denied])).toEqual([
      ["Corvania's foreign ministry", 1, 1],
      ['Port authority', 1, 0],
    ]);
  });

  it('by page, titled from the pages the reader visited', () => {
    const pages = new Map([
      [
        story,
        {
          url: story,
          title: 'Harbour to reopen',
          site: 'harbour-ledger.example',
          firstSeen: T0,
          lastSeen: T0,
        },
      ],
    ]);
    const groups = groupEntries(disputed, 'page', pages);
    expect(groups.map((g) => g.label).sort()).toEqual([ferry, 'Harbour to reopen'].sort());
  });
});

describe('pictures', () => {
  it('split each source’s claims into asserted, denied and disputed, each claim once', () => {
    const catalog = catalogOf();
    const bars = sourceBars(catalog, 10);
    expect(bars.find((b) => b.name === 'Port authority')).toMatchObject({
      asserted: 0,
      denied: 0,
      disputed: 1,
    });
    expect(bars.find((b) => b.name === "Corvania's foreign ministry")).toMatchObject({
      asserted: 1,
      disputed: 0,
    });
  });

  it('count annotations per week, Monday to Sunday, with empty weeks as zero', () => {
    const catalog = catalogOf();
    const now = T0 + 9 * DAY;
    const weeks = annotationsPerWeek(catalog, 4, now);
    expect(weeks).toHaveLength(4);
    expect(weeks.every((w) => new Date(w.start).getDay() === 1)).toBe(true);
    expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(4);
    expect(weeks[3]?.start).toBe(weekStart(now));
  });
});

describe('sources directory', () => {
  it('lists rated sources with their citations, and suggests the unrated ones met in annotations', () => {
    const catalog = catalogOf();
    const directory = buildDirectory(catalog, [
      sourceNote('n', {
        name: "Corvania's foreign ministry",
        aliases: ['Corvanian foreign ministry'],
        rating: 'unreliable',
      }),
      sourceNote('o', { name: 'Coastal Post', domain: 'coastal-post.example', rating: 'mixed' }),
    ]);
    const ministry = directory.cited.find((item) => item.key === 'n');
    expect(ministry?.citations).toMatchObject({ claims: 1, denials: 1, disputed: 1 });
    expect(ministry?.citations.pages.size).toBe(1);
    expect(directory.cited.filter((item) => !item.note).map((item) => item.name)).toEqual(['Port authority']);
    expect(directory.outlets.find((item) => item.key === 'o')?.citations.annotations).toBe(2);
    expect(directory.outlets.filter((item) => !item.note).map((item) => item.name)).toEqual([
      'harbour-ledger.example',
    ]);
  });

  it('offers facets with counts for the filters', () => {
    const facets = facetsOf(catalogOf());
    expect(facets.tags).toEqual([
      { value: 'disputed', label: 'disputed', count: 2 },
      { value: 'verified', label: 'verified', count: 1 },
    ]);
    expect(facets.sites.map((s) => [s.value, s.count])).toEqual([
      ['coastal-post.example', 2],
      ['harbour-ledger.example', 2],
    ]);
  });
});
