import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render, type TemplateResult } from 'lit';
import { LocalizeController } from './localize-controller.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { registerMessages, resolveLang, translate } from './translate.js';
import type { MessageKey } from './fr.js';

class L10nProbe extends LitElement {
  readonly l10n = new LocalizeController(this);
  renders = 0;
  override render(): string {
    this.renders += 1;
    return `${this.l10n.t('common.undo')}|${this.l10n.t('common.greeting')}`;
  }
}
customElements.define('toile-l10n-probe', L10nProbe);

class ShadowWrapper extends LitElement {
  override render(): ReturnType<typeof html> {
    return html`<toile-l10n-probe></toile-l10n-probe>`;
  }
}
customElements.define('toile-l10n-wrapper', ShadowWrapper);

const text = (el: L10nProbe): string => el.shadowRoot?.textContent ?? '';

// Mutation observer callbacks run as microtasks; a macrotask later they have run. (No rAF here:
// animation frames are throttled in background pages when test files run concurrently.)
const settle = (): Promise<void> => new Promise((r) => setTimeout(r));

const mounted: HTMLElement[] = [];
function mount(template: TemplateResult): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  render(template, container);
  return container.firstElementChild as HTMLElement;
}

describe('LocalizeController', () => {
  let htmlLang: string | null;
  beforeEach(() => {
    htmlLang = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    for (const m of mounted.splice(0)) m.remove();
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('falls back to French when nothing sets a language', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<L10nProbe>(html`<toile-l10n-probe></toile-l10n-probe>`);
    expect(el.l10n.lang).to.equal('fr');
    expect(text(el)).to.equal('Annuler|Bienvenue chez vous.');
  });

  it('uses the nearest ancestor lang attribute over <html lang>', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const wrap = mount(html`<div lang="en-CA"><toile-l10n-probe></toile-l10n-probe></div>`);
    const el = wrap.querySelector<L10nProbe>('toile-l10n-probe')!;
    await el.updateComplete;
    expect(el.l10n.lang).to.equal('en');
    expect(text(el)).to.equal('Undo|Welcome home.');
  });

  it('crosses shadow roots to find the lang of the outer host', async () => {
    const wrap = mount(html`<div lang="en"><toile-l10n-wrapper></toile-l10n-wrapper></div>`);
    const outer = wrap.querySelector<ShadowWrapper>('toile-l10n-wrapper')!;
    await outer.updateComplete;
    const inner = outer.shadowRoot!.querySelector<L10nProbe>('toile-l10n-probe')!;
    await inner.updateComplete;
    expect(resolveLang(inner)).to.equal('en');
    expect(text(inner)).to.equal('Undo|Welcome home.');
  });

  it('re-renders when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'fr-CA');
    const el = await fixture<L10nProbe>(html`<toile-l10n-probe></toile-l10n-probe>`);
    expect(text(el)).to.equal('Annuler|Bienvenue chez vous.');
    document.documentElement.setAttribute('lang', 'en');
    await settle();
    await el.updateComplete;
    expect(el.l10n.lang).to.equal('en');
    expect(text(el)).to.equal('Undo|Welcome home.');
  });

  it('re-renders when the host lang attribute changes', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const el = await fixture<L10nProbe>(html`<toile-l10n-probe></toile-l10n-probe>`);
    el.setAttribute('lang', 'en');
    await settle();
    await el.updateComplete;
    expect(text(el)).to.equal('Undo|Welcome home.');
  });

  it('skips a language Toile does not ship and keeps looking upward', () => {
    document.documentElement.setAttribute('lang', 'en');
    const wrap = mount(html`<div lang="es"><toile-l10n-probe></toile-l10n-probe></div>`);
    expect(resolveLang(wrap.querySelector('toile-l10n-probe')!)).to.equal('en');
  });

  it('switches tu and vous', async () => {
    document.documentElement.setAttribute('lang', 'fr');
    const el = await fixture<L10nProbe>(html`<toile-l10n-probe></toile-l10n-probe>`);
    el.l10n.address = 'tu';
    await el.updateComplete;
    expect(text(el)).to.equal('Annuler|Bienvenue chez toi.');
    expect(el.l10n.t('common.greeting')).to.equal('Bienvenue chez toi.');
  });

  it('formats labels, numbers, dates and plurals per language', async () => {
    const el = await fixture<L10nProbe>(html`<toile-l10n-probe lang="fr"></toile-l10n-probe>`);
    expect(el.l10n.label({ fr: 'Voisin', en: 'Neighbour' })).to.equal('Voisin');
    expect(el.l10n.formatNumber(1234.5)).to.match(/1\s234,5/);
    expect(
      el.l10n.formatDate('2026-03-05T12:00:00Z', { dateStyle: 'long', timeZone: 'UTC' }),
    ).to.equal('5 mars 2026');
    expect(el.l10n.t('common.issueCount', { count: 2 })).to.equal('2 problèmes trouvés');
    el.setAttribute('lang', 'en');
    await settle();
    expect(el.l10n.label({ fr: 'Voisin', en: 'Neighbour' })).to.equal('Neighbour');
    expect(el.l10n.formatNumber(1234.5)).to.equal('1,234.5');
    expect(el.l10n.t('common.issueCount', { count: 1 })).to.equal('1 issue found');
  });

  it('falls back to French for a key missing in English', () => {
    registerMessages({ 'probe.frenchOnly': 'Seulement en français' }, {});
    expect(translate('en', 'probe.frenchOnly' as MessageKey)).to.equal('Seulement en français');
  });

  it('knows only the namespaces registered so far', () => {
    expect(translate('fr', 'probe.neverRegistered' as MessageKey)).to.equal(
      'probe.neverRegistered',
    );
  });

  it('has an English message for every French key', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
  });
});
