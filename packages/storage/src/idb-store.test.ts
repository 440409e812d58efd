// What only the IndexedDB store does: cross-instance atomicity, BroadcastChannel, corrupted and old
// data on disk, namespace isolation, and mapping browser failures to typed errors.
import { expect } from '@open-wc/testing';
import { createAssessment, type Assessment } from '@toile/core';
import { createStore as createKeyval, del, get, set } from 'idb-keyval';
import {
  createMemoryBackend,
  createMemoryStore,
  createStore,
  plaintextCodec,
  StoreConflictError,
  StoreError,
  StoreInvalidRecordError,
  StoreNamespaceError,
  StoreQuotaError,
  StoreUnavailableError,
  type AssessmentStore,
  type EnvelopeCodec,
  type StoreBackend,
  type StoreChange,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';

function record(id: string, tenantName = 'Ginette Tremblay'): Assessment {
  return createAssessment({ id, now: NOW, tenantName });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  let error: unknown;
  let rejected = false;
  try {
    await promise;
  } catch (e) {
    error = e;
    rejected = true;
  }
  expect(rejected, 'the promise should reject').to.equal(true);
  return error;
}

const used: string[] = [];
const open: AssessmentStore[] = [];
function uniqueNamespace(): string {
  const ns = `t-${crypto.randomUUID().slice(0, 8)}`;
  used.push(ns);
  return ns;
}
function track(store: AssessmentStore): AssessmentStore {
  open.push(store);
  return store;
}
/** idb-keyval's view of a namespace's database, to write on disk behind the store's back. */
function raw(ns: string): ReturnType<typeof createKeyval> {
  return createKeyval(`toile:${ns}`, 'records');
}

function deleteDb(name: string): Promise<void> {
  return new Promise((resolve) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess =
      r.onerror =
      r.onblocked =
        () => {
          resolve();
        };
  });
}

after(async () => {
  for (const s of open) s.close();
  // Only this file's own databases, by exact name.
  await Promise.all(used.map((ns) => deleteDb(`toile:${ns}`)));
});

describe('createStore: two instances (two tabs) on one namespace', () => {
  it('lets exactly one of two racing puts on the same revision win', async () => {
    const ns = uniqueNamespace();
    const a = track(createStore({ namespace: ns }));
    const b = track(createStore({ namespace: ns }));
    const results = await Promise.allSettled([
      a.put(record('race', 'A')),
      b.put(record('race', 'B')),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).to.have.length(1);
    expect(lost).to.have.length(1);
    expect((lost[0] as PromiseRejectedResult).reason).to.be.instanceOf(StoreConflictError);
    const winner = (won[0] as PromiseFulfilledResult<Assessment>).value;
    expect(await a.get('race')).to.deep.equal(winner);

    // And again on an existing record, many rounds, both editing revision n.
    let base = winner;
    for (let round = 0; round < 5; round += 1) {
      const rs = await Promise.allSettled([a.put(base), b.put(base)]);
      const ok = rs.filter((r) => r.status === 'fulfilled');
      expect(ok, `round ${String(round)}`).to.have.length(1);
      base = (ok[0] as PromiseFulfilledResult<Assessment>).value;
    }
    expect((await b.get('race'))?.revision).to.equal(6);
  });

  it('tells the other instance of a change through BroadcastChannel', async () => {
    const ns = uniqueNamespace();
    const a = track(createStore({ namespace: ns }));
    const b = track(createStore({ namespace: ns }));
    const received = new Promise<StoreChange>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('no notice within 2 s'));
      }, 2000);
      b.subscribe((change) => {
        clearTimeout(timer);
        resolve(change);
      });
    });
    await a.put(record('bc'));
    expect(await received).to.deep.equal({ type: 'put', id: 'bc', revision: 1 });
  });

  it('ignores malformed messages posted on the channel by other scripts', async () => {
    const ns = uniqueNamespace();
    const store = track(createStore({ namespace: ns }));
    const seen: StoreChange[] = [];
    store.subscribe((c) => seen.push(c));
    const intruder = new BroadcastChannel(`toile:${ns}`);
    intruder.postMessage({ type: 'drop-everything' });
    intruder.postMessage('hello');
    intruder.postMessage({ type: 'remove', id: 'x' });
    await new Promise((r) => setTimeout(r, 100));
    intruder.close();
    expect(seen).to.deep.equal([{ type: 'remove', id: 'x' }]);
  });

  it('still works, with local notices, where BroadcastChannel is missing', async () => {
    const original = globalThis.BroadcastChannel;
    Object.defineProperty(globalThis, 'BroadcastChannel', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      const store = track(createStore({ namespace: uniqueNamespace() }));
      const seen: StoreChange[] = [];
      store.subscribe((c) => seen.push(c));
      await store.put(record('nobc'));
      expect(seen).to.deep.equal([{ type: 'put', id: 'nobc', revision: 1 }]);
    } finally {
      Object.defineProperty(globalThis, 'BroadcastChannel', {
        value: original,
        configurable: true,
        writable: true,
      });
    }
  });
});

