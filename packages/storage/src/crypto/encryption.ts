import type { StoreBackend } from '../backend.js';
import type { ChangeChannel } from '../channel.js';
import { readEnvelope, type EnvelopeCodec, type StoredEnvelope } from '../envelope.js';
import {
  StoreEncryptionStateError,
  StoreLockedError,
  StoreWeakPassphraseError,
  StoreWrongPassphraseError,
} from '../errors.js';
import type {
  EncryptionSetupResult,
  EncryptionStatus,
  LockReason,
  StoreEncryption,
} from '../types.js';
import {
  generateDataKey,
  OpenFailedError,
  seal,
  open,
  unwrapDataKey,
  wrapDataKey,
} from './aead.js';
import { fromBase64, randomBytes, randomKeyId, toBase64, utf8 } from './bytes.js';
import { passphraseKek, recoveryKek, SALT_BYTES } from './kdf.js';
import { KEYS_KEY, readKeyState, type KeyMaterial, type KeyState } from './key-material.js';
import {
  ENCRYPTED_CODEC,
  openRecord,
  sealedKeyId,
  sealRecord,
  type DataKey,
} from './record-cipher.js';
import { formatRecoveryKey, newRecoverySecret, parseRecoveryKey } from './recovery-key.js';

/** Shortest passphrase `setup` and `changePassphrase` accept. */
export const MIN_PASSPHRASE_LENGTH = 8;

/** Auto-lock after 15 minutes without activity, by default. */
export const DEFAULT_AUTO_LOCK_MS = 15 * 60 * 1000;

/** The constant the key check encrypts. */
const CHECK_TEXT = 'toile-key-check';

/** How many times setup re-plans after another tab wrote meanwhile. */
const SETUP_ATTEMPTS = 3;

/** Options of the encryption part of a store. */
export interface EncryptionOptions {
  /** PBKDF2-SHA256 iterations for new passphrases; 600,000 by default (tests use fewer). */
  readonly iterations?: number;
  /** Milliseconds without activity before the key is forgotten; 15 minutes by default, 0 to disable. */
  readonly autoLockMs?: number;
}

/** What the store core needs from the encryption part. */
export interface EncryptionController {
  /** The public API (`store.encryption`). */
  readonly api: StoreEncryption;
  /** Encodes with the data key when set up, else with the base codec; decodes by envelope codec. */
  readonly codec: EnvelopeCodec;
  /** The namespace's key record, as stored now. */
  keyState(): Promise<KeyState>;
  /** The status from a key state and this tab's key. */
  statusOf(state: KeyState): EncryptionStatus;
  /** The unlocked data key, if any. */
  dataKey(): DataKey | undefined;
  /**
   * Inside a write transaction: throws `StoreLockedError` unless every envelope about to be written
   * fits the key record as it is now (plaintext only without keys; ciphertext only under its key).
   */
  checkWrite(rawKeys: unknown, envelopes: readonly StoredEnvelope[]): void;
  /** After `checkWrite` refused: forget a key the namespace no longer uses. */
  recheck(): Promise<void>;
  /**
   * The data key of other key material (an encrypted export), from a passphrase or recovery key;
   * throws `StoreWrongPassphraseError` when it does not open.
   */
  openMaterial(
    material: KeyMaterial,
    secret: { readonly passphrase: string } | { readonly recoveryKey: string },
  ): Promise<DataKey>;
  /** Counts as activity for the auto-lock. */
  touch(): void;
  /** Forgets the key and stops the timer (store closed or destroyed). */
  dispose(reason?: LockReason): void;
}

interface ControllerOptions extends EncryptionOptions {
  readonly backend: StoreBackend;
  readonly channel: ChangeChannel;
  readonly base: EnvelopeCodec;
  readonly clock: () => string;
}

function dekAad(keyId: string, slot: 'passphrase' | 'recovery'): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['toile-dek', 1, keyId, slot]));
}

