import { entries, get, promisifyRequest, type UseStore } from 'idb-keyval';
import type { BackendWrites, StoreBackend } from './backend.js';
import { StoreBlockedError, StoreUnavailableError } from './errors.js';

/** The object store every Toile database holds (one per database, as idb-keyval expects). */
export const RECORDS_STORE = 'records';

/**
 * Like idb-keyval's `createStore(dbName, 'records')` (same database layout, so either can read the
 * other's data), plus what a shared origin needs: an injectable `IDBFactory` (so "no IndexedDB" can
 * be tested), `blocked` reported instead of hanging, and the connection closed when a newer tab
 * asks to upgrade, so this tab never blocks it.
 */
export function openRecordsStore(dbName: string, factory: () => IDBFactory | undefined): UseStore {
  let dbp: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    new Promise<IDBDatabase>((resolve, reject) => {
      let idb: IDBFactory | undefined;
      try {
        idb = factory();
      } catch (error) {
        // Touching `indexedDB` throws in some sandboxed frames and privacy modes.
        throw new StoreUnavailableError(error);
      }
      if (!idb) throw new StoreUnavailableError();
      const request = idb.open(dbName);
      let settled = false;
      request.onupgradeneeded = () => {
        request.result.createObjectStore(RECORDS_STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        if (settled) {
          // Opened after we gave up waiting on `blocked`: do not keep a connection nobody uses.
          db.close();
          return;
        }
        settled = true;
        db.onversionchange = () => {
          db.close();
          dbp = undefined;
        };
        db.onclose = () => {
          dbp = undefined;
        };
        resolve(db);
      };
      request.onerror = () => {
        settled = true;
        reject(request.error ?? new StoreUnavailableError());
      };
      request.onblocked = () => {
        settled = true;
        reject(new StoreBlockedError());
      };
    });
  const getDB = (): Promise<IDBDatabase> => {
    if (dbp) return dbp;
    const p = open();
    dbp = p;
    p.catch(() => {
      if (dbp === p) dbp = undefined;
    });
    return p;
  };
  const run = <T>(
    mode: IDBTransactionMode,
    callback: (store: IDBObjectStore) => T | PromiseLike<T>,
    retry: boolean,
  ): Promise<T> =>
    getDB().then((db) => {
      let store: IDBObjectStore;
      try {
        store = db.transaction(RECORDS_STORE, mode).objectStore(RECORDS_STORE);
      } catch (error) {
        // The browser may close a connection under us (storage pressure, Safari): reopen once.
        if (retry && error instanceof DOMException && error.name === 'InvalidStateError') {
          db.close();
          dbp = undefined;
          return run(mode, callback, false);
        }
        throw error;
      }
      return callback(store);
    });
  const useStore: UseStore = (mode, callback) => run(mode, callback, true);
  return Object.assign(useStore, {
    close(): void {
      void dbp?.then((db) => {
        db.close();
      });
      dbp = undefined;
    },
  });
}

/** A `StoreBackend` on one IndexedDB database (`dbName`), through idb-keyval. */
export function createIdbBackend(
  dbName: string,
  factory: () => IDBFactory | undefined,
): StoreBackend {
  const useStore = openRecordsStore(dbName, factory) as UseStore & { close(): void };
  return {
    get(key) {
      return get<unknown>(key, useStore);
    },
    async entries() {
      const all = await entries<IDBValidKey, unknown>(useStore);
      return all.map(([k, v]) => [typeof k === 'string' ? k : JSON.stringify(k), v] as const);
    },
    transact(keys, plan) {
      return useStore('readwrite', (store) => transactIn(store, keys, plan));
    },
    close() {
      useStore.close();
    },
    async destroy() {
      useStore.close();
      await deleteDatabase(dbName, factory);
    },
  };
}

/**
 * Deletes exactly the database `dbName` (never another). Other tabs' connections close on the
 * `versionchange` this fires (see `openRecordsStore`); if an old tab still holds one open, the
 * deletion waits for it and this rejects with `StoreBlockedError` meanwhile.
 */
function deleteDatabase(dbName: string, factory: () => IDBFactory | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let idb: IDBFactory | undefined;
    try {
      idb = factory();
    } catch (error) {
      reject(new StoreUnavailableError(error));
      return;
    }
    if (!idb) {
      reject(new StoreUnavailableError());
      return;
    }
    const request = idb.deleteDatabase(dbName);
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new StoreUnavailableError());
    };
    request.onblocked = () => {
      reject(new StoreBlockedError());
    };
  });
}

/**
 * Reads `keys`, plans and writes in the one readwrite transaction `store` belongs to; IndexedDB
 * serializes overlapping readwrite transactions across connections, so the check cannot be raced.
 * idb-keyval's `update` does this for one key and `setMany` writes many without reading: an import
 * needs both at once, hence this helper.
 */
function transactIn(
  store: IDBObjectStore,
  keys: readonly string[],
  plan: (current: readonly unknown[]) => BackendWrites,
): Promise<void> {
  const tx = store.transaction;
  return new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting: nothing was committed by us anyway.
      }
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    promisifyRequest(tx).then(
      () => {
        resolve();
      },
      (error: unknown) => {
        // After `fail`, the abort is ours and the plan's error was already reported.
        if (!failed) reject(error instanceof Error ? error : new StoreUnavailableError(error));
      },
    );
    const values: unknown[] = [];
    let pending = keys.length;
    const apply = (): void => {
      try {
        const writes = plan(values);
        for (const [k, v] of writes.set) store.put(v, k);
        for (const k of writes.delete) store.delete(k);
      } catch (error) {
        fail(error);
      }
    };
    if (pending === 0) {
      apply();
      return;
    }
    keys.forEach((key, i) => {
      const request = store.get(key);
      request.onsuccess = () => {
        values[i] = request.result;
        pending -= 1;
        if (pending === 0) apply();
      };
    });
  });
}
