import type { Sealed } from './aead.js';
import { fromBase64 } from './bytes.js';
import { MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES } from './kdf.js';

/**
 * The key under which a namespace keeps its key material, in the same database as its records.
 * Reserved: no record may use this id, and it is left out of `list`, exports and imports.
 */
export const KEYS_KEY = '__toile_keys__';

/** The passphrase slot: the data key wrapped by a PBKDF2-derived key. */
export interface PassphraseSlot {
  readonly kdf: 'PBKDF2-SHA256';
  readonly iterations: number;
  /** 16 random bytes, base64. */
  readonly salt: string;
  readonly wrapped: Sealed;
}

/** The recovery slot: the data key wrapped by a key derived (HKDF) from the recovery key. */
export interface RecoverySlot {
  readonly kdf: 'HKDF-SHA256';
  readonly salt: string;
  readonly wrapped: Sealed;
}

/**
 * A namespace's key material, stored in clear: nothing in it opens a record without the
 * passphrase or the recovery key. `check` is a constant encrypted with the data key, so a key that
 * unwraps but is not this namespace's is still caught before any record is touched.
 */
export interface KeyMaterial {
  readonly kind: 'toile-keys';
  readonly version: 1;
  /** Names the data key; every encrypted envelope carries it. */
  readonly keyId: string;
  readonly cipher: 'AES-GCM-256';
  readonly passphrase: PassphraseSlot;
  readonly recovery?: RecoverySlot;
  readonly check: Sealed;
  /** When encryption was set up and when the passphrase last changed (store clock). */
  readonly createdAt: string;
  readonly changedAt: string;
}

/** What a namespace's key record says: no encryption, usable material, or a damaged record. */
export type KeyState =
  | { readonly state: 'none' }
  | { readonly state: 'ok'; readonly material: KeyMaterial }
  | { readonly state: 'damaged' };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSealed(value: unknown): value is Sealed {
  return isObject(value) && typeof value['iv'] === 'string' && typeof value['ct'] === 'string';
}

function isSalt(value: unknown): value is string {
  return fromBase64(value)?.length === SALT_BYTES;
}

/** Reads a stored (or imported) key record strictly; anything odd is `damaged`, never `none`. */
export function readKeyState(raw: unknown): KeyState {
  if (raw === undefined) return { state: 'none' };
  return readKeyMaterial(raw) ? { state: 'ok', material: raw } : { state: 'damaged' };
}

/** Whether a value is well-formed key material (iterations within bounds, salts of 16 bytes). */
export function readKeyMaterial(raw: unknown): raw is KeyMaterial {
  if (!isObject(raw)) return false;
  const { kind, version, keyId, cipher, passphrase, recovery, check, createdAt, changedAt } = raw;
  if (kind !== 'toile-keys' || version !== 1 || cipher !== 'AES-GCM-256') return false;
  if (typeof keyId !== 'string' || keyId.length === 0 || keyId.length > 64) return false;
  if (typeof createdAt !== 'string' || typeof changedAt !== 'string' || !isSealed(check)) {
    return false;
  }
  if (!isObject(passphrase) || passphrase['kdf'] !== 'PBKDF2-SHA256') return false;
  const iterations = passphrase['iterations'];
  if (
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < MIN_ITERATIONS ||
    iterations > MAX_ITERATIONS ||
    !isSalt(passphrase['salt']) ||
    !isSealed(passphrase['wrapped'])
  ) {
    return false;
  }
  if (recovery !== undefined) {
    if (!isObject(recovery) || recovery['kdf'] !== 'HKDF-SHA256') return false;
    if (!isSalt(recovery['salt']) || !isSealed(recovery['wrapped'])) return false;
  }
  return true;
}
