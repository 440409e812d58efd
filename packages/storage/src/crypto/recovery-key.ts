import { randomBytes } from './bytes.js';

/** Crockford's base32 alphabet: no I, L, O or U, so a printed key is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Recovery keys carry 160 random bits: 32 base32 characters. */
export const RECOVERY_KEY_BYTES = 20;
const RECOVERY_KEY_CHARS = 32;

/** A fresh recovery key's secret bytes. */
export function newRecoverySecret(): Uint8Array<ArrayBuffer> {
  return randomBytes(RECOVERY_KEY_BYTES);
}

/** The printable form: 8 groups of 4 characters, e.g. `7KQ2-M9XD-…`, to write down or print once. */
export function formatRecoveryKey(secret: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of secret) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET.charAt((value >>> (bits - 5)) & 31);
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((value << (5 - bits)) & 31);
  return (out.match(/.{1,4}/g) ?? []).join('-');
}

/**
 * The secret of a typed recovery key, or `undefined` when it cannot be one. Generous with what
 * people type: case, spaces and dashes are ignored, O reads as 0, and I or L as 1.
 */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | undefined {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== RECOVERY_KEY_CHARS) return undefined;
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const ch of clean) {
    const digit = ALPHABET.indexOf(ch);
    if (digit < 0) return undefined;
    value = (value << 5) | digit;
    bits += 5;
    if (bits >= 8) {
      bytes[index] = (value >>> (bits - 8)) & 255;
      index += 1;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return bytes;
}
