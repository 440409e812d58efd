// Property-based tests (fast-check): importAll fed mutated personas, random values and JSON text,
// random export envelopes, and encrypted exports with flipped bytes; the decrypt path fed tampered
// ciphertext, IVs and additional data. Every input is accepted or rejected with issues, or rejects
// with a StoreError subclass; a rejected import writes nothing; a tampered record loses nothing.
import { expect } from '@open-wc/testing';
import type { Assessment } from '@toile/core';
import { PERSONAS } from '@toile/core/personas';
import fc from 'fast-check';
import {
  createMemoryBackend,
  createMemoryStore,
  StoreError,
  StoreInvalidRecordError,
  type LocalAssessmentStore,
  type StoreBackend,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';
const SOURCE_PASS = 'phrase de passe de la source';
const RUNS = {
  personas: 300,
  random: 1500,
  envelopes: 300,
  encrypted: 200,
  decrypt: 200,
};
const counted = { personas: 0, random: 0, envelopes: 0, encrypted: 0, decrypt: 0 };

function open(backend: StoreBackend): LocalAssessmentStore {
  return createMemoryStore({
    namespace: 'fuzz',
    backend,
    clock: () => NOW,
    encryption: { iterations: 1_000, autoLockMs: 0 },
  });
}

async function snapshot(backend: StoreBackend): Promise<string> {
  const all = await backend.entries();
  return JSON.stringify(all.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Imports and checks the contract; returns whether the import was accepted. Throws (fails the
 * property) on an untyped error, an empty rejection, or a rejected import that wrote something.
 */
async function importChecked(
  store: LocalAssessmentStore,
  backend: StoreBackend,
  input: unknown,
  options?: Parameters<LocalAssessmentStore['importAll']>[1],
): Promise<boolean> {
  const entries = await backend.entries();
  const before = await snapshot(backend);
  let accepted = false;
  try {
    const result = await store.importAll(input, options);
    if (result.ok) {
      accepted = true;
    } else {
      expect(result.issues.length).to.be.greaterThan(0);
      for (const i of result.issues)
        expect(i.message.fr.length * i.message.en.length).to.be.greaterThan(0);
    }
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(StoreError);
  }
  if (!accepted) expect(await snapshot(backend)).to.equal(before);
  else {
    // Back to the seeded state, so every run meets the same store (and the store does not grow).
    const keep = new Set(entries.map(([k]) => k));
    const added = (await backend.entries()).map(([k]) => k).filter((k) => !keep.has(k));
    await backend.transact([], () => ({ set: entries, delete: added }));
  }
  return accepted;
}

type Json = unknown;

/** Every [container, key] of a JSON value, to pick one to delete or replace. */
function slots(value: Json, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      slots(v, out);
    }
  }
  return out;
}

const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom('delete', 'replace', 'rename-id'),
  fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string(), fc.integer()),
);

function mutate(
  a: Assessment,
  mutations: readonly [number, string, unknown][],
  n: number,
): unknown {
  const copy = structuredClone(a) as unknown as Record<string, unknown>;
  for (const [at, kind, value] of mutations) {
    if (kind === 'rename-id') {
      copy['id'] = `fz-${String(n)}-${String(at % 1000)}`;
      continue;
    }
    const all = slots(copy);
    const slot = all[at % all.length];
    if (!slot) continue;
    const [container, key] = slot;
    if (Array.isArray(container) && typeof key === 'number') {
      if (kind === 'delete') container.splice(key, 1);
      else container[key] = value;
    } else if (!Array.isArray(container) && typeof key === 'string') {
      if (kind === 'delete') Reflect.deleteProperty(container, key);
      else container[key] = value;
    }
  }
  return copy;
}

function wrap(kind: string, records: unknown[]): unknown {
  if (kind === 'single') return records[0];
  if (kind === 'array') return records;
  if (kind === 'text') return JSON.stringify({ format: 'toile-export', formatVersion: 1, records });
  if (kind === 'blob') return new Blob([JSON.stringify(records)], { type: 'application/json' });
  return { format: 'toile-export', formatVersion: 1, namespace: 'x', exportedAt: NOW, records };
}

const personaArb = fc.record({
  index: fc.nat({ max: PERSONAS.length - 1 }),
  mutations: fc.array(mutation, { maxLength: 4 }),
  seed: fc.nat(),
});

