import { issue, type Assessment, type ValidationIssue } from '@toile/core';

/** The current version of the storage envelope. */
export const ENVELOPE_VERSION = 1;

/**
 * How a record is kept in storage. The metadata outside `payload` is what the store needs without
 * decoding (listing, revision checks inside a transaction); `payload` is whatever the codec made of
 * the record. An encrypting codec turns `payload` into ciphertext and leaves `tenantName` out.
 */
export interface StoredEnvelope {
  /** The envelope's own version, independent of the record's `schemaVersion`. */
  readonly envelope: typeof ENVELOPE_VERSION;
  /** The codec that wrote `payload` (`plain` for the default one). */
  readonly codec: string;
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
  /** The tenant's display name, for listing; plaintext codecs only. */
  readonly tenantName?: string;
  /**
   * The record's `retention.retainUntil` (`YYYY-MM-DD`), kept in clear by every codec so expired
   * records can be listed for destruction while the namespace is locked. A date alone identifies
   * nobody; the encrypting codec binds it to the ciphertext, so editing it breaks the record.
   */
  readonly retainUntil?: string;
  readonly payload: unknown;
}

/** The metadata the store fixes before encoding a record. */
export interface EnvelopeMeta {
  readonly id: string;
  readonly revision: number;
  readonly updatedAt: string;
}

/**
 * Turns a record into a storage envelope and back. May be async (the AES-GCM codec is): the store
 * encodes and decodes outside its transactions. `decode` returns the record's JSON (or a promise of
 * it), not yet validated, and throws when it cannot (wrong key, foreign codec): the record is then
 * reported invalid, never dropped.
 */
export interface EnvelopeCodec {
  /** The name stored in `StoredEnvelope.codec`. */
  readonly name: string;
  /** Wraps a validated record; `meta` wins over the record's own `id`, `revision` and `updatedAt`. */
  encode(record: Assessment, meta: EnvelopeMeta): StoredEnvelope | Promise<StoredEnvelope>;
  /** Unwraps the record's JSON, or a promise of it. */
  decode(envelope: StoredEnvelope): unknown;
}

/** The default codec: the record as plain JSON, with the tenant's name beside it for listing. */
export const plaintextCodec: EnvelopeCodec = {
  name: 'plain',
  encode(record, meta) {
    const tenant = record.registry.find((e) => e.id === record.tenant.personId);
    return {
      envelope: ENVELOPE_VERSION,
      codec: 'plain',
      id: meta.id,
      revision: meta.revision,
      updatedAt: meta.updatedAt,
      ...(tenant ? { tenantName: tenant.name } : {}),
      ...(record.retention.retainUntil !== undefined
        ? { retainUntil: record.retention.retainUntil }
        : {}),
      payload: { ...record, id: meta.id, revision: meta.revision, updatedAt: meta.updatedAt },
    };
  },
  decode(envelope) {
    if (envelope.codec !== 'plain') {
      throw new Error(`Codec "${envelope.codec}" cannot be read by the plain codec.`);
    }
    return envelope.payload;
  },
};

/** A stored value read as an envelope, or why it cannot be. */
export type EnvelopeRead =
  | { readonly ok: true; readonly envelope: StoredEnvelope }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRevision(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * Reads a stored value's envelope synchronously (it runs inside transactions). Generous: a bare
 * record stored without an envelope (as an early prototype might have) reads as a plain envelope
 * built from its own fields.
 */
export function readEnvelope(key: string, raw: unknown): EnvelopeRead {
  if (!isObject(raw)) return notEnvelope();
  if (!('envelope' in raw) && 'schemaVersion' in raw) {
    const { revision, updatedAt } = raw;
    if (!isRevision(revision) || typeof updatedAt !== 'string') return notEnvelope();
    return {
      ok: true,
      envelope: {
        envelope: ENVELOPE_VERSION,
        codec: 'plain',
        id: key,
        revision,
        updatedAt,
        payload: raw,
      },
    };
  }
  const { envelope, codec, id, revision, updatedAt, tenantName, retainUntil } = raw;
  if (typeof envelope === 'number' && envelope > ENVELOPE_VERSION) {
    return {
      ok: false,
      issues: [
        issue(
          ['envelope'],
          'future_envelope',
          `Enregistré par une version plus récente de Toile (enveloppe ${String(envelope)}).`,
          `Stored by a newer Toile (envelope ${String(envelope)}).`,
        ),
      ],
    };
  }
  if (
    envelope !== ENVELOPE_VERSION ||
    typeof codec !== 'string' ||
    typeof id !== 'string' ||
    !isRevision(revision) ||
    typeof updatedAt !== 'string' ||
    !('payload' in raw) ||
    (tenantName !== undefined && typeof tenantName !== 'string') ||
    (retainUntil !== undefined && typeof retainUntil !== 'string')
  ) {
    return notEnvelope();
  }
  if (id !== key) {
    return {
      ok: false,
      issues: [
        issue(
          ['id'],
          'id_mismatch',
          `L'identifiant enregistré « ${id} » ne correspond pas à la clé « ${key} ».`,
          `The stored id "${id}" does not match its key "${key}".`,
        ),
      ],
    };
  }
  return {
    ok: true,
    envelope: {
      envelope,
      codec,
      id,
      revision,
      updatedAt,
      ...(tenantName !== undefined ? { tenantName } : {}),
      ...(retainUntil !== undefined ? { retainUntil } : {}),
      payload: raw['payload'],
    },
  };
}

function notEnvelope(): EnvelopeRead {
  return {
    ok: false,
    issues: [
      issue(
        [],
        'not_an_envelope',
        "La donnée enregistrée n'a pas la forme attendue (enveloppe de stockage illisible).",
        'The stored value does not have the expected shape (unreadable storage envelope).',
      ),
    ],
  };
}
