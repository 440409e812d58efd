// The raw check: open an encrypted namespace's IndexedDB database directly, read every key and
// value, and find no persona name and no note text.
import { expect } from '@open-wc/testing';
import type { Assessment } from '@toile/core';
import { PERSONAS } from '@toile/core/personas';
import { createStore, type LocalAssessmentStore } from './index.js';

const used: string[] = [];

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
  await Promise.all(used.map((n) => deleteDb(`toile:${n}`)));
});

/** Every key and value of every object store of a database, serialized. */
function dumpDatabase(name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onerror = () => {
      reject(r.error ?? new Error('open failed'));
    };
    r.onsuccess = () => {
      const db = r.result;
      const stores = [...db.objectStoreNames];
      const tx = db.transaction(stores, 'readonly');
      const out: unknown[] = [];
      for (const s of stores) {
        const keys = tx.objectStore(s).getAllKeys();
        const values = tx.objectStore(s).getAll();
        keys.onsuccess = () => out.push(keys.result);
        values.onsuccess = () => out.push(values.result);
      }
      tx.oncomplete = () => {
        db.close();
        resolve(JSON.stringify(out));
      };
    };
  });
}

/** The personal strings of a record: every name in the registry and every note. */
function secrets(a: Assessment): string[] {
  return [...a.registry.map((e) => e.name), ...a.notes.map((n) => n.text)].filter(
    (s) => s.length >= 4,
  );
}

async function fill(s: LocalAssessmentStore): Promise<void> {
  for (const p of PERSONAS) await s.put(p.assessment);
}

describe('raw IndexedDB contents', () => {
  it('hold the names in clear when not encrypted (so the check below can fail)', async () => {
    const ns = `raw-${crypto.randomUUID().slice(0, 8)}`;
    used.push(ns);
    const s = createStore({ namespace: ns, channelName: null });
    await fill(s);
    const dump = await dumpDatabase(`toile:${ns}`);
    expect(dump).to.contain('Ginette Lavoie');
    s.close();
  });

  it('hold no persona name and no note text once encrypted (existing and new records)', async () => {
    const ns = `raw-${crypto.randomUUID().slice(0, 8)}`;
    used.push(ns);
    const s = createStore({
      namespace: ns,
      channelName: null,
      encryption: { iterations: 1_000, autoLockMs: 0 },
    });
    await fill(s);
    await s.encryption.setup('phrase de passe du poste partagé');
    // Written after setup, and an edit of a record encrypted in place.
    const edited = await s.get(PERSONAS[0]?.assessment.id ?? '');
    if (edited)
      await s.put({
        ...edited,
        notes: [
          ...edited.notes,
          { id: 'nx', date: '2026-01-05', text: 'Nouvelle note très privée' },
        ],
      });
    s.encryption.lock();
    const dump = await dumpDatabase(`toile:${ns}`);
    const all = PERSONAS.flatMap((p) => secrets(p.assessment));
    expect(all.length).to.be.greaterThan(40);
    const found = all.filter((x) => dump.includes(x));
    expect(found).to.deep.equal([]);
    expect(dump).not.to.contain('Nouvelle note très privée');
    // Sanity: the dump is the database (records and the key record are there).
    expect(dump).to.contain('__toile_keys__');
    expect(dump).to.contain('aes-gcm');
    s.close();
  });
});
