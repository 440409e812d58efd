import type { Vocabularies } from '@toile/core';
import { createChangeChannel } from './channel.js';
import { createStoreCore } from './core.js';
import { plaintextCodec, type EnvelopeCodec } from './envelope.js';
import { createIdbBackend } from './idb-backend.js';
import { assertNamespace, namespaceKey } from './namespace.js';
import type { EncryptionOptions } from './crypto/encryption.js';
import type { LocalAssessmentStore } from './types.js';

/** Options of `createStore`. */
export interface StoreOptions {
  /** Keeps one partner's records apart from another's on the same origin: 1-64 of a-z, 0-9, `_`, `-`. */
  readonly namespace: string;
  /** Vocabularies records are validated against; the built-in ones by default. */
  readonly vocabularies?: Vocabularies;
  /** The time stamped on writes and exports, an ISO date-time; `new Date().toISOString()` by default. */
  readonly clock?: () => string;
  /** The BroadcastChannel that tells other tabs of changes; `toile:<namespace>` by default, `null` for none. */
  readonly channelName?: string | null;
  /** How records are wrapped while the namespace is not encrypted; `plaintextCodec` by default. */
  readonly codec?: EnvelopeCodec;
  /** Where IndexedDB comes from; `globalThis.indexedDB` by default (tests inject failures here). */
  readonly idbFactory?: () => IDBFactory | undefined;
  /**
   * Encryption at rest: PBKDF2 `iterations` (600,000 by default) and `autoLockMs` (15 minutes by
   * default, 0 to disable). Every store can be encrypted with `store.encryption.setup()`; none is
   * until then.
   */
  readonly encryption?: EncryptionOptions;
}

const defaultClock = (): string => new Date().toISOString();

/**
 * An `AssessmentStore` on IndexedDB: database `toile:<namespace>`, object store `records`, one
 * envelope per record keyed by its id, plus the key record `__toile_keys__` once encrypted.
 * Encryption is off until `store.encryption.setup(passphrase)`; without the passphrase or the
 * recovery key, encrypted data cannot be recovered by anyone. Throws `StoreNamespaceError` at once for a bad namespace;
 * storage failures (no IndexedDB, private browsing) reject the operations with
 * `StoreUnavailableError`, so a host can then fall back to `createMemoryStore`.
 */
export function createStore(options: StoreOptions): LocalAssessmentStore {
  assertNamespace(options.namespace);
  const key = namespaceKey(options.namespace);
  const factory =
    options.idbFactory ??
    ((): IDBFactory | undefined => (typeof indexedDB === 'undefined' ? undefined : indexedDB));
  return createStoreCore({
    namespace: options.namespace,
    backend: createIdbBackend(key, factory),
    channel: createChangeChannel(options.channelName === undefined ? key : options.channelName),
    codec: options.codec ?? plaintextCodec,
    clock: options.clock ?? defaultClock,
    vocabularies: options.vocabularies,
    encryption: options.encryption,
  });
}
