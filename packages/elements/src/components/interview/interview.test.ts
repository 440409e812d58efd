import { expect, fixture, html } from '@open-wc/testing';
import {
  createMemoryBackend,
  createMemoryStore,
  StoreQuotaError,
  type AssessmentStore,
} from '@toile/storage';
import '../../define/toile-interview.js';
import type { ToileInterview } from './interview.js';
import { ToileStepEvent } from './interview-events.js';
import { INTERVIEW_STEPS } from './interview-steps.js';
import { faultyStore, q, root, sampleRecord, until } from './interview-test-helpers.js';

const memory = () => createMemoryStore({ namespace: 'interview-test' });

async function open(
  store: AssessmentStore = memory(),
  attrs: { id?: string; step?: string; delay?: number } = {},
) {
  const el = await fixture<ToileInterview>(
    html`<toile-interview
      .store=${store}
      assessment-id=${attrs.id ?? 'a1'}
      step=${attrs.step ?? 'consent'}
      save-delay=${attrs.delay ?? 50}
      worker="Julie"
      today="2026-03-05"
    ></toile-interview>`,
  );
  await until(
    () =>
      el.assessment !== undefined ||
      root(el).querySelector('[part="error"], [part="start"], [part="lock"]'),
  );
  await el.updateComplete;
  return el;
}

