import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EcomapLayout, EcomapNode, Tie } from '@toile/core';

/** A temporary displacement of one node, in layout units, while it is dragged or nudged. */
export interface Preview {
  readonly id: string;
  readonly dx: number;
  readonly dy: number;
}

/** What the drawing needs besides the layout. */
export interface DrawContext {
  readonly layout: EcomapLayout;
  readonly ties: ReadonlyMap<string, Tie>;
  readonly highlight: ReadonlySet<string>;
  readonly focusId: string | undefined;
  readonly movingId: string | undefined;
}

/** A straight path, or a zig-zag one for stressful ties (Hartman's hatched line). */
export function tiePath(x1: number, y1: number, x2: number, y2: number, zigzag: boolean): string {
  const f = (n: number): string => n.toFixed(1);
  if (!zigzag) return `M${f(x1)},${f(y1)}L${f(x2)},${f(y2)}`;
  const len = Math.hypot(x2 - x1, y2 - y1);
  const steps = Math.max(2, Math.floor(len / 8));
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  let d = `M${f(x1)},${f(y1)}`;
  for (let i = 1; i < steps; i += 1) {
    const t = (i / steps) * len;
    const a = i % 2 === 0 ? -4 : 4;
    d += `L${f(x1 + ux * t - uy * a)},${f(y1 + uy * t + ux * a)}`;
  }
  return `${d}L${f(x2)},${f(y2)}`;
}

/** Whether a tie is emphasized by the `highlight` ids (its own id or its contact's). */
export function isHighlighted(
  tie: Tie | undefined,
  entryId: string,
  hl: ReadonlySet<string>,
): boolean {
  return hl.has(entryId) || (tie !== undefined && hl.has(tie.id));
}

const f1 = (n: number): string => n.toFixed(1);
const translate = (x: number, y: number): string => `translate(${f1(x)},${f1(y)})`;

// The tie line from the centre (or the tenant, for a household member) to node `n` drawn at x, y.
function tieD(
  layout: EcomapLayout,
  n: EcomapNode,
  x: number,
  y: number,
  stressful: boolean,
): string {
  const from = n.kind === 'household' ? layout.nodes[0] : undefined;
  const fx = from ? from.x : 0;
  const fy = from ? from.y : 0;
  const startR = from ? from.r : layout.centreRadius;
  const len = Math.hypot(x - fx, y - fy) || 1;
  const ux = (x - fx) / len;
  const uy = (y - fy) / len;
  return tiePath(
    fx + ux * startR,
    fy + uy * startR,
    x - ux * (n.r + 2),
    y - uy * (n.r + 2),
    stressful,
  );
}

/**
 * Draws node `id` displaced by dx, dy (layout units) in a layer filled by `lift`: its group
 * (translated), its tie line and its links, and nothing else. Drag and keyboard-move steps use it
 * instead of a Lit render (which would re-evaluate every node).
 */
export function placeNode(
  svg: ParentNode,
  layout: EcomapLayout,
  ties: ReadonlyMap<string, Tie>,
  id: string,
  dx: number,
  dy: number,
): void {
  const n = layout.nodes.find((m) => m.id === id);
  if (!n) return;
  const x = n.x + dx;
  const y = n.y + dy;
  const q = (sel: string, key: string): Element | null =>
    svg.querySelector(`${sel}[data-id="${CSS.escape(key)}"]`);
  q('.node', id)?.setAttribute('transform', translate(dx, dy));
  const tie = n.tieId ? ties.get(n.tieId) : undefined;
  if (tie) q('.tie', id)?.setAttribute('d', tieD(layout, n, x, y, tie.stressful));
  for (const l of layout.links) {
    const end = l.aId === n.entryId ? '1' : l.bId === n.entryId ? '2' : '';
    const line = end ? q('.link', l.id) : null;
    line?.setAttribute(`x${end}`, f1(x));
    line?.setAttribute(`y${end}`, f1(y));
  }
}

/**
 * Lifts node `id` into `layer`, an empty transparent `<svg>` over `svg` with the same viewBox:
 * copies of its group, tie line and links go there and the originals turn transparent (still
 * focusable). A drag or keyboard move then moves the copies (`placeNode` on the layer), so each
 * step repaints a few shapes, not the whole map. `drop` undoes it; the originals are never
 * changed, so Lit's view of the DOM stays true.
 */
export function lift(
  svg: SVGSVGElement,
  layer: SVGSVGElement,
  layout: EcomapLayout,
  id: string,
): void {
  const n = layout.nodes.find((m) => m.id === id);
  const q = (sel: string, key: string): Element[] => [
    ...svg.querySelectorAll(`${sel}[data-id="${CSS.escape(key)}"]`),
  ];
  const links = layout.links.filter((l) => l.aId === n?.entryId || l.bId === n?.entryId);
  for (const el of [
    ...q('.tie', id),
    ...links.flatMap((l) => q('.link', l.id)),
    ...q('.node', id),
  ]) {
    const copy = el.cloneNode(true) as Element;
    for (const a of ['tabindex', 'role', 'aria-label']) copy.removeAttribute(a);
    layer.append(copy);
    (el as SVGElement).style.opacity = '0';
  }
}

/** Empties a layer filled by `lift` and shows the originals again. */
export function drop(svg: SVGSVGElement, layer: SVGSVGElement): void {
  layer.replaceChildren();
  for (const el of svg.querySelectorAll<SVGElement>('[style]')) el.style.removeProperty('opacity');
}

