import { render, svg, type SVGTemplateResult } from 'lit';
import type { GenogramRect } from '@toile/core';
import type { LegendItem } from './genogram-legend.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A detached `<svg>` for export and print: title and subtitle above, the drawing (rendered anew
 * from the layout, with every name whatever the zoom of the live view), and the legend of what
 * is drawn below it. User text is set by Lit as text nodes (never parsed as markup).
 */
export function buildExportSvg(
  drawing: SVGTemplateResult,
  bounds: GenogramRect,
  title: string,
  subtitle: string,
  legend: readonly (LegendItem & { readonly label: string })[],
): SVGSVGElement {
  const width = Math.max(bounds.width, 600);
  const x = bounds.x - (width - bounds.width) / 2;
  const head = 56;
  const cols = Math.max(2, Math.min(4, Math.floor(width / 260)));
  const colW = width / cols;
  const legendH = Math.ceil(legend.length / cols) * 28 + 40;
  const y = bounds.y - head;
  const height = head + bounds.height + legendH;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute(
    'viewBox',
    `${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`,
  );
  out.setAttribute('width', String(Math.round(width)));
  out.setAttribute('height', String(Math.round(height)));
  out.setAttribute('class', 'geno');
  const ly = bounds.y + bounds.height + 28;
  render(
    svg`<rect class="bg" x=${x} y=${y} width=${width} height=${height}></rect>
      <text class="title-text" x=${x + 12} y=${y + 24}>${title}</text>
      <text class="legend-text" x=${x + 12} y=${y + 44}>${subtitle}</text>
      <g class="drawing">${drawing}</g>
      <g class="legend">${legend.map((item, i) => {
        const cx = x + 12 + (i % cols) * colW;
        const cy = ly + Math.floor(i / cols) * 28;
        return svg`<svg x=${cx} y=${cy - 12} width="44" height="24" viewBox="0 0 44 24" overflow="visible">${item.sample}</svg>
          <text class="legend-text" x=${cx + 52} y=${cy + 4}>${item.label}</text>`;
      })}</g>`,
    out,
  );
  return out;
}
