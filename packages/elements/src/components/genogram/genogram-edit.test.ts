import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ginette } from '@toile/core/personas';
import { generateFamily } from '../../../../core/src/layout/genogram-fixtures.js';
import type { Assessment } from '@toile/core';
import '../../define/toile-genogram.js';
import type { ToileGenogram } from './genogram.js';
import { ToileChangeEvent } from '../../events/toile-change.js';

// The editing paths added for relations, twins, pregnancies, households, placing a registry
// person, every person attribute, and zoom/pan: each opened by its key, submitted by keyboard,
// committed once, announced, and undone with Ctrl+Z.

function changeOf(e: Event): ToileChangeEvent {
  if (!(e instanceof ToileChangeEvent)) throw new Error('not a toile-change');
  return e;
}

async function mount(a: Assessment = ginette): Promise<ToileGenogram> {
  const el = await fixture<ToileGenogram>(html`<toile-genogram lang="fr"></toile-genogram>`);
  el.assessment = a;
  el.addEventListener('toile-change', (e) => {
    el.assessment = changeOf(e).assessment;
  });
  await el.updateComplete;
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const q = <T extends Element>(el: ToileGenogram, sel: string): T => {
  const found = el.shadowRoot?.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};

/** Focuses a person and presses a key; resolves when the dialog is open. */
async function open(el: ToileGenogram, id: string, key: string): Promise<HTMLDialogElement> {
  q<SVGGElement>(el, `.person[data-id="${id}"]`).focus();
  await sendKeys({ press: key });
  await el.updateComplete;
  const dialog = q<HTMLDialogElement>(el, 'dialog');
  expect(dialog.open).to.equal(true);
  return dialog;
}

/** Chooses an option of a select by keyboard: focus it, then arrow to the option. */
async function choose(el: ToileGenogram, name: string, value: string): Promise<void> {
  const select = q<HTMLSelectElement>(el, `dialog select[name="${name}"]`);
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`no option ${value} in ${name}`);
  select.focus();
  const steps = target - select.selectedIndex;
  for (let i = 0; i < Math.abs(steps); i += 1)
    await sendKeys({ press: steps > 0 ? 'ArrowDown' : 'ArrowUp' });
  expect(select.value).to.equal(value);
}

/** Checks or unchecks a checkbox with Space. */
async function toggle(el: ToileGenogram, sel: string): Promise<void> {
  q<HTMLInputElement>(el, `dialog ${sel}`).focus();
  await sendKeys({ press: 'Space' });
}

/** Submits the dialog with Enter on its Save button; resolves with the toile-change. */
async function save(el: ToileGenogram): Promise<ToileChangeEvent> {
  const change = oneEvent(el, 'toile-change');
  q<HTMLButtonElement>(el, 'dialog button[type="submit"]').focus();
  await sendKeys({ press: 'Enter' });
  const ev = changeOf(await change);
  await el.updateComplete;
  return ev;
}

async function undo(el: ToileGenogram): Promise<ToileChangeEvent> {
  const change = oneEvent(el, 'toile-change');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'z' });
  await sendKeys({ up: 'Control' });
  const ev = changeOf(await change);
  expect(ev.change.kind).to.equal('undo');
  await el.updateComplete;
  return ev;
}

const live = (el: ToileGenogram): string =>
  el.shadowRoot?.querySelector('[role="status"]')?.textContent.trim() ?? '';

