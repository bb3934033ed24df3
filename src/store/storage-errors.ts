/**
 * This module turns the browser's "storage is full" failures into one clear message for the reader. A
 * write runs in a transaction, so when the quota stops it, nothing of it is kept and nothing saved before
 * is touched: the message can say so.
 */

export const STORAGE_FULL_MESSAGE =
  "Sourcemark could not save this: the browser's storage for Sourcemark is full. Nothing you saved " +
  'before was lost. Free some disk space, or export a backup and delete annotations you no longer ' +
  'need, then try again.';

export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';

  constructor(options?: { cause?: unknown }) {
    super(STORAGE_FULL_MESSAGE, options);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** True for a quota failure, however deeply Dexie or the browser wrapped it. */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const record = current as { name?: unknown; inner?: unknown; cause?: unknown; code?: unknown };
    if (typeof record.name === 'string' && QUOTA_NAMES.has(record.name)) return true;
    // Old DOMException code for QUOTA_EXCEEDED_ERR.
    if (record.code === 22) return true;
    current = record.inner ?? record.cause;
  }
  return false;
}

/** Runs a write; a quota failure becomes a StorageFullError, any other error passes through unchanged. */
export async function writeSafely<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
