import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createAssessment, type Assessment } from '@toile/core';
import { ToileElement } from '../base/toile-element.js';
import { ToileChangeEvent } from '../events/toile-change.js';
import { ToileErrorEvent } from '../events/toile-error.js';
import { AssessmentController } from './assessment-controller.js';

let clock = '2026-02-01T10:00:00.000Z';

class MapProbe extends ToileElement {
  readonly data = new AssessmentController(this, { now: () => clock });

  @property({ attribute: false })
  get assessment(): Assessment | undefined {
    return this.data.value;
  }
  set assessment(value: unknown) {
    this.data.set(value);
  }

  override render(): TemplateResult {
    const a = this.data.value;
    return html`
      <p id="state">
        ${a ? a.registry[0]?.name : this.data.issues ? `error:${String(this.data.issues.length)}` : 'empty'}
      </p>
      <div class="sr-only" role="status" aria-live="polite">${this.data.announcer.message}</div>
    `;
  }
}
customElements.define('toile-map-probe', MapProbe);

const base = (): Assessment =>
  createAssessment({ id: 'a-1', now: '2026-01-01T00:00:00.000Z', tenantName: 'Ginette' });

const renamed = (a: Assessment, name: string): Assessment => ({
  ...a,
  registry: a.registry.map((e, i) => (i === 0 ? { ...e, name } : e)),
});

const label = (fr: string, en: string) => ({ fr, en });

function record<E extends Event>(el: HTMLElement, type: string): E[] {
  const seen: E[] = [];
  el.addEventListener(type, (e) => seen.push(e as E));
  return seen;
}

const stateText = (el: MapProbe): string =>
  el.shadowRoot!.querySelector('#state')!.textContent.trim();
const liveText = (el: MapProbe): string =>
  el.shadowRoot!.querySelector('[role=status]')!.textContent.trim();

