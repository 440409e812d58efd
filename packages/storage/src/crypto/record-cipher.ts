import { ENVELOPE_VERSION, type StoredEnvelope } from '../envelope.js';
import { open, seal } from './aead.js';
import { fromUtf8, utf8 } from './bytes.js';

/** The codec name of encrypted envelopes. */
export const ENCRYPTED_CODEC = 'aes-gcm';

/** The clear metadata of an encrypted envelope, all bound to the ciphertext as additional data. */
export interface SealedMeta {
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
  readonly retainUntil?: string | undefined;
}

/** An unlocked data key and its id. */
export interface DataKey {
  readonly keyId: string;
  readonly key: CryptoKey;
}

/**
 * The additional data of a record: the envelope version, codec, key id and every clear field. A
 * ciphertext moved under another id, or whose clear revision, date or retention date was edited,
 * no longer opens.
 */
function recordAad(meta: SealedMeta, keyId: string): Uint8Array<ArrayBuffer> {
  return utf8(
    JSON.stringify([
      'toile-record',
      ENVELOPE_VERSION,
      ENCRYPTED_CODEC,
      keyId,
      meta.id,
      meta.revision,
      meta.updatedAt,
      meta.retainUntil ?? null,
    ]),
  );
}

/** Encrypts a record's JSON into an envelope that carries no personal information in clear. */
export async function sealRecord(
  payload: unknown,
  meta: SealedMeta,
  dek: DataKey,
): Promise<StoredEnvelope> {
  const sealed = await seal(dek.key, utf8(JSON.stringify(payload)), recordAad(meta, dek.keyId));
  return {
    envelope: ENVELOPE_VERSION,
    codec: ENCRYPTED_CODEC,
    id: meta.id,
    revision: meta.revision,
    updatedAt: meta.updatedAt,
    ...(meta.retainUntil !== undefined ? { retainUntil: meta.retainUntil } : {}),
    payload: { keyId: dek.keyId, iv: sealed.iv, ct: sealed.ct },
  };
}

/** The key id an encrypted envelope was sealed with, or `undefined` if its payload is not sealed. */
export function sealedKeyId(envelope: StoredEnvelope): string | undefined {
  const p = envelope.payload;
  if (typeof p !== 'object' || p === null) return undefined;
  const keyId = (p as Record<string, unknown>)['keyId'];
  return typeof keyId === 'string' ? keyId : undefined;
}

/** Thrown when an encrypted envelope does not open (tampered, other key); the record is kept. */
export class RecordOpenError extends Error {
  constructor(cause?: unknown) {
    super('The encrypted record does not open.', { cause });
    this.name = 'RecordOpenError';
  }
}

/** Decrypts and authenticates an encrypted envelope into the record's JSON (not yet validated). */
export async function openRecord(envelope: StoredEnvelope, dek: DataKey): Promise<unknown> {
  if (sealedKeyId(envelope) !== dek.keyId) throw new RecordOpenError();
  try {
    const meta: SealedMeta = {
      id: envelope.id,
      revision: envelope.revision,
      updatedAt: envelope.updatedAt,
      retainUntil: envelope.retainUntil,
    };
    const bytes = await open(dek.key, envelope.payload, recordAad(meta, dek.keyId));
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch (error) {
    throw new RecordOpenError(error);
  }
}
