import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ginette } from '@toile/core/personas';
import { startReassessment, type Assessment } from '@toile/core';
import '../../define/toile-compare.js';
import type { ToileCompare } from './compare.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';

function later(): Assessment {
  const next = startReassessment(ginette, {
    id: 'g-2',
    now: '2026-12-14T10:00:00Z',
    today: '2026-12-14',
  });
  return {
    ...next,
    ecomap: {
      links: next.ecomap.links.filter((l) => l.aId !== 's-ccr' && l.bId !== 's-ccr'),
      ties: next.ecomap.ties
        .filter((t) => t.targetId !== 's-ccr')
        .map((t) => (t.targetId === 'p-sylvain' ? { ...t, strength: 'moderate' as const } : t)),
    },
  };
}

describe('<toile-compare>', () => {
  it('shows the scores then and now in a table, and the ties lost and changed', async () => {
    const el = await fixture<ToileCompare>(
      html`<toile-compare lang="fr" .previous=${ginette} .current=${later()}></toile-compare>`,
    );
    const root = el.shadowRoot!;
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    expect(headers[1]).to.match(/^Avant \(.*2026\)$/);
    expect(headers[2]).to.match(/^Maintenant/);
    expect(root.querySelectorAll('tbody tr')).to.have.length(5);
    const text = root.textContent;
    const ccr = ginette.registry.find((e) => e.id === 's-ccr')!.name;
    expect(root.querySelector('li.loss')!.textContent).to.equal(ccr);
    expect(text).to.contain('force Ténu → Moyen');
    expect(el.diff?.tiesLost.map((t) => t.id)).to.deep.equal(['s-ccr']);
  });

  it('is accessible', async () => {
    const el = await fixture<ToileCompare>(
      html`<toile-compare .previous=${ginette} .current=${later()}></toile-compare>`,
    );
    await expect(el).to.be.accessible();
  });

  it('asks for two records when one is missing', async () => {
    const el = await fixture<ToileCompare>(
      html`<toile-compare lang="en" .previous=${ginette}></toile-compare>`,
    );
    expect(el.shadowRoot!.textContent).to.contain('Give two assessments');
  });

  it('fires toile-error for an invalid record', async () => {
    const el = await fixture<ToileCompare>(html`<toile-compare></toile-compare>`);
    setTimeout(() => {
      el.current = { bad: 1 };
    });
    const e = (await oneEvent(el, 'toile-error')) as unknown as ToileErrorEvent;
    expect(e.issues.length).to.be.greaterThan(0);
  });
});
