import { css, unsafeCSS } from 'lit';

/**
 * The drawing's CSS, also inlined into exported SVG files. It reads private `--_*` properties with
 * fallbacks, so an exported file renders the same without the host page.
 */
export const genogramSvgCss = `
.geno { font-family: var(--_font, system-ui, sans-serif); font-size: 12px; }
.geno text { fill: var(--_text, #1d1b20); paint-order: stroke; stroke: var(--_bg, #ffffff); stroke-width: 3px; stroke-linejoin: round; }
.bg { fill: var(--_bg, #ffffff); }
.shape { fill: var(--_fill, #ffffff); stroke: var(--_line, #2b2b33); stroke-width: 1.75; }
.index .shape { fill: var(--_index, #fff4c2); }
.outer { fill: none; stroke: var(--_line, #2b2b33); stroke-width: 1.5; }
.x, .mark, .bracket { stroke: var(--_line, #2b2b33); stroke-width: 1.75; fill: none; }
.mark-fill, .glyph-fill { fill: var(--_line, #2b2b33); }
.age { font-size: 13px; font-weight: 600; text-anchor: middle; dominant-baseline: central; }
.geno .age { stroke-width: 0; }
.name { font-weight: 600; text-anchor: middle; }
.sub { text-anchor: middle; font-size: 11px; font-weight: 400; }
.gi { text-anchor: middle; font-size: 11px; font-weight: 400; font-style: italic; }
.union, .sib, .child, .twin, .slash { fill: none; stroke: var(--_line, #2b2b33); stroke-width: 1.75; }
.dashed { stroke-dasharray: 7 4; }
.dotted { stroke-dasharray: 2 3; }
.k-adoptive { stroke-dasharray: 6 4; }
.k-foster { stroke-dasharray: 2 3; }
.k-step { stroke-dasharray: 12 3 3 3; }
.k-kinship { stroke-dasharray: 6 3 1 3; }
.secondary { stroke-opacity: 0.7; }
.years { font-size: 10px; text-anchor: middle; }
.hull { fill: none; stroke: var(--_household, #5f6b7a); stroke-width: 1.5; stroke-dasharray: 6 4; }
.hull-label { font-size: 10px; }
.geno .hull-label { fill: var(--_household, #5f6b7a); }
.rel { fill: none; stroke: var(--_relation, #6a4c93); stroke-width: 1.5; stroke-linejoin: round; }
.rel-head { fill: var(--_relation, #6a4c93); }
.person.hl .shape { stroke: var(--_hl, #0b57d0); stroke-width: 3.5; }
.dim .person:not(.hl) { opacity: 0.4; }
.focus-ring { fill: none; stroke: none; }
.legend-text { font-size: 12px; }
.title-text { font-size: 18px; font-weight: 700; }
`;

/** Styles of <toile-genogram>. */
export const genogramStyles = css`
  :host {
    --_font: var(--toile-font-family, system-ui, sans-serif);
    --_bg: var(--toile-genogram-background, #ffffff);
    --_text: var(--toile-genogram-text-color, #1d1b20);
    --_line: var(--toile-genogram-line-color, #2b2b33);
    --_fill: var(--toile-genogram-symbol-fill, #ffffff);
    --_index: var(--toile-genogram-index-fill, #fff4c2);
    --_relation: var(--toile-genogram-relation-color, #6a4c93);
    --_household: var(--toile-genogram-household-color, #5f6b7a);
    --_hl: var(--toile-genogram-highlight-color, #0b57d0);
    --_button-bg: var(--toile-genogram-button-background, #ffffff);
    --_min-height: var(--toile-genogram-min-height, 16rem);
    --_max-height: var(--toile-genogram-max-height, 75vh);
  }
  ${unsafeCSS(genogramSvgCss)}
  /* The host styles give every element box-sizing: inherit. On SVG that ties each node's style
     to its parent's, so moving a person (a new transform on its <g>) restyled its whole subtree
     and the cost grew edit after edit until garbage collection (measured: 0.5 ms without,
     5 to 60 ms with, for 150 persons). SVG nodes have no box to size: set it directly. */
  .geno,
  .geno * {
    box-sizing: border-box;
  }
  .base {
    display: grid;
    gap: 0.5rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  button {
    font: inherit;
    font-size: 0.875rem;
    padding: 0.3rem 0.6rem;
    border: 1px solid currentColor;
    border-radius: 0.4rem;
    background: var(--_button-bg);
    color: inherit;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .canvas {
    overflow: hidden;
    background: var(--_bg);
    border: 1px solid color-mix(in srgb, currentColor 20%, transparent);
    border-radius: 0.5rem;
    touch-action: none;
  }
  svg.geno {
    display: block;
    max-width: 100%;
    height: auto;
  }
  /* The drawing fills the box's width at the family's aspect ratio (set inline), between the
     minimum and maximum heights; zoom and pan change only its viewBox. */
  svg.main {
    width: 100%;
    min-height: var(--_min-height);
    max-height: var(--_max-height);
    cursor: grab;
  }
  svg.main:active {
    cursor: grabbing;
  }
  svg.far text {
    display: none;
  }
  .zoom {
    display: inline-flex;
    gap: 0.25rem;
  }
  .person {
    cursor: grab;
    outline: none;
  }
  :host([readonly]) .person {
    cursor: default;
  }
  .person:focus-visible .focus-ring {
    stroke: var(--toile-focus-ring-color, #0b57d0);
    stroke-width: 3;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .outline h2,
  .legend-box h2 {
    font-size: 1rem;
    margin: 0.25rem 0;
  }
  /* Off-screen (a narrow panel, a long family), the outline is neither laid out nor painted;
     it stays in the accessibility tree and findable. */
  .outline,
  .legend-box {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
  }
  .outline ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .notice {
    margin: 0;
    padding: 0.4rem 0.6rem;
    border-inline-start: 4px solid var(--_hl);
    background: color-mix(in srgb, var(--_hl) 8%, transparent);
  }
  .error {
    border: 2px solid #b3261e;
    border-radius: 0.5rem;
    padding: 0.5rem 0.75rem;
  }
  dialog {
    border-radius: 0.6rem;
    border: 1px solid currentColor;
    max-width: min(34rem, 95vw);
    max-height: 92vh;
    overflow: auto;
  }
  dialog fieldset {
    display: grid;
    gap: 0.4rem;
    border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
    border-radius: 0.4rem;
  }
  dialog label.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .refusal {
    margin: 0;
    color: #b3261e;
  }
  .pick {
    max-height: 12rem;
    overflow: auto;
  }
  dialog form {
    display: grid;
    gap: 0.5rem;
  }
  dialog label {
    display: grid;
    gap: 0.15rem;
  }
  dialog .row {
    display: flex;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  input,
  select {
    font: inherit;
  }
  @media (forced-colors: active) {
    .shape,
    .union,
    .sib,
    .child,
    .twin,
    .slash,
    .x,
    .mark,
    .bracket,
    .outer,
    .rel,
    .hull {
      stroke: CanvasText;
    }
    .shape,
    .index .shape {
      fill: Canvas;
    }
    .mark-fill,
    .glyph-fill,
    .rel-head {
      fill: CanvasText;
    }
    .geno text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .person.hl .shape,
    .person:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
