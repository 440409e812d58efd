import { expect, fixture, html } from '@open-wc/testing';
import { css, type TemplateResult } from 'lit';
import { ToileElement } from './toile-element.js';
import { ToileSelectEvent } from '../events/toile-select.js';

class BaseProbe extends ToileElement {
  static override styles = [
    ToileElement.styles,
    css`
      .own {
        color: rgb(1, 2, 3);
      }
    `,
  ];
  override render(): TemplateResult {
    return html`<span class="sr-only">hidden</span
      ><button class="own">${this.l10n.t('common.close')}</button>`;
  }
  select(ids: string[]): boolean {
    return this.emit(new ToileSelectEvent(ids));
  }
}
customElements.define('toile-base-probe', BaseProbe);

describe('ToileElement', () => {
  it('has a version and localizes', async () => {
    const el = await fixture<BaseProbe>(html`<toile-base-probe lang="fr"></toile-base-probe>`);
    expect(BaseProbe.version).to.equal('0.1.0');
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.equal('Fermer');
  });

  it('applies the layered host styles and lets unlayered element styles win', async () => {
    const el = await fixture<BaseProbe>(
      html`<toile-base-probe style="--toile-color-text: rgb(10, 20, 30)"></toile-base-probe>`,
    );
    expect(getComputedStyle(el).display).to.equal('block');
    expect(getComputedStyle(el).color).to.equal('rgb(10, 20, 30)');
    const hidden = el.shadowRoot!.querySelector('.sr-only')!;
    expect(getComputedStyle(hidden).position).to.equal('absolute');
    expect(getComputedStyle(hidden).width).to.equal('1px');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.own')!).color).to.equal('rgb(1, 2, 3)');
    el.hidden = true;
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('emits events that reach the document', async () => {
    const el = await fixture<BaseProbe>(html`<toile-base-probe></toile-base-probe>`);
    let ids: readonly string[] = [];
    const listener = (e: ToileSelectEvent): void => {
      ids = e.ids;
    };
    document.addEventListener('toile-select', listener);
    el.select(['x']);
    document.removeEventListener('toile-select', listener);
    expect(ids).to.deep.equal(['x']);
  });

  it('is accessible', async () => {
    const el = await fixture<BaseProbe>(html`<toile-base-probe></toile-base-probe>`);
    await expect(el).to.be.accessible();
  });
});
