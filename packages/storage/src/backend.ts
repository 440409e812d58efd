/** What one atomic step writes: values to set and keys to delete. */
export interface BackendWrites {
  readonly set: readonly (readonly [key: string, value: unknown])[];
  readonly delete: readonly string[];
}

/**
 * The few primitives the store core needs from a key-value backend (IndexedDB or memory). Values
 * are stored envelopes, opaque here. Implementations map nothing: the core turns their errors into
 * `StoreError`s.
 */
export interface StoreBackend {
  /** The stored value, or `undefined`. */
  get(key: string): Promise<unknown>;
  /** Every stored key and value. */
  entries(): Promise<(readonly [string, unknown])[]>;
  /**
   * One atomic read-check-write, isolated from other connections (other tabs): reads `keys`, hands
   * their values to `plan`, then applies what it returns. `plan` is synchronous (an IndexedDB
   * transaction cannot wait on other work); if it throws, nothing is written and the promise
   * rejects with that error. If any write fails, none is applied.
   */
  transact(
    keys: readonly string[],
    plan: (current: readonly unknown[]) => BackendWrites,
  ): Promise<void>;
  /** Releases resources (the database connection). */
  close(): void;
  /**
   * Removes the whole storage of this backend (the IndexedDB database itself) and releases it;
   * optional: without it, `destroyAll` deletes every key in one transaction.
   */
  destroy?(): Promise<void>;
}
