import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PERSONAS, ginette } from '@toile/core/personas';
import { importSingleRecord, exportSingleRecord, startReassessment } from '@toile/core';
import { createMemoryStore, type AssessmentStore } from '@toile/storage';
import '../../define/toile-caseload.js';
import type { ToileCaseload } from './caseload.js';
import type { ToileCompareEvent, ToileOpenEvent } from './caseload-events.js';
import type { ToileCompare } from '../compare/compare.js';

async function storeWithPersonas(): Promise<AssessmentStore> {
  const store = createMemoryStore({ namespace: 'caseload-test' });
  for (const p of PERSONAS) await store.put(p.assessment);
  return store;
}

async function mount(store: AssessmentStore, today = '2027-03-01'): Promise<ToileCaseload> {
  const el = await fixture<ToileCaseload>(
    html`<toile-caseload lang="fr" .store=${store} today=${today}></toile-caseload>`,
  );
  await el.refresh();
  await el.updateComplete;
  return el;
}

const rowNames = (el: ToileCaseload): string[] =>
  [...el.shadowRoot!.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent.trim());

describe('<toile-caseload>', () => {
  it('lists every persona with name, date, level and reassess-by', async () => {
    const el = await mount(await storeWithPersonas());
    const names = rowNames(el);
    expect(names).to.have.length(4);
    expect(names.some((n) => n.includes('Ginette'))).to.equal(true);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody tr')][0]!.querySelectorAll('td');
    expect(cells[0]!.textContent.trim()).to.match(/2026/);
    expect(['Faible', 'Modéré', 'Élevé']).to.include(cells[1]!.textContent.trim());
  });

  it('is accessible', async () => {
    const el = await mount(await storeWithPersonas());
    await expect(el).to.be.accessible();
  });

  it('filters who is due (reassess-by ≤ today) and who is to watch', async () => {
    const store = await storeWithPersonas();
    const early = await mount(store, '2026-11-10');
    const dueButton = [
      ...early.shadowRoot!.querySelectorAll('.filters button'),
    ][1] as HTMLButtonElement;
    dueButton.click();
    await early.updateComplete;
    expect(dueButton.getAttribute('aria-pressed')).to.equal('true');
    expect(rowNames(early)).to.deep.equal([]);
    const late = await mount(store, '2027-12-31');
    late.filter = 'due';
    await late.updateComplete;
    expect(rowNames(late)).to.have.length(4);
    late.filter = 'watch';
    await late.updateComplete;
    const watched = rowNames(late);
    expect(watched.length).to.be.greaterThan(0);
    expect(watched.length).to.equal(late.shadowRoot!.querySelectorAll('tbody .badge.watch').length);
  });

  it('sorts by a column header button, by keyboard, and sets aria-sort', async () => {
    const el = await mount(await storeWithPersonas());
    const th = el.shadowRoot!.querySelector('thead th') as HTMLElement;
    const button = th.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('ascending');
    const asc = rowNames(el);
    expect(asc).to.deep.equal([...asc].sort((a, b) => a.localeCompare(b, 'fr')));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(th.getAttribute('aria-sort')).to.equal('descending');
    expect(rowNames(el)).to.deep.equal([...asc].reverse());
  });

  it('emits toile-open with the id', async () => {
    const el = await mount(await storeWithPersonas());
    const row = el.shadowRoot!.querySelector(`tr[data-id="${ginette.id}"]`)!;
    setTimeout(() => {
      (row.querySelector('button') as HTMLButtonElement).click();
    });
    const event = await oneEvent<ToileOpenEvent>(el, 'toile-open');
    expect(event.id).to.equal(ginette.id);
    expect(event.composed).to.equal(true);
  });

  it('starts a reassessment: a new stored record pointing back, then toile-open with its id', async () => {
    const store = await storeWithPersonas();
    const el = await mount(store);
    const row = el.shadowRoot!.querySelector(`tr[data-id="${ginette.id}"]`)!;
    setTimeout(() => {
      (row.querySelectorAll('button')[1] as HTMLButtonElement).click();
    });
    const event = await oneEvent<ToileOpenEvent>(el, 'toile-open');
    expect(event.id).not.to.equal(ginette.id);
    const stored = await store.get(event.id);
    expect(stored?.previousAssessmentId).to.equal(ginette.id);
    expect(stored?.interviewDate).to.equal('2027-03-01');
    expect(stored?.revision).to.equal(1);
    await el.updateComplete;
    expect(rowNames(el)).to.have.length(5);
    // The old one is marked reassessed and is no longer due.
    const old = el.shadowRoot!.querySelector(`tr[data-id="${ginette.id}"]`)!;
    expect(old.textContent).to.contain('réévaluée');
    expect(old.querySelector('.due')).to.equal(null);
  });

  it('compares with the previous one (default action: <toile-compare> under the table)', async () => {
    const store = await storeWithPersonas();
    await store.put(
      startReassessment(ginette, { id: 'g-2', now: '2027-03-01T10:00:00Z', today: '2027-03-01' }),
    );
    const el = await mount(store);
    const row = el.shadowRoot!.querySelector('tr[data-id="g-2"]')!;
    const compareButton = row.querySelectorAll('button')[2] as HTMLButtonElement;
    expect(compareButton.textContent.trim()).to.equal('Comparer');
    setTimeout(() => {
      compareButton.click();
    });
    const event = await oneEvent<ToileCompareEvent>(el, 'toile-compare');
    expect([event.beforeId, event.afterId]).to.deep.equal([ginette.id, 'g-2']);
    await el.updateComplete;
    const compare = el.shadowRoot!.querySelector('toile-compare') as ToileCompare;
    expect(compare.previous?.id).to.equal(ginette.id);
    expect(compare.current?.id).to.equal('g-2');
  });

  it('lets the host prevent the inline comparison', async () => {
    const store = await storeWithPersonas();
    await store.put(
      startReassessment(ginette, { id: 'g-2', now: '2027-03-01T10:00:00Z', today: '2027-03-01' }),
    );
    const el = await mount(store);
    el.addEventListener('toile-compare', (e) => {
      e.preventDefault();
    });
    (
      el
        .shadowRoot!.querySelector('tr[data-id="g-2"]')!
        .querySelectorAll('button')[2] as HTMLButtonElement
    ).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('toile-compare')).to.equal(null);
  });

  it('shows ids and dates only when the store is locked', async () => {
    const inner = await storeWithPersonas();
    const summaries = await inner.list();
    const locked: AssessmentStore = {
      ...inner,
      namespace: inner.namespace,
      list: () =>
        Promise.resolve(
          summaries.map((s) => ({
            status: 'ok' as const,
            id: s.id,
            revision: 1,
            updatedAt: s.updatedAt ?? '',
            locked: true,
          })),
        ),
      get: () => Promise.reject(new Error('locked')),
      subscribe: () => () => undefined,
      encryption: {
        ...({} as NonNullable<AssessmentStore['encryption']>),
        status: () => Promise.resolve('locked' as const),
      },
    };
    const el = await mount(locked);
    const text = el.shadowRoot!.textContent;
    expect(text).to.contain('verrouillés');
    for (const p of PERSONAS) {
      expect(text).to.contain(p.assessment.id);
      const name = p.assessment.registry.find((e) => e.id === p.assessment.tenant.personId)!.name;
      expect(text).not.to.contain(name);
    }
    expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('imports a single-record file and refuses a bad one with issues', async () => {
    const store = createMemoryStore({ namespace: 'caseload-import' });
    const el = await mount(store);
    const input = el.shadowRoot!.querySelector('input[type=file]') as HTMLInputElement;
    const file = new File(
      [JSON.stringify(exportSingleRecord(ginette, { exportedAt: '2026-11-20T10:00:00Z' }))],
      'g.json',
    );
    const dt = new DataTransfer();
    dt.items.add(file);
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await new Promise((r) => setTimeout(r, 50));
    await el.refresh();
    await el.updateComplete;
    expect(rowNames(el).some((n) => n.includes('Ginette'))).to.equal(true);
    const bad = new DataTransfer();
    bad.items.add(new File(['{"format":"other"}'], 'bad.json'));
    input.files = bad.files;
    setTimeout(() => input.dispatchEvent(new Event('change')));
    await oneEvent(el, 'toile-error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('$.format');
    expect(importSingleRecord('{"format":"other"}').ok).to.equal(false);
  });

  it('speaks English under lang="en"', async () => {
    const store = await storeWithPersonas();
    const el = await fixture<ToileCaseload>(
      html`<toile-caseload lang="en" .store=${store} today="2027-03-01"></toile-caseload>`,
    );
    await el.refresh();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Caseload and follow-up');
  });
});
