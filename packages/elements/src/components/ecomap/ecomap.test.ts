import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { generateEcomapAssessment, type Assessment } from '@toile/core';
import { PERSONAS, ginette } from '@toile/core/personas';
import '../../define/toile-ecomap.js';
import type { ToileEcomap } from './ecomap.js';
import type { ToileChangeEvent } from '../../events/toile-change.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';
import type { ToileSelectEvent } from '../../events/toile-select.js';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  who: string;
}

// Two animation frames, or a short timeout when the test page runs in a background tab (which
// gets no frames); getBBox() forces layout anyway, so the wait only lets rendering settle.
function frames(): Promise<void> {
  return new Promise((r) => {
    const done = (): void => {
      r();
    };
    requestAnimationFrame(() => {
      requestAnimationFrame(done);
    });
    setTimeout(done, 100);
  });
}

async function mount(
  a: unknown,
  attrs: { readonly?: boolean; lang?: string } = {},
): Promise<ToileEcomap> {
  const el = await fixture<ToileEcomap>(
    html`<toile-ecomap
      lang=${attrs.lang ?? 'fr'}
      ?readonly=${attrs.readonly ?? false}
      .assessment=${a}
    ></toile-ecomap>`,
  );
  await el.updateComplete;
  return el;
}

function root(el: ToileEcomap): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

function nodes(el: ToileEcomap): SVGGElement[] {
  return [...root(el).querySelectorAll<SVGGElement>('svg.eco .node')];
}

/** Where a node's shape is drawn (layout units). */
function at(g: SVGGElement): string {
  const b = g.querySelector<SVGGraphicsElement>('.shape')?.getBBox();
  return `${String(b?.x)},${String(b?.y)}`;
}

function node(el: ToileEcomap, id: string): SVGGElement {
  const g = root(el).querySelector<SVGGElement>(`.node[data-id="${id}"]`);
  if (!g) throw new Error(`no node ${id}`);
  return g;
}

/** Rendered label and node boxes in the drawing's user space (getBBox + the node's translate). */
function renderedBoxes(el: ToileEcomap): { labels: Rect[]; shapes: Rect[] } {
  const labels: Rect[] = [];
  const shapes: Rect[] = [];
  for (const g of nodes(el)) {
    const m = g.transform.baseVal.consolidate()?.matrix;
    const ox = m?.e ?? 0;
    const oy = m?.f ?? 0;
    const id = g.getAttribute('data-id') ?? '';
    const t = g.querySelector('text')?.getBBox();
    if (t && t.width > 0)
      labels.push({ x: t.x + ox, y: t.y + oy, width: t.width, height: t.height, who: id });
    const s = g.querySelector<SVGGraphicsElement>('.shape')?.getBBox();
    if (s) shapes.push({ x: s.x + ox, y: s.y + oy, width: s.width, height: s.height, who: id });
  }
  for (const t of root(el).querySelectorAll<SVGTextElement>('.sector-name text')) {
    const b = t.getBBox();
    labels.push({
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      who: `sector ${t.textContent}`,
    });
  }
  return { labels, shapes };
}

function hit(a: Rect, b: Rect): boolean {
  return a.x + a.width > b.x && b.x + b.width > a.x && a.y + a.height > b.y && b.y + b.height > a.y;
}

function overlapsOf(el: ToileEcomap): string[] {
  const { labels, shapes } = renderedBoxes(el);
  const out: string[] = [];
  labels.forEach((l, i) => {
    for (const m of labels.slice(i + 1)) if (hit(l, m)) out.push(`${l.who} × ${m.who}`);
    for (const s of shapes) if (hit(l, s)) out.push(`${l.who} × node ${s.who}`);
  });
  return out;
}

function changes(el: ToileEcomap): ToileChangeEvent[] {
  const list: ToileChangeEvent[] = [];
  el.addEventListener('toile-change', (e) => {
    list.push(e);
    el.assessment = e.assessment; // the host echoes edits back (keeps undo)
  });
  return list;
}

async function chord(...keys: string[]): Promise<void> {
  const last = keys[keys.length - 1] ?? '';
  for (const k of keys.slice(0, -1)) await sendKeys({ down: k });
  await sendKeys({ press: last });
  for (const k of keys.slice(0, -1).reverse()) await sendKeys({ up: k });
}

async function focusNode(el: ToileEcomap, id: string): Promise<void> {
  node(el, id).focus();
  await el.updateComplete;
}

