export type {
  AssessmentStore,
  DestroyOptions,
  EncryptedExportFile,
  EncryptionSetupResult,
  EncryptionStatus,
  ExpiredSummary,
  ExportFile,
  ExportOptions,
  ImportOptions,
  ImportResult,
  InvalidStoredSummary,
  LocalAssessmentStore,
  LockReason,
  OnExisting,
  StoreChange,
  StoreEncryption,
  StoredSummary,
  ValidStoredSummary,
} from './types.js';
export {
  StoreBlockedError,
  StoreConfirmationError,
  StoreEncryptionStateError,
  StoreLockedError,
  StoreWeakPassphraseError,
  StoreWrongPassphraseError,
  type EncryptionStateReason,
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
export {
  DEFAULT_AUTO_LOCK_MS,
  MIN_PASSPHRASE_LENGTH,
  type EncryptionOptions,
} from './crypto/encryption.js';
export { DEFAULT_ITERATIONS } from './crypto/kdf.js';
export { KEYS_KEY } from './crypto/key-material.js';
export { ENCRYPTED_CODEC } from './crypto/record-cipher.js';
export { ENCRYPTED_EXPORT_FORMAT } from './crypto/encrypted-export.js';
