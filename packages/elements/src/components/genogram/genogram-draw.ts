import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../../styles/css-props.js';
import type { GenogramLayout, GenogramSegment, Person, Point, Union } from '@toile/core';
import { personSymbol, pregnancyGlyph } from './genogram-symbols.js';

const pts = (p: readonly Point[]): string => p.map((q) => `${q.x},${q.y}`).join(' ');
const run = (p: readonly Point[]): string =>
  p.map((q, i) => `${i === 0 ? 'M' : 'L'}${q.x},${q.y}`).join('');
const seg = (s: GenogramSegment): string => `M${s.x1},${s.y1}L${s.x2},${s.y2}`;

/** What the drawing needs besides the layout. */
export interface DrawContext {
  readonly people: ReadonlyMap<string, Person>;
  readonly unions: ReadonlyMap<string, Union>;
  readonly ages: ReadonlyMap<string, number | undefined>;
  readonly adopted: ReadonlySet<string>;
  readonly names: ReadonlyMap<string, string>;
  readonly unionYears: (u: Union) => string;
  readonly highlight: ReadonlySet<string>;
  readonly focusId: string | undefined;
  readonly interactive: boolean;
  readonly drag?: { readonly id: string; readonly dx: number; readonly dy: number } | undefined;
  readonly roledescription: string;
  /**
   * Whether to draw text (names, years, ages, union years, household names). The live view leaves
   * it out when it would be too small to read; exports always have it.
   */
  readonly text: boolean;
}

const FOCUS_RING = svg`<rect class="focus-ring" x="-30" y="-30" width="60" height="60" rx="8"></rect>`;

/** Shortens a long name for the drawing; the full name stays in the accessible name and outline. */
function short(text: string, max = 16): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function yearsText(p: Person): string {
  if (p.deceased) return `${p.birthYear ?? '?'} – ${p.deathYear ?? '?'}`;
  return p.birthYear !== undefined ? String(p.birthYear) : '';
}

/** Adds `d` to the path of `cls` (insertion order kept, so the output is deterministic). */
function addTo(groups: Map<string, string[]>, cls: string, d: string): void {
  const list = groups.get(cls);
  if (list) list.push(d);
  else groups.set(cls, [d]);
}

const paths = (groups: Map<string, string[]>): SVGTemplateResult[] =>
  [...groups].map(([cls, ds]) => svg`<path class=${cls} d=${ds.join('')}></path>`);

/**
 * The family lines batched into one `<path>` per style (sibling lines, each kind of child line,
 * each union line style, slashes, twin bars): a few elements instead of several per person, so
 * style, layout and paint do not grow with the number of lines, and an edit rewrites a few `d`s.
 */
function familyLines(l: GenogramLayout): SVGTemplateResult[] {
  const cached = linesCache.get(l);
  if (cached) return cached;
  const groups = new Map<string, string[]>();
  for (const s of l.sibships) addTo(groups, 'sib', run(s.drop) + seg(s.line));
  for (const k of l.childLinks)
    addTo(groups, `child k-${k.kind}${k.secondary ? ' secondary' : ''}`, run(k.points));
  for (const t of l.twins) if (t.bar) addTo(groups, 'twin', seg(t.bar));
  for (const u of l.unions) {
    addTo(groups, u.line === 'solid' ? 'union' : `union ${u.line}`, run(u.points));
    for (const s of u.slashes) addTo(groups, 'slash', seg(s));
  }
  const out = paths(groups);
  linesCache.set(l, out);
  return out;
}

// The lines of a layout are built once: a focus move or a drag re-renders without rebuilding them.
const linesCache = new WeakMap<GenogramLayout, SVGTemplateResult[]>();

/**
 * The drawing, back to front: households, family lines, union years, relations, pregnancy
 * glyphs, then persons (focusable `graphics-symbol`s with their accessible names, keyed by id so
 * an edit patches only the persons it changed). Only the person holding the roving tabindex
 * carries a focus ring.
 */
