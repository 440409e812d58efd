import { css, unsafeCSS } from 'lit';

/**
 * The drawing's CSS, also inlined into exported SVG files (with the private `--_*` values resolved
 * at export time), so it reads only private properties and plain selectors.
 */
export const ecomapSvgCss = `
.eco { font-family: var(--_font); background: var(--_bg); }
.eco text { fill: var(--_text); paint-order: stroke; stroke: var(--_bg); stroke-width: 3px; stroke-linejoin: round; }
.ring { fill: none; stroke: var(--_ring); stroke-width: 1; stroke-dasharray: 2 4; }
.centre { fill: var(--_centre); stroke: var(--_node-stroke); stroke-width: 1.5; }
.wedge { stroke: var(--_ring); stroke-width: 1; }
.sector-name { font-weight: 600; }
.sector-name text { fill: var(--_sector); }
.link { stroke: var(--_link); stroke-width: 1; stroke-dasharray: 1 3; stroke-linecap: round; fill: none; }
.tie { fill: none; stroke: var(--_tie); stroke-width: 2; stroke-linejoin: round; }
.tie.strong { stroke-width: 4.5; }
.tie.tenuous { stroke-width: 1.5; stroke-dasharray: 6 5; }
.tie.stressful { stroke: var(--_stress); }
.tie.hl { stroke: var(--_hl); }
.dim .tie:not(.hl), .dim .node:not(.hl) { opacity: 0.35; }
.arrow { fill: var(--_tie); }
.arrow.stress { fill: var(--_stress); }
.arrow.hl { fill: var(--_hl); }
.shape { fill: var(--_node); stroke: var(--_node-stroke); stroke-width: 1.5; }
.system .shape { fill: var(--_system); }
.tenant .shape { fill: var(--_tenant); stroke-width: 2.5; }
.node.hl .shape { stroke: var(--_hl); stroke-width: 3; }
.leader { stroke: var(--_ring); stroke-width: 1; }
.focus { fill: none; stroke: none; }
.legend-text { font-size: 12px; }
.title-text { font-size: 18px; font-weight: 700; }
`;

/** Styles of <toile-ecomap>. */
export const ecomapStyles = css`
  :host {
    --_font: var(--toile-font-family, system-ui, sans-serif);
    --_bg: var(--toile-ecomap-background, #ffffff);
    --_text: var(--toile-ecomap-text-color, #1d1b20);
    --_tie: var(--toile-ecomap-tie-color, #3d3d45);
    --_stress: var(--toile-ecomap-stress-color, #b3261e);
    --_hl: var(--toile-ecomap-highlight-color, #0b57d0);
    --_node: var(--toile-ecomap-person-color, #f3efe6);
    --_system: var(--toile-ecomap-system-color, #e3ecf7);
    --_tenant: var(--toile-ecomap-tenant-color, #fff4c2);
    --_node-stroke: var(--toile-ecomap-node-stroke, #3d3d45);
    --_centre: var(--toile-ecomap-centre-color, #fbfaf6);
    --_ring: var(--toile-ecomap-ring-color, #9a98a0);
    --_link: var(--toile-ecomap-link-color, #6b6970);
    --_sector: var(--toile-ecomap-sector-color, #4a4458);
    --_focus: var(--toile-focus-ring-color, #0b57d0);
    display: block;
    min-width: 0;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: 100%;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    font-size: 0.875em;
    min-height: 2.25rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_node-stroke);
    border-radius: 0.375rem;
    background: var(--toile-ecomap-button-background, #ffffff);
    color: var(--_text);
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .canvas {
    position: relative;
    flex: 1 1 auto;
    min-height: var(--toile-ecomap-min-height, 18rem);
    border: 1px solid var(--_ring);
    border-radius: 0.5rem;
    overflow: hidden;
    touch-action: none;
    background: var(--_bg);
  }
  /* The arrow-marker defs, out of the flow: a class, not a style attribute (strict CSP). */
  svg.markers {
    position: absolute;
  }
  svg.eco {
    display: block;
    width: 100%;
    height: 100%;
    min-height: inherit;
    user-select: none;
    -webkit-user-select: none;
  }
  svg.lift {
    position: absolute;
    inset: 0;
    background: none;
    pointer-events: none;
    will-change: transform;
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  :host([readonly]) .node {
    cursor: default;
  }
  .node:focus-visible .focus,
  .node.moving .focus {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .node.moving .focus {
    stroke-dasharray: 4 3;
  }
  ${unsafeCSS(ecomapSvgCss)}
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875em;
  }
  .table-wrap {
    overflow: auto;
    max-height: 32rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    border-bottom: 1px solid var(--_ring);
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .error {
    border: 2px solid var(--_stress);
    border-radius: 0.5rem;
    padding: 0.75rem 1rem;
  }
  .error code {
    font-size: 0.85em;
  }
  dialog {
    border: 1px solid var(--_node-stroke);
    border-radius: 0.5rem;
    padding: 1rem;
    max-width: min(36rem, 96vw);
    max-height: 90vh;
    color: var(--_text);
    background: var(--_bg);
  }
  dialog form {
    display: grid;
    gap: 0.6rem;
  }
  fieldset {
    border: 1px solid var(--_ring);
    border-radius: 0.375rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  input,
  select,
  textarea {
    font: inherit;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
    flex-wrap: wrap;
  }
  .help {
    font-size: 0.8125em;
    margin: 0;
    color: var(--_sector);
  }
  @media (forced-colors: active) {
    .canvas,
    svg.eco {
      forced-color-adjust: none;
    }
    :host {
      --_bg: Canvas;
      --_text: CanvasText;
      --_tie: CanvasText;
      --_stress: CanvasText;
      --_hl: Highlight;
      --_node: Canvas;
      --_system: Canvas;
      --_tenant: Canvas;
      --_centre: Canvas;
      --_node-stroke: CanvasText;
      --_ring: GrayText;
      --_link: GrayText;
      --_sector: CanvasText;
      --_focus: Highlight;
    }
  }
  @media (prefers-contrast: more) {
    :host {
      --_ring: #55535a;
      --_link: #3d3d45;
      --_tie: #000000;
    }
  }
`;
