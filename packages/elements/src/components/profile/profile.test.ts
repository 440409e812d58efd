import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ginette, samuel } from '@toile/core/personas';
import type { Assessment } from '@toile/core';
import '../../define/toile-profile.js';
import type { ToileProfile } from './profile.js';
import type { ToileChangeEvent } from '../../events/toile-change.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';
import type { PrintProfileOptions } from './print-profile.js';
import { printProfile } from './print-profile.js';

async function mount(a: unknown, lang = 'fr'): Promise<ToileProfile> {
  const el = await fixture<ToileProfile>(
    html`<toile-profile lang=${lang} today="2026-11-02" .assessment=${a}></toile-profile>`,
  );
  await el.updateComplete;
  return el;
}

/** Collects the toile-change events of `el`. */
function changes(el: ToileProfile): ToileChangeEvent[] {
  const events: ToileChangeEvent[] = [];
  el.addEventListener('toile-change', (e) => events.push(e));
  return events;
}

async function ctrl(key: string, shift = false): Promise<void> {
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

function q(el: ToileProfile, selector: string): HTMLElement {
  const found = el.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`not found: ${selector}`);
  return found;
}

describe('<toile-profile>', () => {
  it('renders the four lists, strengths first, and the suggestions', async () => {
    const el = await mount(ginette);
    const headings = [...el.shadowRoot!.querySelectorAll('[part="list"] h3')].map((h) =>
      h.textContent.trim(),
    );
    expect(headings).to.deep.equal(['Forces', 'Besoins', 'Risques', 'Vulnérabilités']);
    expect(el.shadowRoot!.querySelectorAll('[data-rule]').length).to.equal(
      el.profile?.suggestions.length,
    );
    expect(el.shadowRoot!.textContent).to.contain('Catégorie 5');
  });

  it('passes axe in both views', async () => {
    const el = await mount(ginette);
    await expect(el).to.be.accessible();
    el.view = 'tenant';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('adds an item as one toile-change', async () => {
    const el = await mount(ginette);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[part="list"] form')!;
    form.querySelector('input')!.value = 'Aime raconter des histoires';
    setTimeout(() => {
      form.requestSubmit();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.change.kind).to.equal('profile-add');
    const added = e.assessment.profile.at(-1)!;
    expect(added).to.include({
      list: 'strength',
      label: 'Aime raconter des histoires',
      status: 'present',
      source: 'worker',
    });
  });

  it('edits the status and removes an item', async () => {
    const el = await mount(ginette);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[data-key="pr-g-7"] select')!;
    select.value = 'present';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.assessment.profile.find((i) => i.id === 'pr-g-7')?.status).to.equal('present');
    el.assessment = e.assessment;
    await el.updateComplete;
    const remove = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-key="pr-g-7"] button'),
    ].at(-1)!;
    setTimeout(() => {
      remove.click();
    });
    const r = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(r.assessment.profile.some((i) => i.id === 'pr-g-7')).to.equal(false);
  });

  it('accepts a suggested action into the plan', async () => {
    const el = await mount(ginette);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-rule="digital"] button')!;
    setTimeout(() => {
      button.click();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    const action = e.assessment.plan.at(-1)!;
    expect(action).to.include({
      ruleId: 'digital',
      category: 7,
      status: 'proposed',
      resourceId: 'ex-numerique',
    });
  });

  it('keyboard: adds an item by typing and Enter, Ctrl+Z removes it again', async () => {
    const el = await mount(ginette);
    const got = changes(el);
    q(el, '[aria-labelledby="list-strength"] form input').focus();
    await sendKeys({ type: 'Aime raconter des histoires' });
    await sendKeys({ press: 'Enter' });
    expect(got).to.have.length(1);
    expect(got[0]!.change.kind).to.equal('profile-add');
    expect(got[0]!.assessment.profile.at(-1)).to.include({
      list: 'strength',
      label: 'Aime raconter des histoires',
    });
    await el.updateComplete;
    expect(
      el.profile?.strengths.some((e) => e.label.fr === 'Aime raconter des histoires'),
    ).to.equal(true);
    // The field is empty again, so Ctrl+Z is the element's undo.
    await ctrl('z');
    expect(got).to.have.length(2);
    expect(got[1]!.change.kind).to.equal('undo');
    expect(got[1]!.assessment.profile).to.deep.equal(ginette.profile);
  });

  it('keyboard: edits status, priority and shareable with arrows and Space, each one undoable', async () => {
    const el = await mount(ginette);
    const got = changes(el);
    const before = ginette.profile.find((i) => i.id === 'pr-g-7')!;
    const [status, priority] = el.shadowRoot!.querySelectorAll<HTMLSelectElement>(
      '[data-key="pr-g-7"] select',
    );
    status!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(got.at(-1)?.change.kind).to.equal('profile-edit');
    expect(got.at(-1)?.assessment.profile.find((i) => i.id === 'pr-g-7')?.status).to.equal(
      'present',
    );
    await el.updateComplete;
    priority!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(got.at(-1)?.assessment.profile.find((i) => i.id === 'pr-g-7')?.priority).to.equal(3);
    await el.updateComplete;
    q(el, '[data-key="pr-g-7"] input[type="checkbox"]').focus();
    await sendKeys({ press: 'Space' });
    expect(got.at(-1)?.assessment.profile.find((i) => i.id === 'pr-g-7')).to.deep.equal({
      ...before,
      status: 'present',
      priority: 3,
      shareable: false,
    });
    expect(got).to.have.length(3);
    await ctrl('z');
    await ctrl('z');
    await ctrl('z');
    expect(got.slice(3).map((e) => e.change.kind)).to.deep.equal(['undo', 'undo', 'undo']);
    expect(got.at(-1)?.assessment.profile.find((i) => i.id === 'pr-g-7')).to.deep.equal(before);
    await ctrl('y');
    expect(got.at(-1)?.change.kind).to.equal('redo');
    expect(got.at(-1)?.assessment.profile.find((i) => i.id === 'pr-g-7')?.status).to.equal(
      'present',
    );
  });

  it('keyboard: removes an item with Enter, keeps focus in its list, Ctrl+Z brings it back', async () => {
    const el = await mount(ginette);
    const got = changes(el);
    const remove = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[data-key="pr-g-7"] button'),
    ].at(-1)!;
    expect(remove.textContent).to.contain('Retirer');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    expect(got.at(-1)?.change.kind).to.equal('profile-remove');
    expect(got.at(-1)?.assessment.profile.some((i) => i.id === 'pr-g-7')).to.equal(false);
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-key="pr-g-7"]')).to.equal(null);
    const active = el.shadowRoot!.activeElement;
    expect(active?.closest('[part="list"]')?.getAttribute('aria-labelledby')).to.equal('list-need');
    await ctrl('z');
    expect(got.at(-1)?.change.kind).to.equal('undo');
    expect(got.at(-1)?.assessment.profile).to.deep.equal(ginette.profile);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-key="pr-g-7"]')).to.not.equal(null);
  });

  it('keyboard: accepts a suggested action into the plan once, Ctrl+Z takes it out', async () => {
    const el = await mount(ginette);
    const got = changes(el);
    const button = q(el, '[data-rule="digital"] button');
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(got).to.have.length(1);
    expect(got[0]!.change.kind).to.equal('plan-add');
    expect(got[0]!.assessment.plan.at(-1)).to.include({ ruleId: 'digital', status: 'proposed' });
    await el.updateComplete;
    // The button stays focusable (aria-disabled) so the keyboard is not lost; a second Enter adds nothing.
    expect(el.shadowRoot!.activeElement).to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'Space' });
    expect(got).to.have.length(1);
    await ctrl('z');
    expect(got[1]!.change.kind).to.equal('undo');
    expect(got[1]!.assessment.plan).to.deep.equal(ginette.plan);
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('false');
  });

  it('offers undo and redo buttons that stay in step with the history', async () => {
    const el = await mount(ginette);
    const [undo, redo] = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="toolbar"] button'),
    ].slice(2);
    expect(undo?.disabled).to.equal(true);
    q(el, '[data-rule="digital"] button').click();
    await el.updateComplete;
    expect(undo?.disabled).to.equal(false);
    undo!.click();
    await el.updateComplete;
    expect(el.assessment?.plan).to.deep.equal(ginette.plan);
    expect(redo?.disabled).to.equal(false);
    el.readonly = true;
    await el.updateComplete;
    expect(el.redo()).to.equal(false);
  });

  it('shows a plain-language view addressed with tu when the record says so', async () => {
    const a: Assessment = { ...samuel, tenant: { ...samuel.tenant, formOfAddress: 'tu' } };
    const el = await mount(a);
    el.view = 'tenant';
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('[part="list"] h3')?.textContent;
    expect(first).to.equal('Tes forces');
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
  });

  it('prints only the profile through the printer', async () => {
    const el = await mount(ginette);
    let got: PrintProfileOptions | undefined;
    el.printer = (o) => {
      got = o;
      return Promise.resolve();
    };
    await el.print();
    expect(got?.title).to.equal('Votre profil');
    expect(got?.sections[0]?.title).to.equal('Vos forces');
    expect(got?.sections[0]?.items.length).to.be.greaterThan(0);
  });

  it('builds the print frame with text only and removes it', async () => {
    let seen: Document | undefined;
    const before = document.body.children.length;
    await printProfile({
      title: 'T',
      sections: [{ title: 'S', items: ['<b>x</b>'] }],
      print: (_w, doc) => {
        seen = doc;
      },
    });
    expect(seen?.querySelector('li')?.textContent).to.equal('<b>x</b>');
    expect(seen?.querySelector('b')).to.equal(null);
    expect(document.body.children.length).to.equal(before);
  });

  it('shows the error state and fires toile-error for invalid data', async () => {
    const el = document.createElement('toile-profile');
    const wait = oneEvent<ToileErrorEvent>(el, 'toile-error');
    el.assessment = { nope: true };
    document.body.append(el);
    const e = await wait;
    expect(e.source).to.equal('assessment');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.remove();
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const a: Assessment = { ...ginette, profile: [{ ...ginette.profile[0]!, label: evil }] };
    const el = await mount(a);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(evil);
  });
});