describe('<toile-genogram> editing dialogs', function () {
  this.timeout(30000);

  it('adds, then removes, an emotional relation (R), one commit each, undoable', async () => {
    const el = await mount();
    await open(el, 'p-martine', 'r');
    await expect(el).to.be.accessible();
    await choose(el, 'new:other', 'p-sylvain');
    await choose(el, 'new:type', 'conflict');
    let count = 0;
    el.addEventListener('toile-change', () => (count += 1));
    const ev = await save(el);
    expect(count).to.equal(1);
    expect(ev.change.kind).to.equal('relation-edit');
    expect(ev.change.label.fr).to.equal('Relations de Martine Bérubé modifiées');
    expect(ev.change.label.en).to.equal('Relations of Martine Bérubé edited');
    const added = ev.assessment.genogram.emotionalRelations.find(
      (r) => r.fromId === 'p-martine' && r.toId === 'p-sylvain',
    );
    expect(added?.type).to.equal('conflict');
    expect(el.shadowRoot?.querySelectorAll('.relation.t-conflict').length).to.equal(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(live(el)).to.match(/Relations de Martine/);
    // Edit: remove it (Space on its checkbox).
    await open(el, 'p-martine', 'r');
    await toggle(el, `input[name="er:${added?.id ?? ''}:remove"]`);
    const removed = await save(el);
    expect(removed.assessment.genogram.emotionalRelations.some((r) => r.id === added?.id)).to.equal(
      false,
    );
    const back = await undo(el);
    expect(back.assessment.genogram.emotionalRelations.some((r) => r.id === added?.id)).to.equal(
      true,
    );
  });

  it('changes a relation type, including an organization-configured one', async () => {
    const el = await mount();
    el.vocabularies = {
      emotionalRelations: [
        {
          id: 'spiritual',
          label: { fr: 'Lien spirituel', en: 'Spiritual bond' },
          line: 'dashed',
          strained: false,
        },
      ],
    };
    await el.updateComplete;
    await open(el, 'p-ginette', 'r');
    await choose(el, 'er:er-ginette-sylvain:type', 'spiritual');
    const ev = await save(el);
    expect(
      ev.assessment.genogram.emotionalRelations.find((r) => r.id === 'er-ginette-sylvain')?.type,
    ).to.equal('spiritual');
  });

  it('marks twins (T) with their zygosity, draws the bar, and undoes', async () => {
    const el = await mount();
    await open(el, 'p-martine', 't');
    await expect(el).to.be.accessible();
    await toggle(el, 'input[name="twin"][value="p-sylvain"]');
    await choose(el, 'zygosity', 'MZ');
    const ev = await save(el);
    expect(ev.change.kind).to.equal('twins-edit');
    expect(ev.assessment.genogram.multipleBirths).to.have.length(1);
    expect(ev.assessment.genogram.multipleBirths[0]?.childIds).to.have.members([
      'p-martine',
      'p-sylvain',
    ]);
    expect(ev.assessment.genogram.multipleBirths[0]?.zygosity).to.equal('MZ');
    expect(el.shadowRoot?.querySelector('path.twin')).to.not.equal(null);
    const back = await undo(el);
    expect(back.assessment.genogram.multipleBirths).to.have.length(0);
  });

  it('adds a pregnancy loss (G) under a union', async () => {
    const el = await mount();
    await open(el, 'p-martine', 'g');
    await expect(el).to.be.accessible();
    await choose(el, 'new:outcome', 'miscarriage');
    const ev = await save(el);
    expect(ev.change.kind).to.equal('pregnancy-edit');
    const pg = ev.assessment.genogram.pregnancies[0];
    expect(pg?.outcome).to.equal('miscarriage');
    expect(pg?.parentIds).to.have.members(['p-martine', 'p-daniel']);
    expect(el.shadowRoot?.querySelectorAll('.pregnancies g').length).to.equal(1);
    await undo(el);
    expect(el.shadowRoot?.querySelectorAll('.pregnancies g').length).to.equal(0);
  });

  it('edits households (M): renames one and creates another, one commit, undoable', async () => {
    const el = await mount();
    await open(el, 'p-martine', 'm');
    await expect(el).to.be.accessible();
    const label = q<HTMLInputElement>(el, 'dialog input[name="h:h-ginette:label"]');
    label.focus();
    label.select();
    await sendKeys({ type: 'Chez Ginette' });
    // Martine is in no household yet: "create" is checked, with her in it; add Daniel.
    expect(q<HTMLInputElement>(el, 'dialog input[name="new:create"]').checked).to.equal(true);
    await toggle(el, 'input[name="new:m"][value="p-daniel"]');
    const ev = await save(el);
    expect(ev.change.kind).to.equal('household-edit');
    expect(ev.assessment.households.find((x) => x.id === 'h-ginette')?.label).to.equal(
      'Chez Ginette',
    );
    const created = ev.assessment.households.find((x) => x.id !== 'h-ginette');
    expect(created?.memberIds).to.have.members(['p-martine', 'p-daniel']);
    expect(el.shadowRoot?.querySelectorAll('rect.hull').length).to.be.greaterThan(1);
    const back = await undo(el);
    expect(back.assessment.households).to.have.length(1);
  });

  it('explains a refused household edit in the dialog (the tenant lives alone)', async () => {
    const el = await mount();
    await open(el, 'p-martine', 'm');
    await toggle(el, 'input[name="h:h-ginette:m"][value="p-martine"]');
    await toggle(el, 'input[name="new:create"]');
    const err = oneEvent(el, 'toile-error');
    q<HTMLButtonElement>(el, 'dialog button[type="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await err;
    await el.updateComplete;
    expect(q(el, 'dialog .refusal').textContent).to.match(/Vit seul/);
    expect(el.assessment?.households[0]?.memberIds).to.deep.equal(['p-ginette']);
  });

  it('places an existing registry person (L) as a child of the focused person', async () => {
    const el = await mount();
    await open(el, 'p-ginette', 'l');
    await expect(el).to.be.accessible();
    expect(q<HTMLSelectElement>(el, 'dialog select[name="existing"]').value).to.equal('p-huguette');
    await choose(el, 'as', 'sibling');
    const ev = await save(el);
    expect(ev.change.kind).to.equal('person-place');
    expect(ev.change.label.fr).to.equal('Huguette Ouellet placé·e au génogramme');
    expect(ev.assessment.genogram.memberIds).to.include('p-huguette');
    expect(ev.assessment.registry.filter((e) => e.id === 'p-huguette')).to.have.length(1);
    expect(
      ev.assessment.genogram.parentChild.filter((l) => l.childId === 'p-huguette').length,
    ).to.equal(2);
    expect(el.shadowRoot?.querySelector('.person[data-id="p-huguette"]')).to.not.equal(null);
    const back = await undo(el);
    expect(back.assessment.genogram.memberIds).to.not.include('p-huguette');
  });

  it('edits every person attribute, the contact questions and the union order (Enter)', async () => {
    const el = await mount();
    await open(el, 'p-martine', 'Enter');
    await expect(el).to.be.accessible();
    await choose(el, 'c:frequency', 'often');
    await choose(el, 'c:confidant', 'true');
    await choose(el, 'c:caregiver', 'false');
    await choose(el, 'c:atLeastMonthly', 'yes');
    const order = q<HTMLInputElement>(el, 'dialog input[name="u:u-martine-daniel:order"]');
    order.focus();
    await sendKeys({ type: '1' });
    const ev = await save(el);
    const m = ev.assessment.registry.find((e) => e.id === 'p-martine');
    if (m?.kind !== 'person') throw new Error('Martine is not a person');
    expect(m.contact?.frequency).to.equal('often');
    expect(m.contact?.confidant).to.equal(true);
    expect(m.contact?.caregiver).to.equal(false);
    expect(m.contact?.atLeastMonthly).to.equal('yes');
    expect(ev.assessment.genogram.unions.find((u) => u.id === 'u-martine-daniel')?.order).to.equal(
      1,
    );
    const back = await undo(el);
    const before = back.assessment.registry.find((e) => e.id === 'p-martine');
    expect(before?.kind === 'person' ? before.contact?.confidant : 'x').to.not.equal(true);
  });

  it('opens each new dialog from its toolbar button (pointer) for the selected person', async () => {
    const el = await mount();
    const person = q<SVGGElement>(el, '.person[data-id="p-martine"]');
    person.dispatchEvent(
      new PointerEvent('pointerdown', { bubbles: true, composed: true, button: 2 }),
    );
    await el.updateComplete;
    const titles: Record<string, RegExp> = {
      relation: /Relations émotionnelles de Martine/,
      twins: /Naissance multiple de Martine/,
      pregnancy: /Grossesses et pertes de Martine/,
      household: /Ménages \(Martine/,
      place: /Placer au génogramme/,
    };
    for (const [act, title] of Object.entries(titles)) {
      q<HTMLButtonElement>(el, `.toolbar button[data-act="${act}"]`).click();
      await el.updateComplete;
      expect(q(el, 'dialog h2').textContent).to.match(title);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
    }
  });

  it('cancelling a dialog commits nothing', async () => {
    const el = await mount();
    let count = 0;
    el.addEventListener('toile-change', () => (count += 1));
    await open(el, 'p-martine', 'r');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('dialog')).to.equal(null);
    expect(count).to.equal(0);
  });

  it('zooms with + / − / 0 and Ctrl+wheel, pans by dragging the background, fits again', async () => {
    const el = await mount();
    const svg = q<SVGSVGElement>(el, 'svg.main');
    const fit = svg.getAttribute('viewBox');
    const width = (): number => Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    const w0 = width();
    q<SVGGElement>(el, '.person[data-id="p-ginette"]').focus();
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(width()).to.be.closeTo(w0 / 1.5, 1);
    await sendKeys({ press: '-' });
    await el.updateComplete;
    expect(width()).to.be.closeTo(w0, 1);
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(q<HTMLButtonElement>(el, '.zoom button:last-child').disabled).to.equal(false);
    const x0 = Number(svg.getAttribute('viewBox')?.split(' ')[0]);
    // Pan: drag on the background (the top-left corner has no person).
    const r = svg.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.left + 5), Math.round(r.top + 5)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(r.left + 65), Math.round(r.top + 5)] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(Number(svg.getAttribute('viewBox')?.split(' ')[0])).to.be.lessThan(x0);
    await sendKeys({ press: '0' });
    await el.updateComplete;
    expect(svg.getAttribute('viewBox')).to.equal(fit);
    // Ctrl+wheel zooms around the pointer; a plain wheel does not.
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: 100, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(svg.getAttribute('viewBox')).to.equal(fit);
    svg.dispatchEvent(
      new WheelEvent('wheel', {
        deltaY: -100,
        ctrlKey: true,
        clientX: r.left + r.width / 2,
        clientY: r.top + r.height / 2,
        bubbles: true,
        cancelable: true,
      }),
    );
    await el.updateComplete;
    expect(width()).to.be.lessThan(w0);
    q<HTMLButtonElement>(el, '.zoom button:last-child').click();
    await el.updateComplete;
    expect(svg.getAttribute('viewBox')).to.equal(fit);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('fits a 320 px panel: the drawing and toolbar stay inside it', async () => {
    // The element itself is 320 px wide (a wrapper <div> would make `fixture` wait for an
    // animation frame, which a test page running in the background may not get).
    const el = await fixture<ToileGenogram>(
      html`<toile-genogram lang="fr" style="width:320px"></toile-genogram>`,
    );
    el.assessment = ginette;
    await el.updateComplete;
    const svg = q<SVGSVGElement>(el, 'svg.main').getBoundingClientRect();
    expect(svg.width).to.be.at.most(322);
    expect(svg.height).to.be.greaterThan(100);
    expect(q<HTMLElement>(el, '.toolbar').scrollWidth).to.be.at.most(322);
  });

  it('leaves out names too small to read (big family, small box), keeps them accessible, zoom brings them back', async () => {
    // The element itself is 320 px wide (a wrapper <div> would make `fixture` wait for an
    // animation frame, which a test page running in the background may not get).
    const el = await fixture<ToileGenogram>(
      html`<toile-genogram lang="fr" style="width:320px"></toile-genogram>`,
    );
    el.assessment = generateFamily(150, 1051, { remarriage: 0.2, inLawParents: 0.15 });
    await el.updateComplete;
    const svg = q<SVGSVGElement>(el, 'svg.main');
    expect(svg.classList.contains('far')).to.equal(true);
    expect(el.shadowRoot?.querySelectorAll('.person text').length).to.equal(0);
    expect(q(el, '.person').getAttribute('aria-label')).to.match(/^P\d+/);
    // The export has every name, whatever the view.
    const doc = new DOMParser().parseFromString(el.toSvg(), 'image/svg+xml');
    expect(doc.querySelectorAll('g.drawing text.name').length).to.equal(150);
    // Each step zooms 1.5 times; within a few steps the names are legible again.
    let steps = 0;
    while (svg.classList.contains('far') && steps < 15) {
      el.zoomIn();
      await el.updateComplete;
      steps += 1;
    }
    expect(svg.classList.contains('far')).to.equal(false);
    expect(steps).to.be.greaterThan(0);
    const name = q<SVGTextElement>(el, '.person text.name');
    expect(getComputedStyle(name).display).to.not.equal('none');
    expect(name.textContent).to.match(/^P\d+/);
  });
});
