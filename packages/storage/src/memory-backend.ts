import type { StoreBackend } from './backend.js';

/**
 * A backend in a `Map`. Values are structured-cloned on the way in and out, as IndexedDB does, so a
 * caller mutating a returned object never changes what is stored. Pass one instance to several
 * `createMemoryStore` calls to make them share data (as two tabs share a database).
 */
export function createMemoryBackend(): StoreBackend {
  const data = new Map<string, unknown>();
  return {
    get(key) {
      return Promise.resolve(structuredClone(data.get(key)));
    },
    entries() {
      return Promise.resolve([...data].map(([k, v]) => [k, structuredClone(v)] as const));
    },
    transact(keys, plan) {
      try {
        const writes = plan(keys.map((k) => structuredClone(data.get(k))));
        // Clone everything first so a value that cannot be cloned leaves the map untouched.
        const cloned = writes.set.map(([k, v]) => [k, structuredClone(v)] as const);
        for (const [k, v] of cloned) data.set(k, v);
        for (const k of writes.delete) data.delete(k);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    close() {
      // Nothing to release: the data lives as long as the backend object.
    },
    destroy() {
      data.clear();
      return Promise.resolve();
    },
  };
}
