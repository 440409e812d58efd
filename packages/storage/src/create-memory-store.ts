import type { Vocabularies } from '@toile/core';
import type { StoreBackend } from './backend.js';
import { createChangeChannel } from './channel.js';
import { createStoreCore } from './core.js';
import { plaintextCodec, type EnvelopeCodec } from './envelope.js';
import { createMemoryBackend } from './memory-backend.js';
import { assertNamespace } from './namespace.js';
import type { EncryptionOptions } from './crypto/encryption.js';
import type { LocalAssessmentStore } from './types.js';

/** Options of `createMemoryStore`. */
export interface MemoryStoreOptions {
  /** The namespace (same rules as `createStore`); informative, since memory is never shared by default. */
  readonly namespace: string;
  /** Vocabularies records are validated against; the built-in ones by default. */
  readonly vocabularies?: Vocabularies;
  /** The time stamped on writes and exports; `new Date().toISOString()` by default. */
  readonly clock?: () => string;
  /** A BroadcastChannel to tell other tabs of changes; none by default (memory is not shared across tabs). */
  readonly channelName?: string | null;
  /** How records are wrapped; `plaintextCodec` by default. */
  readonly codec?: EnvelopeCodec;
  /** Where data lives; a fresh `createMemoryBackend()` by default. Share one to share data. */
  readonly backend?: StoreBackend;
  /**
   * Encryption at rest: PBKDF2 `iterations` (600,000 by default) and `autoLockMs` (15 minutes by
   * default, 0 to disable). Every store can be encrypted with `store.encryption.setup()`; none is
   * until then.
   */
  readonly encryption?: EncryptionOptions;
}

const defaultClock = (): string => new Date().toISOString();

/**
 * An `AssessmentStore` in memory, with the same logic (validation, revisions, envelopes, import
 * rules) as `createStore`: for tests, server rendering and hosts without IndexedDB. Data is lost
 * when the page closes, and is never shared between module instances or requests by default.
 */
export function createMemoryStore(options: MemoryStoreOptions): LocalAssessmentStore {
  assertNamespace(options.namespace);
  return createStoreCore({
    namespace: options.namespace,
    backend: options.backend ?? createMemoryBackend(),
    channel: createChangeChannel(options.channelName ?? null),
    codec: options.codec ?? plaintextCodec,
    clock: options.clock ?? defaultClock,
    vocabularies: options.vocabularies,
    encryption: options.encryption,
  });
}
