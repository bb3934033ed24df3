/**
 * This module reads a script's command-line options, `--name=value` (a value may hold "=" too) or `--flag`
 * alone, which reads as "true". Unknown names are allowed: each script says in its usage line which it
 * reads. Node's own parser does the reading.
 */
import { parseArgs } from 'node:util';

export function scriptOptions(argv: readonly string[] = process.argv.slice(2)): Record<string, string> {
  const { values } = parseArgs({ args: [...argv], strict: false, allowPositionals: true });
  return Object.fromEntries(
    Object.entries(values).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, Array.isArray(value) ? String(value.at(-1)) : String(value)]],
    ),
  );
}
