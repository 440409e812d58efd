import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { GenogramLayout, Person, Point, Union } from '@toile/core';
import { personSymbol, pregnancyGlyph } from './genogram-symbols.js';

const pts = (p: readonly Point[]): string => p.map((q) => `${q.x},${q.y}`).join(' ');

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
}

/** Shortens a long name for the drawing; the full name stays in the accessible name and outline. */
function short(text: string, max = 16): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function yearsText(p: Person): string {
  if (p.deceased) return `${p.birthYear ?? '?'} – ${p.deathYear ?? '?'}`;
  return p.birthYear !== undefined ? String(p.birthYear) : '';
}

/**
 * The drawing, back to front: households, sibling and child lines, twins, union bars, relations,
 * pregnancy glyphs, then persons (focusable `graphics-symbol`s with their accessible names).
 */
export function drawGenogram(l: GenogramLayout, c: DrawContext): SVGTemplateResult {
  return svg`
    <g class="households" aria-hidden="true">${l.households.map(
      (h) =>
        svg`${h.rects.map((r) => svg`<rect class="hull" x=${r.x} y=${r.y} width=${r.width} height=${r.height} rx="14"></rect>`)}${h.bridges.map(
          (b) => svg`<line class="hull" x1=${b.x1} y1=${b.y1} x2=${b.x2} y2=${b.y2}></line>`,
        )}${h.label && h.rects[0] ? svg`<text class="hull-label" x=${h.rects[0].x + 8} y=${h.rects[0].y - 4}>${h.label}</text>` : nothing}`,
    )}</g>
    <g class="lines" aria-hidden="true">${l.sibships.map(
      (s) =>
        svg`<polyline class="sib" points=${pts(s.drop)}></polyline><line class="sib" x1=${s.line.x1} y1=${s.line.y1} x2=${s.line.x2} y2=${s.line.y2}></line>`,
    )}${l.childLinks.map(
      (k) =>
        svg`<polyline class=${`child k-${k.kind}${k.secondary ? ' secondary' : ''}`} points=${pts(k.points)}></polyline>`,
    )}${l.twins.map((t) => (t.bar ? svg`<line class="twin" x1=${t.bar.x1} y1=${t.bar.y1} x2=${t.bar.x2} y2=${t.bar.y2}></line>` : nothing))}</g>
    <g class="unions" aria-hidden="true">${l.unions.map((u) => {
      const rec = c.unions.get(u.id);
      const years = rec ? c.unionYears(rec) : '';
      return svg`<polyline class=${`union ${u.line === 'solid' ? '' : u.line}`} points=${pts(u.points)}></polyline>${u.slashes.map(
        (s) => svg`<line class="slash" x1=${s.x1} y1=${s.y1} x2=${s.x2} y2=${s.y2}></line>`,
      )}${years ? svg`<text class="years" x=${u.labelAt.x} y=${u.labelAt.y}>${years}</text>` : nothing}`;
    })}</g>
    <g class="relations" aria-hidden="true">${l.emotional.map((e) => {
      const st = e.color ? `stroke:${e.color}` : '';
      const fill = e.color ? `fill:${e.color}` : '';
      return svg`<g class=${`relation t-${e.type}`}>${e.stroke.polylines.map(
        (p) =>
          svg`<polyline class="rel" style=${st} stroke-dasharray=${e.stroke.dash ?? 'none'} points=${pts(p)}></polyline>`,
      )}${e.stroke.bars.map((b) => svg`<line class="rel" style=${st} x1=${b.x1} y1=${b.y1} x2=${b.x2} y2=${b.y2}></line>`)}${e.stroke.arrows.map(
        (a) => svg`<polygon class="rel-head" style=${fill} points=${pts(a)}></polygon>`,
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
        const years = yearsText(person);
        return svg`<g class=${`person${p.index ? ' index' : ''}${hl ? ' hl' : ''}`} data-id=${p.id} role="graphics-symbol"
          aria-roledescription=${c.roledescription} aria-label=${c.names.get(p.id) ?? person.name}
          tabindex=${c.focusId === p.id || (c.focusId === undefined && p.index) ? '0' : '-1'}
          transform=${`translate(${x},${y})`}>
          <rect class="focus-ring" x="-30" y="-30" width="60" height="60" rx="8"></rect>
          ${personSymbol({ sex: person.sex, deceased: person.deceased === true, index: p.index, adopted: c.adopted.has(p.id), age: c.ages.get(p.id) })}
          <text class="name" y="36" aria-hidden="true">${short(person.name)}</text>
          ${years ? svg`<text class="sub" y="50" aria-hidden="true">${years}</text>` : nothing}
          ${person.genderIdentity ? svg`<text class="gi" y=${years ? 63 : 50} aria-hidden="true">${short(person.genderIdentity, 18)}</text>` : nothing}
        </g>`;
      },
    )}</g>`;
}
