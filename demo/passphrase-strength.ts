/** How strong a passphrase looks, from a rough guess of its entropy (a hint, not a guarantee). */
export type Strength = 'empty' | 'short' | 'weak' | 'fair' | 'good' | 'strong';

/** The store refuses fewer characters than this (`MIN_PASSPHRASE_LENGTH` in @toile/storage). */
const MIN_LENGTH = 8;

/**
 * A quick strength hint: characters times log2 of the alphabet they draw from, with repeated
 * characters and single words penalized, since several words beat clever substitutions.
 */
export function passphraseStrength(passphrase: string): Strength {
  const chars = Array.from(passphrase.normalize('NFC'));
  if (chars.length === 0) return 'empty';
  if (chars.length < MIN_LENGTH) return 'short';
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9]/.test(passphrase)) pool += 33;
  const unique = new Set(chars).size;
  // A run like "aaaaaaaa" carries little more than its distinct characters.
  const effective = Math.min(chars.length, unique * 2);
  let bits = effective * Math.log2(Math.max(pool, 2));
  const words = passphrase
    .trim()
    .split(/\s+/)
    .filter((w) => w.length >= 2).length;
  if (words >= 4) bits += 20;
  else if (words <= 1) bits -= 10;
  if (bits < 40) return 'weak';
  if (bits < 60) return 'fair';
  if (bits < 85) return 'good';
  return 'strong';
}
