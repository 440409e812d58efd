// The store's contract, run against both backends: IndexedDB (`createStore`) and memory.
import { expect } from '@open-wc/testing';
import { createAssessment, type Assessment } from '@toile/core';
import {
  createMemoryStore,
  createStore,
  StoreConflictError,
  StoreNotFoundError,
  StoreUnavailableError,
  StoreValidationError,
  type AssessmentStore,
  type StoreChange,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';

function record(id: string, tenantName = 'Ginette Tremblay'): Assessment {
  return createAssessment({ id, now: NOW, tenantName });
}

/** A clock that ticks one second per call, from 2026-02-01. */
function tickingClock(): () => string {
  let n = 0;
  return () => new Date(Date.UTC(2026, 1, 1) + 1000 * n++).toISOString();
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
function uniqueNamespace(): string {
  const ns = `t-${crypto.randomUUID().slice(0, 8)}`;
  used.push(ns);
  return ns;
}

type Make = (namespace: string, clock?: () => string) => AssessmentStore;

const backends: [string, Make][] = [
  [
    'createStore (IndexedDB)',
    (namespace, clock) => createStore({ namespace, ...(clock ? { clock } : {}) }),
  ],
  [
    'createMemoryStore',
    (namespace, clock) => createMemoryStore({ namespace, ...(clock ? { clock } : {}) }),
  ],
];

for (const [name, make] of backends) {
  describe(`${name}: contract`, () => {
    const open: AssessmentStore[] = [];
    const fresh = (clock?: () => string): AssessmentStore => {
      const s = make(uniqueNamespace(), clock);
      open.push(s);
      return s;
    };
    after(async () => {
      for (const s of open) s.close();
      // Only this file's own databases, by exact name.
      await Promise.all(
        used.map(
          (ns) =>
            new Promise<void>((resolve) => {
              const r = indexedDB.deleteDatabase(`toile:${ns}`);
              r.onsuccess =
                r.onerror =
                r.onblocked =
                  () => {
                    resolve();
                  };
            }),
        ),
      );
    });

    it('round-trips put, get and list', async () => {
      const store = fresh(tickingClock());
      const saved = await store.put(record('a1'));
      expect(saved.revision).to.equal(1);
      expect(saved.updatedAt).to.equal('2026-02-01T00:00:00.000Z');
      expect(await store.get('a1')).to.deep.equal(saved);
      expect(await store.get('nope')).to.equal(undefined);
      const list = await store.list();
      expect(list).to.deep.equal([
        {
          status: 'ok',
          id: 'a1',
          revision: 1,
          updatedAt: '2026-02-01T00:00:00.000Z',
          tenantName: 'Ginette Tremblay',
        },
      ]);
    });

    it('increments the revision on each put and lists newest first', async () => {
      const store = fresh(tickingClock());
      const r1 = await store.put(record('a'));
      await store.put(record('b'));
      const r2 = await store.put(r1);
      const r3 = await store.put(r2);
      expect([r1.revision, r2.revision, r3.revision]).to.deep.equal([1, 2, 3]);
      expect((await store.get('a'))?.revision).to.equal(3);
      expect((await store.list()).map((s) => s.id)).to.deep.equal(['a', 'b']);
    });

    it('refuses a stale put with StoreConflictError and keeps the stored record', async () => {
      const store = fresh();
      const first = await store.put(record('c'));
      const renamed = { ...first, notes: [] };
      await store.put(renamed);
      const error = await rejectionOf(store.put(first));
      expect(error).to.be.instanceOf(StoreConflictError);
      const conflict = error as StoreConflictError;
      expect(conflict.code).to.equal('conflict');
      expect(conflict.storedRevision).to.equal(2);
      expect(conflict.attemptedRevision).to.equal(1);
      expect(conflict.messages.fr).to.be.a('string').and.not.equal('');
      expect((await store.get('c'))?.revision).to.equal(2);
      // A new record must start at revision 0.
      const again = await rejectionOf(store.put(record('c')));
      expect(again).to.be.instanceOf(StoreConflictError);
    });

    it('reports a put of a removed record as not-found', async () => {
      const store = fresh();
      const saved = await store.put(record('gone'));
      await store.remove('gone');
      const error = await rejectionOf(store.put(saved));
      expect(error).to.be.instanceOf(StoreNotFoundError);
      expect((error as StoreNotFoundError).code).to.equal('not-found');
      expect(await store.getRaw('gone')).to.equal(undefined);
    });

    it('writes nothing when put gets invalid input', async () => {
      const store = fresh();
      const bad = { ...record('bad'), registry: [] } as Assessment;
      const error = await rejectionOf(store.put(bad));
      expect(error).to.be.instanceOf(StoreValidationError);
      const issues = (error as StoreValidationError).issues;
      expect(issues.length).to.be.greaterThan(0);
      expect(issues.some((i) => i.code === 'dangling_reference')).to.equal(true);
      const garbage = await rejectionOf(store.put({ nonsense: true } as unknown as Assessment));
      expect(garbage).to.be.instanceOf(StoreValidationError);
      expect(await store.list()).to.deep.equal([]);
      expect(await store.getRaw('bad')).to.equal(undefined);
    });

    it('tells its own subscribers of its writes, until unsubscribed', async () => {
      const store = fresh();
      const seen: StoreChange[] = [];
      const off = store.subscribe((c) => seen.push(c));
      const saved = await store.put(record('s'));
      await store.remove('s');
      await store.remove('s'); // absent: nothing changes, nothing is announced
      off();
      await store.put(saved.revision === 1 ? record('t') : saved);
      expect(seen).to.deep.equal([
        { type: 'put', id: 's', revision: 1 },
        { type: 'remove', id: 's' },
      ]);
    });

    it('guards remove with an expected revision', async () => {
      const store = fresh();
      const saved = await store.put(record('r'));
      await store.put(saved);
      const error = await rejectionOf(store.remove('r', 1));
      expect(error).to.be.instanceOf(StoreConflictError);
      expect(await store.get('r')).to.not.equal(undefined);
      await store.remove('r', 2);
      expect(await store.get('r')).to.equal(undefined);
    });

    it('returns copies: mutating a result does not change what is stored', async () => {
      const store = fresh();
      await store.put(record('m'));
      const got = await store.get('m');
      got!.notes.push({ id: 'n1', text: 'x' } as unknown as Assessment['notes'][number]);
      expect((await store.get('m'))?.notes).to.deep.equal([]);
    });

    it('exports a versioned file that imports into another namespace', async () => {
      const store = fresh(tickingClock());
      await store.put(record('e1', 'Aline'));
      await store.put(record('e2', 'Bruno'));
      const file = await store.exportAll();
      expect(file.format).to.equal('toile-export');
      expect(file.formatVersion).to.equal(1);
      expect(file.namespace).to.equal(store.namespace);
      expect(file.exportedAt).to.equal('2026-02-01T00:00:02.000Z');
      expect(file.records.map((r) => (r as Assessment).id)).to.deep.equal(['e1', 'e2']);
      const other = fresh();
      const result = await other.importAll(JSON.parse(JSON.stringify(file)));
      expect(result).to.deep.equal({
        ok: true,
        written: 2,
        skippedUnchanged: 0,
        keptExisting: 0,
        renamed: [],
      });
      expect(await other.get('e1')).to.deep.equal(await store.get('e1'));
      // Importing the same file again changes nothing.
      const again = await other.importAll(file);
      expect(again).to.deep.equal({
        ok: true,
        written: 0,
        skippedUnchanged: 2,
        keptExisting: 0,
        renamed: [],
      });
    });

    it('imports atomically: one bad record among good ones writes nothing and reports every issue', async () => {
      const store = fresh();
      const bad1 = { ...record('i2'), registry: [{ id: 'tenant', kind: 'person', name: '' }] };
      const bad2 = { ...record('i4'), revision: -1 };
      const file = {
        format: 'toile-export',
        formatVersion: 1,
        records: [record('i1'), bad1, record('i3'), bad2, record('i1')],
      };
      const result = await store.importAll(file);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      const paths = result.issues.map((i) => i.jsonPath);
      expect(paths).to.include('$.records[1].registry[0].name');
      expect(paths).to.include('$.records[3].revision');
      expect(paths).to.include('$.records[4].id');
      expect(result.issues.find((i) => i.jsonPath === '$.records[4].id')?.code).to.equal(
        'duplicate_id',
      );
      expect(await store.list()).to.deep.equal([]);
    });

    it('accepts a bare array, a single record and JSON text; paths follow the file', async () => {
      const store = fresh();
      expect((await store.importAll([record('b1'), record('b2')])).ok).to.equal(true);
      expect((await store.importAll(record('b3'))).ok).to.equal(true);
      expect((await store.importAll(JSON.stringify([record('b4')]))).ok).to.equal(true);
      expect((await store.list()).map((s) => s.id).sort()).to.deep.equal(['b1', 'b2', 'b3', 'b4']);
      const bad = await store.importAll([record('b5'), { ...record('b6'), tenant: 3 }]);
      expect(bad.ok).to.equal(false);
      if (!bad.ok) expect(bad.issues.map((i) => i.jsonPath)).to.include('$[1].tenant');
      const notJson = await store.importAll('{oops');
      expect(notJson.ok).to.equal(false);
      if (!notJson.ok) expect(notJson.issues[0]?.code).to.equal('invalid_json');
      const future = await store.importAll({
        format: 'toile-export',
        formatVersion: 2,
        records: [],
      });
      expect(future.ok).to.equal(false);
      expect(await store.getRaw('b5')).to.equal(undefined);
    });

    it('never deletes on import, and reports a different stored version as a conflict by default', async () => {
      const store = fresh(tickingClock());
      const kept = await store.put(record('k1', 'Kept'));
      const other = await store.put(record('k2', 'Stored'));
      const result = await store.importAll([record('k3')]);
      expect(result.ok).to.equal(true);
      expect((await store.list()).map((s) => s.id).sort()).to.deep.equal(['k1', 'k2', 'k3']);
      expect(await store.get('k1')).to.deep.equal(kept);

      const conflict = await store.importAll([record('k4'), record('k2', 'Imported')]);
      expect(conflict.ok).to.equal(false);
      if (!conflict.ok) {
        expect(conflict.issues.map((i) => [i.jsonPath, i.code])).to.deep.equal([
          ['$[1]', 'import_conflict'],
        ]);
      }
      expect(await store.get('k2')).to.deep.equal(other);
      expect(await store.getRaw('k4')).to.equal(undefined);
    });

    it("keeps both under a new id with onExisting 'keep-both'", async () => {
      const store = fresh();
      const stored = await store.put(record('kb', 'Stored'));
      const seen: StoreChange[] = [];
      store.subscribe((c) => seen.push(c));
      const result = await store.importAll([record('kb', 'Imported')], { onExisting: 'keep-both' });
      expect(result).to.deep.equal({
        ok: true,
        written: 1,
        skippedUnchanged: 0,
        keptExisting: 0,
        renamed: [{ from: 'kb', to: 'kb-import-2' }],
      });
      expect(await store.get('kb')).to.deep.equal(stored);
      const copy = await store.get('kb-import-2');
      expect(copy?.id).to.equal('kb-import-2');
      expect(copy?.registry[0]?.name).to.equal('Imported');
      expect(seen).to.deep.equal([{ type: 'import', ids: ['kb-import-2'] }]);
      await store.importAll([record('kb', 'Third')], { onExisting: 'keep-both' });
      expect(await store.get('kb-import-3')).to.not.equal(undefined);
    });

    it("replaces only a strictly newer record with onExisting 'replace-if-newer'", async () => {
      const store = fresh(tickingClock()); // stamps 2026-02-01...
      const stored = await store.put(record('rn', 'Stored'));
      const older = { ...record('rn', 'Older'), revision: 5, updatedAt: '2026-01-10T00:00:00Z' };
      const r1 = await store.importAll([older], { onExisting: 'replace-if-newer' });
      expect(r1).to.deep.equal({
        ok: true,
        written: 0,
        skippedUnchanged: 0,
        keptExisting: 1,
        renamed: [],
      });
      expect(await store.get('rn')).to.deep.equal(stored);
      const newer = { ...record('rn', 'Newer'), revision: 1, updatedAt: '2026-03-01T00:00:00Z' };
      const r2 = await store.importAll([newer], { onExisting: 'replace-if-newer' });
      expect(r2.ok && r2.written).to.equal(1);
      const now = await store.get('rn');
      expect(now?.registry[0]?.name).to.equal('Newer');
      // Above the replaced revision, so an editor of the old version gets a conflict.
      expect(now?.revision).to.equal(2);
      expect(await rejectionOf(store.put(stored))).to.be.instanceOf(StoreConflictError);
    });

    it('migrates a version-1 record on import', async () => {
      const store = fresh();
      const v1 = {
        schemaVersion: 1,
        id: 'old1',
        createdAt: NOW,
        updatedAt: NOW,
        revision: 4,
        tenant: { name: 'Rita', tenure: 'hlm' },
        ties: [],
        family: [],
      };
      expect((await store.importAll([v1])).ok).to.equal(true);
      const got = await store.get('old1');
      expect(got?.schemaVersion).to.equal(2);
      expect(got?.revision).to.equal(4);
      expect(got?.registry[0]?.name).to.equal('Rita');
    });

    it('refuses to write with a clock that does not give an ISO date-time', async () => {
      const store = fresh(() => 'yesterday');
      expect(await rejectionOf(store.put(record('clk')))).to.be.instanceOf(TypeError);
      expect(await store.getRaw('clk')).to.equal(undefined);
    });

    it('rejects every operation with unavailable once closed', async () => {
      const store = fresh();
      store.close();
      expect(await rejectionOf(store.list())).to.be.instanceOf(StoreUnavailableError);
      expect(await rejectionOf(store.put(record('z')))).to.be.instanceOf(StoreUnavailableError);
    });
  });
}
