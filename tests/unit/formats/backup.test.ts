import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  readBackup,
  serializeBackup,
  splitSnapshot,
  toBackup,
} from '../../../src/formats/backup';
import { readImportText, readImportValue } from '../../../src/formats/read-file';
import { SCHEMA_VERSION } from '../../../src/store/db';
import type { Snapshot } from '../../../src/store/snapshot';
import { variedAnnotations } from './varied-annotations';

const snapshot: Snapshot = {
  annotations: variedAnnotations(),
  sources: [
    {
      id: 'src-1',
      name: 'KCNA',
      aliases: ['Korean Central News Agency'],
      domain: null,
      rating: 'unreliable',
      note: 'State agency.',
      evidence: ['https://example.org/report'],
      updated: 5,
    },
  ],
  pages: [
    {
      url: 'https://news.example/2026/harbour?id=7',
      title: 'Harbour',
      site: 'news.example',
      firstSeen: 1,
      lastSeen: 9,
    },
  ],
  siteSettings: [{ site: 'news.example', autoHighlight: false }],
};

function backupValue(): Record<string, unknown> {
  return JSON.parse(serializeBackup(snapshot, Date.UTC(2026, 1, 1))) as Record<string, unknown>;
}

describe('the full backup', () => {
  it('is stamped with its format, the schema version and the time', () => {
    expect(toBackup(snapshot, Date.UTC(2026, 1, 1))).toMatchObject({
      format: BACKUP_FORMAT,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: '2026-02-01T00:00:00.000Z',
    });
  });

  it('reads back exactly what was written', () => {
    const reading = readImportText(serializeBackup(snapshot, 0));
    expect(reading).toMatchObject({ format: 'backup', valid: true, problems: [] });
    expect(reading.snapshot).toEqual(snapshot);
  });

  it('refuses unknown fields and wrong types, naming each place', () => {
    const value = backupValue();
    const annotations = value.annotations as Record<string, unknown>[];
    annotations[1] = { ...annotations[1], color: 'red' };
    annotations[2] = { ...annotations[2], tags: 'disputed' };
    const reading = readImportValue(value);
    expect(reading.valid).toBe(false);
    expect(reading.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'annotations[1].color: is not a field Sourcemark knows',
      'annotations[2].tags: must be Array, not "disputed"',
    ]);
    expect(reading.snapshot.annotations).toEqual([]);
  });

  it('refuses what breaks the limits: offsets out of order, over-long notes, repeated ids', () => {
    const value = backupValue();
    const annotations = value.annotations as {
      target: { position: { start: number; end: number } };
      note: string;
    }[];
    if (annotations[0])
      annotations[0].target.position = { ...annotations[0].target.position, start: 900, end: 10 };
    if (annotations[1]) annotations[1].note = 'x'.repeat(20_001);
    expect(readImportValue(value).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'annotations[0].target.position: start is after end',
      'annotations[1].note: is longer than 20000 characters',
    ]);
    const repeated = backupValue();
    const list = repeated.annotations as unknown[];
    list.push(list[0]);
    expect(readImportValue(repeated).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'annotations[4]: repeats "6f1c2b9e-8a4d-4c1e-9f00-3b2a1c0d9e8f" (also annotations[0])',
    ]);
  });

  it('refuses a backup from a newer Sourcemark instead of half reading it', () => {
    const reading = readImportValue({ ...backupValue(), schemaVersion: SCHEMA_VERSION + 1 });
    expect(reading.problems.map((p) => p.path)).toEqual(['schemaVersion']);
    expect(reading.problems[0]?.message).toMatch(/newer Sourcemark/);
  });

  it('reads a schema-1 backup, which had no pages, and gives its annotations their pages', () => {
    const old: Record<string, unknown> = { ...backupValue(), schemaVersion: 1 };
    delete old.pages;
    delete old.sources;
    const read = readBackup(old);
    expect(read.problems).toEqual([]);
    expect(read.snapshot.pages.map((p) => p.url)).toEqual(['https://news.example/2026/harbour?id=7']);
    expect(read.snapshot.pages[0]?.firstSeen).toBe(Math.min(...snapshot.annotations.map((a) => a.created)));
  });

  it('is split into parts that each import on their own when it would be too large for one file', () => {
    const many: Snapshot = {
      ...snapshot,
      annotations: Array.from({ length: 60 }, (_, i) => ({
        ...snapshot.annotations[0],
        id: `bulk-${i}`,
        pageUrl: `https://news.example/page-${i % 6}`,
      })) as Snapshot['annotations'],
    };
    const parts = splitSnapshot(many, 20_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(
      parts
        .flatMap((p) => p.annotations)
        .map((a) => a.id)
        .sort(),
    ).toEqual(many.annotations.map((a) => a.id).sort());
    for (const part of parts) {
      expect(JSON.stringify(toBackup(part, 0)).length).toBeLessThanOrEqual(20_000);
      // A page's annotations stay together.
      for (const url of new Set(part.annotations.map((a) => a.pageUrl))) {
        expect(part.annotations.filter((a) => a.pageUrl === url)).toHaveLength(10);
      }
    }
    expect(parts[0]?.sources).toEqual(snapshot.sources);
    expect(parts[1]?.sources).toEqual([]);
  });
});
