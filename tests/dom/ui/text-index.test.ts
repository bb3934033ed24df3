/**
 * The dashboard's in-memory text index finds what the store's search index finds (every query word begins
 * a word of the quote, note or source name), and stays right through edits and deletions, including those
 * made while it is being built.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Catalog } from '../../../extension/dashboard/data/catalog';
import { termsOfTexts } from '../../../extension/dashboard/data/text-index';
import { indexTerms } from '../../../src/store/search-terms';
import type { Annotation } from '../../../src/model/annotation';
import { searchAnnotationIds } from '../../../src/store/annotation-ids';
import type { SourcemarkDb } from '../../../src/store/db';
import { applySnapshot } from '../../../src/store/import';
import { annotation, freshDb } from './records';

function quoted(id: string, exact: string, overrides: Partial<Annotation> = {}): Annotation {
  return annotation(id, {
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    ...overrides,
  });
}

const ANNOTATIONS = [
  quoted('a', 'Fuel surcharges will rise by a fifth', { note: 'Check the ministère figures' }),
  quoted('b', 'Fuel prices fell in the spring', { sourceName: 'Ministry of Transport' }),
  quoted('c', 'Three island routes could close', { sourceName: null }),
  quoted('d', 'The said routes were never profitable'),
];
const QUERIES = [
  'fuel',
  'minist',
  'fuel minist',
  'said',
  'Routes CLOSE',
  'isl',
  'the of',
  'x',
  'port',
  'nothing',
];

let db: SourcemarkDb;
afterEach(() => db?.close());

async function indexed(annotations: readonly Annotation[]): Promise<Catalog> {
  const catalog = new Catalog();
  catalog.upsert(annotations);
  await catalog.indexText();
  return catalog;
}

describe('the in-memory text index', () => {
  it('indexes the very words the store indexes', () => {
    const texts = [
      'The Ministry said: "2,000 fuel-cards were issued" — on 3 May, by the M.O.T.',
      'It is what it is, and the port ISN’T closed; café owners disagree (Señor Ruiz).',
      'Supercalifragilisticexpialidocious-and-more words, A b cd 12 x1',
      null,
      '',
    ];
    for (const text of texts)
      expect(termsOfTexts([text]).sort(), String(text)).toEqual(indexTerms([text]).sort());
    expect(termsOfTexts(texts).sort()).toEqual(indexTerms(texts).sort());
  });

  it("answers every query as the store's index does", async () => {
    db = freshDb();
    await applySnapshot(db, { annotations: ANNOTATIONS, sources: [], pages: [], siteSettings: [] });
    const catalog = await indexed(ANNOTATIONS);
    expect(catalog.text.ready).toBe(true);
    for (const query of QUERIES) {
      expect(catalog.text.search(query), query).toEqual(await searchAnnotationIds(db, query));
    }
  });

  it('follows edits and deletions', async () => {
    const catalog = await indexed(ANNOTATIONS);
    catalog.upsert([{ ...(ANNOTATIONS[2] as Annotation), note: 'ferry fuel too', updated: 2e12 }]);
    expect(catalog.text.search('fuel').ids).toEqual(new Set(['a', 'b', 'c']));
    catalog.upsert([{ ...(ANNOTATIONS[0] as Annotation), note: '', updated: 2e12 }]);
    expect(catalog.text.search('minist').ids).toEqual(new Set(['b']));
    catalog.remove(['b']);
    expect(catalog.text.search('fuel').ids).toEqual(new Set(['a', 'c']));
    catalog.upsert([ANNOTATIONS[1] as Annotation]);
    expect(catalog.text.search('fuel').ids).toEqual(new Set(['a', 'b', 'c']));
  });

  it('takes in the edits and additions made while it was being built', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => quoted(`m${i}`, `harbour notice number ${i}`));
    const catalog = new Catalog();
    catalog.upsert(many);
    const building = catalog.indexText();
    catalog.upsert([
      quoted('late', 'a harbour added late'),
      { ...(many[4999] as Annotation), note: 'ferry', updated: 2e12 },
    ]);
    catalog.remove(['m0']);
    await building;
    const harbour = catalog.text.search('harbour').ids;
    expect(harbour?.size).toBe(5000);
    expect(harbour?.has('late')).toBe(true);
    expect(harbour?.has('m0')).toBe(false);
    expect(catalog.text.search('ferry').ids).toEqual(new Set(['m4999']));
  });
});
