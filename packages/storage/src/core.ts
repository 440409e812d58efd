import {
  issue,
  parseAssessment,
  type Assessment,
  type IssuePath,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import type { StoreBackend } from './backend.js';
import type { ChangeChannel } from './channel.js';
import { filterForExport } from './consent.js';
import { createEncryption, type EncryptionOptions } from './crypto/encryption.js';
import {
  ENCRYPTED_EXPORT_FORMAT,
  isEncryptedExport,
  readEncryptedExport,
} from './crypto/encrypted-export.js';
import { KEYS_KEY } from './crypto/key-material.js';
import { ENCRYPTED_CODEC, RecordOpenError, sealRecord } from './crypto/record-cipher.js';
import { readEnvelope, type EnvelopeCodec, type StoredEnvelope } from './envelope.js';
import {
  StoreConfirmationError,
  StoreEncryptionStateError,
  StoreConflictError,
  StoreInvalidRecordError,
  StoreLockedError,
  StoreNotFoundError,
  StoreUnavailableError,
  StoreValidationError,
  toStoreError,
} from './errors.js';
import { loadImportInput, readImportValue } from './import-file.js';
import { sameContent } from './same-content.js';
import type {
  DestroyOptions,
  EncryptedExportFile,
  ExpiredSummary,
  ExportFile,
  ExportOptions,
  ImportOptions,
  ImportResult,
  LocalAssessmentStore,
  StoredSummary,
} from './types.js';

/** What the shared store logic needs; `createStore` and `createMemoryStore` fill it in. */
export interface StoreCoreOptions {
  readonly namespace: string;
  readonly backend: StoreBackend;
  readonly channel: ChangeChannel;
  /** The codec of records while the namespace is not encrypted. */
  readonly codec: EnvelopeCodec;
  readonly clock: () => string;
  readonly vocabularies?: Vocabularies | undefined;
  /** Iterations and auto-lock of encryption at rest (which every store supports). */
  readonly encryption?: EncryptionOptions | undefined;
}

/** A stored value as read: the parsed record, or why it no longer reads (with what could be decoded). */
type Stored =
  | { readonly ok: true; readonly envelope: StoredEnvelope; readonly record: Assessment }
  | {
      readonly ok: false;
      readonly raw: unknown;
      readonly envelope?: StoredEnvelope;
      readonly payload?: unknown;
      /** The record is encrypted and this store is locked: not decoded, not known to be invalid. */
      readonly locked?: true;
      readonly issues: readonly ValidationIssue[];
    };

/** Thrown inside an import transaction when a record changed since the import looked at it. */
class ImportRaceError extends Error {}

/** The date-time form the record schema accepts (`2026-01-05T10:00:00.000Z`, or with an offset). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** How many times an import re-plans after another tab wrote meanwhile. */
const IMPORT_ATTEMPTS = 3;

const YMD = /^\d{4}-\d{2}-\d{2}$/;

/** The issue of a record id that would collide with the namespace's key record. */
function reservedIdIssue(path: IssuePath): ValidationIssue {
  return issue(
    path,
    'reserved_id',
    `L'identifiant « ${KEYS_KEY} » est réservé par Toile.`,
    `The id "${KEYS_KEY}" is reserved by Toile.`,
  );
}

/** The one implementation of the store, over any backend (IndexedDB, memory). */
export function createStoreCore(options: StoreCoreOptions): LocalAssessmentStore {
  const { namespace, channel, clock } = options;
  const raw = options.backend;
  const parseOptions = options.vocabularies ? { vocabularies: options.vocabularies } : {};
  let closed = false;
  const encryption = createEncryption({
    ...options.encryption,
    backend: raw,
    channel,
    base: options.codec,
    clock,
  });
  const codec = encryption.codec;

  // The records, without the key record that shares their database.
  const backend = {
    get: (key: string): Promise<unknown> =>
      key === KEYS_KEY ? Promise.resolve(undefined) : raw.get(key),
    entries: async (): Promise<(readonly [string, unknown])[]> =>
      (await raw.entries()).filter(([k]) => k !== KEYS_KEY),
  };

  const guard = async <T>(operation: () => Promise<T>): Promise<T> => {
    if (closed) throw new StoreUnavailableError();
    // Every store operation is activity: the auto-lock counts from the last one.
    encryption.touch();
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error);
    }
  };

  /** Rejects while the namespace is encrypted and this store holds no key. */
  const assertOpen = async (): Promise<void> => {
    if (encryption.statusOf(await encryption.keyState()) === 'locked') {
      throw new StoreLockedError();
    }
  };

  /** Runs a write transaction that also checks the key record still fits what was encoded. */
  const transactChecked = async (
    keys: readonly string[],
    envelopes: readonly StoredEnvelope[],
    plan: Parameters<typeof raw.transact>[1],
  ): Promise<void> => {
    try {
      await raw.transact([...keys, KEYS_KEY], (current) => {
        encryption.checkWrite(current[keys.length], envelopes);
        return plan(current.slice(0, keys.length));
      });
    } catch (error) {
      if (error instanceof StoreLockedError) await encryption.recheck();
      throw error;
    }
  };

  const readStored = async (id: string, raw: unknown): Promise<Stored> => {
    const env = readEnvelope(id, raw);
    if (!env.ok) return { ok: false, raw, issues: env.issues };
    const envelope = env.envelope;
    let payload: unknown;
    try {
      payload = await codec.decode(envelope);
    } catch (error) {
      if (error instanceof StoreLockedError) {
        return { ok: false, raw, envelope, locked: true, issues: [] };
      }
      return {
        ok: false,
        raw,
        envelope,
        issues: [
          error instanceof RecordOpenError
            ? issue(
                ['payload'],
                'decrypt_failed',
                'Le contenu chiffré ne peut pas être déchiffré (modifié, ou chiffré avec une autre clé).',
                'The encrypted content cannot be decrypted (altered, or encrypted with another key).',
              )
            : issue(
                ['payload'],
                'undecodable',
                'Le contenu enregistré ne peut pas être décodé (verrouillé ou format inconnu).',
                'The stored content cannot be decoded (locked or unknown format).',
              ),
        ],
      };
    }
    const parsed = parseAssessment(payload, parseOptions);
    if (!parsed.ok) return { ok: false, raw, envelope, payload, issues: parsed.issues };
    if (parsed.value.id !== id) {
      const issues = [
        issue(
          ['id'],
          'id_mismatch',
          `L'évaluation enregistrée sous « ${id} » porte l'identifiant « ${parsed.value.id} ».`,
          `The assessment stored under "${id}" has the id "${parsed.value.id}".`,
        ),
      ];
      return { ok: false, raw, envelope, payload, issues };
    }
    // The envelope's revision is the one `put` checks, so it is the one callers must see.
    return { ok: true, envelope, record: { ...parsed.value, revision: envelope.revision } };
  };

  const readAll = async (): Promise<(readonly [string, Stored])[]> => {
    const all = await backend.entries();
    return Promise.all(all.map(async ([id, raw]) => [id, await readStored(id, raw)] as const));
  };

  // The encryption API goes through `guard` too: closed-store check, activity, typed errors.
  const api = encryption.api;
  const encryptionApi: LocalAssessmentStore['encryption'] = {
    get autoLockMs() {
      return api.autoLockMs;
    },
    get failedAttempts() {
      return api.failedAttempts;
    },
    status: () => guard(() => api.status()),
    setup: (passphrase, setupOptions) => guard(() => api.setup(passphrase, setupOptions)),
    unlock: (passphrase) => guard(() => api.unlock(passphrase)),
    unlockWithRecoveryKey: (key) => guard(() => api.unlockWithRecoveryKey(key)),
    changePassphrase: (current, next) => guard(() => api.changePassphrase(current, next)),
    lock: () => {
      if (!closed) api.lock();
    },
    touch: () => {
      api.touch();
    },
  };

  const store: LocalAssessmentStore = {
    namespace,
    encryption: encryptionApi,

    list: () =>
      guard(async () => {
        const summaries = (await readAll()).map(([id, s]): StoredSummary => {
          const env = s.envelope;
          // The name comes from the decrypted record, or from a plaintext envelope; never otherwise.
          const tenantName = s.ok ? tenantNameOf(s.record) : env?.tenantName;
          const retainUntil = s.ok ? s.record.retention.retainUntil : env?.retainUntil;
          const meta = {
            id,
            ...(env ? { revision: env.revision, updatedAt: env.updatedAt } : {}),
            ...(tenantName !== undefined ? { tenantName } : {}),
            ...(retainUntil !== undefined ? { retainUntil } : {}),
          };
          if (!s.ok && s.locked && env) {
            return {
              status: 'ok',
              id,
              revision: env.revision,
              updatedAt: env.updatedAt,
              locked: true,
              ...(env.retainUntil !== undefined ? { retainUntil: env.retainUntil } : {}),
            };
          }
          return s.ok
            ? {
                status: 'ok',
                ...meta,
                revision: s.envelope.revision,
                updatedAt: s.envelope.updatedAt,
              }
            : { status: 'invalid', ...meta, issues: s.issues };
        });
        // Newest first; ISO strings of one clock sort as text. Unreadable envelopes go last.
        return summaries.sort((a, b) => {
          const ta = a.updatedAt ?? '';
          const tb = b.updatedAt ?? '';
          if (ta !== tb) return ta < tb ? 1 : -1;
          return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
        });
      }),

    get: (id) =>
      guard(async () => {
        await assertOpen();
        const raw = await backend.get(id);
        if (raw === undefined) return undefined;
        const s = await readStored(id, raw);
        if (!s.ok && s.locked) throw new StoreLockedError();
        if (!s.ok) throw new StoreInvalidRecordError(id, raw, s.issues);
        return s.record;
      }),

    getRaw: (id) => guard(() => backend.get(id)),

    put: (record) =>
      guard(async () => {
        const parsed = parseAssessment(record, parseOptions);
        if (!parsed.ok) throw new StoreValidationError(parsed.issues);
        const { id, revision: attempted } = parsed.value;
        if (id === KEYS_KEY) throw new StoreValidationError([reservedIdIssue(['id'])]);
        const revision = attempted + 1;
        const updatedAt = clock();
        // A bad host clock would store a record that no longer parses: refuse before writing.
        if (!ISO_DATE_TIME.test(updatedAt)) {
          throw new TypeError(`The store's clock returned "${updatedAt}", not an ISO date-time.`);
        }
        const next: Assessment = { ...parsed.value, revision, updatedAt };
        // Encode before the transaction: a codec may be async, and a transaction cannot wait.
        const envelope = await codec.encode(next, { id, revision, updatedAt });
        await transactChecked([id], [envelope], ([current]) => {
          if (current === undefined) {
            if (attempted !== 0) throw new StoreNotFoundError(id);
          } else {
            const env = readEnvelope(id, current);
            // An unreadable envelope has no revision to compare: never overwrite it blindly.
            if (!env.ok) throw new StoreInvalidRecordError(id, current, env.issues);
            if (env.envelope.revision !== attempted) {
              throw new StoreConflictError(id, env.envelope.revision, attempted);
            }
          }
          return { set: [[id, envelope]], delete: [] };
        });
        channel.publish({ type: 'put', id, revision });
        return next;
      }),

    remove: (id, expectedRevision) =>
      guard(async () => {
        if (id === KEYS_KEY) return;
        await assertOpen();
        // Set inside the transaction callback, so kept in an object the compiler does not narrow.
        const outcome = { removed: false };
        await raw.transact([id], ([current]) => {
          if (current === undefined) return { set: [], delete: [] };
          if (expectedRevision !== undefined) {
            const env = readEnvelope(id, current);
            if (!env.ok) throw new StoreInvalidRecordError(id, current, env.issues);
            if (env.envelope.revision !== expectedRevision) {
              throw new StoreConflictError(id, env.envelope.revision, expectedRevision);
            }
          }
          outcome.removed = true;
          return { set: [], delete: [id] };
        });
        if (outcome.removed) channel.publish({ type: 'remove', id });
      }),

    exportAll: (exportOptions?: ExportOptions) =>
      guard(async (): Promise<ExportFile | EncryptedExportFile> => {
        const state = await encryption.keyState();
        const status = encryption.statusOf(state);
        const filtered = exportOptions?.consentFiltered === true;
        if (status === 'none' || exportOptions?.plaintext === true) {
          if (status === 'locked') throw new StoreLockedError();
          return plainExport(filtered);
        }
        if (state.state !== 'ok') throw new StoreEncryptionStateError('damaged-keys');
        const all = [...(await backend.entries())].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const records: unknown[] = [];
        for (const [id, value] of all) {
          const env = readEnvelope(id, value);
          // An unreadable envelope cannot be sealed safely; it stays in the store (see `getRaw`).
          if (!env.ok) continue;
          const sealedAsIs = env.envelope.codec === ENCRYPTED_CODEC && !filtered;
          if (sealedAsIs) {
            records.push(value);
            continue;
          }
          // Consent filtering and plaintext leftovers need the key: decrypt, filter, seal again.
          const dek = encryption.dataKey();
          if (!dek) throw new StoreLockedError();
          const s = await readStored(id, value);
          if (s.ok) {
            const record = filtered ? filterForExport(s.record) : s.record;
            const { id: rid, revision, updatedAt } = s.envelope;
            records.push(await codec.encode(record, { id: rid, revision, updatedAt }));
          } else if (!filtered && 'payload' in s) {
            records.push(await sealRecord(s.payload, env.envelope, dek));
          } else if (!filtered && env.envelope.codec === ENCRYPTED_CODEC) {
            records.push(value);
          }
        }
        const file: EncryptedExportFile = {
          format: ENCRYPTED_EXPORT_FORMAT,
          formatVersion: 1,
          namespace,
          exportedAt: clock(),
          keys: state.material,
          records,
        };
        return file;
      }),

    listExpired: (today) =>
      guard(async () => {
        // Checked at run time too: a script caller may pass a Date or a French-format date.
        const day: unknown = today;
        if (typeof day !== 'string' || !YMD.test(day)) {
          throw new TypeError(`listExpired needs a YYYY-MM-DD date, not "${String(day)}".`);
        }
        const expired: ExpiredSummary[] = [];
        for (const [id, value] of await backend.entries()) {
          const env = readEnvelope(id, value);
          if (!env.ok) continue;
          const e = env.envelope;
          // Envelopes written before retention dates moved to the clear metadata: read the payload.
          const retainUntil =
            e.retainUntil ?? (e.codec === ENCRYPTED_CODEC ? undefined : retainUntilOfPlain(e));
          if (retainUntil !== undefined && retainUntil < today) {
            expired.push({ id, revision: e.revision, updatedAt: e.updatedAt, retainUntil });
          }
        }
        return expired.sort((a, b) =>
          a.retainUntil !== b.retainUntil
            ? a.retainUntil < b.retainUntil
              ? -1
              : 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0,
        );
      }),

    destroy: (ids, destroyOptions: DestroyOptions) =>
      guard(async () => {
        if (!confirmed(destroyOptions)) throw new StoreConfirmationError();
        const keys = [...new Set(ids)].filter((id) => typeof id === 'string' && id !== KEYS_KEY);
        const outcome = { destroyed: [] as string[] };
        await raw.transact(keys, (current) => {
          outcome.destroyed = keys.filter((_, i) => current[i] !== undefined);
          return { set: [], delete: outcome.destroyed };
        });
        if (outcome.destroyed.length > 0) {
          channel.publish({ type: 'destroy', ids: outcome.destroyed });
        }
        return outcome.destroyed.length;
      }),

    destroyAll: (destroyOptions: DestroyOptions) =>
      guard(async () => {
        if (!confirmed(destroyOptions)) throw new StoreConfirmationError();
        encryption.dispose('destroyed');
        if (raw.destroy) {
          await raw.destroy();
        } else {
          const keys = (await raw.entries()).map(([k]) => k);
          await raw.transact([], () => ({ set: [], delete: keys }));
        }
        // Closed before announcing: a listener that reacts by reading the store (e.g. asking the
        // encryption status) must get `unavailable`, not reopen and recreate the database.
        closed = true;
        channel.publish({ type: 'destroyed' });
        encryption.dispose();
        channel.close();
        raw.close();
      }),

    importAll: (file, importOptions) =>
      guard(async () => {
        const onExisting = importOptions?.onExisting ?? 'conflict';
        const state = await encryption.keyState();
        const status = encryption.statusOf(state);
        // Writing needs the key of an encrypted namespace: refuse before reading anything.
        if (status === 'locked') throw new StoreLockedError();
        const loaded = await loadImportInput(file);
        if (!loaded.ok) return loaded;
        let read;
        if (isEncryptedExport(loaded.value)) {
          if (status === 'none') {
            const refused: ImportResult = {
              ok: false,
              issues: [
                issue(
                  [],
                  'target_not_encrypted',
                  "Un export chiffré ne s'importe que dans des données chiffrées : activez d'abord le chiffrement ici.",
                  'An encrypted export can only be imported into encrypted data: set up encryption here first.',
                ),
              ],
            };
            return refused;
          }
          read = await readEncryptedExport(loaded.value, async (material) => {
            const own = encryption.dataKey();
            if (own && own.keyId === material.keyId) return own;
            if (typeof importOptions?.passphrase === 'string') {
              return encryption.openMaterial(material, { passphrase: importOptions.passphrase });
            }
            if (typeof importOptions?.recoveryKey === 'string') {
              return encryption.openMaterial(material, { recoveryKey: importOptions.recoveryKey });
            }
            return undefined;
          });
        } else {
          read = readImportValue(loaded.value);
        }
        if (!read.ok) return read;
        const issues: ValidationIssue[] = [];
        const incoming: { record: Assessment; path: IssuePath }[] = [];
        const seen = new Map<string, IssuePath>();
        for (const entry of read.entries) {
          const parsed = parseAssessment(entry.value, parseOptions);
          if (!parsed.ok) {
            issues.push(...prefixIssues(parsed.issues, entry.path));
            continue;
          }
          const id = parsed.value.id;
          if (id === KEYS_KEY) {
            issues.push(reservedIdIssue([...entry.path, 'id']));
            continue;
          }
          const first = seen.get(id);
          if (first !== undefined) {
            issues.push(
              issue(
                [...entry.path, 'id'],
                'duplicate_id',
                `L'identifiant « ${id} » figure deux fois dans le fichier (déjà en ${pathText(first)}).`,
                `The id "${id}" appears twice in the file (already at ${pathText(first)}).`,
              ),
            );
            continue;
          }
          seen.set(id, entry.path);
          incoming.push({ record: parsed.value, path: entry.path });
        }
        if (issues.length > 0) return { ok: false, issues };

        for (let attempt = 0; attempt < IMPORT_ATTEMPTS; attempt += 1) {
          const plan = await planImport(incoming, onExisting);
          if (!plan.ok) return plan;
          const envelopes = await Promise.all(
            plan.writes.map(async (r) =>
              codec.encode(r, { id: r.id, revision: r.revision, updatedAt: r.updatedAt }),
            ),
          );
          const keys = [...plan.expect.keys()];
          try {
            await transactChecked(keys, envelopes, (current) => {
              keys.forEach((key, i) => {
                const expected = plan.expect.get(key);
                const value = current[i];
                const env = value === undefined ? undefined : readEnvelope(key, value);
                const stored = env?.ok ? env.envelope.revision : value === undefined ? null : NaN;
                if (stored !== expected) throw new ImportRaceError();
              });
              return { set: envelopes.map((e) => [e.id, e] as const), delete: [] };
            });
          } catch (error) {
            if (error instanceof ImportRaceError) continue;
            throw error;
          }
          const ids = plan.writes.map((r) => r.id);
          if (ids.length > 0) channel.publish({ type: 'import', ids });
          const result: ImportResult = {
            ok: true,
            written: ids.length,
            skippedUnchanged: plan.skippedUnchanged,
            keptExisting: plan.keptExisting,
            renamed: plan.renamed,
          };
          return result;
        }
        const raced: ImportResult = {
          ok: false,
          issues: [
            issue(
              [],
              'import_race',
              "Les données ont changé pendant l'importation (autre onglet); rien n'a été importé. Réessayez.",
              'The data changed during the import (another tab); nothing was imported. Try again.',
            ),
          ],
        };
        return raced;
      }),

    subscribe: (listener) => (closed ? () => undefined : channel.subscribe(listener)),

    close: () => {
      if (closed) return;
      closed = true;
      encryption.dispose();
      channel.close();
      raw.close();
    },
  };

  const plainExport = async (filtered: boolean): Promise<ExportFile> => {
    const all = await readAll();
    all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const records: unknown[] = [];
    for (const [, s] of all) {
      // A record that does not read has no known consent: a filtered export leaves it out.
      if (filtered) {
        if (s.ok) records.push(filterForExport(s.record));
      } else {
        records.push(s.ok ? s.record : 'payload' in s ? s.payload : s.raw);
      }
    }
    const file: ExportFile = {
      format: 'toile-export',
      formatVersion: 1,
      namespace,
      exportedAt: clock(),
      records,
    };
    return file;
  };

  interface ImportPlan {
    readonly ok: true;
    /** Records to write, with their final id, revision and `updatedAt`. */
    readonly writes: Assessment[];
    /** Per key touched: the revision it must still have at write time (`null`: still absent). */
    readonly expect: Map<string, number | null>;
    readonly skippedUnchanged: number;
    readonly keptExisting: number;
    readonly renamed: { from: string; to: string }[];
  }

  // Decides, from a snapshot, what an import writes. The transaction then checks the snapshot is
  // still true, because decoding (possibly async) cannot happen inside it.
  const planImport = async (
    incoming: readonly { record: Assessment; path: IssuePath }[],
    onExisting: NonNullable<ImportOptions['onExisting']>,
  ): Promise<ImportPlan | { ok: false; issues: ValidationIssue[] }> => {
    const snapshot = new Map(await backend.entries());
    const taken = new Set<string>([...snapshot.keys(), ...incoming.map((r) => r.record.id)]);
    const plan: ImportPlan = {
      ok: true,
      writes: [],
      expect: new Map(),
      skippedUnchanged: 0,
      keptExisting: 0,
      renamed: [],
    };
    let skippedUnchanged = 0;
    let keptExisting = 0;
    const issues: ValidationIssue[] = [];
    for (const { record, path } of incoming) {
      const id = record.id;
      const raw = snapshot.get(id);
      if (raw === undefined) {
        plan.writes.push(record);
        plan.expect.set(id, null);
        continue;
      }
      const stored = await readStored(id, raw);
      if (stored.ok && sameContent(stored.record, record)) {
        skippedUnchanged += 1;
        continue;
      }
      if (onExisting === 'keep-both') {
        const to = freshId(id, taken);
        taken.add(to);
        plan.writes.push({ ...record, id: to });
        plan.expect.set(to, null);
        plan.renamed.push({ from: id, to });
        continue;
      }
      if (onExisting === 'replace-if-newer' && stored.ok) {
        const env = stored.envelope;
        const newer =
          record.revision >= env.revision &&
          Date.parse(record.updatedAt) > Date.parse(env.updatedAt);
        if (newer) {
          // Above the stored revision, so a tab still editing the replaced version gets a conflict.
          plan.writes.push({ ...record, revision: Math.max(record.revision, env.revision + 1) });
          plan.expect.set(id, env.revision);
        } else {
          keptExisting += 1;
        }
        continue;
      }
      issues.push(
        stored.ok
          ? issue(
              path,
              'import_conflict',
              `Une autre version de l'évaluation « ${id} » est déjà enregistrée. Choisissez de garder les deux ou de remplacer si plus récente.`,
              `A different version of assessment "${id}" is already stored. Choose to keep both or to replace if newer.`,
            )
          : issue(
              path,
              'import_conflict',
              `L'évaluation « ${id} » enregistrée est illisible; elle n'est jamais remplacée. Importez en gardant les deux.`,
              `Stored assessment "${id}" cannot be read; it is never replaced. Import keeping both.`,
            ),
      );
    }
    if (issues.length > 0) return { ok: false, issues };
    return { ...plan, skippedUnchanged, keptExisting };
  };

  return store;
}