describe('AssessmentController', () => {
  let el: MapProbe;
  beforeEach(async () => {
    clock = '2026-02-01T10:00:00.000Z';
    el = await fixture<MapProbe>(html`<toile-map-probe lang="fr"></toile-map-probe>`);
  });

  it('starts empty, with no error, for undefined and null', async () => {
    const errors = record(el, 'toile-error');
    el.assessment = null;
    await el.updateComplete;
    expect(el.data.value).to.be.undefined;
    expect(el.data.issues).to.be.undefined;
    expect(stateText(el)).to.equal('empty');
    expect(errors).to.have.length(0);
  });

  it('accepts a valid record and renders it', async () => {
    const errors = record(el, 'toile-error');
    el.assessment = base();
    await el.updateComplete;
    expect(el.data.value?.id).to.equal('a-1');
    expect(el.data.issues).to.be.undefined;
    expect(stateText(el)).to.equal('Ginette');
    expect(errors).to.have.length(0);
  });

  it('refuses an invalid record with toile-error and an error state, without throwing', async () => {
    const seen: ToileErrorEvent[] = [];
    document.addEventListener('toile-error', (e) => seen.push(e), { once: true });
    const bad = { ...base(), revision: -1, registry: 'nope' };
    expect(() => {
      el.assessment = bad;
    }).not.to.throw();
    await el.updateComplete;
    expect(el.data.value).to.be.undefined;
    expect(el.data.issues?.length).to.be.greaterThan(0);
    expect(seen).to.have.length(1);
    expect(seen[0]?.source).to.equal('assessment');
    expect(seen[0]?.issues.map((i) => i.jsonPath)).to.include('$.registry');
    expect(stateText(el)).to.match(/^error:\d+$/);
  });

  it('reports an invalid record set before the element is connected once it connects', async () => {
    const detached = new MapProbe();
    detached.assessment = { nonsense: true };
    const errors = record<ToileErrorEvent>(detached, 'toile-error');
    expect(errors).to.have.length(0);
    el.append(detached);
    await detached.updateComplete;
    expect(errors).to.have.length(1);
    detached.remove();
  });

  it('commits one edit: exactly one toile-change with the new record, stamped, revision kept', async () => {
    el.assessment = base();
    const changes = record<ToileChangeEvent>(document.body, 'toile-change');
    clock = '2026-02-02T09:30:00.000Z';
    const ok = el.data.commit(renamed(base(), 'Ginette B.'), {
      kind: 'person-rename',
      label: label('Nom modifié', 'Name changed'),
    });
    expect(ok).to.be.true;
    expect(changes).to.have.length(1);
    const event = changes[0]!;
    expect(event.change.kind).to.equal('person-rename');
    expect(event.assessment).to.equal(el.data.value);
    expect(event.assessment.registry[0]?.name).to.equal('Ginette B.');
    expect(event.assessment.updatedAt).to.equal('2026-02-02T09:30:00.000Z');
    expect(event.assessment.revision).to.equal(0);
    expect(el.data.canUndo).to.be.true;
    await waitUntil(() => liveText(el) === 'Nom modifié', 'announced');
    expect(stateText(el)).to.equal('Ginette B.');
  });

  it('refuses an invalid edit and keeps the old value', () => {
    el.assessment = base();
    const before = el.data.value;
    const changes = record(el, 'toile-change');
    const errors = record<ToileErrorEvent>(el, 'toile-error');
    const broken = { ...base(), ecomap: { ties: [{ id: 't1', targetId: 'nobody' }], links: [] } };
    const ok = el.data.commit(broken as unknown as Assessment, {
      kind: 'tie-add',
      label: label('Lien ajouté', 'Tie added'),
    });
    expect(ok).to.be.false;
    expect(changes).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(el.data.value).to.equal(before);
    expect(el.data.canUndo).to.be.false;
  });

  it('skips validation for a trusted commit, and only then', () => {
    el.assessment = base();
    const changes = record(el, 'toile-change');
    const errors = record<ToileErrorEvent>(el, 'toile-error');
    // Invalid on purpose (empty name): only a trusted commit lets it through unparsed.
    const unchecked = renamed(base(), '');
    expect(el.data.commit(unchecked, { kind: 'rename', label: label('A', 'A') })).to.be.false;
    expect(errors).to.have.length(1);
    const ok = el.data.commit(
      unchecked,
      { kind: 'rename', label: label('A', 'A') },
      { trusted: true },
    );
    expect(ok).to.be.true;
    expect(changes).to.have.length(1);
    expect(el.data.value?.registry[0]?.name).to.equal('');
    expect(el.data.value?.updatedAt).to.equal(clock);
    expect(el.data.canUndo).to.be.true;
  });

  it('undoes and redoes, re-emitting toile-change and announcing', async () => {
    el.assessment = base();
    el.data.commit(renamed(base(), 'B'), {
      kind: 'rename',
      label: label('Renommé B', 'Renamed B'),
    });
    el.data.commit(renamed(el.data.value!, 'C'), {
      kind: 'rename',
      label: label('Renommé C', 'Renamed C'),
    });
    const changes = record<ToileChangeEvent>(el, 'toile-change');
    expect(el.data.undo()).to.be.true;
    expect(changes).to.have.length(1);
    expect(changes[0]?.change.kind).to.equal('undo');
    expect(changes[0]?.assessment.registry[0]?.name).to.equal('B');
    await waitUntil(() => liveText(el) === 'Annulé : Renommé C', 'undo announced');
    expect(el.data.undo()).to.be.true;
    expect(el.data.value?.registry[0]?.name).to.equal('Ginette');
    expect(el.data.canUndo).to.be.false;
    expect(el.data.undo()).to.be.false;
    expect(el.data.redo()).to.be.true;
    expect(el.data.value?.registry[0]?.name).to.equal('B');
    expect(changes.at(-1)?.change.kind).to.equal('redo');
    expect(changes.at(-1)?.change.label.en).to.equal('Redone: Renamed B');
    await waitUntil(() => liveText(el) === 'Rétabli : Renommé B', 'redo announced');
    expect(el.data.canRedo).to.be.true;
    // A new edit clears the redo stack.
    el.data.commit(renamed(el.data.value!, 'D'), { kind: 'rename', label: label('D', 'D') });
    expect(el.data.canRedo).to.be.false;
    expect(changes).to.have.length(4);
  });

  it('announces in English when the element is in English', async () => {
    el.setAttribute('lang', 'en');
    el.assessment = base();
    el.data.commit(renamed(base(), 'B'), { kind: 'rename', label: label('Renommé', 'Renamed') });
    await waitUntil(() => liveText(el) === 'Renamed', 'announced in English');
    el.data.undo();
    await waitUntil(() => liveText(el) === 'Undone: Renamed', 'undo announced in English');
  });

  it('keeps the history when the host sets back the emitted record (same object or same id+revision)', () => {
    el.assessment = base();
    el.addEventListener('toile-change', (e) => {
      el.assessment = e.assessment;
    });
    el.data.commit(renamed(base(), 'B'), { kind: 'rename', label: label('B', 'B') });
    expect(el.data.canUndo).to.be.true;
    // A structurally equal copy (e.g. after a round trip through the host) also keeps it.
    el.assessment = structuredClone(el.data.value);
    expect(el.data.canUndo).to.be.true;
    el.data.undo();
    expect(el.data.canRedo).to.be.true;
    el.assessment = structuredClone(el.data.value);
    expect(el.data.canRedo).to.be.true;
  });

  it('resets the history for another record or another revision', () => {
    el.assessment = base();
    el.data.commit(renamed(base(), 'B'), { kind: 'rename', label: label('B', 'B') });
    el.assessment = { ...el.data.value!, revision: 1 };
    expect(el.data.canUndo).to.be.false;
    el.data.commit(renamed(el.data.value!, 'C'), { kind: 'rename', label: label('C', 'C') });
    expect(el.data.canUndo).to.be.true;
    el.assessment = { ...base(), id: 'a-2' };
    expect(el.data.canUndo).to.be.false;
    el.data.commit(renamed(el.data.value!, 'D'), { kind: 'rename', label: label('D', 'D') });
    el.assessment = { nonsense: true };
    expect(el.data.canUndo).to.be.false;
  });

  it('caps the undo history at 100 edits', () => {
    el.assessment = base();
    for (let i = 0; i < 105; i++) {
      el.data.commit(renamed(el.data.value!, `N${String(i)}`), {
        kind: 'r',
        label: label('r', 'r'),
      });
    }
    let undone = 0;
    while (el.data.undo()) undone++;
    expect(undone).to.equal(100);
    expect(el.data.value?.registry[0]?.name).to.equal('N4');
  });

  it('is accessible with its live region', async () => {
    el.assessment = base();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
