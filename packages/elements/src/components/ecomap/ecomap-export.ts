import { render, svg } from 'lit';
import { cssProps } from '../../styles/css-props.js';
import type { Box } from '@toile/core';
import { markers } from './ecomap-draw.js';
import { legendSample, type LegendItem } from './ecomap-legend.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * A detached `<svg>` for export: a title and date above the drawing, the legend below it, the
 * arrow markers, and a copy of the drawn map. The live map is not touched.
 */
export function buildExportSvg(
  map: SVGSVGElement,
  bounds: Box,
  title: string,
  subtitle: string,
  legend: readonly (LegendItem & { text: string })[],
): SVGSVGElement {
  const width = Math.max(bounds.width, 560);
  const x = bounds.x - (width - bounds.width) / 2;
  const head = 56;
  const cols = width >= 760 ? 3 : 2;
  const colW = width / cols;
  const rows = Math.ceil(legend.length / cols);
  const legendH = rows * 22 + 34;
  const y = bounds.y - head;
  const height = head + bounds.height + legendH;
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute(
    'viewBox',
    `${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`,
  );
  out.setAttribute('class', 'eco');
  const ly = bounds.y + bounds.height + 24;
  render(
    svg`<rect x=${x} y=${y} width=${width} height=${height} fill="#ffffff" ${cssProps({ fill: 'var(--_bg)' })}></rect>
      ${markers()}
      <text class="title-text" x=${x + 12} y=${y + 24}>${title}</text>
      <text class="legend-text" x=${x + 12} y=${y + 44}>${subtitle}</text>
      <g class="legend">${legend.map((item, i) => {
        const cx = x + 12 + (i % cols) * colW;
        const cy = ly + Math.floor(i / cols) * 22;
        return svg`<svg x=${cx} y=${cy - 8} width="44" height="16" viewBox="0 0 44 16" overflow="visible">${legendSample(item.kind)}</svg>
          <text class="legend-text" x=${cx + 52} y=${cy} dominant-baseline="central">${item.text}</text>`;
      })}</g>`,
    out,
  );
  const drawing = document.createElementNS(SVG_NS, 'g');
  drawing.setAttribute('class', 'drawing');
  for (const child of map.children) drawing.append(child.cloneNode(true));
  out.insertBefore(drawing, out.querySelector('g.legend'));
  return out;
}