/** Only a literal `{ confirm: true }` confirms (not `'yes'`, not `1`, not a missing object). */
function confirmed(options: unknown): boolean {
  return (
    typeof options === 'object' &&
    options !== null &&
    (options as { confirm?: unknown }).confirm === true
  );
}

function tenantNameOf(record: Assessment): string | undefined {
  return record.registry.find((e) => e.id === record.tenant.personId)?.name;
}

/** `retention.retainUntil` from a plaintext envelope's payload, when it is a date. */
function retainUntilOfPlain(envelope: StoredEnvelope): string | undefined {
  const p = envelope.payload;
  if (typeof p !== 'object' || p === null) return undefined;
  const retention = (p as Record<string, unknown>)['retention'];
  if (typeof retention !== 'object' || retention === null) return undefined;
  const date = (retention as Record<string, unknown>)['retainUntil'];
  return typeof date === 'string' && YMD.test(date) ? date : undefined;
}

function prefixIssues(issues: readonly ValidationIssue[], prefix: IssuePath): ValidationIssue[] {
  return issues.map((i) => issue([...prefix, ...i.path], i.code, i.message.fr, i.message.en));
}

function pathText(path: IssuePath): string {
  return issue(path, '', '', '').jsonPath;
}

/** `<id>-import-2`, `-3`...: the first id not taken, shortened to fit the 64-character id limit. */
function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-import-${String(n)}`;
    const candidate = `${id.slice(0, 64 - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
