import { utf8 } from './bytes.js';

/** PBKDF2-SHA256 iterations by default: OWASP's current figure for PBKDF2-HMAC-SHA256. */
export const DEFAULT_ITERATIONS = 600_000;

/** Iterations accepted from stored or imported key material: a file must not make us spin for hours. */
export const MIN_ITERATIONS = 1_000;
export const MAX_ITERATIONS = 10_000_000;

/** Salt length for both derivations: 128 bits. */
export const SALT_BYTES = 16;

/**
 * The passphrase as bytes. NFC first, so "é" typed as one character (Windows) or as e + accent
 * (some macOS inputs) gives the same key: a French passphrase must open on every workstation.
 */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return utf8(passphrase.normalize('NFC'));
}

/**
 * The key-encryption key of a passphrase: PBKDF2-HMAC-SHA256 (the only password KDF in Web Crypto)
 * over the random salt; non-extractable, usable only to wrap and unwrap the data key.
 */
export async function passphraseKek(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/**
 * The key-encryption key of a recovery key. The recovery key is 160 random bits, not a human
 * password, so a slow KDF adds nothing: HKDF-SHA256 with its own salt suffices.
 */
export async function recoveryKek(
  secret: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: utf8('toile recovery key v1') },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}