function checkAad(keyId: string): Uint8Array<ArrayBuffer> {
  return utf8(JSON.stringify(['toile-key-check', 1, keyId]));
}

function assertPassphrase(passphrase: unknown): asserts passphrase is string {
  if (
    typeof passphrase !== 'string' ||
    // Characters, not UTF-16 units: an accented letter counts once.
    Array.from(passphrase.normalize('NFC')).length < MIN_PASSPHRASE_LENGTH
  ) {
    throw new StoreWeakPassphraseError(MIN_PASSPHRASE_LENGTH);
  }
}

/** `retention.retainUntil` of a record's JSON, when it is a string. */
export function retainUntilOf(payload: unknown): string | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const retention = (payload as Record<string, unknown>)['retention'];
  if (typeof retention !== 'object' || retention === null) return undefined;
  const date = (retention as Record<string, unknown>)['retainUntil'];
  return typeof date === 'string' ? date : undefined;
}

/** Seals a record's JSON under its envelope's clear metadata. */
function sealPayload(
  payload: unknown,
  envelope: StoredEnvelope,
  dek: DataKey,
): Promise<StoredEnvelope> {
  return sealRecord(
    payload,
    {
      id: envelope.id,
      revision: envelope.revision,
      updatedAt: envelope.updatedAt,
      retainUntil: envelope.retainUntil ?? retainUntilOf(payload),
    },
    dek,
  );
}

/**
 * The encryption part of a store: key material in the namespace's own database (`KEYS_KEY`), the
 * data key in this tab's memory only (non-extractable), an auto-lock timer, and a codec that routes
 * envelopes between the base codec and AES-GCM.
 */
