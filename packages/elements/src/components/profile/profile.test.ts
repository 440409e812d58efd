import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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
