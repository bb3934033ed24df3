/**
 * This module asks the browser to keep Sourcemark's data when space runs low (persistent storage). The
 * service worker calls `requestPersistentStorage()` when it starts; where the API is missing (or in
 * Node) it reports that instead of failing.
 */

/** The part of `navigator.storage` used here, so tests can hand in their own. */
export interface StorageManagerLike {
  persisted?(): Promise<boolean>;
  persist?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** `persisted`: the browser will not evict the data; `not-granted`: it may; `unsupported`: no API. */
export type PersistenceState = 'persisted' | 'not-granted' | 'unsupported';

function defaultStorage(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function requestPersistentStorage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<PersistenceState> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-granted';
  } catch {
    // Some browsers reject in contexts where they will not ask; that is "not granted", not a crash.
    return 'not-granted';
  }
}

export interface StorageUsage {
  readonly usage: number;
  readonly quota: number;
}

/** How much storage Sourcemark uses and may use, in bytes, or null where the browser does not say. */
export async function storageUsage(
  storage: StorageManagerLike | undefined = defaultStorage(),
): Promise<StorageUsage | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}
