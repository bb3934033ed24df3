/**
 * This module holds the limits an import file must respect. They protect the dashboard and the command
 * line from files that would exhaust memory; the per-field limits (src/model/schemas.ts LIMITS) bound
 * every record.
 */

/**
 * The largest file read, in bytes: about 110,000 annotations of typical size (the store benchmark's
 * 100,000 make a 57 MB backup). A larger backup is split into several files on export (see backup.ts).
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** Deeper nesting than this is refused before any recursive check runs into the stack limit. */
export const MAX_JSON_DEPTH = 64;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** A clear refusal for a file over the limit, or null. `bytes` is the file's size as the OS or File says. */
export function sizeProblem(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES
    ? `the file is ${formatBytes(bytes)}; Sourcemark reads files of up to ${formatBytes(MAX_IMPORT_BYTES)}`
    : null;
}
