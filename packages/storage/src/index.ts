export type {
  AssessmentStore,
  ExportFile,
  ImportOptions,
  ImportResult,
  InvalidStoredSummary,
  OnExisting,
  StoreChange,
  StoredSummary,
  ValidStoredSummary,
} from './types.js';
export {
  StoreBlockedError,
  StoreConflictError,
  StoreError,
  StoreInvalidRecordError,
  StoreNamespaceError,
  StoreNotFoundError,
  StoreQuotaError,
  StoreUnavailableError,
  StoreValidationError,
  toStoreError,
  type StoreErrorCode,
} from './errors.js';
export {
  ENVELOPE_VERSION,
  plaintextCodec,
  readEnvelope,
  type EnvelopeCodec,
  type EnvelopeMeta,
  type EnvelopeRead,
  type StoredEnvelope,
} from './envelope.js';
export type { BackendWrites, StoreBackend } from './backend.js';
export { createMemoryBackend } from './memory-backend.js';
export { RECORDS_STORE } from './idb-backend.js';
export { assertNamespace, namespaceKey } from './namespace.js';
export { createStore, type StoreOptions } from './create-store.js';
export { createMemoryStore, type MemoryStoreOptions } from './create-memory-store.js';
