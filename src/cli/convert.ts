/**
 * This module is the `sourcemark convert FILE --to backup|w3c|csv|markdown [-o OUT]` command: it reads a
 * Sourcemark backup, W3C Web Annotation JSON-LD or a Hypothesis export (recognized by its content),
 * checks all of it, and writes it in the chosen format to OUT or standard output.
 */
import { writeFile } from 'node:fs/promises';
import { describeProblem, describeProblems } from '../formats/problems';
import { EXPORT_FORMATS, exportSnapshot, isExportFormat } from '../formats/write-file';
import { readInputFile } from './read-input';

const USAGE = `usage: sourcemark convert FILE --to ${EXPORT_FORMATS.join('|')} [-o OUT]`;

interface ConvertArgs {
  readonly input: string;
  readonly to: string;
  readonly output: string | null;
}

function parseArgs(args: readonly string[]): ConvertArgs | string {
  let input: string | null = null;
  let to: string | null = null;
  let output: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (flag === '--to' || flag === '-o' || flag === '--output') {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--to') to = value;
      else output = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else if (input === null) {
      input = arg;
    } else {
      return `one input file only (got ${input} and ${arg})`;
    }
  }
  if (!input) return 'which file?';
  if (!to) return `--to is required: ${EXPORT_FORMATS.join(', ')}`;
  return { input, to, output };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`sourcemark convert: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (!isExportFormat(parsed.to)) {
    console.error(`sourcemark convert: unknown format "${parsed.to}"; choose ${EXPORT_FORMATS.join(', ')}`);
    return 2;
  }
  const reading = await readInputFile(parsed.input);
  if (typeof reading === 'string') {
    console.error(`sourcemark convert: ${reading}`);
    return 1;
  }
  if (!reading.valid) {
    console.error(`sourcemark convert: ${parsed.input} cannot be read (${reading.description}):`);
    for (const line of describeProblems(reading.problems)) console.error(`  ${line}`);
    return 1;
  }
  for (const warning of reading.warnings.slice(0, 20)) console.error(`note: ${describeProblem(warning)}`);
  const left = reading.items.filter((item) => item.reason);
  for (const item of left.slice(0, 20))
    console.error(`left out: ${item.path || 'the annotation'}: ${item.reason}`);
  if (left.length > 20) console.error(`left out: … and ${left.length - 20} more`);
  const file = exportSnapshot(reading.snapshot, parsed.to);
  if (parsed.output) {
    await writeFile(parsed.output, file.text, 'utf8');
    console.error(
      `${reading.snapshot.annotations.length} annotations written to ${parsed.output} (${parsed.to})`,
    );
  } else {
    process.stdout.write(file.text);
  }
  return 0;
}