describe('createStore: data on disk', () => {
  it('stores an envelope around the record in database toile:<namespace>', async () => {
    const ns = uniqueNamespace();
    const store = track(createStore({ namespace: ns, clock: () => '2026-03-03T03:03:03.000Z' }));
    const saved = await store.put(record('env', 'Lise'));
    const stored = await get<Record<string, unknown>>('env', raw(ns));
    expect(stored).to.deep.equal({
      envelope: 1,
      codec: 'plain',
      id: 'env',
      revision: 1,
      updatedAt: '2026-03-03T03:03:03.000Z',
      tenantName: 'Lise',
      payload: saved,
    });
    expect(await store.getRaw('env')).to.deep.equal(stored);
  });

  it('reports a corrupted record, throws a typed error on get, and never drops or rewrites it', async () => {
    const ns = uniqueNamespace();
    const store = track(createStore({ namespace: ns }));
    await store.put(record('good'));
    const garbage = 'not a record at all';
    const badPayload = {
      envelope: 1,
      codec: 'plain',
      id: 'drifted',
      revision: 3,
      updatedAt: '2026-01-02T00:00:00.000Z',
      tenantName: 'Marc',
      payload: { ...record('drifted'), registry: 'oops' },
    };
    await set('junk', garbage, raw(ns));
    await set('drifted', badPayload, raw(ns));

    const list = await store.list();
    expect(list.map((s) => [s.id, s.status])).to.deep.equal([
      ['good', 'ok'],
      ['drifted', 'invalid'],
      ['junk', 'invalid'],
    ]);
    const drifted = list.find((s) => s.id === 'drifted');
    expect(drifted?.status === 'invalid' && drifted.issues.map((i) => i.jsonPath)).to.deep.equal([
      '$.registry',
    ]);
    expect(drifted?.tenantName).to.equal('Marc');
    expect(drifted?.revision).to.equal(3);

    const error = await rejectionOf(store.get('junk'));
    expect(error).to.be.instanceOf(StoreInvalidRecordError);
    expect((error as StoreInvalidRecordError).code).to.equal('invalid-record');
    expect((error as StoreInvalidRecordError).raw).to.equal(garbage);
    expect((error as StoreInvalidRecordError).issues[0]?.code).to.equal('not_an_envelope');
    const error2 = (await rejectionOf(store.get('drifted'))) as StoreInvalidRecordError;
    expect(error2.raw).to.deep.equal(badPayload);

    // A put cannot replace an unreadable envelope; an import cannot replace either, by default.
    expect(await rejectionOf(store.put(record('junk')))).to.be.instanceOf(StoreInvalidRecordError);
    const imported = await store.importAll([record('drifted')], { onExisting: 'replace-if-newer' });
    expect(imported.ok).to.equal(false);
    await store.exportAll();
    const exported = await store.exportAll();
    expect(exported.records).to.deep.include(garbage);
    expect(exported.records).to.deep.include(badPayload.payload);

    expect(await get('junk', raw(ns))).to.equal(garbage);
    expect(await get('drifted', raw(ns))).to.deep.equal(badPayload);
    expect(await store.getRaw('junk')).to.equal(garbage);
  });

  it('migrates a version-1 record on read without rewriting it', async () => {
    const ns = uniqueNamespace();
    const store = track(createStore({ namespace: ns }));
    const v1 = {
      schemaVersion: 1,
      id: 'proto',
      createdAt: NOW,
      updatedAt: NOW,
      revision: 2,
      tenant: { name: 'Rita', tenure: 'coop', formOfAddress: 'tu' },
      ties: [
        {
          id: 'clsc',
          name: 'CLSC',
          kind: 'system',
          sector: 'health_network',
          strength: 'strong',
          stressful: false,
          flow: 'both',
        },
      ],
      family: [{ id: 'son', name: 'Luc', sex: 'male' }],
    };
    const envelope = {
      envelope: 1,
      codec: 'plain',
      id: 'proto',
      revision: 2,
      updatedAt: NOW,
      payload: v1,
    };
    await set('proto', envelope, raw(ns));
    await set('bare', { ...v1, id: 'bare' }, raw(ns));

    const got = await store.get('proto');
    expect(got?.schemaVersion).to.equal(2);
    expect(got?.revision).to.equal(2);
    expect(got?.tenant.formOfAddress).to.equal('tu');
    expect(got?.registry.map((e) => e.id)).to.deep.equal(['tenant', 'son', 'clsc']);
    expect(got?.ecomap.ties.map((t) => t.targetId)).to.deep.equal(['clsc']);
    expect((await store.get('bare'))?.schemaVersion).to.equal(2);
    expect(await get('proto', raw(ns))).to.deep.equal(envelope);

    // The migrated record saves as version 2 with the next revision.
    const saved = await store.put(got!);
    expect(saved.revision).to.equal(3);
    const stored = await get<{ payload: { schemaVersion: number } }>('proto', raw(ns));
    expect(stored?.payload.schemaVersion).to.equal(2);
  });
});

