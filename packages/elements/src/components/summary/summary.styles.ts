import { css } from 'lit';

/** Styles of <toile-summary> on screen. */
export const summaryStyles = css`
  :host {
    --_border: var(--toile-summary-border-color, #c4c4c8);
    --_sheet: var(--toile-summary-sheet-color, #fff);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  button {
    font: inherit;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 0.375em;
    background: var(--toile-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  .sheet {
    background: var(--_sheet);
    border: 1px solid var(--_border);
    padding: 1.25em 1.5em;
    max-width: 48rem;
  }
  .sheet[data-kind='tenant'] {
    font-size: 1.1em;
  }
  h2 {
    font-size: 1.4em;
    margin: 0;
  }
  .subtitle {
    margin: 0.25em 0 1em;
  }
  h3 {
    font-size: 1.1em;
    margin: 1em 0 0.25em;
  }
  p {
    margin: 0.25em 0;
  }
  ul {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125em 1em;
    margin: 0.25em 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @media (max-width: 30rem) {
    .sheet {
      padding: 0.75em;
    }
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: 0.25em;
    }
  }
`;

/** The print document's CSS: black on white, one column, letter size. */
export const summaryPrintCss = `@page { size: letter; margin: 0.6in; }
html, body { margin: 0; font-family: system-ui, sans-serif; color: #000; background: #fff; font-size: 11pt; }
h2 { font-size: 16pt; margin: 0; } h3 { font-size: 12pt; margin: 10pt 0 3pt; break-after: avoid; }
.subtitle { margin: 2pt 0 8pt; } p { margin: 2pt 0; } ul { margin: 2pt 0; padding-left: 16pt; }
li { margin: 1pt 0; } dl { display: grid; grid-template-columns: max-content 1fr; gap: 1pt 10pt; margin: 2pt 0; }
dt { font-weight: 600; } dd { margin: 0; } section { break-inside: avoid; }
.sheet[data-kind='tenant'] { font-size: 12.5pt; }`;
