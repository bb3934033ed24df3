/**
 * This module writes annotations as CSV for spreadsheets: one annotation a row, RFC 4180 quoting, UTF-8
 * with a byte order mark (so spreadsheet programs read accents right). A cell that a spreadsheet would
 * take for a formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe, so a
 * hostile quote or note cannot run as a formula.
 */
import type { Page } from '../model/page';
import type { Snapshot } from '../store/snapshot';
import { sortedForReading } from './reading-order';

export const CSV_COLUMNS = [
  'id',
  'page_url',
  'page_title',
  'site',
  'kind',
  'quote',
  'prefix',
  'suffix',
  'note',
  'tags',
  'source',
  'stance',
  'anchor',
  'created',
  'updated',
  'position_start',
  'position_end',
] as const;

/** Neutralizes text a spreadsheet would evaluate as a formula. */
export function defuseFormula(text: string): string {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = defuseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(snapshot: Snapshot): string {
  const pages = new Map<string, Page>(snapshot.pages.map((page) => [page.url, page]));
  const rows = [CSV_COLUMNS.join(',')];
  for (const a of sortedForReading(snapshot.annotations)) {
    const page = pages.get(a.pageUrl);
    const values: (string | number)[] = [
      a.id,
      a.pageUrl,
      page?.title ?? '',
      page?.site ?? '',
      a.kind,
      a.target.quote.exact,
      a.target.quote.prefix,
      a.target.quote.suffix,
      a.note,
      a.tags.join('; '),
      a.sourceName ?? '',
      a.stance ?? '',
      a.anchor,
      new Date(a.created).toISOString(),
      new Date(a.updated).toISOString(),
      a.target.position.start,
      a.target.position.end,
    ];
    rows.push(values.map(cell).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
