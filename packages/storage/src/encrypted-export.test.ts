// Exports of an encrypted namespace: encrypted by default, plaintext only when unlocked and asked,
// consent filtering through core's filterByConsent, and imports of encrypted exports.
import { expect } from '@open-wc/testing';
import { filterByConsent, type Assessment } from '@toile/core';
import { PERSONAS } from '@toile/core/personas';
import {
  createMemoryBackend,
  createMemoryStore,
  StoreLockedError,
  StoreWrongPassphraseError,
  type EncryptedExportFile,
  type ExportFile,
  type LocalAssessmentStore,
  type StoreBackend,
} from './index.js';

const NOW = '2026-01-05T10:00:00.000Z';
const PASS = 'phrase de passe de la source';
const ITER = { iterations: 1_000, autoLockMs: 0 };

function store(backend: StoreBackend = createMemoryBackend()): LocalAssessmentStore {
  return createMemoryStore({ namespace: 'exp', backend, clock: () => NOW, encryption: ITER });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the promise should reject');
}

/** Strips what the store stamps, to compare content. */
function content(a: Assessment | undefined): unknown {
  if (!a) return undefined;
  const { revision: _r, updatedAt: _u, ...rest } = a;
  return rest;
}

async function encryptedSource(): Promise<{ s: LocalAssessmentStore; recoveryKey: string }> {
  const s = store();
  for (const p of PERSONAS) await s.put(p.assessment);
  const { recoveryKey } = await s.encryption.setup(PASS);
  return { s, recoveryKey: recoveryKey ?? '' };
}

describe('exportAll on an encrypted namespace', () => {
  it('is encrypted by default: no name or note in the file, even while locked', async () => {
    const { s } = await encryptedSource();
    s.encryption.lock();
    const file = (await s.exportAll()) as EncryptedExportFile;
    expect(file.format).to.equal('toile-encrypted-export');
    expect(file.records).to.have.length(PERSONAS.length);
    const text = JSON.stringify(file);
    for (const p of PERSONAS) {
      for (const e of p.assessment.registry) expect(text).not.to.contain(e.name);
      for (const n of p.assessment.notes) expect(text).not.to.contain(n.text);
    }
  });

  it('exports in clear only when unlocked and asked explicitly', async () => {
    const { s } = await encryptedSource();
    const plain = (await s.exportAll({ plaintext: true })) as ExportFile;
    expect(plain.format).to.equal('toile-export');
    expect(JSON.stringify(plain)).to.contain('Ginette Lavoie');
    s.encryption.lock();
    expect(await rejectionOf(s.exportAll({ plaintext: true }))).to.be.instanceOf(StoreLockedError);
  });

  it('leaves out what was not consented (plain and encrypted), with the shared filter', async () => {
    const { s } = await encryptedSource();
    const plain = (await s.exportAll({ plaintext: true, consentFiltered: true })) as ExportFile;
    for (const p of PERSONAS) {
      const exported = plain.records.find((r) => (r as Assessment).id === p.assessment.id);
      expect(content(exported as Assessment)).to.deep.equal(content(filterByConsent(p.assessment)));
    }
    // At least one persona has something withheld, so the filter did work here.
    const changed = PERSONAS.some(
      (p) => JSON.stringify(filterByConsent(p.assessment)) !== JSON.stringify(p.assessment),
    );
    expect(changed).to.equal(true);

    const sealed = (await s.exportAll({ consentFiltered: true })) as EncryptedExportFile;
    expect(sealed.format).to.equal('toile-encrypted-export');
    const target = store();
    await target.encryption.setup('phrase de passe de la cible');
    const result = await target.importAll(sealed, { passphrase: PASS });
    expect(result.ok).to.equal(true);
    for (const p of PERSONAS) {
      expect(content(await target.get(p.assessment.id))).to.deep.equal(
        content(filterByConsent(p.assessment)),
      );
    }
  });

  it('consent-filtered plaintext export of an unencrypted namespace uses the filter too', async () => {
    const s = store();
    const ginette = PERSONAS[0]?.assessment as Assessment;
    const noHealth: Assessment = { ...ginette, consent: { ...ginette.consent, health: undefined } };
    delete (noHealth.consent as Record<string, unknown>)['health'];
    await s.put(noHealth);
    const file = (await s.exportAll({ consentFiltered: true })) as ExportFile;
    expect(content(file.records[0] as Assessment)).to.deep.equal(
      content(filterByConsent(noHealth)),
    );
    expect(JSON.stringify(file.records[0])).not.to.equal(JSON.stringify(noHealth));
  });
});

describe('importAll of an encrypted export', () => {
  it('opens with the source passphrase or recovery key into another encrypted namespace', async () => {
    const { s, recoveryKey } = await encryptedSource();
    const file = await s.exportAll();
    for (const secret of [{ passphrase: PASS }, { recoveryKey }]) {
      const target = store();
      await target.encryption.setup('phrase de passe de la cible');
      const result = await target.importAll(JSON.stringify(file), secret);
      expect(result).to.deep.include({ ok: true, written: PERSONAS.length });
      for (const p of PERSONAS) {
        expect(content(await target.get(p.assessment.id))).to.deep.equal(content(p.assessment));
      }
    }
  });

  it('opens with the store own key when unlocked (restore after removal)', async () => {
    const { s } = await encryptedSource();
    const file = await s.exportAll();
    const id = PERSONAS[1]?.assessment.id ?? '';
    const stored = await s.get(id);
    await s.remove(id, stored?.revision);
    const result = await s.importAll(file);
    expect(result).to.deep.include({ ok: true, written: 1, skippedUnchanged: PERSONAS.length - 1 });
  });

  it('asks for the passphrase, rejects a wrong one with a typed error, and writes nothing', async () => {
    const { s } = await encryptedSource();
    const file = await s.exportAll();
    const backend = createMemoryBackend();
    const target = store(backend);
    await target.encryption.setup('phrase de passe de la cible');
    const before = JSON.stringify(await backend.entries());
    const missing = await target.importAll(file);
    expect(missing.ok).to.equal(false);
    if (!missing.ok) expect(missing.issues[0]?.code).to.equal('passphrase_required');
    const wrong = await rejectionOf(target.importAll(file, { passphrase: 'pas la bonne phrase' }));
    expect(wrong).to.be.instanceOf(StoreWrongPassphraseError);
    expect(JSON.stringify(await backend.entries())).to.equal(before);
  });

  it('refuses to import an encrypted export into an unencrypted namespace (it would be decrypted)', async () => {
    const { s } = await encryptedSource();
    const file = await s.exportAll();
    const target = store();
    const result = await target.importAll(file, { passphrase: PASS });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]?.code).to.equal('target_not_encrypted');
    expect(await target.list()).to.deep.equal([]);
  });

  it('re-encrypts a plaintext import in an encrypted namespace', async () => {
    const backend = createMemoryBackend();
    const target = store(backend);
    await target.encryption.setup('phrase de passe de la cible');
    const result = await target.importAll(PERSONAS.map((p) => p.assessment));
    expect(result.ok).to.equal(true);
    expect(JSON.stringify(await backend.entries())).not.to.contain('Ginette');
  });
});