describe('createStore: namespaces', () => {
  it('validates the namespace with a typed error', () => {
    for (const bad of ['', 'Partner', 'a/b', 'x'.repeat(65), 'é', 'a b']) {
      let error: unknown;
      try {
        createStore({ namespace: bad });
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(bad)).to.be.instanceOf(StoreNamespaceError);
      expect((error as StoreNamespaceError).code).to.equal('invalid-namespace');
    }
    expect(() => createMemoryStore({ namespace: 'Nope' })).to.throw(StoreNamespaceError);
    track(createStore({ namespace: 'x'.repeat(64) })).close();
  });

  it('keeps two namespaces invisible to each other', async () => {
    const one = track(createStore({ namespace: uniqueNamespace() }));
    const two = track(createStore({ namespace: uniqueNamespace() }));
    await one.put(record('shared-id', 'One'));
    await two.put(record('only-two', 'Two'));
    await two.put(record('shared-id', 'Two'));
    expect((await one.list()).map((s) => s.id)).to.deep.equal(['shared-id']);
    expect((await one.get('shared-id'))?.registry[0]?.name).to.equal('One');
    expect(await one.get('only-two')).to.equal(undefined);
    expect((await two.get('shared-id'))?.registry[0]?.name).to.equal('Two');
    await two.remove('shared-id');
    expect(await one.get('shared-id')).to.not.equal(undefined);
  });

  it("leaves the host page's other databases and localStorage untouched by every operation", async () => {
    const hostDb = `host-app-${crypto.randomUUID().slice(0, 8)}`;
    const hostStore = createKeyval(hostDb, 'stuff');
    await set('session', { user: 'worker-7' }, hostStore);
    const lsKey = `host-app-key-${crypto.randomUUID().slice(0, 8)}`;
    localStorage.setItem(lsKey, 'keep me');
    const lsBefore = JSON.stringify(Object.entries(localStorage).sort());
    const ns = uniqueNamespace();
    const dbsBefore = (await indexedDB.databases()).map((d) => d.name).sort();
    try {
      const store = createStore({ namespace: ns });
      const saved = await store.put(record('iso'));
      await store.put(saved);
      await store.list();
      await store.get('iso');
      await store.getRaw('iso');
      const file = await store.exportAll();
      await store.importAll(file);
      await store.importAll([record('iso2')]);
      await store.importAll([{ bad: true }]);
      await store.remove('iso2');
      await rejectionOf(store.put(record('iso')));
      store.close();

      const dbsAfter = (await indexedDB.databases()).map((d) => d.name).sort();
      expect(dbsAfter).to.deep.equal([...new Set([...dbsBefore, `toile:${ns}`])].sort());
      expect(await get('session', hostStore)).to.deep.equal({ user: 'worker-7' });
      expect(JSON.stringify(Object.entries(localStorage).sort())).to.equal(lsBefore);
    } finally {
      await del('session', hostStore);
      localStorage.removeItem(lsKey);
      await deleteDb(hostDb);
    }
  });
});

