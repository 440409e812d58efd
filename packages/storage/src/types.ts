import type { Assessment, ValidationIssue } from '@toile/core';

/** A summary of one stored assessment, enough to list it without parsing the whole record. */
export interface StoredSummary {
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
  /** The tenant's display name; absent when the record is locked (encrypted) or unreadable. */
  readonly tenantName?: string;
  /** `ok`: parses; `invalid`: stored but no longer parses (kept as it is, see `issues`). */
  readonly status: 'ok' | 'invalid';
  readonly issues?: readonly ValidationIssue[];
}

/** A stored record that no longer parses: reported with its issues and kept untouched. */
export interface InvalidStoredRecord {
  readonly id: string;
  readonly raw: unknown;
  readonly issues: readonly ValidationIssue[];
}

/** What `importAll` returns: how many records were written, or every issue and nothing written. */
export type ImportResult =
  | { readonly ok: true; readonly written: number; readonly skippedUnchanged: number }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** A change notice, sent to other tabs of the same origin and namespace. */
export interface StoreChange {
  readonly type: 'put' | 'remove' | 'import' | 'clear';
  readonly id?: string;
  readonly revision?: number;
}

/**
 * The local store's interface. `createStore` implements it on IndexedDB; a host (an EMR) may pass
 * its own implementation to the elements instead.
 */
export interface AssessmentStore {
  /** The namespace this store reads and writes; nothing outside it is touched. */
  readonly namespace: string;
  /** Summaries of every stored record, newest first. */
  list(): Promise<StoredSummary[]>;
  /** The record, migrated and validated; `undefined` if absent; throws `StoreInvalidRecordError` if it no longer parses. */
  get(id: string): Promise<Assessment | undefined>;
  /**
   * Writes a record whose `revision` must equal the stored one (0 for a new record). Returns the
   * stored record, with `revision` incremented. A stale revision throws `StoreConflictError`.
   */
  put(record: Assessment): Promise<Assessment>;
  /** Removes one record; removing an absent id does nothing. */
  remove(id: string): Promise<void>;
  /** Every record as stored (valid ones parsed, invalid ones raw), for a JSON export. */
  exportAll(): Promise<ExportFile>;
  /** Validates every record of an export first; writes all or nothing; never deletes a record. */
  importAll(file: unknown): Promise<ImportResult>;
  /** Calls `listener` when another tab (or this store) changes the namespace; returns an unsubscribe function. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  /** Releases the change channel. */
  close(): void;
}

/** The JSON export format: a versioned envelope around the records. */
export interface ExportFile {
  readonly format: 'toile-export';
  readonly formatVersion: 1;
  readonly namespace: string;
  readonly exportedAt: string;
  readonly records: readonly unknown[];
}
