import { describe, expect, it } from 'vitest';
import { requestPersistentStorage, storageUsage } from '../../../src/store/persistence';

describe('asking for persistent storage', () => {
  it('asks only when the data is not yet persistent', async () => {
    let asked = 0;
    const persist = async () => (asked++, true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe('persisted');
    expect(asked).toBe(0);
    expect(await requestPersistentStorage({ persisted: async () => false, persist })).toBe('persisted');
    expect(asked).toBe(1);
  });

  it('reports a refusal, a failure and a missing API without throwing', async () => {
    expect(await requestPersistentStorage({ persist: async () => false })).toBe('not-granted');
    expect(await requestPersistentStorage({ persist: () => Promise.reject(new Error('no')) })).toBe(
      'not-granted',
    );
    expect(await requestPersistentStorage({})).toBe('unsupported');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });

  it('reads how much storage is used, where the browser says', async () => {
    expect(await storageUsage({ estimate: async () => ({ usage: 10, quota: 100 }) })).toEqual({
      usage: 10,
      quota: 100,
    });
    expect(await storageUsage({ estimate: async () => ({}) })).toBeNull();
    expect(await storageUsage(undefined)).toBeNull();
  });
});
