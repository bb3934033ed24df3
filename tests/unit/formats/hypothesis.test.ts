import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportText, readImportValue } from '../../../src/formats/read-file';

const text = readFileSync(new URL('../../fixtures/formats/hypothesis-export.json', import.meta.url), 'utf8');

describe('importing a Hypothesis export', () => {
  it('is recognized by its content', () => {
    expect(readImportText(text).format).toBe('hypothesis');
  });

  it('keeps quoted passages of web pages, with tags, notes and UTF-16 positions', () => {
    const reading = readImportText(text);
    expect(reading.valid).toBe(true);
    const [first, second] = reading.snapshot.annotations;
    expect(first).toEqual({
      id: 'h-Kq3zX0m1EeyAbCdEfGhIjA',
      pageUrl: 'https://www.harbour-times.example/news/ferry-service',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'the ferry will run twice a day from March 🚢',
          prefix: 'The council said that ',
          suffix: ', weather permitting.',
        },
        position: { type: 'TextPositionSelector', start: 1204, end: 1248 },
      },
      kind: 'highlight',
      tags: ['needs-source', 'ferries'],
      note: 'Check this against the **port authority** statement.',
      sourceName: null,
      stance: null,
      created: Date.UTC(2026, 0, 3, 10),
      updated: Date.UTC(2026, 0, 4, 11, 30),
      anchor: 'orphan',
    });
    // Stored as the text it is; nothing is ever rendered as HTML.
    expect(second?.note).toBe("<script>alert('hi')</script> a note that looks like HTML");
    expect(second?.target.position).toEqual({ type: 'TextPositionSelector', start: 0, end: 0 });
    expect(reading.snapshot.pages).toEqual([
      {
        url: 'https://www.harbour-times.example/news/ferry-service',
        title: 'Ferry service to resume',
        site: 'harbour-times.example',
        firstSeen: Date.UTC(2026, 0, 3, 10),
        lastSeen: Date.UTC(2026, 0, 4, 11, 30),
      },
    ]);
  });

  it('leaves out page notes, replies and documents that are not web pages, saying why', () => {
    const reasons = readImportText(text).items.map((item) => [item.path, item.reason]);
    expect(reasons).toEqual([
      ['annotations[0]', null],
      ['annotations[1]', null],
      ['annotations[2]', 'it is a page note: it quotes no passage of the page'],
      ['annotations[3]', 'it is a reply to another annotation'],
      ['annotations[4]', 'its document "urn:x-pdf:6e0a1f2b3c4d5e6f" is not a web page (http or https)'],
    ]);
  });

  it('refuses wrong types and offsets out of range, naming the place', () => {
    const file = JSON.parse(text) as { annotations: Record<string, unknown>[] };
    const broken = structuredClone(file);
    const first = broken.annotations[0] as { tags: unknown; target: { selector: { start?: number }[] }[] };
    first.tags = 'not a list';
    const position = first.target[0]?.selector[1];
    if (position) position.start = 9e15;
    const reading = readImportValue(broken);
    expect(reading.valid).toBe(false);
    expect(reading.problems.map((p) => p.path)).toEqual(['annotations[0].tags']);
    (broken.annotations[0] as { tags: unknown }).tags = [];
    const problems = readImportValue(broken).problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems).toContainEqual(
      expect.stringMatching(/^annotations\[0\]\.target\[0\]\.selector\[1\]\.start: /),
    );
  });

  it('also reads the API answer ({total, rows}) and a plain list', () => {
    const file = JSON.parse(text) as { annotations: unknown[] };
    expect(readImportValue({ total: 5, rows: file.annotations }).snapshot.annotations).toHaveLength(2);
    expect(readImportValue(file.annotations).snapshot.annotations).toHaveLength(2);
  });
});
