import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryBackend, createMemoryStore } from '@toile/storage';
import '../../define/toile-interview.js';
import type { ToileInterview } from './interview.js';
import { q, root, sampleRecord, until } from './interview-test-helpers.js';

const PASSPHRASE = 'une phrase de passe assez longue';

function unlockWith(el: ToileInterview, secret: string): void {
  q<HTMLInputElement>(el, '#passphrase').value = secret;
  q<HTMLFormElement>(el, '[part="lock"] form').requestSubmit();
}

describe('<toile-interview> on an encrypted store', function () {
  this.timeout(20_000);

  it('opens behind the lock screen, unlocks, and hides everything again on auto-lock', async () => {
    const backend = createMemoryBackend();
    const store = createMemoryStore({
      namespace: 'interview-test',
      backend,
      encryption: { iterations: 1000, autoLockMs: 400 },
    });
    await store.encryption.setup(PASSPHRASE, { recoveryKey: false });
    await store.put(sampleRecord());
    store.encryption.lock();
    const el = await fixture<ToileInterview>(
      html`<toile-interview
        .store=${store}
        assessment-id="a1"
        step="questions"
        save-delay="30"
      ></toile-interview>`,
    );
    await until(() => root(el).querySelector('[part="lock"]'));
    expect(root(el).textContent).not.to.contain('Ginette');
    unlockWith(el, 'pas la bonne');
    await until(() => q(el, '#lock-message').textContent.length > 0);
    expect(q(el, '#lock-message').textContent).to.contain('incorrecte');
    unlockWith(el, PASSPHRASE);
    await until(() => el.assessment);
    await el.updateComplete;
    expect(q(el, '[part="header"]').textContent).to.contain('Ginette');
    const s = q<HTMLSelectElement>(el, '#feelsAlone');
    s.value = 'often';
    s.dispatchEvent(new Event('change'));
    await until(() => el.saveState === 'saved' && !el.locked);
    // Inactivity: the store locks itself and the interview hides the record.
    await until(() => el.locked, 3000);
    await el.updateComplete;
    expect(root(el).querySelector('[part="step"]')).to.equal(null);
    expect(root(el).textContent).not.to.contain('Ginette');
    unlockWith(el, PASSPHRASE);
    await until(() => !el.locked);
    const stored = await store.get('a1');
    expect(stored?.context.feelsAlone).to.equal('often');
  });
});
