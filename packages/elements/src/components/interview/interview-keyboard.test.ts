import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryStore } from '@toile/storage';
import '../../define/toile-interview.js';
import type { ToileInterview } from './interview.js';
import { deepActive, q, sampleRecord, until } from './interview-test-helpers.js';

/** Presses Tab until the focused element matches (keyboard only; the test just watches focus). */
async function tabTo(match: (el: Element) => boolean, what: string, max = 300): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    const active = deepActive();
    if (active && match(active)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const byId = (id: string) => (el: Element) => el.id === id;
const radioOf = (name: string) => (el: Element) =>
  el instanceof HTMLInputElement && el.name === name;
const nextButton = (el: Element) =>
  el instanceof HTMLButtonElement && el.classList.contains('next');

async function next(el: ToileInterview, expected: string): Promise<void> {
  await tabTo(nextButton, 'the next-step button');
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(el.step).to.equal(expected);
  expect(deepActive()?.id).to.equal('step-title');
}

describe('<toile-interview> by keyboard only', function () {
  this.timeout(60_000);

  it('runs a whole interview with Tab, arrows, typing and Enter, and autosaves it', async () => {
    const store = createMemoryStore({ namespace: 'interview-test' });
    await store.put(sampleRecord());
    const el = await fixture<ToileInterview>(
      html`<toile-interview
        .store=${store}
        assessment-id="a1"
        step="consent"
        save-delay="50"
        today="2026-03-05"
      ></toile-interview>`,
    );
    await until(() => el.assessment);
    await el.updateComplete;
    // The keyboard starts on a button just before the element, as on a host page.
    const before = document.createElement('button');
    before.textContent = 'avant';
    el.before(before);
    before.focus();

    // Consent: the worker's name, then « Accepté » for every section (arrow from « Pas encore demandé »).
    await tabTo(byId('worker'), 'the worker field');
    await sendKeys({ type: 'Julie' });
    for (const section of ['genogram', 'ecomap', 'health', 'identity', 'sharing']) {
      await tabTo(radioOf(`consent-${section}`), `the ${section} consent`);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
    }
    expect(el.assessment?.consent.sharing?.granted).to.equal(true);
    expect(el.assessment?.consent.genogram?.recordedBy).to.equal('Julie');

    // About the person.
    await next(el, 'about');
    await tabTo(byId('birthYear'), 'birth year');
    await sendKeys({ type: '1948' });
    await tabTo(byId('livesAlone'), 'lives alone');
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(radioOf('address'), 'form of address');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.assessment?.tenant.formOfAddress).to.equal('tu');
    expect(el.assessment?.tenant.livesAlone).to.equal(true);

    await next(el, 'genogram');
    await next(el, 'ecomap');
    await next(el, 'questions');
    expect(q(el, '[part="step"]').textContent).to.contain('Te sens-tu seul·e');
    await tabTo(byId('feelsAlone'), 'feels alone');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tabTo(byId('selfManagement'), 'self-management');
    for (let i = 0; i < 5; i += 1) await sendKeys({ press: 'ArrowDown' });
    expect(el.assessment?.context.feelsAlone).to.equal('sometimes');
    expect(el.assessment?.selfManagement).to.equal(5);

    await next(el, 'results');
    expect(q(el, 'toile-isolation-risk')).to.exist;
    expect(q(el, 'toile-profile')).to.exist;
    await next(el, 'plan');
    await tabTo(byId('plan-label'), 'the action field');
    await sendKeys({ type: 'Appeler sa fille' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.assessment?.plan.map((p) => p.label)).to.deep.equal(['Appeler sa fille']);
    await next(el, 'summary');
    expect(q(el, 'dl.summary').textContent).to.contain('Appeler sa fille');

    // The step list: arrows move, Enter opens, aria-current follows.
    await tabTo((x) => x.getAttribute('aria-current') === 'step', 'the current step in the list');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('about');
    expect(q(el, 'nav button[aria-current="step"]').dataset['step']).to.equal('about');

    const saved = await until(async () => {
      const r = await store.get('a1');
      return r && r.plan.length === 1 && r.selfManagement === 5 ? r : undefined;
    });
    const tenant = saved.registry.find((e) => e.id === 'tenant');
    expect(tenant?.kind === 'person' ? tenant.birthYear : undefined).to.equal(1948);
    expect(saved.tenant.formOfAddress).to.equal('tu');
    expect(saved.consent.identity?.granted).to.equal(true);
    expect(saved.consent.identity?.date).to.equal('2026-03-05');
  });
});
