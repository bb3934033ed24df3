import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, updateAnnotation } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import { searchAnnotations } from '../../../src/store/search';
import { indexTerms, normalizedWords, queryTerms } from '../../../src/store/search-terms';
import { draft, freshDb, quoteTarget, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

async function seeded(): Promise<SourcemarkDb> {
  const fresh = freshDb();
  const clock = tickingClock();
  await createAnnotation(
    fresh,
    draft({ target: quoteTarget('Vaccines arrived at the clinic on Monday') }),
    clock,
  );
  await createAnnotation(
    fresh,
    draft({ target: quoteTarget('The port stays closed'), note: 'Ministère denied it the next day' }),
    clock,
  );
  await createAnnotation(
    fresh,
    draft({ target: quoteTarget('No vaccine shortage'), sourceName: 'Ministry of Health' }),
    clock,
  );
  return fresh;
}

describe('the words that are indexed and searched', () => {
  it('ignores case, accents and punctuation, and leaves out very common words', () => {
    expect(indexTerms(['The Ministère’s "plan", a 2nd try!'])).toEqual(['ministere', 'plan', '2nd', 'try']);
  });

  it('splits plain ASCII text exactly as text with accents around it', () => {
    const ascii = 'Port_Authority said: "Fees (2024) rose 3.5%"\n\tAGAIN-and again; x@y.example';
    // The accented word sends the whole text down the Unicode path; its own words come first.
    expect(normalizedWords(`é ${ascii}`)).toEqual(['e', ...normalizedWords(ascii)]);
    expect(normalizedWords(ascii)).toEqual([
      'port',
      'authority',
      'said',
      'fees',
      '2024',
      'rose',
      '3',
      '5',
      'again',
      'and',
      'again',
      'x',
      'y',
      'example',
    ]);
  });

  it('keeps the longest of query words that prefix one another, and says which were ignored', () => {
    expect(queryTerms('the min minister a x')).toEqual({ terms: ['minister'], ignored: ['the', 'a', 'x'] });
  });
});

describe('full-text search', () => {
  it('finds a word in a quote, a note or a source name', async () => {
    db = await seeded();
    expect((await searchAnnotations(db, 'clinic')).annotations.map((a) => a.id)).toEqual(['a-1']);
    expect((await searchAnnotations(db, 'denied')).annotations.map((a) => a.id)).toEqual(['a-2']);
    expect((await searchAnnotations(db, 'health')).annotations.map((a) => a.id)).toEqual(['a-3']);
  });

  it('matches word beginnings, across accents, newest first', async () => {
    db = await seeded();
    const result = await searchAnnotations(db, 'vacc');
    expect(result.annotations.map((a) => a.id)).toEqual(['a-3', 'a-1']);
    expect(result.total).toBe(2);
    expect((await searchAnnotations(db, 'ministere')).annotations.map((a) => a.id)).toEqual(['a-2']);
    expect((await searchAnnotations(db, 'MINIST')).annotations.map((a) => a.id)).toEqual(['a-3', 'a-2']);
    expect((await searchAnnotations(db, 'accines')).total).toBe(0);
  });

  it('requires every word of the query', async () => {
    db = await seeded();
    expect((await searchAnnotations(db, 'vaccine shortage')).annotations.map((a) => a.id)).toEqual(['a-3']);
    expect((await searchAnnotations(db, 'vaccine clinic shortage')).total).toBe(0);
  });

  it('pages through many results and counts them all', async () => {
    db = freshDb();
    const clock = tickingClock();
    for (let i = 0; i < 7; i++) await createAnnotation(db, draft({ note: `harbour ${i}` }), clock);
    const second = await searchAnnotations(db, 'harbour', { limit: 3, offset: 3 });
    expect(second.total).toBe(7);
    expect(second.annotations.map((a) => a.id)).toEqual(['a-4', 'a-3', 'a-2']);
  });

  it('puts an edited annotation first', async () => {
    db = await seeded();
    await updateAnnotation(db, 'a-1', { note: 'rechecked' }, tickingClock(Date.UTC(2027, 0, 1)));
    expect((await searchAnnotations(db, 'vaccine')).annotations.map((a) => a.id)).toEqual(['a-1', 'a-3']);
  });

  it('answers a query of common words only with nothing, and says so', async () => {
    db = await seeded();
    expect(await searchAnnotations(db, 'the of')).toEqual({
      total: 0,
      totalIsEstimate: false,
      annotations: [],
      ignored: ['the', 'of'],
    });
  });

  it('counts every match exactly and pages them newest first, however common the words', async () => {
    db = freshDb();
    const clock = tickingClock();
    for (let i = 0; i < 6; i++) {
      await createAnnotation(
        db,
        draft({ note: i % 2 ? 'harbour ministry' : 'harbour', sourceName: 'Port' }),
        clock,
      );
    }
    const result = await searchAnnotations(db, 'harbour ministry', { limit: 2 });
    expect(result.annotations.map((a) => a.id)).toEqual(['a-6', 'a-4']);
    expect(result).toMatchObject({ total: 3, totalIsEstimate: false });
    const second = await searchAnnotations(db, 'harbour', { limit: 2, offset: 2 });
    expect(second.annotations.map((a) => a.id)).toEqual(['a-4', 'a-3']);
    expect(second).toMatchObject({ total: 6, totalIsEstimate: false });
  });

  it('finds the newest of many matches in the right order', async () => {
    db = freshDb();
    const clock = tickingClock();
    const made = [];
    for (let i = 0; i < 260; i++)
      made.push(await createAnnotation(db, draft({ note: `harbour ${i}` }), clock));
    const newestFirst = made.map((a) => a.id).reverse();
    const page = await searchAnnotations(db, 'harbour', { limit: 50, offset: 10 });
    expect(page.total).toBe(260);
    expect(page.annotations.map((a) => a.id)).toEqual(newestFirst.slice(10, 60));
  });
});
