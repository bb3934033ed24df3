import { describe, expect, it } from 'vitest';
import { readImportText, readImportValue } from '../../../src/formats/read-file';
import { annotationIri, toW3CAnnotation, toW3CCollection } from '../../../src/formats/w3c-export';
import { idFromIri } from '../../../src/formats/w3c-import';
import { readFileSync } from 'node:fs';
import { variedAnnotations } from './varied-annotations';

const NOW = Date.UTC(2026, 1, 1);

describe('W3C export', () => {
  it('writes quote and position selectors, tags as tagging bodies, the note as a commenting body', () => {
    const [claim] = variedAnnotations();
    expect(claim && toW3CAnnotation(claim)).toMatchObject({
      id: 'urn:uuid:6f1c2b9e-8a4d-4c1e-9f00-3b2a1c0d9e8f',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-01-02T10:00:00.123Z',
      modified: '2026-01-03T11:30:00.456Z',
      body: [
        {
          type: 'TextualBody',
          value: 'The port authority says May.',
          format: 'text/plain',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'disputed', purpose: 'tagging' },
        { type: 'TextualBody', value: 'needs-source', purpose: 'tagging' },
        { type: 'TextualBody', value: 'claim', purpose: 'classifying' },
      ],
      target: {
        type: 'SpecificResource',
        source: 'https://news.example/2026/harbour?id=7',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'the harbour will reopen in March',
            prefix: 'officials said ',
            suffix: ', pending repairs',
          },
          { type: 'TextPositionSelector', start: 420, end: 452 },
        ],
      },
      sourcemark: { kind: 'claim', stance: 'assert', sourceName: 'The Port Authority', anchor: 'anchored' },
    });
  });

  it('counts positions in code points: astral characters before and inside the quote count once', () => {
    const astral = variedAnnotations()[2];
    const selectors = astral && (toW3CAnnotation(astral).target as { selector: unknown[] }).selector;
    // 3 astral characters before (103 - 3 = 100); 20 UTF-16 units holding 2 astral characters = 18 code points.
    expect(selectors?.[1]).toEqual({ type: 'TextPositionSelector', start: 100, end: 118 });
  });

  it('leaves out the position of an annotation imported without one', () => {
    const imported = variedAnnotations()[3];
    const selectors =
      imported && (toW3CAnnotation(imported).target as { selector: { type: string }[] }).selector;
    expect(selectors?.map((s) => s.type)).toEqual(['TextQuoteSelector']);
  });

  it('gives Sourcemark ids IRIs, and reads them back', () => {
    expect(annotationIri('6F1C2B9E-8A4D-4C1E-9F00-3B2A1C0D9E8F')).toBe(
      'urn:uuid:6f1c2b9e-8a4d-4c1e-9f00-3b2a1c0d9e8f',
    );
    expect(annotationIri('local-7')).toBe('urn:x-sourcemark:annotation:local-7');
    expect(idFromIri('urn:x-sourcemark:annotation:local-7')).toBe('local-7');
    expect(idFromIri('https://annotations.example/anno/1')).toBe(
      idFromIri('https://annotations.example/anno/1'),
    );
    expect(idFromIri('https://annotations.example/anno/1')).not.toBe(
      idFromIri('https://annotations.example/anno/2'),
    );
    expect(idFromIri('urn:x-sourcemark:annotation:bad id')).toMatch(/^w3c-[0-9a-f]{16}$/);
  });
});

describe('W3C import', () => {
  it('reads back exactly what the export wrote', () => {
    const annotations = variedAnnotations();
    const reading = readImportValue(toW3CCollection(annotations), { now: NOW });
    expect(reading.problems).toEqual([]);
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(reading.snapshot.annotations)).toEqual(byId(annotations));
  });

  it("reads another tool's collection: tags, notes from HTML, kind, code points, quotes inside fragments", () => {
    const text = readFileSync(
      new URL('../../fixtures/formats/w3c-from-another-tool.jsonld', import.meta.url),
      'utf8',
    );
    const reading = readImportText(text, { now: NOW });
    expect(reading.valid).toBe(true);
    expect(reading.items.map((item) => item.reason)).toEqual([
      null,
      null,
      expect.stringMatching(/no TextQuoteSelector/),
    ]);
    const [first, second] = reading.snapshot.annotations;
    expect(first).toEqual({
      id: idFromIri('https://annotations.example/anno/1'),
      pageUrl: 'https://city-gazette.example/budget',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: '🙂 we never cut the budget',
          prefix: 'The mayor: ',
          suffix: ' and never will',
        },
        // 310–335 in code points; the emoji takes two UTF-16 units.
        position: { type: 'TextPositionSelector', start: 310, end: 336 },
      },
      kind: 'denial',
      tags: ['open-question'],
      note: "Numbers differ from last year's & older",
      sourceName: null,
      stance: null,
      created: Date.UTC(2025, 10, 2, 8),
      updated: Date.UTC(2025, 10, 3, 9, 15),
      anchor: 'orphan',
    });
    expect(second).toMatchObject({
      target: {
        quote: { exact: 'a balanced budget', prefix: '', suffix: '' },
        position: { start: 0, end: 0 },
      },
      tags: ['budget'],
      note: '',
      created: NOW,
      kind: 'highlight',
    });
    expect(reading.snapshot.pages.map((p) => p.url)).toEqual(['https://city-gazette.example/budget']);
    expect(reading.warnings.map((w) => w.message).join('\n')).toMatch(/1 annotations are given only by IRI/);
  });

  it('refuses malformed Sourcemark data in an annotation, naming the field', () => {
    const [claim] = variedAnnotations();
    const exported = claim ? toW3CAnnotation(claim) : {};
    const reading = readImportValue({
      ...exported,
      sourcemark: { kind: 'rumour', anchor: 'anchored', stance: null, sourceName: null, extra: 1 },
    });
    expect(reading.valid).toBe(false);
    expect(reading.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^sourcemark.kind: /),
        'sourcemark.extra: is not a field Sourcemark knows',
      ]),
    );
  });
});