describe('importAll fuzzing', function () {
  this.timeout(60_000);

  let t0 = 0;
  before(() => {
    t0 = performance.now();
  });
  after(() => {
    const total = Object.values(counted).reduce((a, b) => a + b, 0);
    const ms = Math.round(performance.now() - t0);
    console.log(`fuzz cases run: ${String(total)} ${JSON.stringify(counted)} in ${String(ms)} ms`);
  });

  it(`mutated personas (${String(RUNS.personas)} runs), plain and encrypted stores`, async () => {
    const plainBackend = createMemoryBackend();
    const plain = open(plainBackend);
    const encBackend = createMemoryBackend();
    const enc = open(encBackend);
    // One stored persona: enough for conflicts and replacements, cheap enough for many runs.
    await plain.put(PERSONAS[0]?.assessment as Assessment);
    await enc.put(PERSONAS[0]?.assessment as Assessment);
    await enc.encryption.setup('phrase de passe chiffrée');
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(personaArb, { minLength: 1, maxLength: 2 }),
        fc.constantFrom('single', 'array', 'export', 'text', 'blob'),
        fc.boolean(),
        fc.constantFrom<'conflict' | 'keep-both' | 'replace-if-newer'>(
          'conflict',
          'keep-both',
          'replace-if-newer',
        ),
        async (picks, kind, encrypted, onExisting) => {
          counted.personas += 1;
          const records = picks.map((p) =>
            mutate(PERSONAS[p.index]?.assessment as Assessment, p.mutations, p.seed),
          );
          const [s, b] = encrypted ? [enc, encBackend] : [plain, plainBackend];
          if (await importChecked(s, b, wrap(kind, records), { onExisting })) accepted += 1;
        },
      ),
      { numRuns: RUNS.personas },
    );
    // Both outcomes must occur, or the generator is not exercising the validator.
    expect(accepted).to.be.greaterThan(0);
    expect(accepted).to.be.lessThan(RUNS.personas);
    expect(await snapshot(encBackend)).not.to.contain('Ginette');
  });

  it(`random values, JSON and text (${String(RUNS.random)} runs)`, async () => {
    const backend = createMemoryBackend();
    const s = open(backend);
    await s.put(PERSONAS[0]?.assessment as Assessment);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything({
            withNullPrototype: true,
            withBoxedValues: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
            withSparseArray: true,
            withDate: true,
          }),
          fc.jsonValue(),
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (input) => {
          counted.random += 1;
          await importChecked(s, backend, input);
        },
      ),
      { numRuns: RUNS.random },
    );
  });

  it(`random export envelopes (${String(RUNS.envelopes)} runs)`, async () => {
    const backend = createMemoryBackend();
    const s = open(backend);
    await s.encryption.setup('phrase de passe chiffrée');
    const record = fc.oneof(
      personaArb.map((p) =>
        mutate(PERSONAS[p.index]?.assessment as Assessment, p.mutations, p.seed),
      ),
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({
        envelope: fc.oneof(fc.constant(1), fc.integer()),
        codec: fc.constantFrom('aes-gcm', 'plain', 'x'),
        id: fc.string(),
        revision: fc.integer(),
        updatedAt: fc.string(),
        payload: fc.record({ keyId: fc.string(), iv: fc.base64String(), ct: fc.base64String() }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            format: fc.constantFrom('toile-export', 'toile-encrypted-export', 'other'),
            formatVersion: fc.oneof(fc.constant(1), fc.integer(), fc.jsonValue({ maxDepth: 1 })),
            namespace: fc.string(),
            exportedAt: fc.string(),
            keys: fc.jsonValue({ maxDepth: 2 }),
            records: fc.oneof(fc.array(record, { maxLength: 4 }), fc.jsonValue({ maxDepth: 1 })),
          },
          { requiredKeys: ['format'] },
        ),
        fc.option(fc.string(), { nil: undefined }),
        async (file, passphrase) => {
          counted.envelopes += 1;
          await importChecked(s, backend, file, passphrase === undefined ? {} : { passphrase });
        },
      ),
      { numRuns: RUNS.envelopes },
    );
  });

  it(`encrypted exports with flipped bytes are never accepted (${String(RUNS.encrypted)} runs)`, async () => {
    const source = open(createMemoryBackend());
    for (const p of PERSONAS) await source.put(p.assessment);
    const { recoveryKey } = await source.encryption.setup(SOURCE_PASS);
    const exported = JSON.parse(JSON.stringify(await source.exportAll())) as {
      keys: Record<string, Record<string, unknown>>;
      records: Record<string, unknown>[];
    };
    const backend = createMemoryBackend();
    const target = open(backend);
    await target.encryption.setup('phrase de passe de la cible');
    // The untampered file imports (so a rejection below is due to the tampering).
    const check = open(createMemoryBackend());
    await check.encryption.setup('phrase de passe de contrôle');
    expect((await check.importAll(exported, { passphrase: SOURCE_PASS })).ok).to.equal(true);

    const flip = (b64: string, at: number, bit: number): string => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const i = at % bytes.length;
      bytes[i] = (bytes[i] ?? 0) ^ (1 << bit);
      return btoa(String.fromCharCode(...bytes));
    };
    const target_ = fc.oneof(
      fc.record({
        where: fc.constant('record' as const),
        index: fc.nat(),
        field: fc.constantFrom('ct', 'iv', 'keyId', 'revision', 'updatedAt', 'id', 'retainUntil'),
      }),
      fc.record({
        where: fc.constant('keys' as const),
        index: fc.nat(),
        field: fc.constantFrom(
          'passphrase.salt',
          'passphrase.wrapped.ct',
          'passphrase.wrapped.iv',
          'check.ct',
          'keyId',
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        target_,
        fc.nat(),
        fc.nat({ max: 7 }),
        fc.boolean(),
        async (t, at, bit, useRecovery) => {
          counted.encrypted += 1;
          const file = structuredClone(exported);
          if (t.where === 'record') {
            const r = file.records[t.index % file.records.length] as Record<string, unknown>;
            const payload = r['payload'] as Record<string, string>;
            if (t.field === 'ct' || t.field === 'iv')
              payload[t.field] = flip(payload[t.field] ?? '', at, bit);
            else if (t.field === 'keyId') payload['keyId'] = `${payload['keyId'] ?? ''}x`;
            else if (t.field === 'revision')
              r['revision'] = (r['revision'] as number) + 1 + (at % 5);
            else if (t.field === 'updatedAt') r['updatedAt'] = '2027-01-01T00:00:00.000Z';
            else if (t.field === 'id') r['id'] = `${String(r['id'])}-moved`;
            else r['retainUntil'] = '2099-12-31';
          } else {
            const k = file.keys as Record<string, unknown>;
            if (t.field === 'keyId') k['keyId'] = `${String(k['keyId'])}x`;
            else {
              const [a, b, c] = t.field.split('.') as [string, string, string | undefined];
              const holder = c
                ? ((k[a] as Record<string, unknown>)[b] as Record<string, string>)
                : (k[a] as Record<string, string>);
              const leaf = c ?? b;
              holder[leaf] = flip(holder[leaf] ?? '', at, bit);
            }
          }
          const secret =
            useRecovery && t.where === 'record'
              ? { recoveryKey: recoveryKey ?? '' }
              : { passphrase: SOURCE_PASS };
          const accepted = await importChecked(target, backend, file, secret);
          expect(accepted, `accepted a file tampered at ${t.where}.${t.field}`).to.equal(false);
        },
      ),
      { numRuns: RUNS.encrypted },
    );
  });

  it(`tampered stored ciphertext, IV and additional data read as typed errors (${String(RUNS.decrypt)} runs)`, async () => {
    const backend = createMemoryBackend();
    const s = open(backend);
    for (const p of PERSONAS) await s.put(p.assessment);
    await s.encryption.setup('phrase de passe chiffrée');
    const ids = PERSONAS.map((p) => p.assessment.id);
    const originals = new Map<string, unknown>();
    for (const id of ids) originals.set(id, await backend.get(id));
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: ids.length - 1 }),
        fc.constantFrom('ct', 'iv', 'revision', 'updatedAt', 'retainUntil', 'keyId', 'payload'),
        fc.nat(),
        fc.jsonValue({ maxDepth: 1 }),
        async (index, field, at, junk) => {
          counted.decrypt += 1;
          const id = ids[index] ?? '';
          const original = originals.get(id) as Record<string, unknown>;
          const env = structuredClone(original);
          const payload = env['payload'] as Record<string, unknown>;
          if (field === 'ct' || field === 'iv') {
            const bytes = Uint8Array.from(atob(String(payload[field])), (c) => c.charCodeAt(0));
            const i = at % bytes.length;
            bytes[i] = (bytes[i] ?? 0) ^ (1 + (at % 255));
            payload[field] = btoa(String.fromCharCode(...bytes));
          } else if (field === 'revision')
            env['revision'] = (env['revision'] as number) + 1 + (at % 9);
          else if (field === 'updatedAt') env['updatedAt'] = new Date(at * 1000).toISOString();
          else if (field === 'retainUntil') env['retainUntil'] = '2031-01-01';
          else if (field === 'keyId') payload['keyId'] = `k${String(at)}`;
          else env['payload'] = junk;
          await backend.transact([], () => ({ set: [[id, env]], delete: [] }));
          let error: unknown;
          try {
            await s.get(id);
          } catch (e) {
            error = e;
          }
          expect(error).to.be.instanceOf(StoreInvalidRecordError);
          // Kept byte for byte, and the others still read.
          expect(await s.getRaw(id)).to.deep.equal(env);
          const other = ids[(index + 1) % ids.length] ?? '';
          expect((await s.get(other))?.id).to.equal(other);
          await backend.transact([], () => ({ set: [[id, original]], delete: [] }));
        },
      ),
      { numRuns: RUNS.decrypt },
    );
  });
});
