// Encryption at rest: setup, lock and unlock, wrong passphrase, recovery key, passphrase change,
// auto-lock, other tabs, and tampered ciphertext. Memory backend (same core as IndexedDB), 1,000
// PBKDF2 iterations so the suite stays fast.
import { expect } from '@open-wc/testing';
import { createAssessment, type Assessment } from '@toile/core';
import {
  createMemoryBackend,
  createMemoryStore,
  KEYS_KEY,
  StoreEncryptionStateError,
  StoreError,
  StoreInvalidRecordError,
  StoreLockedError,
  StoreValidationError,
  StoreWeakPassphraseError,
  StoreWrongPassphraseError,
  type LocalAssessmentStore,
  type StoreBackend,
  type StoreChange,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';
const PASS = 'une phrase de passe assez longue';
const ITER = { iterations: 1_000 };

function record(id: string, tenantName = 'Ginette Lavoie'): Assessment {
  return {
    ...createAssessment({ id, now: NOW, tenantName }),
    notes: [{ id: 'n1', date: '2026-01-05', text: 'Note confidentielle sur la santé' }],
  };
}

function store(backend: StoreBackend, autoLockMs = 0): LocalAssessmentStore {
  return createMemoryStore({
    namespace: 'enc',
    backend,
    clock: () => NOW,
    encryption: { ...ITER, autoLockMs },
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

async function rawJson(backend: StoreBackend): Promise<string> {
  const all = await backend.entries();
  return JSON.stringify(all.sort(([a], [b]) => (a < b ? -1 : 1)));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('encryption: setup', () => {
  it('starts with no encryption, then encrypts existing records in place', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    expect(await s.encryption.status()).to.equal('none');
    await s.put(record('a'));
    await s.put(record('b', 'Samuel Nadeau'));
    const result = await s.encryption.setup(PASS);
    expect(result.encrypted).to.equal(2);
    expect(result.leftUnencrypted).to.deep.equal([]);
    expect(result.recoveryKey).to.match(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(await s.encryption.status()).to.equal('unlocked');
    const raw = await rawJson(backend);
    expect(raw).not.to.contain('Ginette');
    expect(raw).not.to.contain('Samuel');
    expect(raw).not.to.contain('confidentielle');
    const a = (await backend.get('a')) as Record<string, unknown>;
    expect(a['codec']).to.equal('aes-gcm');
    expect(a).not.to.have.property('tenantName');
    const got = await s.get('a');
    expect(got?.registry[0]?.name).to.equal('Ginette Lavoie');
    expect(got?.notes[0]?.text).to.equal('Note confidentielle sur la santé');
    const list = await s.list();
    expect(list.map((x) => x.tenantName).sort()).to.deep.equal(['Ginette Lavoie', 'Samuel Nadeau']);
  });

  it('refuses a short passphrase, a second setup, and unlocking an unencrypted namespace', async () => {
    const s = store(createMemoryBackend());
    const weak = await rejectionOf(s.encryption.setup('court'));
    expect(weak).to.be.instanceOf(StoreWeakPassphraseError);
    expect((weak as StoreError).code).to.equal('weak-passphrase');
    const none = await rejectionOf(s.encryption.unlock(PASS));
    expect(none).to.be.instanceOf(StoreEncryptionStateError);
    expect((none as StoreEncryptionStateError).reason).to.equal('not-encrypted');
    await s.encryption.setup(PASS);
    const again = await rejectionOf(s.encryption.setup(PASS));
    expect((again as StoreEncryptionStateError).reason).to.equal('already-encrypted');
  });

  it('can be set up without a recovery key', async () => {
    const s = store(createMemoryBackend());
    const result = await s.encryption.setup(PASS, { recoveryKey: false });
    expect(result.recoveryKey).to.equal(undefined);
    s.encryption.lock();
    const e = await rejectionOf(s.encryption.unlockWithRecoveryKey('0000-0000'));
    expect((e as StoreEncryptionStateError).reason).to.equal('no-recovery-key');
  });

  it('writes a fresh IV on every write, and binds the id (a moved ciphertext does not open)', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    await s.encryption.setup(PASS);
    const first = await s.put(record('a'));
    const iv1 = ((await backend.get('a')) as { payload: { iv: string } }).payload.iv;
    await s.put(first);
    const iv2 = ((await backend.get('a')) as { payload: { iv: string } }).payload.iv;
    expect(iv1).not.to.equal(iv2);
    const moved = { ...((await backend.get('a')) as object), id: 'b' };
    await backend.transact([], () => ({ set: [['b', moved]], delete: [] }));
    const e = await rejectionOf(s.get('b'));
    expect(e).to.be.instanceOf(StoreInvalidRecordError);
    expect((e as StoreInvalidRecordError).issues[0]?.code).to.equal('decrypt_failed');
  });

  it('refuses the reserved key-record id and keeps the key record out of list and export', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    await s.encryption.setup(PASS);
    expect(await backend.get(KEYS_KEY)).not.to.equal(undefined);
    const e = await rejectionOf(s.put(record(KEYS_KEY)));
    expect(e).to.be.instanceOf(StoreValidationError);
    expect(await s.list()).to.deep.equal([]);
    expect(await s.get(KEYS_KEY)).to.equal(undefined);
    expect(await s.getRaw(KEYS_KEY)).to.equal(undefined);
    expect((await s.exportAll()).records).to.deep.equal([]);
  });
});

describe('encryption: locked', () => {
  it('lists only ids, revisions and dates; get, put, remove, import and plaintext export reject', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    await s.put({ ...record('a'), retention: { retainUntil: '2030-01-01' } });
    await s.encryption.setup(PASS);
    const events: StoreChange[] = [];
    s.subscribe((c) => events.push(c));
    s.encryption.lock();
    expect(events).to.deep.include({ type: 'locked', reason: 'manual' });
    expect(await s.encryption.status()).to.equal('locked');
    const list = await s.list();
    expect(list).to.deep.equal([
      {
        status: 'ok',
        id: 'a',
        revision: 1,
        updatedAt: NOW,
        locked: true,
        retainUntil: '2030-01-01',
      },
    ]);
    const attempts = [
      s.get('a'),
      s.put(record('b')),
      s.remove('a'),
      s.importAll([record('c')]),
      s.exportAll({ plaintext: true }),
    ];
    for (const attempt of attempts) {
      const e = await rejectionOf(attempt);
      expect(e).to.be.instanceOf(StoreLockedError);
      expect((e as StoreError).code).to.equal('locked');
      expect((e as StoreError).messages.fr).to.contain('verrouillées');
      expect((e as StoreError).messages.en).to.contain('locked');
    }
    await s.encryption.unlock(PASS);
    expect(events.at(-1)).to.deep.equal({ type: 'unlocked' });
    expect((await s.get('a'))?.retention.retainUntil).to.equal('2030-01-01');
  });

  it('a wrong passphrase is typed, counted, and destroys nothing', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    await s.put(record('a'));
    await s.encryption.setup(PASS);
    s.encryption.lock();
    const before = await rawJson(backend);
    const e1 = await rejectionOf(s.encryption.unlock('pas la bonne phrase'));
    expect(e1).to.be.instanceOf(StoreWrongPassphraseError);
    expect((e1 as StoreError).code).to.equal('wrong-passphrase');
    expect((e1 as StoreWrongPassphraseError).attempts).to.equal(1);
    const e2 = await rejectionOf(s.encryption.unlock(''));
    expect((e2 as StoreWrongPassphraseError).attempts).to.equal(2);
    expect(s.encryption.failedAttempts).to.equal(2);
    expect(await rawJson(backend)).to.equal(before);
    expect(await s.encryption.status()).to.equal('locked');
    await s.encryption.unlock(PASS);
    expect(s.encryption.failedAttempts).to.equal(0);
    expect((await s.get('a'))?.id).to.equal('a');
  });

  it('normalizes the passphrase (an accent typed composed or decomposed opens alike)', async () => {
    const s = store(createMemoryBackend());
    await s.encryption.setup('clé du téléphone rouge'.normalize('NFC'));
    s.encryption.lock();
    await s.encryption.unlock('clé du téléphone rouge'.normalize('NFD'));
    expect(await s.encryption.status()).to.equal('unlocked');
  });
});

describe('encryption: recovery key and passphrase change', () => {
  it('unlocks with the recovery key as typed (case, spaces), and rejects a wrong one', async () => {
    const s = store(createMemoryBackend());
    await s.put(record('a'));
    const { recoveryKey } = await s.encryption.setup(PASS);
    s.encryption.lock();
    const wrong = await rejectionOf(s.encryption.unlockWithRecoveryKey('0'.repeat(32)));
    expect(wrong).to.be.instanceOf(StoreWrongPassphraseError);
    expect((wrong as StoreWrongPassphraseError).kind).to.equal('recovery-key');
    const garbled = await rejectionOf(s.encryption.unlockWithRecoveryKey('not a key'));
    expect(garbled).to.be.instanceOf(StoreWrongPassphraseError);
    const typed = (recoveryKey ?? '').toLowerCase().replace(/-/g, ' ');
    await s.encryption.unlockWithRecoveryKey(typed);
    expect((await s.get('a'))?.id).to.equal('a');
  });

  it('re-wraps only the data key: records stay byte for byte, the old passphrase stops working', async () => {
    const backend = createMemoryBackend();
    const s = store(backend);
    await s.put(record('a'));
    await s.encryption.setup(PASS);
    const recordBefore = JSON.stringify(await backend.get('a'));
    const keysBefore = JSON.stringify(await backend.get(KEYS_KEY));
    const wrong = await rejectionOf(
      s.encryption.changePassphrase('mauvaise phrase', 'nouvelle phrase 2'),
    );
    expect(wrong).to.be.instanceOf(StoreWrongPassphraseError);
    expect(JSON.stringify(await backend.get(KEYS_KEY))).to.equal(keysBefore);
    await s.encryption.changePassphrase(PASS, 'nouvelle phrase 2');
    expect(JSON.stringify(await backend.get('a'))).to.equal(recordBefore);
    expect(JSON.stringify(await backend.get(KEYS_KEY))).not.to.equal(keysBefore);
    s.encryption.lock();
    expect(await rejectionOf(s.encryption.unlock(PASS))).to.be.instanceOf(
      StoreWrongPassphraseError,
    );
    await s.encryption.unlock('nouvelle phrase 2');
    expect((await s.get('a'))?.id).to.equal('a');
  });

  it('sets a new passphrase from the recovery key (forgotten passphrase)', async () => {
    const s = store(createMemoryBackend());
    const { recoveryKey } = await s.encryption.setup(PASS);
    s.encryption.lock();
    await s.encryption.changePassphrase({ recoveryKey: recoveryKey ?? '' }, 'phrase retrouvée 3');
    expect(await s.encryption.status()).to.equal('unlocked');
    s.encryption.lock();
    await s.encryption.unlock('phrase retrouvée 3');
    s.encryption.lock();
    // The recovery key still works after the change (its slot is untouched).
    await s.encryption.unlockWithRecoveryKey(recoveryKey ?? '');
  });
});

describe('encryption: auto-lock and other tabs', () => {
  it('locks after inactivity and tells listeners why', async () => {
    const s = store(createMemoryBackend(), 60);
    expect(s.encryption.autoLockMs).to.equal(60);
    await s.encryption.setup(PASS);
    const events: StoreChange[] = [];
    s.subscribe((c) => events.push(c));
    await sleep(150);
    expect(await s.encryption.status()).to.equal('locked');
    expect(events).to.deep.include({ type: 'locked', reason: 'inactivity' });
  });

  it('counts every store operation as activity', async () => {
    const s = store(createMemoryBackend(), 120);
    await s.encryption.setup(PASS);
    for (let i = 0; i < 6; i += 1) {
      await sleep(50);
      await s.list();
    }
    expect(await s.encryption.status()).to.equal('unlocked');
  });

  it('defaults to 15 minutes', () => {
    const s = createMemoryStore({ namespace: 'x' });
    expect(s.encryption.autoLockMs).to.equal(15 * 60 * 1000);
  });

  it('a tab that has not seen the setup cannot write in clear next to encrypted records', async () => {
    const backend = createMemoryBackend();
    const a = store(backend);
    const b = store(backend);
    await b.put(record('b'));
    const stale = await b.get('b');
    await a.encryption.setup(PASS);
    const e = await rejectionOf(b.put(stale as Assessment));
    expect(e).to.be.instanceOf(StoreLockedError);
    expect(await b.encryption.status()).to.equal('locked');
    const raw = await rawJson(backend);
    expect(raw).not.to.contain('Ginette');
  });

  it('a tab holding a key that the namespace no longer uses is locked on its next write', async () => {
    const backend = createMemoryBackend();
    const a = store(backend);
    await a.encryption.setup(PASS);
    const put = await a.put(record('a'));
    // The key record is replaced behind this tab's back (another tab destroyed and set up again).
    const b = store(backend);
    await b.destroyAll({ confirm: true });
    const c = store(backend);
    await c.encryption.setup('une autre phrase de passe');
    const e = await rejectionOf(a.put({ ...put, revision: 0 }));
    expect(e).to.be.instanceOf(StoreLockedError);
    expect(await a.encryption.status()).to.equal('locked');
  });
});

describe('encryption: tampering', () => {
  // Each case alters one part of a stored encrypted envelope; all must read as typed errors and
  // leave the altered value and every other record untouched.
  const flip = (b64: string, at: number): string => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const i = ((at % bytes.length) + bytes.length) % bytes.length;
    bytes[i] = (bytes[i] ?? 0) ^ 0x01;
    return btoa(String.fromCharCode(...bytes));
  };
  type Env = { payload: { iv: string; ct: string; keyId: string } } & Record<string, unknown>;
  const cases: [string, (e: Env) => unknown][] = [
    [
      'ciphertext first byte',
      (e) => ({ ...e, payload: { ...e.payload, ct: flip(e.payload.ct, 0) } }),
    ],
    [
      'ciphertext middle byte',
      (e) => ({ ...e, payload: { ...e.payload, ct: flip(e.payload.ct, 40) } }),
    ],
    ['tag last byte', (e) => ({ ...e, payload: { ...e.payload, ct: flip(e.payload.ct, -1) } })],
    ['IV', (e) => ({ ...e, payload: { ...e.payload, iv: flip(e.payload.iv, 3) } })],
    ['IV too short', (e) => ({ ...e, payload: { ...e.payload, iv: 'AAAA' } })],
    ['ciphertext not base64', (e) => ({ ...e, payload: { ...e.payload, ct: '***' } })],
    ['key id', (e) => ({ ...e, payload: { ...e.payload, keyId: 'other' } })],
    ['clear revision (AAD)', (e) => ({ ...e, revision: 7 })],
    ['clear date (AAD)', (e) => ({ ...e, updatedAt: '2020-01-01T00:00:00.000Z' })],
    ['clear retention date (AAD)', (e) => ({ ...e, retainUntil: '2099-01-01' })],
    ['payload removed', (e) => ({ ...e, payload: null })],
  ];
  for (const [name, tamper] of cases) {
    it(`${name}: typed error, value kept, nothing else lost`, async () => {
      const backend = createMemoryBackend();
      const s = store(backend);
      await s.put(record('a'));
      await s.put(record('b', 'Samuel Nadeau'));
      await s.encryption.setup(PASS);
      const altered = tamper((await backend.get('a')) as Env);
      await backend.transact([], () => ({ set: [['a', altered]], delete: [] }));
      const e = await rejectionOf(s.get('a'));
      expect(e).to.be.instanceOf(StoreError);
      expect(e).to.be.instanceOf(StoreInvalidRecordError);
      expect(await s.getRaw('a')).to.deep.equal(altered);
      expect((await s.get('b'))?.registry[0]?.name).to.equal('Samuel Nadeau');
      const list = await s.list();
      expect(list.find((x) => x.id === 'a')?.status).to.equal('invalid');
    });
  }
  it(`covers ${String(cases.length)} tampering cases`, () => {
    expect(cases.length).to.be.greaterThan(10);
  });
});