describe('createStore: browser failures', () => {
  it('maps a missing IndexedDB to StoreUnavailableError', async () => {
    const throwing = track(
      createStore({
        namespace: uniqueNamespace(),
        idbFactory: () => {
          throw new DOMException('The user denied permission', 'SecurityError');
        },
      }),
    );
    const e1 = await rejectionOf(throwing.list());
    expect(e1).to.be.instanceOf(StoreUnavailableError);
    expect((e1 as StoreError).code).to.equal('unavailable');
    expect((e1 as StoreError).messages.fr).to.contain('navigation privée');

    const missing = track(
      createStore({ namespace: uniqueNamespace(), idbFactory: () => undefined }),
    );
    expect(await rejectionOf(missing.put(record('u')))).to.be.instanceOf(StoreUnavailableError);

    const plainThrow = track(
      createStore({
        namespace: uniqueNamespace(),
        idbFactory: () => {
          throw new Error('no indexedDB here');
        },
      }),
    );
    expect(await rejectionOf(plainThrow.get('u'))).to.be.instanceOf(StoreUnavailableError);
  });

  it('maps an open failure (InvalidStateError, UnknownError) to StoreUnavailableError', async () => {
    for (const name of ['InvalidStateError', 'UnknownError']) {
      const factory = {
        open: () => {
          throw new DOMException('A mutation operation was attempted', name);
        },
      } as unknown as IDBFactory;
      const store = track(createStore({ namespace: uniqueNamespace(), idbFactory: () => factory }));
      expect(await rejectionOf(store.list()), name).to.be.instanceOf(StoreUnavailableError);
    }
  });

  it('maps QuotaExceededError to StoreQuotaError and writes nothing', async () => {
    const ns = uniqueNamespace();
    const fullCodec: EnvelopeCodec = {
      name: 'plain',
      encode: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      decode: (e) => plaintextCodec.decode(e),
    };
    const store = track(createStore({ namespace: ns, codec: fullCodec }));
    const error = await rejectionOf(store.put(record('q')));
    expect(error).to.be.instanceOf(StoreQuotaError);
    expect((error as StoreError).code).to.equal('quota-exceeded');
    expect(await store.getRaw('q')).to.equal(undefined);

    // The same from the backend's transaction (as IndexedDB reports it), through the shared core.
    const inner = createMemoryBackend();
    const full: StoreBackend = {
      ...inner,
      transact: () => Promise.reject(new DOMException('Quota', 'QuotaExceededError')),
    };
    const memory = createMemoryStore({ namespace: 'quota', backend: full });
    expect(await rejectionOf(memory.put(record('q')))).to.be.instanceOf(StoreQuotaError);
    const imported = rejectionOf(memory.importAll([record('q2')]));
    expect(await imported).to.be.instanceOf(StoreQuotaError);
    expect(await memory.list()).to.deep.equal([]);
  });
});
