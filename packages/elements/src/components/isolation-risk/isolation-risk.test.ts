import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ginette } from '@toile/core/personas';
import type { Assessment } from '@toile/core';
import '../../define/toile-isolation-risk.js';
import type { ToileIsolationRisk } from './isolation-risk.js';
import type { ToileHighlightEvent } from '../../events/toile-highlight.js';
import type { ToileChangeEvent } from '../../events/toile-change.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';
import { localToday } from './local-today.js';

async function mount(a: unknown, today = '2026-11-02', lang = 'fr'): Promise<ToileIsolationRisk> {
  const el = await fixture<ToileIsolationRisk>(
    html`<toile-isolation-risk
      lang=${lang}
      today=${today}
      .assessment=${a}
    ></toile-isolation-risk>`,
  );
  await el.updateComplete;
  return el;
}

describe('<toile-isolation-risk>', () => {
  it('renders the level, an accessible meter, the factors and the disclaimer', async () => {
    const el = await mount(ginette);
    const root = el.shadowRoot!;
    const meter = root.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(el.result?.score));
    expect(meter.getAttribute('aria-valuetext')).to.contain('sur 100');
    expect(root.querySelectorAll('[part="factors"] button').length).to.equal(
      el.result?.factors.length,
    );
    expect(root.textContent).to.contain('soutient le jugement');
    expect(root.textContent).to.contain('n’est pas un diagnostic');
    expect(root.querySelector('[part="watch"]')).to.not.equal(null);
  });

  it('passes axe', async () => {
    const el = await mount(ginette);
    await expect(el).to.be.accessible();
  });

  it('speaks English when lang is en', async () => {
    const el = await mount(ginette, '2026-11-02', 'en');
    expect(el.shadowRoot!.textContent).to.contain('supports the worker’s judgment');
  });

  it('emits toile-highlight with the ids behind a factor on focus, and clears on leaving', async () => {
    const el = await mount(ginette);
    const factor = el.result!.factors.find((f) => f.evidence.length > 0)!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>(
      `button[data-factor="${factor.id}"]`,
    )!;
    setTimeout(() => {
      button.focus();
    });
    const e = await oneEvent<ToileHighlightEvent>(el, 'toile-highlight');
    expect([...e.ids]).to.deep.equal([...factor.evidence]);
    setTimeout(() => {
      button.blur();
    });
    const cleared = await oneEvent<ToileHighlightEvent>(el, 'toile-highlight');
    expect(cleared.ids).to.deep.equal([]);
  });

  it('commits an instrument answer as one toile-change', async () => {
    const el = await mount(ginette);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="forms"] details')!;
    details.open = true;
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="lsns6-4"]')!;
    setTimeout(() => {
      radio.click();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.change.kind).to.equal('instrument-answer');
    expect(e.assessment.instruments.lsns6?.answers[4]).to.equal(0);
    expect(e.assessment.instruments.lsns6?.answers[0]).to.equal(
      ginette.instruments.lsns6?.answers[0],
    );
  });

  it('starts an instrument that was never asked', async () => {
    const a: Assessment = { ...ginette, instruments: {} };
    const el = await mount(a);
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="ucla3-0"]')!;
    setTimeout(() => {
      radio.click();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.assessment.instruments.ucla3?.answers).to.deep.equal([1, null, null]);
    expect(e.assessment.instruments.ucla3?.date).to.equal('2026-11-02');
  });

  it('shows the error state and fires toile-error for invalid data', async () => {
    const el = document.createElement('toile-isolation-risk');
    const wait = oneEvent<ToileErrorEvent>(el, 'toile-error');
    el.assessment = { schemaVersion: 2, id: 'x' };
    document.body.append(el);
    const e = await wait;
    expect(e.source).to.equal('assessment');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.remove();
  });

  it('shows the error state and fires toile-error for an invalid configuration', async () => {
    const el = document.createElement('toile-isolation-risk');
    el.today = '2026-11-02';
    el.assessment = ginette;
    el.config = { weights: { livesAlone: 'beaucoup' } };
    const wait = oneEvent<ToileErrorEvent>(el, 'toile-error');
    document.body.append(el);
    const e = await wait;
    expect(e.source).to.equal('config');
    expect(e.issues[0]?.jsonPath).to.equal('$.config.weights.livesAlone');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.remove();
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const a: Assessment = {
      ...ginette,
      registry: ginette.registry.map((e) => (e.id === 'p-jeannine' ? { ...e, name: evil } : e)),
    };
    const el = await mount(a);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(evil);
  });

  it('defaults today to the browser date', async () => {
    const el = await fixture<ToileIsolationRisk>(
      html`<toile-isolation-risk .assessment=${ginette}></toile-isolation-risk>`,
    );
    expect(el.result?.today).to.equal(localToday());
  });
});
