import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import { famille, ginette } from '@toile/core/personas';
import type { Assessment } from '@toile/core';
import '../../define/toile-genogram.js';
import type { ToileGenogram } from './genogram.js';
import { ToileChangeEvent } from '../../events/toile-change.js';
import { ToileSelectEvent } from '../../events/toile-select.js';
import { ToileErrorEvent } from '../../events/toile-error.js';

function changeOf(e: Event): ToileChangeEvent {
  if (!(e instanceof ToileChangeEvent)) throw new Error('not a toile-change');
  return e;
}

async function mount(a: unknown, extra: Partial<ToileGenogram> = {}): Promise<ToileGenogram> {
  const el = await fixture<ToileGenogram>(html`<toile-genogram lang="fr"></toile-genogram>`);
  Object.assign(el, extra);
  el.assessment = a;
  await el.updateComplete;
  return el;
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
const q = <T extends Element>(el: ToileGenogram, sel: string): T | null =>
  el.shadowRoot?.querySelector<T>(sel) ?? null;
const qa = (el: ToileGenogram, sel: string): Element[] => [
  ...(el.shadowRoot?.querySelectorAll(sel) ?? []),
];

interface SnapNode {
  name?: string;
  role?: string;
  children?: SnapNode[];
}
function texts(n: SnapNode | undefined, out: string[] = []): string[] {
  if (!n) return out;
  if (n.name) out.push(n.name);
  for (const c of n.children ?? []) texts(c, out);
  return out;
}

describe('<toile-genogram>', function () {
  // Generous: the machine is shared; timing is measured by the benchmark, not here.
  this.timeout(30000);
  it('draws the blended-family persona: one graphics-symbol per person, legend and outline', async function () {
    this.timeout(30000);
    const el = await mount(famille);
    const svg = q<SVGSVGElement>(el, 'svg.geno');
    expect(svg?.getAttribute('role')).to.equal('graphics-document');
    const persons = qa(el, '.person[role="graphics-symbol"]');
    expect(persons.length).to.equal(famille.genogram.memberIds.length);
    expect(new Set(persons.map((p) => p.getAttribute('data-id'))).size).to.equal(persons.length);
    expect(qa(el, '.union').length).to.be.greaterThan(3);
    expect(qa(el, '.slash').length).to.be.greaterThan(0);
    expect(qa(el, '.hull').length).to.be.greaterThan(0);
    expect(qa(el, '.relation').length).to.equal(famille.genogram.emotionalRelations.length);
    expect(qa(el, '.legend li').length).to.be.greaterThan(6);
    expect(qa(el, '.outline li').length).to.equal(famille.genogram.memberIds.length);
    await expect(el).to.be.accessible();
  });

  it('exposes the outline view and person names in the accessibility tree', async () => {
    const el = await mount(ginette);
    // eslint-disable-next-line @typescript-eslint/no-confusing-void-expression -- typed void upstream, returns the tree
    const raw: unknown = await a11ySnapshot({});
    const snap = raw as SnapNode;
    const all = texts(snap).join('\n');
    expect(all).to.match(/Ginette Lavoie, 81 ans/);
    expect(all).to.match(/veuf ou veuve de Rosaire Bérubé \(décédé·e en 2024\)/);
    expect(all).to.match(/parent de Martine Bérubé et Sylvain Bérubé/);
    expect(all).to.match(/Le génogramme en mots/);
    el;
  });

  it('moves focus with the arrow keys over the grid (roving tabindex) and selects', async () => {
    const el = await mount(ginette);
    const index = q<SVGGElement>(el, `.person[data-id="${ginette.tenant.personId}"]`);
    expect(index?.getAttribute('tabindex')).to.equal('0');
    index?.focus();
    await el.updateComplete;
    const sel = oneEvent(el, 'toile-select');
    await sendKeys({ press: 'ArrowUp' });
    const ev = await sel;
    if (!(ev instanceof ToileSelectEvent)) throw new Error('not a toile-select');
    expect(['p-adelard', 'p-rita']).to.include(ev.ids[0]);
    await el.updateComplete;
    expect(el.shadowRoot?.activeElement?.getAttribute('data-id')).to.equal(ev.ids[0]);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(qa(el, '.person[tabindex="0"]').length).to.equal(1);
  });

  it('removes with Delete, shows and announces the explanation, and undoes with Ctrl+Z', async () => {
    const el = await mount(ginette);
    el.addEventListener('toile-change', (e) => {
      el.assessment = e.assessment;
    });
    q<SVGGElement>(el, '.person[data-id="p-martine"]')?.focus();
    const change = oneEvent(el, 'toile-change');
    await sendKeys({ press: 'Delete' });
    const ev = changeOf(await change);
    expect(ev.change.kind).to.equal('person-remove');
    expect(ev.change.label.fr).to.match(
      /Martine Bérubé retiré·e du génogramme, avec l’union avec Daniel Gagnon/,
    );
    await el.updateComplete;
    expect(q(el, '.notice')?.textContent).to.match(/Ctrl\+Z/);
    expect(q(el, '.person[data-id="p-martine"]')).to.equal(null);
    const undo = oneEvent(el, 'toile-change');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(changeOf(await undo).change.kind).to.equal('undo');
    await el.updateComplete;
    expect(q(el, '.person[data-id="p-martine"]')).to.not.equal(null);
    const redo = oneEvent(el, 'toile-change');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    expect(changeOf(await redo).change.kind).to.equal('redo');
  });

  it('adds a child from the keyboard through the editor', async () => {
    const el = await mount(ginette);
    q<SVGGElement>(el, '.person[data-id="p-ginette"]')?.focus();
    await sendKeys({ press: 'e' });
    await el.updateComplete;
    const dialog = q<HTMLDialogElement>(el, 'dialog');
    expect(dialog?.open).to.equal(true);
    await sendKeys({ type: 'Zoé' });
    const change = oneEvent(el, 'toile-change');
    q<HTMLFormElement>(el, 'dialog form')?.requestSubmit();
    const ev = changeOf(await change);
    const zoe = ev.assessment.registry.find((e) => e.name === 'Zoé');
    expect(zoe).to.not.equal(undefined);
    expect(
      ev.assessment.genogram.parentChild
        .filter((l) => l.childId === zoe?.id)
        .map((l) => l.parentId),
    ).to.include('p-ginette');
  });

  it('moves a person with Alt+arrows, one commit per key press', async () => {
    const el = await mount(ginette);
    q<SVGGElement>(el, '.person[data-id="p-sylvain"]')?.focus();
    const change = oneEvent(el, 'toile-change');
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Alt' });
    const ev = changeOf(await change);
    expect(ev.assessment.genogram.offsets['p-sylvain']).to.deep.equal({ dx: 10, dy: 0 });
  });

  it('drags a person with the pointer and commits once on release', async () => {
    const el = await mount(ginette);
    let commits = 0;
    el.addEventListener('toile-change', () => {
      commits += 1;
    });
    const g = q<SVGGElement>(el, '.person[data-id="p-jeannine"]');
    const r = g?.querySelector('.shape')?.getBoundingClientRect();
    if (!r) throw new Error('no symbol');
    const x = Math.round(r.x + r.width / 2);
    const y = Math.round(r.y + r.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y + 10] });
    await sendMouse({ type: 'move', position: [x + 40, y + 20] });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(commits).to.equal(1);
    const off = el.assessment?.genogram.offsets['p-jeannine'];
    expect(off?.dx ?? 0).to.be.greaterThan(20);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('readonly: no editing tools, keys do not edit', async () => {
    const el = await mount(ginette, { readonly: true });
    const labels = qa(el, '.toolbar button').map((b) => b.textContent.trim());
    expect(labels).to.include('Exporter en SVG');
    expect(labels).to.include('Tout afficher');
    for (const editing of ['Ajouter un parent', 'Modifier', 'Retirer', 'Relations', 'Ménages'])
      expect(labels).to.not.include(editing);
    let changed = false;
    el.addEventListener('toile-change', () => {
      changed = true;
    });
    q<SVGGElement>(el, '.person[data-id="p-martine"]')?.focus();
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(changed).to.equal(false);
    expect(q(el, '.person[data-id="p-martine"]')).to.not.equal(null);
  });

  it('highlights given ids and dims the others', async () => {
    const el = await mount(ginette, { highlight: ['p-jeannine'] });
    expect(q(el, 'svg.geno')?.classList.contains('dim')).to.equal(true);
    expect(q(el, '.person[data-id="p-jeannine"]')?.classList.contains('hl')).to.equal(true);
  });

  it('exports a self-contained SVG with a legend, and never turns user text into markup', async () => {
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const a: Assessment = {
      ...ginette,
      registry: ginette.registry.map((e) =>
        e.id === 'p-martine' ? { ...e, name: xss, genderIdentity: '"><svg onload=alert(3)>' } : e,
      ),
    };
    const el = await mount(a);
    expect(qa(el, 'img, script, foreignObject').length).to.equal(0);
    expect(el.shadowRoot?.textContent).to.include('<img src=x');
    const text = el.toSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script, img, foreignObject, iframe').length).to.equal(0);
    for (const node of doc.querySelectorAll('*')) {
      for (const attr of node.attributes) {
        expect(attr.name.toLowerCase().startsWith('on'), attr.name).to.equal(false);
        if (attr.name.endsWith('href')) expect(attr.value.startsWith('#')).to.equal(true);
      }
    }
    expect(doc.querySelector('g.legend')?.children.length).to.be.greaterThan(2);
    expect(doc.querySelector('title')?.textContent).to.match(/Génogramme/);
    expect(text).to.include('&lt;img');
  });

  it('prints the drawing with its legend in a frame, leaving the host page alone', async () => {
    const el = await mount(ginette);
    const before = document.body.innerHTML;
    let printed: Document | undefined;
    await el.print((_win, doc) => {
      printed = doc;
    });
    expect(printed?.querySelector('svg g.legend')).to.not.equal(null);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('shows an error state and fires toile-error for invalid data', async () => {
    const el = await fixture<ToileGenogram>(html`<toile-genogram lang="en"></toile-genogram>`);
    const err = oneEvent(el, 'toile-error');
    el.assessment = { ...ginette, genogram: { ...ginette.genogram, memberIds: ['nobody'] } };
    const ev = await err;
    if (!(ev instanceof ToileErrorEvent)) throw new Error('not a toile-error');
    expect(ev.issues.length).to.be.greaterThan(0);
    await el.updateComplete;
    expect(q(el, '[part="error"]')?.textContent).to.match(/1|problem/);
    expect(qa(el, '.person').length).to.equal(0);
  });

  it('draws a custom emotional relation from the vocabularies with its colour', async () => {
    const vocabularies = {
      emotionalRelations: [
        {
          id: 'spiritual',
          label: { fr: 'Lien spirituel', en: 'Spiritual bond' },
          line: 'dashed',
          color: '#00796b',
          strained: false,
        },
      ],
    };
    const a: Assessment = {
      ...ginette,
      genogram: {
        ...ginette.genogram,
        emotionalRelations: [
          ...ginette.genogram.emotionalRelations,
          { id: 'er-x', fromId: 'p-ginette', toId: 'p-laurence', type: 'spiritual' },
        ],
      },
    };
    const el = await mount(a, { vocabularies });
    const line = q<SVGPolylineElement>(el, '.relation.t-spiritual polyline');
    // Set through CSSOM (styleMap), which serialises the colour as rgb().
    expect(line?.style.stroke).to.be.oneOf(['#00796b', 'rgb(0, 121, 107)']);
    expect(line?.getAttribute('stroke-dasharray')).to.equal('8 5');
    expect([...qa(el, '.legend li')].map((li) => li.textContent).join()).to.include(
      'Lien spirituel',
    );
  });

  it('switches labels to English', async () => {
    const el = await mount(ginette);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '.outline h2')?.textContent).to.equal('The genogram in words');
    expect(q(el, '.outline')?.textContent).to.match(/widow\(er\) of Rosaire Bérubé/);
  });
});
