import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { PERSONAS, famille, ginette, samuel } from '@toile/core/personas';
import { HEALTH_PROFILE_CODES, type Assessment, type ConsentSection } from '@toile/core';
import '../../define/toile-summary.js';
import type { ToileSummary } from './summary.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';

const today = '2026-11-20';

function withConsent(a: Assessment, granted: Partial<Record<ConsentSection, boolean>>): Assessment {
  const consent = { ...a.consent };
  for (const [s, v] of Object.entries(granted) as [ConsentSection, boolean][]) {
    consent[s] = { granted: v, date: '2026-11-02', recordedBy: 'Test' };
  }
  return { ...a, consent };
}

async function mount(a: unknown, kind: string, lang = 'fr'): Promise<ToileSummary> {
  const el = await fixture<ToileSummary>(
    html`<toile-summary lang=${lang} kind=${kind} today=${today} .assessment=${a}></toile-summary>`,
  );
  await el.updateComplete;
  return el;
}

/** What printing puts on paper: the print frame's text, caught by a stub printer. */
async function printedText(el: ToileSummary): Promise<string> {
  let text = '';
  el.printer = (_w, doc) => {
    text = doc.body.textContent;
  };
  await el.print();
  return text;
}

describe('<toile-summary>', () => {
  it('renders the tenant summary with strengths first, addressed with tu for Samuel', async () => {
    const el = await mount(samuel, 'tenant');
    const sheet = el.shadowRoot!.querySelector('.sheet')!;
    expect(sheet.querySelector('h2')!.textContent).to.equal('Ton résumé');
    expect(sheet.querySelector('section')!.getAttribute('data-section')).to.equal('strengths');
    expect(sheet.textContent).not.to.match(/score|LSNS|Steptoe/i);
  });

  it('is accessible for every kind', async () => {
    for (const kind of ['tenant', 'file', 'referral']) {
      const el = await mount(ginette, kind);
      await expect(el).to.be.accessible();
    }
  });

  it('renders the complete file with consent, maps, risk and notes', async () => {
    const el = await mount(ginette, 'file');
    const ids = [...el.shadowRoot!.querySelectorAll('section[data-section]')].map((s) =>
      s.getAttribute('data-section'),
    );
    for (const id of ['tenant', 'consent', 'genogram', 'ecomap', 'risk', 'profile', 'notes'])
      expect(ids).to.include(id);
  });

  it('prints only the summary, in a frame that is removed, and leaves the host page unchanged', async () => {
    const el = await mount(ginette, 'file');
    const before = document.body.innerHTML;
    let frameDoc: Document | undefined;
    el.printer = (_w, doc) => {
      frameDoc = doc;
      expect(document.querySelectorAll('iframe')).to.have.length(1);
    };
    await el.print();
    expect(frameDoc?.querySelector('.sheet h2')?.textContent).to.equal('Dossier complet');
    expect(frameDoc?.querySelector('.toolbar')).to.equal(null);
    // Styles come from a constructed sheet (the frame inherits the page's CSP), not a <style>.
    expect(frameDoc?.querySelector('style')).to.equal(null);
    const css = [...(frameDoc?.adoptedStyleSheets ?? [])].flatMap((sh) => [...sh.cssRules]);
    expect(css.map((r) => r.cssText).join('\n')).to.contain('@page');
    expect(document.querySelectorAll('iframe')).to.have.length(0);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('prints via the keyboard-reachable Print button', async () => {
    const el = await mount(ginette, 'tenant');
    let printed = false;
    el.printer = () => {
      printed = true;
    };
    const button = el.shadowRoot!.querySelector('.toolbar button') as HTMLButtonElement;
    expect(button.textContent.trim()).to.equal('Imprimer');
    button.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(printed).to.equal(true);
  });

  it('referral: never prints non-consented data, for every persona and every refusal', async function () {
    this.timeout(30000);
    for (const p of PERSONAS) {
      const sections: ConsentSection[] = ['sharing', 'genogram', 'ecomap', 'health', 'identity'];
      for (const refused of sections) {
        const a = withConsent(p.assessment, { [refused]: false });
        const el = await mount(a, 'referral');
        const text = await printedText(el);
        const label = `${p.id} without ${refused}`;
        expect(text.length, label).to.be.greaterThan(0);
        const others = a.registry.filter((e) => e.id !== a.tenant.personId);
        if (refused === 'sharing') {
          for (const e of others) expect(text, label).not.to.contain(e.name);
          const tenant = a.registry.find((e) => e.id === a.tenant.personId)!.name;
          expect(text, label).not.to.contain(tenant);
        }
        if (refused === 'genogram') {
          // People drawn only on the genogram (not tied on the ecomap) may not be named.
          const tied = new Set(a.ecomap.ties.map((t) => t.targetId));
          for (const e of others)
            if (!tied.has(e.id)) expect(text, `${label}: ${e.name}`).not.to.contain(e.name);
        }
        if (refused === 'ecomap') {
          for (const e of others) expect(text, `${label}: ${e.name}`).not.to.contain(e.name);
          for (const e of others)
            if (e.kind === 'system' && e.contactPerson)
              expect(text, label).not.to.contain(e.contactPerson);
        }
        if (refused === 'health') {
          for (const item of a.profile) {
            if (item.code !== undefined && HEALTH_PROFILE_CODES.includes(item.code))
              expect(text, `${label}: ${item.label}`).not.to.contain(item.label);
          }
        }
        if (refused === 'identity') {
          const id = a.tenant.identity;
          if (id?.culturalCommunity) expect(text, label).not.to.contain(id.culturalCommunity);
          for (const e of others)
            if (e.kind === 'person' && e.genderIdentity)
              expect(text, label).not.to.contain(e.genderIdentity);
        }
        for (const item of a.profile)
          if (!item.shareable) expect(text, `${label}: ${item.label}`).not.to.contain(item.label);
        for (const n of a.notes) expect(text, label).not.to.contain(n.text);
      }
    }
  });

  it('referral of the Tremblay-Diallo family (sharing refused) says so and names nobody', async () => {
    const el = await mount(famille, 'referral');
    const text = el.shadowRoot!.querySelector('.sheet')!.textContent;
    expect(text).to.contain('n’a pas consenti');
    for (const e of famille.registry) expect(text).not.to.contain(e.name);
  });

  it('renders the error state and fires toile-error for an invalid record', async () => {
    const el = document.createElement('toile-summary');
    document.body.append(el);
    setTimeout(() => {
      el.assessment = { nope: true };
    });
    const event = (await oneEvent(el, 'toile-error')) as unknown as ToileErrorEvent;
    expect(event.source).to.equal('assessment');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).not.to.equal(null);
    el.remove();
  });

  it('switches language with lang', async () => {
    const el = await mount(ginette, 'file', 'en');
    expect(el.shadowRoot!.querySelector('.sheet h2')!.textContent).to.equal('Complete file');
    el.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.sheet h2')!.textContent).to.equal('Dossier complet');
  });
});
