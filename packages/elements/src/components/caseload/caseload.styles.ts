import { css } from 'lit';

/** Styles of <toile-caseload>. */
export const caseloadStyles = css`
  :host {
    --_border: var(--toile-caseload-border-color, #c4c4c8);
    --_watch: var(--toile-caseload-watch-color, #8a4b00);
    --_due: var(--toile-caseload-due-color, #a4262c);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: 0.75em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border: 0;
    margin: 0;
    padding: 0;
  }
  .filters legend {
    float: inline-start;
    margin-inline-end: 0.5em;
    padding: 0;
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
  button[aria-pressed='true'] {
    background: var(--toile-caseload-selected-color, #dde6f7);
    border-color: currentColor;
    font-weight: 600;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    border-bottom: 1px solid var(--_border);
    padding: 0.375em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  th button {
    border: 0;
    padding: 0.25em;
    font-weight: 600;
    background: transparent;
  }
  th[aria-sort] .arrow::after {
    content: ' ↕';
    opacity: 0.4;
  }
  th[aria-sort='ascending'] .arrow::after {
    content: ' ↑';
    opacity: 1;
  }
  th[aria-sort='descending'] .arrow::after {
    content: ' ↓';
    opacity: 1;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: 0.25em;
    border: 1px solid currentColor;
    font-size: 0.875em;
  }
  .watch {
    color: var(--_watch);
  }
  .due {
    color: var(--_due);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .notice {
    margin: 0.5em 0;
  }
  .file input {
    font: inherit;
  }
  @media (forced-colors: active) {
    button[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
