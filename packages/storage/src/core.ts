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
import { readEnvelope, type EnvelopeCodec, type StoredEnvelope } from './envelope.js';
import {
  StoreConflictError,
  StoreInvalidRecordError,
  StoreNotFoundError,
  StoreUnavailableError,
  StoreValidationError,
  toStoreError,
} from './errors.js';
import { readImportFile } from './import-file.js';
import { sameContent } from './same-content.js';
import type {
  AssessmentStore,
  ExportFile,
  ImportOptions,
  ImportResult,
  StoredSummary,
} from './types.js';

/** What the shared store logic needs; `createStore` and `createMemoryStore` fill it in. */
export interface StoreCoreOptions {
  readonly namespace: string;
  readonly backend: StoreBackend;
  readonly channel: ChangeChannel;
  readonly codec: EnvelopeCodec;
  readonly clock: () => string;
  readonly vocabularies?: Vocabularies | undefined;
}

/** A stored value as read: the parsed record, or why it no longer reads (with what could be decoded). */
type Stored =
  | { readonly ok: true; readonly envelope: StoredEnvelope; readonly record: Assessment }
  | {
      readonly ok: false;
      readonly raw: unknown;
      readonly envelope?: StoredEnvelope;
      readonly payload?: unknown;
      readonly issues: readonly ValidationIssue[];
    };

/** Thrown inside an import transaction when a record changed since the import looked at it. */
class ImportRaceError extends Error {}

/** The date-time form the record schema accepts (`2026-01-05T10:00:00.000Z`, or with an offset). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** How many times an import re-plans after another tab wrote meanwhile. */
const IMPORT_ATTEMPTS = 3;

/** The one implementation of `AssessmentStore`, over any backend (IndexedDB, memory). */
export function createStoreCore(options: StoreCoreOptions): AssessmentStore {
  const { namespace, backend, channel, codec, clock } = options;
  const parseOptions = options.vocabularies ? { vocabularies: options.vocabularies } : {};
  let closed = false;

  const guard = async <T>(operation: () => Promise<T>): Promise<T> => {
    if (closed) throw new StoreUnavailableError();
    try {
      return await operation();
    } catch (error) {
      throw toStoreError(error);
    }
  };

  const readStored = async (id: string, raw: unknown): Promise<Stored> => {
    const env = readEnvelope(id, raw);
    if (!env.ok) return { ok: false, raw, issues: env.issues };
    const envelope = env.envelope;
    let payload: unknown;
    try {
      payload = await codec.decode(envelope);
    } catch {
      return {
        ok: false,
        raw,
        envelope,
        issues: [
          issue(
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

  const store: AssessmentStore = {
    namespace,

    list: () =>
      guard(async () => {
        const summaries = (await readAll()).map(([id, s]): StoredSummary => {
          const env = s.envelope;
          const meta = {
            id,
            ...(env ? { revision: env.revision, updatedAt: env.updatedAt } : {}),
            ...(env?.tenantName !== undefined ? { tenantName: env.tenantName } : {}),
          };
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
        const raw = await backend.get(id);
        if (raw === undefined) return undefined;
        const s = await readStored(id, raw);
        if (!s.ok) throw new StoreInvalidRecordError(id, raw, s.issues);
        return s.record;
      }),

    getRaw: (id) => guard(() => backend.get(id)),

    put: (record) =>
      guard(async () => {
        const parsed = parseAssessment(record, parseOptions);
        if (!parsed.ok) throw new StoreValidationError(parsed.issues);
        const { id, revision: attempted } = parsed.value;
        const revision = attempted + 1;
        const updatedAt = clock();
        // A bad host clock would store a record that no longer parses: refuse before writing.
        if (!ISO_DATE_TIME.test(updatedAt)) {
          throw new TypeError(`The store's clock returned "${updatedAt}", not an ISO date-time.`);
        }
        const next: Assessment = { ...parsed.value, revision, updatedAt };
        // Encode before the transaction: a codec may be async, and a transaction cannot wait.
        const envelope = await codec.encode(next, { id, revision, updatedAt });
        await backend.transact([id], ([current]) => {
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
        // Set inside the transaction callback, so kept in an object the compiler does not narrow.
        const outcome = { removed: false };
        await backend.transact([id], ([current]) => {
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

    exportAll: () =>
      guard(async () => {
        const all = await readAll();
        all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        const file: ExportFile = {
          format: 'toile-export',
          formatVersion: 1,
          namespace,
          exportedAt: clock(),
          records: all.map(([, s]) => (s.ok ? s.record : 'payload' in s ? s.payload : s.raw)),
        };
        return file;
      }),

    importAll: (file, importOptions) =>
      guard(async () => {
        const onExisting = importOptions?.onExisting ?? 'conflict';
        const read = await readImportFile(file);
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
            await backend.transact(keys, (current) => {
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
      channel.close();
      backend.close();
    },
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
