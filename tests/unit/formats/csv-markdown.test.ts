import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, defuseFormula, toCsv } from '../../../src/formats/csv';
import { escapeMarkdown, toMarkdown } from '../../../src/formats/markdown';
import type { Snapshot } from '../../../src/store/snapshot';
import { variedAnnotations } from './varied-annotations';

const snapshot: Snapshot = {
  annotations: variedAnnotations(),
  sources: [],
  pages: [
    {
      url: 'https://news.example/2026/harbour?id=7',
      title: 'Harbour [live] *updates*',
      site: 'news.example',
      firstSeen: Date.UTC(2026, 0, 1),
      lastSeen: Date.UTC(2026, 0, 4),
    },
  ],
  siteSettings: [],
};

/** A minimal RFC 4180 reader, to check the CSV as a spreadsheet would read it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('CSV', () => {
  const rows = parseCsv(toCsv(snapshot).replace(/^\uFEFF/, ''));
  const column = (name: (typeof CSV_COLUMNS)[number]) =>
    rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);

  it('has a header and one row per annotation, starting with a byte order mark', () => {
    expect(toCsv(snapshot).startsWith('\uFEFFid,page_url,page_title,')).toBe(true);
    expect(rows).toHaveLength(1 + snapshot.annotations.length);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('keeps commas, quotes and line breaks inside their cells', () => {
    expect(column('note')).toContain('Line one\nLine two');
    expect(column('prefix')).toContain('closed, ');
    expect(column('page_title')).toContain('Harbour [live] *updates*');
    expect(column('tags')).toContain('disputed; needs-source');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    expect(column('note')).toContain(
      'Hostile text stays text: <script>alert(1)</script> =HYPERLINK("http://evil.example")',
    );
    for (const formula of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '＝1'])
      expect(defuseFormula(formula)).toBe(`'${formula}`);
    expect(defuseFormula('plain =1')).toBe('plain =1');
    const hostile: Snapshot = {
      ...snapshot,
      annotations: [
        {
          ...variedAnnotations()[1],
          note: '=HYPERLINK("http://evil.example","x")',
        } as Snapshot['annotations'][number],
      ],
    };
    const cells = parseCsv(toCsv(hostile).replace(/^\uFEFF/, ''))[1] ?? [];
    expect(cells[CSV_COLUMNS.indexOf('note')]).toBe('\'=HYPERLINK("http://evil.example","x")');
  });
});

describe('Markdown', () => {
  const markdown = toMarkdown(snapshot, { exportedAt: Date.UTC(2026, 1, 1) });

  it('has a section per page, linked, with each quote, its note, source and tags', () => {
    expect(markdown).toContain('Exported 2026-02-01 · 4 annotations on 1 page');
    expect(markdown).toContain(
      '## [Harbour \\[live\\] \\*updates\\*](<https://news.example/2026/harbour?id=7>)',
    );
    expect(markdown).toContain('> the harbour will reopen in March');
    expect(markdown).toContain('**Note:** The port authority says May.');
    expect(markdown).toContain(
      'Source: The Port Authority (claim) · Tags: #disputed #needs-source · 2026-01-03',
    );
    expect(markdown).toContain('**Note:** Line one  \nLine two');
  });

  it('writes a script in a note as text, never as HTML', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('- [x](javascript:alert(1))')).toBe('\\- \\[x\\]\\(javascript:alert\\(1\\)\\)');
  });

  it('orders quotes as they come on the page', () => {
    expect(markdown.indexOf('> Ferries resume')).toBeLessThan(markdown.indexOf('> the harbour will reopen'));
  });
});