describe('<toile-ecomap>', function () {
  this.timeout(20_000); // real keyboard and layout work; the CI machine has two cores
  it('draws the tenant, every tie, and accessible names', async () => {
    const el = await mount(ginette);
    const svg = root(el).querySelector('svg.eco');
    expect(svg?.getAttribute('role')).to.equal('graphics-document');
    expect(svg?.getAttribute('aria-label')).to.contain('Écocarte');
    const all = nodes(el);
    expect(all.length).to.be.at.least(ginette.ecomap.ties.length + 1);
    for (const g of all) expect(g.getAttribute('role')).to.equal('graphics-symbol');
    const first = ginette.ecomap.ties[0];
    const label = node(el, first?.id ?? '').getAttribute('aria-label') ?? '';
    expect(label).to.contain('Famille').and.to.contain('Fort').and.to.contain('Réciproque');
    expect(root(el).querySelectorAll('svg.eco path.tie').length).to.equal(
      ginette.ecomap.ties.length,
    );
    expect(root(el).querySelectorAll('svg.eco path.tie.strong').length).to.equal(
      ginette.ecomap.ties.filter((t) => t.strength === 'strong').length,
    );
  });

  it('passes axe, in map and table views', async () => {
    const el = await mount(ginette);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('button.view')?.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(ginette.ecomap.ties.length);
    await expect(el).to.be.accessible();
  });

  it('rendered labels never overlap each other nor nodes (every persona, 150 ties)', async function () {
    this.timeout(60_000);
    for (const p of PERSONAS) {
      const el = await mount(p.assessment);
      await frames();
      expect(overlapsOf(el), p.id).to.deep.equal([]);
    }
    const big = await mount(generateEcomapAssessment({ ties: 150, seed: 4, household: 2 }), {
      lang: 'en',
    });
    await frames();
    expect(nodes(big).length).to.equal(153);
    expect(overlapsOf(big)).to.deep.equal([]);
  });

  it('follows lang for sector names and the legend', async () => {
    const el = await mount(ginette, { lang: 'en' });
    const sectors = [...root(el).querySelectorAll('.sector-name text')].map((t) => t.textContent);
    expect(sectors).to.include('Family');
    expect(root(el).querySelector('[part="legend"]')?.textContent).to.contain('Strong tie');
    el.setAttribute('lang', 'fr');
    await el.updateComplete;
    await el.updateComplete;
    expect(
      [...root(el).querySelectorAll('.sector-name text')].map((t) => t.textContent),
    ).to.include('Famille');
  });

  it('moves focus around the circle with arrows (roving tabindex) and emits toile-select', async () => {
    const el = await mount(ginette);
    const tabbable = nodes(el).filter((g) => g.getAttribute('tabindex') === '0');
    expect(tabbable).to.have.length(1);
    await focusNode(el, ginette.tenant.personId);
    const selected = new Promise<ToileSelectEvent>((r) => {
      el.addEventListener('toile-select', r, { once: true });
    });
    await sendKeys({ press: 'ArrowRight' });
    const ev = await selected;
    await el.updateComplete;
    const active = root(el).activeElement;
    expect(active?.getAttribute('data-id')).to.not.equal(ginette.tenant.personId);
    expect(active?.getAttribute('tabindex')).to.equal('0');
    expect(ev.ids.length).to.be.greaterThan(0);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal(ginette.tenant.personId);
  });

  it('edits a tie by keyboard: Enter opens the form, fields are labelled, save commits once', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    const tie = ginette.ecomap.ties[1];
    await focusNode(el, tie?.id ?? '');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = root(el).querySelector('dialog');
    expect(dialog?.open).to.equal(true);
    await expect(el).to.be.accessible();
    const strength = root(el).querySelector<HTMLSelectElement>('select[name="strength"]');
    expect(strength?.labels[0]?.textContent).to.contain('Force');
    if (strength) strength.value = 'strong';
    const confidant = root(el).querySelector<HTMLSelectElement>('select[name="confidant"]');
    if (confidant) confidant.value = 'yes';
    root(el).querySelector<HTMLButtonElement>('button.save')?.click();
    await el.updateComplete;
    expect(list).to.have.length(1);
    const next = list[0]?.assessment;
    expect(next?.ecomap.ties.find((t) => t.id === tie?.id)?.strength).to.equal('strong');
    expect(next?.registry.find((e) => e.id === tie?.targetId)?.contact?.confidant).to.equal(true);
    expect(dialog?.open).to.equal(false);
  });

  it('adds a tie by keyboard from the toolbar', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    root(el).querySelector<HTMLButtonElement>('button.add')?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const name = root(el).querySelector<HTMLInputElement>('#f-name');
    name?.focus();
    await sendKeys({ type: 'Rose' });
    const sector = root(el).querySelector<HTMLSelectElement>('select[name="sector"]');
    if (sector) sector.value = 'friends';
    root(el).querySelector<HTMLButtonElement>('button.save')?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(list).to.have.length(1);
    const a = list[0]?.assessment;
    const rose = a?.registry.find((e) => e.name === 'Rose');
    expect(a?.ecomap.ties.find((t) => t.targetId === rose?.id)?.sector).to.equal('friends');
    expect(nodes(el).length).to.equal(nodes(await mount(ginette)).length + 1);
  });

  it('removes with Delete, announces it, and undoes/redoes with Ctrl+Z / Ctrl+Y and the buttons', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    const tie = ginette.ecomap.ties[2];
    await focusNode(el, tie?.id ?? '');
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    expect(list).to.have.length(1);
    expect(list[0]?.assessment.ecomap.ties.some((t) => t.id === tie?.id)).to.equal(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain('Lien retiré');
    root(el).activeElement instanceof SVGElement || (await focusNode(el, ginette.tenant.personId));
    await chord('Control', 'z');
    await el.updateComplete;
    expect(list).to.have.length(2);
    expect(list[1]?.change.kind).to.equal('undo');
    expect(list[1]?.assessment.ecomap.ties.some((t) => t.id === tie?.id)).to.equal(true);
    await focusNode(el, ginette.tenant.personId);
    await chord('Control', 'y');
    await el.updateComplete;
    expect(list[2]?.change.kind).to.equal('redo');
    root(el).querySelector<HTMLButtonElement>('button.undo')?.click();
    await el.updateComplete;
    expect(list[3]?.change.kind).to.equal('undo');
    root(el).querySelector<HTMLButtonElement>('button.redo')?.click();
    expect(list[4]?.change.kind).to.equal('redo');
    await focusNode(el, ginette.tenant.personId);
    await chord('Control', 'z');
    await chord('Control', 'Shift', 'Z');
    expect(list.map((e) => e.change.kind).slice(5)).to.deep.equal(['undo', 'redo']);
  });

  it('moves a node by keyboard: M, arrows, Enter commits once; Escape cancels', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    const tie = ginette.ecomap.ties[0];
    await focusNode(el, tie?.id ?? '');
    const before = at(node(el, tie?.id ?? ''));
    await sendKeys({ press: 'm' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // The node moves in a layer of its own (a copy); the original waits, transparent, for the commit.
    const lifted = root(el).querySelector(`svg.lift .node[data-id="${tie?.id ?? ''}"]`);
    expect(lifted?.getAttribute('transform')).to.match(/^translate\(-?\d/);
    expect(at(node(el, tie?.id ?? ''))).to.equal(before);
    expect(node(el, tie?.id ?? '').style.opacity).to.equal('0');
    expect(document.activeElement).to.equal(el);
    expect(root(el).activeElement).to.equal(node(el, tie?.id ?? ''));
    expect(list).to.have.length(0);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(root(el).querySelector('svg.lift')?.childElementCount).to.equal(0);
    expect(node(el, tie?.id ?? '').style.opacity).to.equal('');
    expect(at(node(el, tie?.id ?? ''))).to.not.equal(before);
    expect(list).to.have.length(1);
    expect(list[0]?.assessment.ecomap.ties[0]?.offset).to.deep.equal({ dx: 4, dy: 0 });
    await focusNode(el, tie?.id ?? '');
    await sendKeys({ press: 'M' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(list).to.have.length(1);
  });

  it('drags a node with pointer events and commits once on pointerup', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    const tie = ginette.ecomap.ties[3];
    const g = node(el, tie?.id ?? '');
    const before = at(g);
    const r = g.querySelector('.shape')?.getBoundingClientRect();
    const x = (r?.x ?? 0) + (r?.width ?? 0) / 2;
    const y = (r?.y ?? 0) + (r?.height ?? 0) / 2;
    const opts = {
      bubbles: true,
      composed: true,
      pointerId: 7,
      pointerType: 'touch',
      isPrimary: true,
      button: 0,
    };
    g.querySelector('.shape')?.dispatchEvent(
      new PointerEvent('pointerdown', { ...opts, clientX: x, clientY: y }),
    );
    const svg = root(el).querySelector('svg.eco');
    for (let i = 1; i <= 5; i += 1) {
      svg?.dispatchEvent(
        new PointerEvent('pointermove', { ...opts, clientX: x + i * 6, clientY: y + i * 3 }),
      );
      await el.updateComplete;
    }
    expect(list).to.have.length(0);
    // Steps move only the lifted copy; the original keeps Lit's position until the commit.
    expect(at(g)).to.equal(before);
    const copy = root(el).querySelector(`svg.lift .node[data-id="${tie?.id ?? ''}"]`);
    expect(copy?.getAttribute('transform')).to.match(/^translate\(-?\d/);
    svg?.dispatchEvent(
      new PointerEvent('pointerup', { ...opts, clientX: x + 30, clientY: y + 15 }),
    );
    await el.updateComplete;
    expect(root(el).querySelector('svg.lift')?.childElementCount).to.equal(0);
    expect(at(g)).to.not.equal(before);
    expect(list).to.have.length(1);
    expect(list[0]?.change.kind).to.equal('tie-move');
    const off = list[0]?.assessment.ecomap.ties.find((t) => t.id === tie?.id)?.offset;
    expect(off?.dx).to.be.greaterThan(0);
    expect(off?.dy).to.be.greaterThan(0);
    expect(getComputedStyle(root(el).querySelector('.canvas') as Element).touchAction).to.equal(
      'none',
    );
  });

  it('readonly: no editing affordances and no change on keys', async () => {
    const el = await mount(ginette, { readonly: true });
    const list = changes(el);
    expect(root(el).querySelector('button.add')).to.equal(null);
    await focusNode(el, ginette.ecomap.ties[0]?.id ?? '');
    await sendKeys({ press: 'Delete' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(list).to.have.length(0);
    expect(root(el).querySelector('dialog')?.open).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('highlights ties by person or tie id', async () => {
    const el = await mount(ginette);
    const tie = ginette.ecomap.ties[0];
    el.highlight = [tie?.targetId ?? ''];
    await el.updateComplete;
    expect(root(el).querySelectorAll('svg.eco path.tie.hl')).to.have.length(1);
    expect(node(el, tie?.id ?? '').classList.contains('hl')).to.equal(true);
    expect(node(el, tie?.id ?? '').getAttribute('aria-label')).to.contain('mis en évidence');
    el.highlight = [ginette.ecomap.ties[1]?.id ?? ''];
    await el.updateComplete;
    expect(node(el, ginette.ecomap.ties[1]?.id ?? '').classList.contains('hl')).to.equal(true);
  });

  it('exports a self-contained SVG with the legend, no script, no handlers, no external reference', async () => {
    const el = await mount(ginette);
    const text = el.exportSvg();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.localName).to.equal('svg');
    expect(doc.querySelector('g.legend')?.textContent).to.contain('Lien fort');
    expect(doc.querySelector('style')?.textContent).to.contain('.tie.strong');
    expect(doc.querySelectorAll('script, foreignObject, image, a, iframe')).to.have.length(0);
    for (const e of doc.querySelectorAll('*')) {
      for (const attr of e.attributes) {
        expect(attr.name.startsWith('on'), attr.name).to.equal(false);
        if (/href$/.test(attr.name)) expect(attr.value.startsWith('#')).to.equal(true);
        expect(attr.value).to.not.match(/url\((?!#)/);
      }
    }
    expect(text).to.not.contain('<!--');
    expect(doc.querySelector('title')?.textContent).to.contain('Ginette');
  });

  it('shows hostile names as text in the view and in every export (XSS)', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const a: Assessment = structuredClone(ginette);
    const target = a.ecomap.ties[0]?.targetId;
    a.registry = a.registry.map((e) => (e.id === target ? { ...e, name: evil } : e));
    const el = await mount(a);
    expect(root(el).querySelector('img')).to.equal(null);
    // Long names are shortened on the map (never in the accessible name or the table).
    const shown = (t: Element): boolean => t.textContent.startsWith('<img src=x onerror=alert(');
    expect([...root(el).querySelectorAll('.node text')].some(shown)).to.equal(true);
    expect(
      root(el)
        .querySelector(`.node[data-id="${a.ecomap.ties[0]?.id ?? ''}"]`)
        ?.getAttribute('aria-label'),
    ).to.contain(evil);
    const text = el.exportSvg();
    expect(text).to.contain('&lt;img src=x onerror=alert(');
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('img')).to.equal(null);
    expect([...doc.querySelectorAll('text')].some(shown)).to.equal(true);
    let frameDoc: Document | undefined;
    await el.print((_w, d) => {
      frameDoc = d;
    });
    expect(frameDoc?.querySelector('img')).to.equal(null);
    expect([...(frameDoc?.querySelectorAll('text') ?? [])].some(shown)).to.equal(true);
    const png = await el.exportPng(1);
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(1000);
  });

  it('prints only the ecomap from a removed frame, leaving the host page untouched', async () => {
    const el = await mount({ ...ginette, interviewDate: '2026-11-02' });
    const bodyBefore = document.body.children.length;
    const headBefore = document.head.innerHTML;
    let seen: Document | undefined;
    await el.print((_w, d) => {
      seen = d;
    });
    expect(seen?.querySelector('h1')?.textContent).to.contain('Ginette');
    expect(seen?.body.textContent).to.contain('2026');
    expect(seen?.querySelector('svg g.legend')).to.not.equal(null);
    // Styles come from a constructed sheet (the frame inherits the page's CSP), not a <style>.
    expect(seen?.querySelector('style')).to.equal(null);
    const css = [...(seen?.adoptedStyleSheets ?? [])].flatMap((sh) => [...sh.cssRules]);
    expect(css.map((r) => r.cssText).join('\n')).to.contain('@page');
    expect(document.body.children.length).to.equal(bodyBefore);
    expect(document.head.innerHTML).to.equal(headBefore);
  });

  it('shows an error state and emits toile-error for an invalid assessment', async () => {
    const bad = { ...ginette, ecomap: { ties: [{ id: 'x' }], links: [] } };
    const el = document.createElement('toile-ecomap');
    el.setAttribute('lang', 'en');
    const error = new Promise<ToileErrorEvent>((r) => {
      el.addEventListener('toile-error', r, { once: true });
    });
    el.assessment = bad;
    document.body.append(el);
    const ev = await error;
    await el.updateComplete;
    expect(ev.issues.length).to.be.greaterThan(0);
    const box = root(el).querySelector('[part="error"]');
    expect(box?.getAttribute('role')).to.equal('alert');
    expect(box?.textContent).to.contain('cannot be shown');
    expect(box?.textContent).to.contain('$.ecomap.ties[0]');
    el.remove();
  });

  it('zooms, pans and fits', async () => {
    const el = await mount(ginette);
    const svg = (): string => root(el).querySelector('svg.eco')?.getAttribute('viewBox') ?? '';
    const fitted = svg();
    el.zoomBy(2);
    await el.updateComplete;
    const zoomed = svg().split(' ').map(Number);
    expect(zoomed[2]).to.be.closeTo((fitted.split(' ').map(Number)[2] ?? 0) / 2, 0.2);
    el.fit();
    await el.updateComplete;
    expect(svg()).to.equal(fitted);
  });

  it('pinch-zooms with two touch pointers around their midpoint, without moving a node', async () => {
    const el = await mount(ginette);
    const list = changes(el);
    const svg = root(el).querySelector<SVGSVGElement>('svg.eco');
    const viewBox = (): number[] => (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const before = viewBox();
    const r = svg?.getBoundingClientRect();
    const cx = (r?.x ?? 0) + (r?.width ?? 0) / 2;
    const cy = (r?.y ?? 0) + (r?.height ?? 0) / 2;
    // The layout point under the midpoint (40 px right of the centre) must stay under it.
    const toLayout = (px: number, py: number): DOMPoint =>
      new DOMPoint(px, py).matrixTransform(svg?.getScreenCTM()?.inverse());
    const anchor = toLayout(cx + 40, cy);
    const touch = (type: string, id: number, x: number, target: Element | null = svg): void => {
      target?.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          pointerId: id,
          pointerType: 'touch',
          isPrimary: id === 1,
          button: 0,
          clientX: x,
          clientY: cy,
        }),
      );
    };
    // The first finger lands on a node (a drag begins), the second turns it into a pinch.
    const g = node(el, ginette.ecomap.ties[0]?.id ?? '');
    touch('pointerdown', 1, cx - 10, g.querySelector('.shape'));
    touch('pointerdown', 2, cx + 90);
    for (let i = 1; i <= 5; i += 1) {
      touch('pointermove', 1, cx - 10 - i * 10);
      touch('pointermove', 2, cx + 90 + i * 10);
      await el.updateComplete;
    }
    const zoomed = viewBox();
    // Fingers 100 px apart, then 200: twice as close.
    expect(zoomed[2]).to.be.closeTo((before[2] ?? 0) / 2, 0.5);
    const still = toLayout(cx + 40, cy);
    expect(still.x).to.be.closeTo(anchor.x, 0.5);
    expect(still.y).to.be.closeTo(anchor.y, 0.5);
    touch('pointerup', 2, cx + 140);
    touch('pointerup', 1, cx - 60);
    await el.updateComplete;
    expect(list).to.have.length(0);
    expect(viewBox()).to.deep.equal(zoomed);
  });
});
