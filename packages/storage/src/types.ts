import type { Assessment, ValidationIssue } from '@toile/core';

/**
 * A summary of one stored assessment, enough to list it. `status` tells whether the record still
 * reads: `ok` (it parses, possibly after migration) or `invalid` (kept as it is; see `issues`).
 */
export type StoredSummary = ValidStoredSummary | InvalidStoredSummary;

/** A stored record that reads. */
export interface ValidStoredSummary {
  readonly status: 'ok';
  readonly id: string;
  /** The stored revision (the one the next `put` must carry). */
  readonly revision: number;
  /** When it was last written, an ISO date-time. */
  readonly updatedAt: string;
  /** The tenant's display name; absent when the record is locked (encrypted). */
  readonly tenantName?: string;
  /**
   * `true` when the namespace is locked and the record is encrypted: only the id, revision and
   * dates are known (the record was not decrypted, so it is not known to parse).
   */
  readonly locked?: boolean;
  /** The record's retention date (`YYYY-MM-DD`), when it has one. */
  readonly retainUntil?: string;
}

/** A stored record that no longer reads; never dropped or rewritten by the store. */
export interface InvalidStoredSummary {
  readonly status: 'invalid';
  readonly id: string;
  /** The stored revision; absent when even the storage envelope is unreadable. */
  readonly revision?: number;
  /** When it was last written; absent when the envelope is unreadable. */
  readonly updatedAt?: string;
  /** The tenant's display name, when the envelope still carries it. */
  readonly tenantName?: string;
  /** Why it does not read, with paths into the stored record. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * What to do when an imported record's id is already stored with different content.
 * `conflict` (default): report an `import_conflict` issue, so the whole import writes nothing.
 * `keep-both`: write the imported record under a fresh id `<id>-import-2` (then -3...), leaving the
 * stored one untouched. `replace-if-newer`: replace the stored one only when the imported one is
 * strictly newer (`updatedAt` later and `revision` not lower); otherwise keep the stored one and
 * count it in `keptExisting`. A stored record that no longer reads is never replaced (it is a
 * conflict unless `keep-both`).
 */
export type OnExisting = 'conflict' | 'keep-both' | 'replace-if-newer';

/** Options of `importAll`. */
export interface ImportOptions {
  /** How to treat an id that is already stored with different content; `conflict` by default. */
  readonly onExisting?: OnExisting;
  /**
   * The passphrase an encrypted export was made under (the source namespace's passphrase); not
   * needed when this store is unlocked with the same keys. None by default.
   */
  readonly passphrase?: string;
  /** The source namespace's recovery key, instead of `passphrase`; none by default. */
  readonly recoveryKey?: string;
}

/** Options of `exportAll`. */
export interface ExportOptions {
  /**
   * `true` to export decrypted records from an encrypted namespace (it must be unlocked): the
   * file then holds names and notes in clear. `false` by default: an encrypted namespace exports
   * encrypted.
   */
  readonly plaintext?: boolean;
  /**
   * `true` to leave out what the tenant did not consent to share (`filterByConsent` from
   * `@toile/core`, section by section); records that no longer read are then left out too, since
   * their consent cannot be known. `false` by default.
   */
  readonly consentFiltered?: boolean;
}

/** What `importAll` returns: what was written, or every issue found and nothing written. */
export type ImportResult =
  | {
      readonly ok: true;
      /** Records written (new, replaced or renamed copies). */
      readonly written: number;
      /** Records already stored with the same content (revision and `updatedAt` aside). */
      readonly skippedUnchanged: number;
      /** Records not written because the stored one is newer (`replace-if-newer` only). */
      readonly keptExisting: number;
      /** Records written under a new id (`keep-both` only). */
      readonly renamed: readonly { readonly from: string; readonly to: string }[];
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Why a store locked: `manual` (`lock()`, here or in another tab), `inactivity` (auto-lock),
 * `other-tab` (another tab locked manually), `keys-changed` (encryption was set up again
 * elsewhere), `destroyed` (the namespace was destroyed).
 */
export type LockReason = 'manual' | 'inactivity' | 'other-tab' | 'keys-changed' | 'destroyed';

/** A change notice, sent to other tabs of the same origin and namespace and to this store's listeners. */
export interface StoreChange {
  /**
   * `put` and `remove` name one record; `import` and `destroy` list the ids written or destroyed;
   * `destroyed`: the whole namespace was destroyed; `encryption`: key material was set up or its
   * passphrase changed; `locked` (with `reason`) and `unlocked`: this store's key state changed,
   * so a UI shows or hides its lock screen.
   */
  readonly type:
    'put' | 'remove' | 'import' | 'destroy' | 'destroyed' | 'encryption' | 'locked' | 'unlocked';
  /** Why it locked (`locked`). */
  readonly reason?: LockReason;
  /** The record changed (`put`, `remove`). */
  readonly id?: string;
  /** The revision now stored (`put`). */
  readonly revision?: number;
  /** The ids written (`import`) or destroyed (`destroy`). */
  readonly ids?: readonly string[];
}

/**
 * The local store's interface. `createStore` implements it on IndexedDB and `createMemoryStore` in
 * memory; an EMR host may pass its own implementation to the elements instead. To implement it:
 *
 * - Keep records apart per `namespace` and never touch anything outside it.
 * - Validate every record on `put` with `parseAssessment` (from `@toile/core`) and throw
 *   `StoreValidationError` with its issues, writing nothing.
 * - Optimistic concurrency: `put(record)` succeeds only if `record.revision` equals the stored
 *   revision (0 for a record not stored yet); it then stores `revision + 1` and a fresh `updatedAt`.
 *   Otherwise it throws `StoreConflictError` and writes nothing. The compare and the write must be
 *   one atomic step, even against other tabs.
 * - Reads go through `parseAssessment` (which migrates older schema versions). A stored record that
 *   no longer parses is reported (`list` status `invalid`, `get` throws `StoreInvalidRecordError`)
 *   and never dropped or rewritten.
 * - Reject with the `StoreError` subclasses exported here, so the elements can show their
 *   bilingual `messages`.
 */
export interface AssessmentStore {
  /** The namespace this store reads and writes; nothing outside it is touched. */
  readonly namespace: string;
  /** Summaries of every stored record, the most recently updated first; unreadable ones last. */
  list(): Promise<StoredSummary[]>;
  /**
   * The record, migrated and validated, with the stored `revision`; `undefined` if absent. Throws
   * `StoreInvalidRecordError` (carrying the raw value and issues) if it no longer parses.
   */
  get(id: string): Promise<Assessment | undefined>;
  /** The value exactly as stored (its storage envelope), for download and repair; `undefined` if absent. */
  getRaw(id: string): Promise<unknown>;
  /**
   * Writes a record whose `revision` must equal the stored one (0 for a new record). Returns the
   * stored record, with `revision` incremented and `updatedAt` from the clock. Throws
   * `StoreValidationError` (invalid input), `StoreConflictError` (stale revision),
   * `StoreNotFoundError` (revision > 0 but the record was removed), `StoreInvalidRecordError` (the
   * stored value's envelope is unreadable, so it cannot be safely replaced).
   */
  put(record: Assessment): Promise<Assessment>;
  /**
   * Removes one record; removing an absent id does nothing. With `expectedRevision`, removes only
   * if the stored revision matches (else `StoreConflictError`), so a removal never discards an edit
   * made meanwhile in another tab.
   */
  remove(id: string, expectedRevision?: number): Promise<void>;
  /**
   * Every record (valid ones parsed and migrated, invalid ones raw) in the versioned export format.
   * An encrypted namespace exports an `EncryptedExportFile` unless `{ plaintext: true }`.
   */
  exportAll(options?: ExportOptions): Promise<ExportFile | EncryptedExportFile>;
  /**
   * Imports records: an `ExportFile`, a bare array of records, a single record, or any of these as
   * JSON text or a `Blob`/`File`. Validates every record first and writes all or nothing (one
   * transaction); never deletes a record. See `OnExisting` for ids already stored.
   */
  importAll(file: unknown, options?: ImportOptions): Promise<ImportResult>;
  /** Calls `listener` when another tab (or this store) changes the namespace; returns an unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  /** Releases the change channel and the database connection; later calls reject with `unavailable`. */
  close(): void;
  /** Encryption at rest (`createStore` and `createMemoryStore` have it; a host store may not). */
  readonly encryption?: StoreEncryption;
  /** Records whose retention date is before `today` (see `LocalAssessmentStore`). */
  listExpired?(today: string): Promise<ExpiredSummary[]>;
  /** Destroys records by id (see `LocalAssessmentStore`). */
  destroy?(ids: readonly string[], options: DestroyOptions): Promise<number>;
  /** Destroys the whole namespace (see `LocalAssessmentStore`). */
  destroyAll?(options: DestroyOptions): Promise<void>;
}

/** `none`: records are stored in clear; `locked`: encrypted, key not in memory; `unlocked`: usable. */
export type EncryptionStatus = 'none' | 'locked' | 'unlocked';

/** What `setup` returns. */
export interface EncryptionSetupResult {
  /**
   * The recovery key (32 characters in 8 groups), shown ONCE: print it or write it down and keep
   * it apart from the workstation. Absent when setup was asked without one.
   */
  readonly recoveryKey?: string;
  /** How many stored records were encrypted in place. */
  readonly encrypted: number;
  /** Stored values whose envelope is unreadable, left exactly as they were (see `getRaw`). */
  readonly leftUnencrypted: readonly string[];
}

/**
 * Encryption at rest of one namespace under one passphrase. Without the passphrase or the
 * recovery key the data CANNOT be recovered by anyone: there is no back door and no reset.
 */
export interface StoreEncryption {
  /** The namespace's state, read from storage (another tab may have set up encryption). */
  status(): Promise<EncryptionStatus>;
  /**
   * Encrypts the namespace: creates a random data key, wraps it under the passphrase (and a
   * recovery key unless `{ recoveryKey: false }`), and encrypts every stored record in place in
   * one atomic step. Leaves the store unlocked. Throws `StoreWeakPassphraseError` (under 8
   * characters) or `StoreEncryptionStateError` (`already-encrypted`).
   */
  setup(
    passphrase: string,
    options?: { readonly recoveryKey?: boolean },
  ): Promise<EncryptionSetupResult>;
  /** Unlocks with the passphrase; a wrong one throws `StoreWrongPassphraseError` and changes nothing. */
  unlock(passphrase: string): Promise<void>;
  /** Unlocks with the recovery key printed at setup (case, spaces and dashes ignored). */
  unlockWithRecoveryKey(recoveryKey: string): Promise<void>;
  /** Forgets the key in this tab and in the namespace's other tabs; emits `locked` (`manual`). */
  lock(): void;
  /**
   * Re-wraps the data key under a new passphrase (records are not re-encrypted), proving the
   * current one or the recovery key. Leaves the store unlocked.
   */
  changePassphrase(current: string | { readonly recoveryKey: string }, next: string): Promise<void>;
  /** Counts as activity for the auto-lock (a UI calls it on input); store operations count already. */
  touch(): void;
  /** Milliseconds of inactivity before auto-lock; 0 when disabled. 15 minutes by default. */
  readonly autoLockMs: number;
  /** Wrong passphrases or recovery keys in a row since the last success (no lockout). */
  readonly failedAttempts: number;
}

/** An expired record, as listed for review (works while locked: no name, no content). */
export interface ExpiredSummary {
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
  /** The retention date that has passed, `YYYY-MM-DD`. */
  readonly retainUntil: string;
}

/** Destruction must be confirmed explicitly. */
export interface DestroyOptions {
  /** Must be `true`; anything else throws `StoreConfirmationError`. */
  readonly confirm: boolean;
}

/** The store `createStore` and `createMemoryStore` return: encryption, retention and destruction. */
export interface LocalAssessmentStore extends AssessmentStore {
  readonly encryption: StoreEncryption;
  /**
   * Records whose `retention.retainUntil` is before `today` (`YYYY-MM-DD`), the oldest first; works
   * while locked, since the retention date is kept in clear in the envelope.
   */
  listExpired(today: string): Promise<ExpiredSummary[]>;
  /**
   * Destroys the records `ids` (works while locked) in one atomic step and returns how many
   * existed. Requires `{ confirm: true }`. Destroyed records cannot be recovered.
   */
  destroy(ids: readonly string[], options: DestroyOptions): Promise<number>;
  /**
   * Removes every trace of this namespace: records, key material and its IndexedDB database
   * (`toile:<namespace>`, by exact name; nothing else). Requires `{ confirm: true }`. The store is
   * closed afterwards.
   */
  destroyAll(options: DestroyOptions): Promise<void>;
}

/** The JSON export format: a versioned envelope around the records. */
export interface ExportFile {
  readonly format: 'toile-export';
  readonly formatVersion: 1;
  /** The namespace the records were exported from (informative; any namespace may import it). */
  readonly namespace: string;
  /** When the export was made, from the store's clock. */
  readonly exportedAt: string;
  readonly records: readonly unknown[];
}

/**
 * The export of an encrypted namespace: the envelopes exactly as stored plus the wrapped key
 * material, so the file opens with the namespace's passphrase or recovery key and with nothing
 * else. Names and notes are inside the ciphertext.
 */
export interface EncryptedExportFile {
  readonly format: 'toile-encrypted-export';
  readonly formatVersion: 1;
  /** The namespace the records were exported from (informative). */
  readonly namespace: string;
  readonly exportedAt: string;
  /** The wrapped data key (passphrase and recovery slots) and its key check; opens nothing alone. */
  readonly keys: unknown;
  /** Encrypted envelopes (`codec: 'aes-gcm'`). */
  readonly records: readonly unknown[];
}
