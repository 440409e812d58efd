import { fromBase64, randomBytes, toBase64 } from './bytes.js';

/** AES-GCM output as stored: the 12-byte IV and the ciphertext (with its 16-byte tag), in base64. */
export interface Sealed {
  readonly iv: string;
  readonly ct: string;
}

/** The AES-GCM IV length: 96 bits, the size GCM is designed for. */
const IV_BYTES = 12;

/** A fresh random AES-GCM 256 data key; extractable only so it can be wrapped once, at setup. */
export function generateDataKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
}

/** Encrypts with a fresh random IV (never reused with a key), binding `aad` (not secret, not stored). */
export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad },
    key,
    plaintext,
  );
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Thrown when sealed bytes do not open: wrong key, tampered IV, ciphertext or additional data. */
export class OpenFailedError extends Error {
  constructor(cause?: unknown) {
    super('AES-GCM authentication failed.', { cause });
    this.name = 'OpenFailedError';
  }
}

function ivAndCt(sealed: unknown): { iv: Uint8Array<ArrayBuffer>; ct: Uint8Array<ArrayBuffer> } {
  if (typeof sealed !== 'object' || sealed === null) throw new OpenFailedError();
  const { iv, ct } = sealed as Record<string, unknown>;
  const ivBytes = fromBase64(iv);
  const ctBytes = fromBase64(ct);
  // A tag alone is 16 bytes; anything shorter or an IV of another size is damaged.
  if (!ivBytes || ivBytes.length !== IV_BYTES || !ctBytes || ctBytes.length < 16) {
    throw new OpenFailedError();
  }
  return { iv: ivBytes, ct: ctBytes };
}

/** Decrypts and authenticates; throws `OpenFailedError` on any mismatch (no partial plaintext). */
export async function open(
  key: CryptoKey,
  sealed: unknown,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const { iv, ct } = ivAndCt(sealed);
  try {
    const pt = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ct);
    return new Uint8Array(pt);
  } catch (error) {
    throw new OpenFailedError(error);
  }
}

/** Wraps (encrypts) the data key under a key-encryption key, binding `aad`. */
export async function wrapDataKey(
  dek: CryptoKey,
  kek: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(IV_BYTES);
  const ct = await crypto.subtle.wrapKey('raw', dek, kek, {
    name: 'AES-GCM',
    iv,
    additionalData: aad,
  });
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/**
 * Unwraps the data key; `extractable` only when it must be re-wrapped (passphrase change), so that
 * during a normal unlocked session the key bytes cannot be read back by script. Throws
 * `OpenFailedError` when the key-encryption key is wrong or the wrapped key was altered.
 */
export async function unwrapDataKey(
  sealed: unknown,
  kek: CryptoKey,
  aad: Uint8Array<ArrayBuffer>,
  extractable: boolean,
): Promise<CryptoKey> {
  const { iv, ct } = ivAndCt(sealed);
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      ct,
      kek,
      { name: 'AES-GCM', iv, additionalData: aad },
      { name: 'AES-GCM', length: 256 },
      extractable,
      ['encrypt', 'decrypt'],
    );
  } catch (error) {
    throw new OpenFailedError(error);
  }
}
