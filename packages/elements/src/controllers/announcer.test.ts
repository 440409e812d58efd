import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { Announcer } from './announcer.js';

class AnnouncerProbe extends LitElement {
  readonly announcer = new Announcer(this);
  readonly rendered: string[] = [];
  override render(): TemplateResult {
    this.rendered.push(this.announcer.message);
    return html`<div role="status" aria-live="polite">${this.announcer.message}</div>`;
  }
}
customElements.define('toile-announcer-probe', AnnouncerProbe);

describe('Announcer', () => {
  it('clears then sets the text, so a repeated message changes the DOM twice', async () => {
    const el = await fixture<AnnouncerProbe>(html`<toile-announcer-probe></toile-announcer-probe>`);
    const region = el.shadowRoot!.querySelector('[role=status]')!;
    await el.announcer.announce('Lien ajouté');
    expect(region.textContent).to.equal('Lien ajouté');
    el.rendered.length = 0;
    await el.announcer.announce('Lien ajouté');
    expect(region.textContent).to.equal('Lien ajouté');
    expect(el.rendered).to.deep.equal(['', 'Lien ajouté']);
  });

  it('lets a newer announcement supersede a pending one', async () => {
    const el = await fixture<AnnouncerProbe>(html`<toile-announcer-probe></toile-announcer-probe>`);
    const first = el.announcer.announce('un');
    const second = el.announcer.announce('deux');
    await Promise.all([first, second]);
    expect(el.announcer.message).to.equal('deux');
  });
});
