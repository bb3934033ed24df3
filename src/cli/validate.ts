/**
 * This module is the `sourcemark validate FILE... [--json]` command: for each file it says whether it is
 * valid (a Sourcemark backup, W3C Web Annotation JSON-LD, a Hypothesis export), why not, and what of it
 * Sourcemark can import. Exit status 0 when every file is valid, 1 otherwise, 2 for a usage error.
 */
import type { FileReading } from '../formats/read-file';
import { describeProblem, describeProblems } from '../formats/problems';
import { readInputFile } from './read-input';

const USAGE = 'usage: sourcemark validate FILE... [--json]';

/** What importing would do with the file, in one line (or a few for mixed collections). */
export function importability(reading: FileReading): string[] {
  if (reading.format === 'backup') {
    const s = reading.snapshot;
    return [
      `Sourcemark can import it: ${s.annotations.length} annotations, ${s.sources.length} sources, ${s.pages.length} pages, ${s.siteSettings.length} site settings`,
    ];
  }
  const items = reading.items;
  const importable = items.filter((item) => item.annotation);
  if (items.length === 0) return ['Sourcemark cannot import it: it holds no annotations'];
  if (items.length === 1) {
    const only = items[0];
    return only?.annotation
      ? ['Sourcemark can import it']
      : [`Sourcemark cannot import it: ${only?.reason ?? ''}`];
  }
  const lines = [
    importable.length > 0
      ? `Sourcemark can import ${importable.length} of its ${items.length} annotations`
      : `Sourcemark cannot import any of its ${items.length} annotations`,
  ];
  const reasons = new Map<string, string[]>();
  for (const item of items)
    if (item.reason) reasons.set(item.reason, [...(reasons.get(item.reason) ?? []), item.path]);
  for (const [reason, paths] of reasons) {
    const where =
      paths.length > 3 ? `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more` : paths.join(', ');
    lines.push(`not ${where}: ${reason}`);
  }
  return lines;
}

function report(file: string, reading: FileReading): string[] {
  if (!reading.valid) {
    return [
      `${file}: invalid (${reading.description})`,
      ...describeProblems(reading.problems).map((line) => `  ${line}`),
    ];
  }
  const [first, ...rest] = importability(reading);
  return [
    `${file}: valid ${reading.description}; ${first ?? ''}`,
    ...rest.map((line) => `  ${line}`),
    ...reading.warnings.slice(0, 10).map((warning) => `  note: ${describeProblem(warning)}`),
  ];
}

export async function run(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = files.find((arg) => arg.startsWith('-'));
  if (files.length === 0 || unknown) {
    console.error(`sourcemark validate: ${unknown ? `unknown option ${unknown}` : 'which file?'}\n${USAGE}`);
    return 2;
  }
  let allValid = true;
  const results: unknown[] = [];
  for (const file of files) {
    const reading = await readInputFile(file);
    if (typeof reading === 'string') {
      allValid = false;
      if (json) results.push({ file, valid: false, problems: [{ path: '', message: reading }] });
      else console.log(`${file}: invalid (${reading})`);
      continue;
    }
    allValid &&= reading.valid;
    if (json) {
      results.push({
        file,
        valid: reading.valid,
        format: reading.format,
        description: reading.description,
        problems: reading.problems,
        warnings: reading.warnings,
        importable: reading.snapshot.annotations.length,
        items: reading.items.map((item) => ({
          path: item.path,
          importable: item.annotation !== null,
          reason: item.reason,
        })),
      });
    } else {
      for (const line of report(file, reading)) console.log(line);
    }
  }
  if (json) console.log(JSON.stringify(results, null, 2));
  return allValid ? 0 : 1;
}
