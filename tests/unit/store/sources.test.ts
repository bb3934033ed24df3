import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../src/store/annotations';
import type { SourcemarkDb } from '../../../src/store/db';
import {
  deleteSource,
  findSource,
  listSources,
  lookupSources,
  saveSource,
  searchSources,
  sourceCitations,
  sourceForDomain,
  sourcesOnPage,
} from '../../../src/store/sources';
import { draft, freshDb, tickingClock } from './helpers';

let db: SourcemarkDb;
afterEach(() => db?.close());

const kcna = {
  name: 'KCNA',
  aliases: ['Korean Central News Agency'],
  domain: null,
  rating: 'unreliable' as const,
  note: 'State agency.',
  evidence: [],
};

describe('notes on sources', () => {
  it('are found by name or alias, whatever the case, accents or a leading "the"', async () => {
    db = freshDb();
    const clock = tickingClock();
    const saved = await saveSource(db, kcna, clock);
    await saveSource(db, { ...kcna, name: 'Le Monde', aliases: [], domain: 'www.LeMonde.fr' }, clock);
    expect(await findSource(db, 'the korean central news agency')).toEqual(saved);
    expect(await findSource(db, 'kcna')).toEqual(saved);
    expect((await lookupSources(db, ['le monde', 'KCNA', 'Nobody'])).map((s) => s.name)).toEqual([
      'Le Monde',
      'KCNA',
    ]);
    expect((await searchSources(db, 'kore')).map((s) => s.name)).toEqual(['KCNA']);
    expect((await listSources(db)).map((s) => s.name)).toEqual(['KCNA', 'Le Monde']);
  });

  it('know outlets by domain, subdomains included', async () => {
    db = freshDb();
    await saveSource(db, { ...kcna, name: 'Le Monde', aliases: [], domain: 'www.LeMonde.fr' });
    expect((await sourceForDomain(db, 'lemonde.fr'))?.domain).toBe('lemonde.fr');
    expect((await sourceForDomain(db, 'abonnes.lemonde.fr'))?.name).toBe('Le Monde');
    expect(await sourceForDomain(db, 'example.fr')).toBeNull();
  });

  it('are replaced when saved again with the same id, and can be deleted', async () => {
    db = freshDb();
    const saved = await saveSource(db, kcna);
    await saveSource(db, { ...kcna, id: saved.id, aliases: ['Korea News'] });
    expect(await findSource(db, 'Korean Central News Agency')).toBeNull();
    expect((await findSource(db, 'korea news'))?.id).toBe(saved.id);
    await deleteSource(db, saved.id);
    expect(await listSources(db)).toEqual([]);
  });
});

describe('sources cited', () => {
  it("on a page: each source once, with its claims, denials and the reader's note", async () => {
    db = freshDb();
    const clock = tickingClock();
    const note = await saveSource(db, kcna, clock);
    await createAnnotation(db, draft({ sourceName: 'KCNA', kind: 'claim', stance: 'assert' }), clock);
    await createAnnotation(db, draft({ sourceName: 'kcna', kind: 'denial', stance: 'deny' }), clock);
    await createAnnotation(db, draft({ sourceName: 'KCNA', kind: 'attribution', stance: 'deny' }), clock);
    await createAnnotation(db, draft({ sourceName: 'A resident', kind: 'claim', stance: 'assert' }), clock);
    await createAnnotation(db, draft({ sourceName: null, kind: 'highlight', stance: null }), clock);
    await createAnnotation(db, draft({ pageUrl: 'https://news.example/b', sourceName: 'KCNA' }), clock);
    expect(await sourcesOnPage(db, 'https://news.example/story')).toEqual([
      { key: 'kcna', name: 'KCNA', annotations: 3, claims: 1, denials: 2, pages: 1, note },
      { key: 'a resident', name: 'A resident', annotations: 1, claims: 1, denials: 0, pages: 1, note: null },
    ]);
    expect(await sourceCitations(db, 'Korean Central News Agency')).toBeNull();
    expect(await sourceCitations(db, 'KCNA')).toMatchObject({
      annotations: 4,
      pages: 2,
      claims: 2,
      denials: 2,
    });
  });
});