function select(el: ToileInterview, id: string, value: string): void {
  const s = q<HTMLSelectElement>(el, `#${id}`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
}

describe('<toile-interview>', function () {
  // Whole-interview renders with axe and three nested elements are slow on a loaded 2-core runner.
  this.timeout(20_000);
  it('shows the start screen, lists nothing, and creates an interview that is stored', async () => {
    const store = memory();
    const el = await fixture<ToileInterview>(
      html`<toile-interview .store=${store} save-delay="50"></toile-interview>`,
    );
    await until(() => root(el).querySelector('[part="start"]'));
    const steps: string[] = [];
    el.addEventListener('toile-step', (e: ToileStepEvent) =>
      steps.push(`${e.step}:${String(e.assessmentId)}`),
    );
    q<HTMLInputElement>(el, '#new-name').value = 'Ginette';
    q<HTMLFormElement>(el, 'form').requestSubmit();
    await until(() => el.assessment);
    const list = await store.list();
    expect(list).to.have.length(1);
    expect(list[0]?.tenantName).to.equal('Ginette');
    expect(el.assessmentId).to.equal(list[0]?.id);
    expect(el.step).to.equal('consent');
    expect(steps).to.deep.equal([`consent:${String(list[0]?.id)}`]);
    await el.updateComplete;
    expect(q(el, '[part="step"] h2').textContent).to.contain('Consentement');
  });

  it('autosaves an edit within the debounce, shows « Enregistré », and saves at once on pagehide', async () => {
    const store = memory();
    await store.put(sampleRecord());
    const el = await open(store, { step: 'about' });
    select(el, 'livesAlone', 'yes');
    expect(el.assessment?.tenant.livesAlone).to.equal(true);
    await until(async () => (await store.get('a1'))?.tenant.livesAlone === true);
    await until(() => q(el, '[part="status"]').textContent.includes('Enregistré'));
    // A long debounce: only pagehide (the tab closing) can save it now.
    el.saveDelay = 60_000;
    await el.updateComplete;
    select(el, 'interpreterNeeded', 'no');
    await new Promise((r) => setTimeout(r, 100));
    expect((await store.get('a1'))?.tenant.interpreterNeeded).to.equal(undefined);
    window.dispatchEvent(new Event('pagehide'));
    await until(async () => (await store.get('a1'))?.tenant.interpreterNeeded === false);
  });

  it('saves typed text (a draft) with the autosave, without waiting for blur', async () => {
    const store = memory();
    await store.put(sampleRecord());
    const el = await open(store, { step: 'about' });
    const year = q<HTMLInputElement>(el, '#birthYear');
    year.value = '1948';
    year.dispatchEvent(new Event('input'));
    await until(async () => {
      const r = await store.get('a1');
      const p = r?.registry.find((e) => e.id === 'tenant');
      return p?.kind === 'person' && p.birthYear === 1948;
    });
  });

  it('resumes after a reload: same id gives the saved data, the step comes from the attribute or the first step left', async () => {
    const store = memory();
    await store.put(sampleRecord());
    const first = await open(store, { step: 'questions' });
    select(first, 'feelsAlone', 'often');
    await first.save();
    first.remove();
    const again = await open(store, { step: 'questions' });
    expect(again.assessment?.context.feelsAlone).to.equal('often');
    expect(q<HTMLSelectElement>(again, '#feelsAlone').value).to.equal('often');
    expect(q(again, '[part="step"]').dataset['step']).to.equal('questions');
    again.remove();
    const el = await fixture<ToileInterview>(
      html`<toile-interview .store=${store} assessment-id="a1"></toile-interview>`,
    );
    await until(() => el.assessment);
    expect(el.step).to.equal('consent');
  });

  it('keeps the edit in memory and says so when the disk is full, then saves at the next edit', async () => {
    const base = memory();
    await base.put(sampleRecord());
    const store = faultyStore(base);
    store.failWith = new StoreQuotaError();
    const el = await open(store, { step: 'questions' });
    select(el, 'feelsAlone', 'often');
    const alert = await until(() => root(el).querySelector('[part="fault"]'));
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain(
      'L’espace de stockage est plein : vos modifications sont conservées dans cette page',
    );
    expect(alert.querySelector('button.export-current')).to.exist;
    expect(el.assessment?.context.feelsAlone).to.equal('often');
    expect(el.saveState).to.equal('error');
    expect((await base.get('a1'))?.context.feelsAlone).to.equal(undefined);
    store.failWith = undefined;
    select(el, 'asksForHelp', 'sometimes');
    await until(async () => {
      const r = await base.get('a1');
      return r?.context.feelsAlone === 'often' && r.context.asksForHelp === 'sometimes';
    });
    await until(() => !root(el).querySelector('[part="fault"]'));
  });

  it('shows a lock screen when the store is locked, refuses a wrong passphrase and opens with the right one', async () => {
    const base = memory();
    await base.put(sampleRecord());
    const store = faultyStore(base, true);
    const el = await open(store, { step: 'questions', delay: 60_000 });
    expect(root(el).querySelector('[part="lock"]')).to.exist;
    expect(root(el).querySelector('[part="step"]')).to.equal(null);
    expect(root(el).textContent).not.to.contain('Ginette');
    await expect(el).to.be.accessible();
    const input = q<HTMLInputElement>(el, '#passphrase');
    input.value = 'mauvaise phrase';
    q<HTMLFormElement>(el, '[part="lock"] form').requestSubmit();
    await until(() => q(el, '#lock-message').textContent.includes('incorrecte'));
    q<HTMLInputElement>(el, '#passphrase').value = 'bonne phrase de passe';
    q<HTMLFormElement>(el, '[part="lock"] form').requestSubmit();
    await until(() => root(el).querySelector('[part="step"]'));
    // Auto-lock with an unsaved edit: content hidden, edit kept, saved after unlocking.
    select(el, 'feelsAlone', 'often');
    store.encryption?.lock();
    await el.updateComplete;
    expect(root(el).querySelector('[part="step"]')).to.equal(null);
    expect(q(el, '[part="lock"]').textContent).to.contain('gardées dans cette page');
    expect(el.assessment?.context.feelsAlone).to.equal('often');
    q<HTMLInputElement>(el, '#passphrase').value = 'bonne phrase de passe';
    q<HTMLFormElement>(el, '[part="lock"] form').requestSubmit();
    await until(async () => (await base.get('a1'))?.context.feelsAlone === 'often');
  });

  it('shows an error state, not an exception, for a stored record that does not read', async () => {
    const backend = createMemoryBackend();
    await backend.transact(['bad'], () => ({ set: [['bad', { junk: true }]], delete: [] }));
    const store = createMemoryStore({ namespace: 'interview-test', backend });
    const el = await open(store, { id: 'bad' });
    const error = q(el, '[part="error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('ne peut pas être lue');
    expect(error.querySelectorAll('li').length).to.be.greaterThan(0);
    expect(error.querySelector('button')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('says « vous » or « tu » as the record asks', async () => {
    const store = memory();
    await store.put(sampleRecord());
    const el = await open(store, { step: 'questions' });
    expect(q(el, '[part="step"]').textContent).to.contain('Vous sentez-vous seul·e');
    el.step = 'about';
    await el.updateComplete;
    const tu = q<HTMLInputElement>(el, 'input[name="address"][value="tu"]');
    tu.checked = true;
    tu.dispatchEvent(new Event('change'));
    el.step = 'questions';
    await el.updateComplete;
    expect(q(el, '[part="step"]').textContent).to.contain('Te sens-tu seul·e');
    expect(q(el, '[part="step"]').textContent).not.to.contain('Vous sentez-vous');
  });

  it('speaks English under lang="en"', async () => {
    const store = memory();
    await store.put(sampleRecord());
    // A wrapper <div> fixture waits for an animation frame, which a background test page may never get.
    const el = await fixture<ToileInterview>(
      html`<toile-interview
        lang="en"
        .store=${store}
        assessment-id="a1"
        step="questions"
      ></toile-interview>`,
    );
    await until(() => el.assessment);
    await el.updateComplete;
    expect(q(el, '[part="header"] h2').textContent).to.contain('Welcome interview: Ginette');
    expect(q(el, '[part="step"]').textContent).to.contain('Do you feel alone or isolated');
    expect(q(el, 'nav').getAttribute('aria-label')).to.equal('Interview steps');
  });

  for (const step of INTERVIEW_STEPS) {
    it(`is accessible on the ${step} step (all consents given)`, async () => {
      const store = memory();
      const consent = { granted: true, date: '2026-03-05', recordedBy: 'Julie' };
      await store.put(
        sampleRecord('a1', {
          consent: {
            genogram: consent,
            ecomap: consent,
            health: consent,
            identity: consent,
            sharing: consent,
          },
        }),
      );
      const el = await open(store, { step });
      await new Promise((r) => setTimeout(r, 50));
      await expect(el).to.be.accessible();
    });
  }

  it('moves between steps with the arrow keys in the step list and marks the current one', async () => {
    const store = memory();
    await store.put(sampleRecord());
    const el = await open(store, { step: 'consent' });
    const current = q(el, 'nav button[aria-current="step"]');
    expect(current.dataset['step']).to.equal('consent');
    current.click();
    const events: string[] = [];
    el.addEventListener('toile-step', (e: ToileStepEvent) => events.push(e.step));
    q<HTMLButtonElement>(el, 'nav button[data-step="plan"]').click();
    await el.updateComplete;
    expect(el.getAttribute('step')).to.equal('plan');
    expect(q(el, 'nav button[aria-current="step"]').dataset['step']).to.equal('plan');
    expect(events).to.deep.equal(['plan']);
  });
});
