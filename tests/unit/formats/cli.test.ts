/** The `sourcemark convert` and `sourcemark validate` commands, run on files in a temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run as convert } from '../../../src/cli/convert';
import { run as validate } from '../../../src/cli/validate';
import { serializeBackup } from '../../../src/formats/backup';
import { readImportText } from '../../../src/formats/read-file';
import { SCHEMA_VERSION } from '../../../src/store/db';
import { variedAnnotations } from './varied-annotations';

const dir = mkdtempSync(path.join(tmpdir(), 'sourcemark-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function file(name: string, text: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}

/** Runs a command and returns its exit status and everything it printed. */
async function capture(command: (args: string[]) => Promise<number>, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation(
    (chunk: string | Uint8Array) => (out.push(String(chunk)), true),
  );
  const status = await command(args);
  vi.restoreAllMocks();
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const snapshot = { annotations: variedAnnotations(), sources: [], pages: [], siteSettings: [] };
const backup = file('backup.json', serializeBackup(snapshot, Date.UTC(2026, 1, 1)));

describe('sourcemark convert', () => {
  it('converts a backup to W3C and back to a backup with the same annotations', async () => {
    const w3c = path.join(dir, 'out.jsonld');
    expect((await capture(convert, [backup, '--to', 'w3c', '-o', w3c])).status).toBe(0);
    const again = await capture(convert, [w3c, '--to=backup']);
    expect(again.status).toBe(0);
    const reading = readImportText(again.out);
    expect(reading.format).toBe('backup');
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(reading.snapshot.annotations)).toEqual(byId(snapshot.annotations));
  });

  it('writes CSV and Markdown to standard output', async () => {
    const csv = await capture(convert, [backup, '--to', 'csv']);
    expect(csv.out.startsWith('\uFEFFid,page_url')).toBe(true);
    const markdown = await capture(convert, [backup, '--to', 'markdown']);
    expect(markdown.out).toContain('# Sourcemark annotations');
  });

  it('refuses an invalid file with its reasons and exit status 1', async () => {
    const broken = file('broken.json', '{"format": "sourcemark-backup",}');
    const result = await capture(convert, [broken, '--to', 'csv']);
    expect(result.status).toBe(1);
    expect(result.err).toContain('line 1, column 31: a comma before "}"');
  });

  it('explains usage mistakes with exit status 2', async () => {
    expect((await capture(convert, [backup])).status).toBe(2);
    expect((await capture(convert, [backup, '--to', 'pdf'])).err).toContain('unknown format "pdf"');
  });

  it('says which annotations of a Hypothesis export it leaves out, and why', async () => {
    const hypothesis = path.join(
      path.dirname(new URL(import.meta.url).pathname),
      '../../fixtures/formats/hypothesis-export.json',
    );
    const result = await capture(convert, [hypothesis, '--to', 'markdown']);
    expect(result.status).toBe(0);
    expect(result.err).toContain('left out: annotations[3]: it is a reply to another annotation');
    expect(result.out).toContain('Ferry service to resume');
  });
});

describe('sourcemark validate', () => {
  it('exits 0 for a valid file and says what can be imported', async () => {
    const result = await capture(validate, [backup]);
    expect(result.status).toBe(0);
    expect(result.out).toBe(
      `${backup}: valid Sourcemark backup (schema ${SCHEMA_VERSION}); Sourcemark can import it: 4 annotations, 0 sources, 1 pages, 0 site settings`,
    );
  });

  it('exits 1 when any file is invalid, with each reason', async () => {
    const bad = file(
      'bad.jsonld',
      JSON.stringify({
        '@context': 'http://www.w3.org/ns/anno.jsonld',
        id: 'not an iri',
        type: 'Annotation',
        target: 'https://a.example/',
      }),
    );
    const result = await capture(validate, [backup, bad]);
    expect(result.status).toBe(1);
    expect(result.out).toContain(
      `${bad}: invalid (W3C Web Annotation annotation)\n  id: "not an iri" is not an IRI`,
    );
  });

  it('reports as JSON for other programs', async () => {
    const result = await capture(validate, ['--json', backup]);
    expect(JSON.parse(result.out)).toEqual([
      expect.objectContaining({ file: backup, valid: true, format: 'backup', importable: 4 }),
    ]);
  });

  it('refuses a missing file', async () => {
    const result = await capture(validate, [path.join(dir, 'nothing.json')]);
    expect(result.status).toBe(1);
    expect(result.out).toContain('no such file');
  });
});