function markerKind(tie: Tie, hl: boolean): string {
  return hl ? 'hl' : tie.stressful ? 'stress' : 'plain';
}

/** Arrowhead markers, one per colour (markers cannot inherit the line's colour in SVG 1.1 viewers). */
export function markers(): SVGTemplateResult {
  return svg`<defs>${['plain', 'stress', 'hl'].map(
    (k) =>
      svg`<marker id=${`eco-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path class=${`arrow ${k}`} d="M0,0L10,5L0,10z"></path></marker>`,
  )}</defs>`;
}

function tieLine(n: EcomapNode, ctx: DrawContext): SVGTemplateResult | typeof nothing {
  const tie = n.tieId ? ctx.ties.get(n.tieId) : undefined;
  if (!tie) return nothing;
  const hl = isHighlighted(tie, n.entryId, ctx.highlight);
  const mk = `url(#eco-arrow-${markerKind(tie, hl)})`;
  const start = tie.flow === 'toward_person' || tie.flow === 'both' ? mk : nothing;
  const end = tie.flow === 'from_person' || tie.flow === 'both' ? mk : nothing;
  return svg`<path class=${`tie ${tie.strength}${tie.stressful ? ' stressful' : ''}${hl ? ' hl' : ''}`} data-id=${n.id} d=${tieD(ctx.layout, n, n.x, n.y, tie.stressful)} marker-start=${start} marker-end=${end}></path>`;
}

function nodeShape(n: EcomapNode): SVGTemplateResult {
  return n.entryKind === 'system'
    ? svg`<rect class="shape" x=${f1(n.x - n.r)} y=${f1(n.y - n.r)} width=${2 * n.r} height=${2 * n.r} rx="2"></rect>`
    : svg`<circle class="shape" cx=${f1(n.x)} cy=${f1(n.y)} r=${n.r}></circle>`;
}

function node(
  n: EcomapNode,
  ctx: DrawContext,
  describe: (n: EcomapNode) => string,
): SVGTemplateResult {
  const tie = n.tieId ? ctx.ties.get(n.tieId) : undefined;
  const hl = n.kind !== 'tenant' && isHighlighted(tie, n.entryId, ctx.highlight);
  const l = n.label;
  const cls = `node ${n.kind} ${n.entryKind}${hl ? ' hl' : ''}${ctx.movingId === n.id ? ' moving' : ''}`;
  // Absolute coordinates, no transform on the group: a changed transform makes Chromium lay out
  // the group's text again (about 80 µs a node), changed x/y/cx/cy cost a tenth of that, which
  // matters when an edit shifts a whole sector.
  return svg`<g class=${cls} data-id=${n.id} role="graphics-symbol" aria-label=${describe(n)} tabindex=${ctx.focusId === n.id ? 0 : -1}>
    <circle class="focus" cx=${f1(n.x)} cy=${f1(n.y)} r=${n.r + 5}></circle>${nodeShape(n)}${
      l.leader
        ? svg`<line class="leader" x1=${f1(l.leader.x1)} y1=${f1(l.leader.y1)} x2=${f1(l.leader.x2)} y2=${f1(l.leader.y2)}></line>`
        : nothing
    }<text x=${f1(l.x + 2)} y=${f1(l.y + l.height / 2)} dominant-baseline="central" font-size=${ctx.layout.fontSize}>${l.text}</text></g>`;
}

/** The whole drawing (everything inside the `<svg>`). */
export function drawEcomap(
  ctx: DrawContext,
  describe: (n: EcomapNode) => string,
): SVGTemplateResult {
  const { layout } = ctx;
  const wedgeR = layout.radius + 8;
  const inner = layout.centreRadius;
  const edges = layout.sectors.length > 1 ? layout.sectors.map((s) => s.startAngle) : [];
  return svg`${markers()}
    <g aria-hidden="true">
      ${layout.rings.map((r) => svg`<circle class="ring" r=${r.toFixed(1)}></circle>`)}
      ${edges.map(
        (a) =>
          svg`<line class="wedge" x1=${(Math.cos(a) * inner).toFixed(1)} y1=${(Math.sin(a) * inner).toFixed(1)} x2=${(Math.cos(a) * wedgeR).toFixed(1)} y2=${(Math.sin(a) * wedgeR).toFixed(1)}></line>`,
      )}
      <circle class="centre" r=${inner.toFixed(1)}></circle>
      <g class="sector-name">${layout.sectors.map(
        (s) =>
          svg`<text x=${s.label.x + 2} y=${s.label.y + s.label.height / 2} dominant-baseline="central" font-size=${layout.fontSize}>${s.label.text}</text>`,
      )}</g>
      <g>${layout.links.map(
        (l) =>
          svg`<line class="link" data-id=${l.id} x1=${f1(l.x1)} y1=${f1(l.y1)} x2=${f1(l.x2)} y2=${f1(l.y2)}></line>`,
      )}</g>
      <g>${repeat(
        layout.nodes,
        (n) => n.id,
        (n) => tieLine(n, ctx),
      )}</g>
    </g>
    <g>${repeat(
      layout.nodes,
      (n) => n.id,
      (n) => node(n, ctx, describe),
    )}</g>`;
}