export function createEncryption(options: ControllerOptions): EncryptionController {
  const { backend, channel, base, clock } = options;
  const iterations = options.iterations ?? 600_000;
  const autoLockMs = Math.max(0, Math.min(options.autoLockMs ?? DEFAULT_AUTO_LOCK_MS, 2 ** 31 - 1));
  let session: DataKey | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failedAttempts = 0;
  let disposed = false;

  const keyState = async (): Promise<KeyState> => readKeyState(await backend.get(KEYS_KEY));

  const stopTimer = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const touch = (): void => {
    if (!session || autoLockMs === 0) return;
    stopTimer();
    timer = setTimeout(() => {
      forget('inactivity');
    }, autoLockMs);
  };

  /** Drops the key; tells this tab's listeners (and other tabs, for a manual lock). */
  const forget = (reason: LockReason): void => {
    stopTimer();
    if (!session) return;
    session = undefined;
    if (reason === 'manual') channel.publish({ type: 'locked', reason });
    else channel.notify({ type: 'locked', reason });
  };

  const begin = (dek: DataKey): void => {
    session = dek;
    failedAttempts = 0;
    touch();
    channel.notify({ type: 'unlocked' });
  };

  // Other tabs: a manual lock locks every tab; new key material locks a tab holding another key.
  channel.subscribe((change) => {
    if (!session) return;
    if (change.type === 'locked' && change.reason === 'manual') forget('other-tab');
    else if (change.type === 'destroyed') forget('destroyed');
    else if (change.type === 'encryption') void recheck();
  });

  const recheck = async (): Promise<void> => {
    const held = session;
    if (!held) return;
    const state = await keyState();
    if (session === held && (state.state !== 'ok' || state.material.keyId !== held.keyId)) {
      forget('keys-changed');
    }
  };

  const material = async (): Promise<KeyMaterial> => {
    const state = await keyState();
    if (state.state === 'none') throw new StoreEncryptionStateError('not-encrypted');
    if (state.state === 'damaged') throw new StoreEncryptionStateError('damaged-keys');
    return state.material;
  };

  /** Verifies the key check, so an unwrapped key that is not this namespace's is refused. */
  const verified = async (m: KeyMaterial, key: CryptoKey): Promise<boolean> => {
    try {
      const bytes = await open(key, m.check, checkAad(m.keyId));
      return new TextDecoder().decode(bytes) === CHECK_TEXT;
    } catch {
      return false;
    }
  };

  const unwrapWithPassphrase = async (
    m: KeyMaterial,
    passphrase: string,
    extractable: boolean,
  ): Promise<CryptoKey> => {
    const salt = fromBase64(m.passphrase.salt);
    if (!salt) throw new StoreEncryptionStateError('damaged-keys');
    const kek = await passphraseKek(passphrase, salt, m.passphrase.iterations);
    return unwrapOrWrong(m, m.passphrase.wrapped, kek, 'passphrase', extractable);
  };

  const unwrapWithRecovery = async (
    m: KeyMaterial,
    recoveryKey: string,
    extractable: boolean,
  ): Promise<CryptoKey> => {
    if (!m.recovery) throw new StoreEncryptionStateError('no-recovery-key');
    const secret = typeof recoveryKey === 'string' ? parseRecoveryKey(recoveryKey) : undefined;
    const salt = fromBase64(m.recovery.salt);
    if (!salt) throw new StoreEncryptionStateError('damaged-keys');
    if (!secret) {
      failedAttempts += 1;
      throw new StoreWrongPassphraseError('recovery-key', failedAttempts);
    }
    const kek = await recoveryKek(secret, salt);
    return unwrapOrWrong(m, m.recovery.wrapped, kek, 'recovery-key', extractable);
  };

  const unwrapOrWrong = async (
    m: KeyMaterial,
    wrapped: unknown,
    kek: CryptoKey,
    kind: 'passphrase' | 'recovery-key',
    extractable: boolean,
  ): Promise<CryptoKey> => {
    const slot = kind === 'passphrase' ? 'passphrase' : 'recovery';
    let key: CryptoKey;
    try {
      key = await unwrapDataKey(wrapped, kek, dekAad(m.keyId, slot), extractable);
    } catch (error) {
      if (!(error instanceof OpenFailedError)) throw error;
      failedAttempts += 1;
      throw new StoreWrongPassphraseError(kind, failedAttempts);
    }
    if (!(await verified(m, key))) {
      failedAttempts += 1;
      throw new StoreWrongPassphraseError(kind, failedAttempts);
    }
    return key;
  };

  /**
   * Encrypts, under `dek`, every stored record still in clear (all of them at setup; leftovers of
   * an interrupted setup at unlock). Returns the writes and the values left as they were.
   */
  const sealLeftovers = async (
    dek: DataKey,
  ): Promise<{
    snapshot: Map<string, unknown>;
    sealed: StoredEnvelope[];
    left: string[];
  }> => {
    const snapshot = new Map<string, unknown>();
    const sealed: StoredEnvelope[] = [];
    const left: string[] = [];
    for (const [key, raw] of await backend.entries()) {
      if (key === KEYS_KEY) continue;
      const env = readEnvelope(key, raw);
      if (!env.ok) {
        // No revision to guard it by: leave it byte for byte (it is reported invalid, never lost).
        left.push(key);
        continue;
      }
      if (env.envelope.codec === ENCRYPTED_CODEC) continue;
      let payload: unknown;
      try {
        payload = await base.decode(env.envelope);
      } catch {
        left.push(key);
        continue;
      }
      snapshot.set(key, raw);
      sealed.push(await sealPayload(payload, env.envelope, dek));
    }
    return { snapshot, sealed, left };
  };

  /** Whether every value still is what the snapshot read (compared as JSON: same writer, same order). */
  const unchanged = (
    keys: readonly string[],
    current: readonly unknown[],
    snapshot: Map<string, unknown>,
  ): boolean =>
    keys.every((k, i) => JSON.stringify(current[i]) === JSON.stringify(snapshot.get(k)));

  /** Finishes an interrupted setup: best effort, since records left in clear still read. */
  const sweep = async (dek: DataKey): Promise<void> => {
    try {
      const { snapshot, sealed } = await sealLeftovers(dek);
      if (sealed.length === 0) return;
      const keys = [KEYS_KEY, ...snapshot.keys()];
      await backend.transact(keys, ([rawKeys, ...current]) => {
        const state = readKeyState(rawKeys);
        if (state.state !== 'ok' || state.material.keyId !== dek.keyId)
          throw new StoreLockedError();
        if (!unchanged(keys.slice(1), current, snapshot)) throw new StoreLockedError();
        return { set: sealed.map((e) => [e.id, e] as const), delete: [] };
      });
    } catch {
      // Left for the next unlock; the records stay readable in clear meanwhile.
    }
  };

  const api: StoreEncryption = {
    get autoLockMs() {
      return autoLockMs;
    },
    get failedAttempts() {
      return failedAttempts;
    },

    async status() {
      return statusOf(await keyState());
    },

    async setup(passphrase, setupOptions) {
      assertPassphrase(passphrase);
      const withRecovery = setupOptions?.recoveryKey !== false;
      const before = await keyState();
      if (before.state !== 'none') throw new StoreEncryptionStateError('already-encrypted');

      const keyId = randomKeyId();
      const extractable = await generateDataKey();
      const salt = randomBytes(SALT_BYTES);
      const kek = await passphraseKek(passphrase, salt, iterations);
      const wrapped = await wrapDataKey(extractable, kek, dekAad(keyId, 'passphrase'));
      let recoveryKey: string | undefined;
      let recovery: KeyMaterial['recovery'];
      if (withRecovery) {
        const secret = newRecoverySecret();
        const rsalt = randomBytes(SALT_BYTES);
        const rkek = await recoveryKek(secret, rsalt);
        recovery = {
          kdf: 'HKDF-SHA256',
          salt: toBase64(rsalt),
          wrapped: await wrapDataKey(extractable, rkek, dekAad(keyId, 'recovery')),
        };
        recoveryKey = formatRecoveryKey(secret);
      }
      // From here on only a non-extractable copy of the data key is kept.
      const key = await unwrapDataKey(wrapped, kek, dekAad(keyId, 'passphrase'), false);
      const now = clock();
      const m: KeyMaterial = {
        kind: 'toile-keys',
        version: 1,
        keyId,
        cipher: 'AES-GCM-256',
        passphrase: { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapped },
        ...(recovery ? { recovery } : {}),
        check: await seal(key, utf8(CHECK_TEXT), checkAad(keyId)),
        createdAt: now,
        changedAt: now,
      };
      const dek: DataKey = { keyId, key };

      for (let attempt = 0; attempt < SETUP_ATTEMPTS; attempt += 1) {
        const { snapshot, sealed, left } = await sealLeftovers(dek);
        const keys = [KEYS_KEY, ...snapshot.keys()];
        const outcome = { raced: false };
        await backend.transact(keys, ([rawKeys, ...current]) => {
          if (rawKeys !== undefined) throw new StoreEncryptionStateError('already-encrypted');
          if (!unchanged(keys.slice(1), current, snapshot)) {
            outcome.raced = true;
            return { set: [], delete: [] };
          }
          // The key record first: a backend that tears a write still never holds ciphertext
          // without the key material that opens it.
          return {
            set: [[KEYS_KEY, m] as const, ...sealed.map((e) => [e.id, e] as const)],
            delete: [],
          };
        });
        if (outcome.raced) continue;
        begin(dek);
        channel.publish({ type: 'encryption' });
        const result: EncryptionSetupResult = {
          ...(recoveryKey !== undefined ? { recoveryKey } : {}),
          encrypted: sealed.length,
          leftUnencrypted: left,
        };
        return result;
      }
      throw new StoreEncryptionStateError('changed-elsewhere');
    },

    async unlock(passphrase) {
      const m = await material();
      const key = await unwrapWithPassphrase(m, passphrase, false);
      const dek = { keyId: m.keyId, key };
      begin(dek);
      await sweep(dek);
    },

    async unlockWithRecoveryKey(recoveryKey) {
      const m = await material();
      const key = await unwrapWithRecovery(m, recoveryKey, false);
      const dek = { keyId: m.keyId, key };
      begin(dek);
      await sweep(dek);
    },

    lock() {
      if (session) {
        forget('manual');
      } else {
        // Still tell the other tabs: locking is what the person at this workstation asked for.
        channel.publish({ type: 'locked', reason: 'manual' });
      }
    },

    async changePassphrase(current, next) {
      assertPassphrase(next);
      const m = await material();
      const extractable =
        typeof current === 'string'
          ? await unwrapWithPassphrase(m, current, true)
          : await unwrapWithRecovery(m, current.recoveryKey, true);
      const salt = randomBytes(SALT_BYTES);
      const kek = await passphraseKek(next, salt, iterations);
      const wrapped = await wrapDataKey(extractable, kek, dekAad(m.keyId, 'passphrase'));
      const key = await unwrapDataKey(wrapped, kek, dekAad(m.keyId, 'passphrase'), false);
      const updated: KeyMaterial = {
        ...m,
        passphrase: { kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), wrapped },
        changedAt: clock(),
      };
      // One value written: the old or the new key record, never a mix; records are untouched.
      await backend.transact([KEYS_KEY], ([rawKeys]) => {
        if (JSON.stringify(rawKeys) !== JSON.stringify(m)) {
          throw new StoreEncryptionStateError('changed-elsewhere');
        }
        return { set: [[KEYS_KEY, updated]], delete: [] };
      });
      begin({ keyId: m.keyId, key });
      channel.publish({ type: 'encryption' });
    },

    touch,
  };

  const statusOf = (state: KeyState): EncryptionStatus => {
    if (state.state === 'none') return 'none';
    if (state.state === 'ok' && session?.keyId === state.material.keyId) return 'unlocked';
    return 'locked';
  };

  const codec: EnvelopeCodec = {
    name: ENCRYPTED_CODEC,
    async encode(record, meta) {
      const dek = session;
      // Only the three stamped fields: `meta` may be a richer object at runtime.
      const stamp = { id: meta.id, revision: meta.revision, updatedAt: meta.updatedAt };
      if (dek) {
        return sealRecord(
          { ...record, ...stamp },
          { ...stamp, retainUntil: record.retention.retainUntil },
          dek,
        );
      }
      const state = await keyState();
      if (state.state !== 'none') throw new StoreLockedError();
      return base.encode(record, meta);
    },
    decode(envelope) {
      if (envelope.codec !== ENCRYPTED_CODEC) return base.decode(envelope);
      const dek = session;
      if (!dek) throw new StoreLockedError();
      return openRecord(envelope, dek);
    },
  };

  return {
    api,
    codec,
    keyState,
    statusOf,
    dataKey: () => session,
    checkWrite(rawKeys, envelopes) {
      const state = readKeyState(rawKeys);
      for (const e of envelopes) {
        const ok =
          e.codec === ENCRYPTED_CODEC
            ? state.state === 'ok' && sealedKeyId(e) === state.material.keyId
            : state.state === 'none';
        if (!ok) throw new StoreLockedError();
      }
    },
    recheck,
    async openMaterial(m, secret) {
      const key =
        'passphrase' in secret
          ? await unwrapWithPassphrase(m, secret.passphrase, false)
          : await unwrapWithRecovery(m, secret.recoveryKey, false);
      return { keyId: m.keyId, key };
    },
    touch,
    dispose(reason) {
      if (disposed) return;
      if (reason) forget(reason);
      stopTimer();
      session = undefined;
      disposed = true;
    },
  };
}
