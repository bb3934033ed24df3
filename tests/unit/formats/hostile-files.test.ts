/**
 * Malformed and hostile files are refused whole, with a reason that names the place; nothing of them
 * reaches the snapshot an import would write.
 */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/formats/limits';
import { readImportText, readImportValue } from '../../../src/formats/read-file';
import { toW3CAnnotation, toW3CCollection } from '../../../src/formats/w3c-export';
import { variedAnnotations } from './varied-annotations';

function refusal(text: string, bytes?: number): string[] {
  const reading = readImportText(text, bytes === undefined ? {} : { bytes });
  expect(reading.valid).toBe(false);
  expect(reading.snapshot.annotations).toEqual([]);
  return reading.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

const collection = () =>
  toW3CCollection(variedAnnotations(), { id: 'urn:uuid:9a3e2f10-0000-4000-8000-000000000003' });

describe('hostile or malformed files', () => {
  it('a file over the size limit is refused before it is read', () => {
    expect(refusal('', 100_000_000)).toEqual([
      'the file is 95.4 MiB; Sourcemark reads files of up to 64.0 MiB',
    ]);
    expect(refusal(' '.repeat(MAX_IMPORT_BYTES + 1))[0]).toMatch(/Sourcemark reads files of up to 64.0 MiB/);
  });

  it('broken JSON says where', () => {
    expect(refusal('{"format": "sourcemark-backup", "annotations": [}')[0]).toBe(
      'not valid JSON: line 1, column 49: "}" where a value should be',
    );
  });

  it('CSV or Markdown offered for import is explained', () => {
    expect(refusal('id,page_url\r\nx,https://a.example/\r\n')).toContain(
      'Sourcemark reads its backups, W3C Web Annotation JSON-LD and Hypothesis exports (all JSON); it writes CSV and Markdown but does not read them',
    );
  });

  it('wrong types are named', () => {
    const value = collection();
    const items = (value.first as { items: Record<string, unknown>[] }).items;
    items[1] = { ...items[1], created: 12 };
    items[2] = {
      ...items[2],
      target: {
        type: 'SpecificResource',
        source: 'https://news.example/a',
        selector: [{ type: 'TextPositionSelector', start: '3', end: 1.5 }],
      },
    };
    expect(readImportValue(value).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'first.items[1].created: 12 is not a date-time such as "2015-01-28T12:00:00Z" (model 3.3.1)',
      'first.items[2].target.selector[0].start: must be a whole number ≥ 0 (model 4.2.5–4.2.6), not "3"',
      'first.items[2].target.selector[0].end: must be a whole number ≥ 0 (model 4.2.5–4.2.6), not 1.5',
    ]);
  });

  it('offsets past the end or out of order are refused', () => {
    const [annotation] = variedAnnotations();
    const value = annotation ? toW3CAnnotation(annotation) : {};
    const at = (start: number, end: number) => ({
      ...value,
      target: {
        type: 'SpecificResource',
        source: 'https://news.example/a',
        selector: [
          { type: 'TextQuoteSelector', exact: 'quote' },
          { type: 'TextPositionSelector', start, end },
        ],
      },
    });
    expect(readImportValue(at(40, 10)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'target.selector[1].end: 10 is before start 40',
    ]);
    expect(readImportValue(at(10, 90_000_000)).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'target.selector[1]: offsets past 50000000 are more than any page holds',
    ]);
  });

  it('a quote longer than Sourcemark keeps is refused; over-long context is shortened with a note', () => {
    const [annotation] = variedAnnotations();
    const value = annotation ? toW3CAnnotation(annotation) : {};
    const target = (exact: string, prefix: string) => ({
      ...value,
      target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact, prefix } },
    });
    expect(readImportValue(target('x'.repeat(20_001), '')).problems.map((p) => p.message)).toEqual([
      'as a Sourcemark annotation, target.quote.exact: is longer than 20000 characters',
    ]);
    const long = readImportValue(target('quote', `${'p'.repeat(300)}END`));
    expect(long.valid).toBe(true);
    expect(long.snapshot.annotations[0]?.target.quote.prefix).toBe(`${'p'.repeat(197)}END`);
    expect(long.warnings.map((w) => w.message)).toContain(
      'quote context longer than 200 characters was shortened',
    );
  });

  it('a script in a note is kept as the text it is', () => {
    const [annotation] = variedAnnotations();
    const hostile = annotation && {
      ...annotation,
      note: '<img src=x onerror=alert(1)><script>steal()</script>',
    };
    const reading = readImportValue(hostile ? toW3CAnnotation(hostile) : {});
    expect(reading.snapshot.annotations[0]?.note).toBe(
      '<img src=x onerror=alert(1)><script>steal()</script>',
    );
  });

  it('unknown fields in Sourcemark data are refused; other vocabularies in W3C files are allowed', () => {
    const [annotation] = variedAnnotations();
    const value = annotation ? toW3CAnnotation(annotation) : {};
    expect(readImportValue({ ...value, 'schema:about': 'x' }).valid).toBe(true);
    expect(
      readImportValue({
        ...value,
        sourcemark: { ...(value.sourcemark as object), colour: 'red' },
      }).problems.map((p) => `${p.path}: ${p.message}`),
    ).toEqual(['sourcemark.colour: is not a field Sourcemark knows']);
  });

  it('two annotations of one file that would share an id are refused', () => {
    const value = collection();
    const items = (value.first as { items: unknown[] }).items;
    items.push(items[0]);
    expect(readImportValue(value).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'first.items[4]: has the same id as first.items[0]',
    ]);
  });
});
