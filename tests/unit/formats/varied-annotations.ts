/** Test fixture: annotations that exercise every field and edge the formats must carry. */
import type { Annotation } from '../../../src/model/annotation';

const base: Annotation = {
  id: '6f1c2b9e-8a4d-4c1e-9f00-3b2a1c0d9e8f',
  pageUrl: 'https://news.example/2026/harbour?id=7',
  target: {
    quote: {
      type: 'TextQuoteSelector',
      exact: 'the harbour will reopen in March',
      prefix: 'officials said ',
      suffix: ', pending repairs',
    },
    position: { type: 'TextPositionSelector', start: 420, end: 452 },
  },
  kind: 'claim',
  tags: ['disputed', 'needs-source'],
  note: 'The port authority says May.',
  sourceName: 'The Port Authority',
  stance: 'assert',
  created: Date.UTC(2026, 0, 2, 10, 0, 0, 123),
  updated: Date.UTC(2026, 0, 3, 11, 30, 0, 456),
  anchor: 'anchored',
};

export function variedAnnotations(): Annotation[] {
  return [
    base,
    // A plain highlight: no note, no tags, no source; empty context.
    {
      ...base,
      id: 'local-7',
      kind: 'highlight',
      tags: [],
      note: '',
      sourceName: null,
      stance: null,
      target: {
        quote: { type: 'TextQuoteSelector', exact: 'Ferries resume', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: 14 },
      },
    },
    // Astral characters before and inside the quote: code points differ from UTF-16 units.
    {
      ...base,
      id: 'a1b2c3d4-0000-4000-8000-00000000abcd',
      kind: 'denial',
      stance: 'deny',
      sourceName: 'Ministère de la Santé',
      target: {
        quote: { type: 'TextQuoteSelector', exact: '🚢 no ferry 🚢 today', prefix: 'said: ', suffix: '' },
        position: { type: 'TextPositionSelector', start: 103, end: 123 },
        astralBefore: 3,
      },
      note: 'Hostile text stays text: <script>alert(1)</script> =HYPERLINK("http://evil.example")',
      anchor: 'needs-review',
    },
    // Imported without a position (start = end = 0), an attribution, an orphan.
    {
      ...base,
      id: 'imported-1',
      kind: 'attribution',
      anchor: 'orphan',
      tags: ['follow-up'],
      note: 'Line one\nLine two',
      target: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'according to the harbour master',
          prefix: 'closed, ',
          suffix: '.',
        },
        position: { type: 'TextPositionSelector', start: 0, end: 0 },
      },
    },
  ];
}
