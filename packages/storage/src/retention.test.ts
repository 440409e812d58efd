// Retention and destruction on IndexedDB: expired records listed (even while locked), destroyed
// only on confirmation, and destroyAll removing one namespace's database and nothing else.
import { expect } from '@open-wc/testing';
import { createAssessment, type Assessment } from '@toile/core';
import {
  createStore,
  StoreConfirmationError,
  StoreError,
  StoreUnavailableError,
  type LocalAssessmentStore,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';
const PASS = 'phrase de passe de rétention';

function record(id: string, retainUntil?: string): Assessment {
  return {
    ...createAssessment({ id, now: NOW, tenantName: 'Rita Pelletier' }),
    retention: retainUntil ? { retainUntil } : {},
  };
}

const used: string[] = [];
function ns(): string {
  const n = `r-${crypto.randomUUID().slice(0, 8)}`;
  used.push(n);
  return n;
}
function open(namespace: string): LocalAssessmentStore {
  return createStore({
    namespace,
    channelName: null,
    clock: () => NOW,
    encryption: { iterations: 1_000, autoLockMs: 0 },
  });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the promise should reject');
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

async function dbNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

after(async () => {
  await Promise.all(used.map((n) => deleteDb(`toile:${n}`)));
});

describe('retention', () => {
  it('lists expired records, the oldest first, also while locked', async () => {
    const s = open(ns());
    await s.put(record('old', '2025-06-30'));
    await s.put(record('older', '2024-01-01'));
    await s.put(record('today', '2026-01-05'));
    await s.put(record('future', '2030-01-01'));
    await s.put(record('none'));
    const expected = [
      { id: 'older', revision: 1, updatedAt: NOW, retainUntil: '2024-01-01' },
      { id: 'old', revision: 1, updatedAt: NOW, retainUntil: '2025-06-30' },
    ];
    expect(await s.listExpired('2026-01-05')).to.deep.equal(expected);
    await s.encryption.setup(PASS);
    s.encryption.lock();
    expect(await s.listExpired('2026-01-05')).to.deep.equal(expected);
    expect(await rejectionOf(s.listExpired('05/01/2026'))).to.be.instanceOf(TypeError);
    s.close();
  });

  it('destroys only on explicit confirmation, while locked too', async () => {
    const s = open(ns());
    await s.put(record('old', '2024-01-01'));
    await s.put(record('keep', '2030-01-01'));
    await s.encryption.setup(PASS);
    s.encryption.lock();
    const refused = await rejectionOf(s.destroy(['old'], { confirm: 'yes' as unknown as boolean }));
    expect(refused).to.be.instanceOf(StoreConfirmationError);
    expect((refused as StoreError).code).to.equal('confirmation-required');
    expect((await s.list()).map((x) => x.id).sort()).to.deep.equal(['keep', 'old']);
    const expired = await s.listExpired('2026-01-05');
    expect(
      await s.destroy(
        expired.map((e) => e.id),
        { confirm: true },
      ),
    ).to.equal(1);
    expect((await s.list()).map((x) => x.id)).to.deep.equal(['keep']);
    await s.encryption.unlock(PASS);
    expect((await s.get('keep'))?.retention.retainUntil).to.equal('2030-01-01');
    s.close();
  });
});

describe('destroyAll', () => {
  it('removes one namespace database and key material, and nothing else', async () => {
    const a = ns();
    const b = ns();
    const hostDb = `host-app-${crypto.randomUUID().slice(0, 8)}`;
    const lsKey = `host-key-${crypto.randomUUID().slice(0, 8)}`;
    // An unrelated database of the host page, with one value.
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.open(hostDb);
      r.onupgradeneeded = () => r.result.createObjectStore('kv');
      r.onsuccess = () => {
        const tx = r.result.transaction('kv', 'readwrite');
        tx.objectStore('kv').put('host value', 'k');
        tx.oncomplete = () => {
          r.result.close();
          resolve();
        };
      };
      r.onerror = () => {
        reject(r.error ?? new Error('open failed'));
      };
    });
    localStorage.setItem(lsKey, 'host local');
    sessionStorage.setItem(lsKey, 'host session');
    try {
      const sa = open(a);
      const sb = open(b);
      await sa.put(record('x'));
      await sa.encryption.setup(PASS);
      await sb.put(record('y'));
      expect(await dbNames()).to.include.members([`toile:${a}`, `toile:${b}`, hostDb]);

      expect(await rejectionOf(sa.destroyAll({ confirm: false }))).to.be.instanceOf(
        StoreConfirmationError,
      );
      expect(await dbNames()).to.include(`toile:${a}`);
      await sa.destroyAll({ confirm: true });

      const names = await dbNames();
      expect(names).not.to.include(`toile:${a}`);
      expect(names).to.include.members([`toile:${b}`, hostDb]);
      expect(await rejectionOf(sa.list())).to.be.instanceOf(StoreUnavailableError);
      expect((await sb.get('y'))?.id).to.equal('y');
      expect(localStorage.getItem(lsKey)).to.equal('host local');
      expect(sessionStorage.getItem(lsKey)).to.equal('host session');
      const hostValue = await new Promise<unknown>((resolve) => {
        const r = indexedDB.open(hostDb);
        r.onsuccess = () => {
          const get = r.result.transaction('kv').objectStore('kv').get('k');
          get.onsuccess = () => {
            r.result.close();
            resolve(get.result);
          };
        };
      });
      expect(hostValue).to.equal('host value');
      // A new store on the destroyed namespace starts empty and unencrypted.
      const again = open(a);
      expect(await again.encryption.status()).to.equal('none');
      expect(await again.list()).to.deep.equal([]);
      again.close();
      sb.close();
    } finally {
      localStorage.removeItem(lsKey);
      sessionStorage.removeItem(lsKey);
      await deleteDb(hostDb);
    }
  });

  it('is closed before it announces: a listener reading the store cannot recreate the database', async () => {
    const a = ns();
    const sa = open(a);
    await sa.put(record('z'));
    let reaction: Promise<unknown> | undefined;
    sa.subscribe((change) => {
      if (change.type === 'destroyed') reaction = rejectionOf(sa.encryption.status());
    });
    await sa.destroyAll({ confirm: true });
    expect(reaction, 'the destroyed notice reached the listener').not.to.equal(undefined);
    expect(await reaction).to.be.instanceOf(StoreUnavailableError);
    expect(await dbNames()).not.to.include(`toile:${a}`);
  });
});