export function drawGenogram(l: GenogramLayout, c: DrawContext): SVGTemplateResult {
  const tabbable = c.focusId ?? l.persons.find((p) => p.index)?.id;
  return svg`
    <g class="households" aria-hidden="true">${l.households.map(
      (h) =>
        svg`${h.rects.map((r) => svg`<rect class="hull" x=${r.x} y=${r.y} width=${r.width} height=${r.height} rx="14"></rect>`)}${h.bridges.map(
          (b) => svg`<line class="hull" x1=${b.x1} y1=${b.y1} x2=${b.x2} y2=${b.y2}></line>`,
        )}${c.text && h.label && h.rects[0] ? svg`<text class="hull-label" x=${h.rects[0].x + 8} y=${h.rects[0].y - 4}>${h.label}</text>` : nothing}`,
    )}</g>
    <g class="lines" aria-hidden="true">${familyLines(l)}${repeat(
      l.unions,
      (u) => u.id,
      (u) => {
        const rec = c.text ? c.unions.get(u.id) : undefined;
        const years = rec ? c.unionYears(rec) : '';
        return years
          ? svg`<text class="years" x=${u.labelAt.x} y=${u.labelAt.y}>${years}</text>`
          : nothing;
      },
    )}</g>
    <g class="relations" aria-hidden="true">${l.emotional.map((e) => {
      // Inline colour through CSSOM: a strict CSP blocks `style` attributes, and a presentation
      // attribute would lose to the `.rel` rule.
      const st = cssProps({ stroke: e.color });
      const fill = cssProps({ fill: e.color });
      return svg`<g class=${`relation t-${e.type}`}>${e.stroke.polylines.map(
        (p) =>
          svg`<polyline class="rel" ${st} stroke-dasharray=${e.stroke.dash ?? 'none'} points=${pts(p)}></polyline>`,
      )}${e.stroke.bars.length > 0 ? svg`<path class="rel" ${st} d=${e.stroke.bars.map(seg).join('')}></path>` : nothing}${e.stroke.arrows.map(
        (a) => svg`<polygon class="rel-head" ${fill} points=${pts(a)}></polygon>`,
      )}</g>`;
    })}</g>
    <g class="pregnancies" aria-hidden="true">${l.pregnancies.map((p) => svg`<g transform=${`translate(${p.x},${p.y})`}>${pregnancyGlyph(p.outcome)}</g>`)}</g>
    <g class="persons">${repeat(
      l.persons,
      (p) => p.id,
      (p) => {
        const person = c.people.get(p.id);
        if (!person) return nothing;
        const d = c.drag?.id === p.id ? c.drag : undefined;
        const x = p.x + (d?.dx ?? 0);
        const y = p.y + (d?.dy ?? 0);
        const hl = c.highlight.has(p.id);
        const tab = tabbable === p.id;
        const symbol = personSymbol({
          sex: person.sex,
          deceased: person.deceased === true,
          index: p.index,
          adopted: c.adopted.has(p.id),
          age: c.text ? c.ages.get(p.id) : undefined,
        });
        const ring = tab ? FOCUS_RING : nothing;
        const cls = `person${p.index ? ' index' : ''}${hl ? ' hl' : ''}`;
        const label = c.names.get(p.id) ?? person.name;
        const at = `translate(${x},${y})`;
        if (!c.text)
          return svg`<g class=${cls} data-id=${p.id} role="graphics-symbol" aria-roledescription=${c.roledescription} aria-label=${label} tabindex=${tab ? '0' : '-1'} transform=${at}>${ring}${symbol}</g>`;
        const years = yearsText(person);
        const gi = person.genderIdentity;
        return svg`<g class=${cls} data-id=${p.id} role="graphics-symbol" aria-roledescription=${c.roledescription} aria-label=${label} tabindex=${tab ? '0' : '-1'} transform=${at}>${ring}${symbol}<text class="name" y="36" aria-hidden="true">${short(person.name)}${
          years ? svg`<tspan class="sub" x="0" dy="14">${years}</tspan>` : nothing
        }${gi ? svg`<tspan class="gi" x="0" dy="13">${short(gi, 18)}</tspan>` : nothing}</text></g>`;
      },
    )}</g>`;
}
