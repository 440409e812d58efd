import { css } from 'lit';

/** Styles of <toile-compare>. */
export const compareStyles = css`
  :host {
    --_gain: var(--toile-compare-gain-color, #1b6e3a);
    --_loss: var(--toile-compare-loss-color, #a4262c);
    --_border: var(--toile-compare-border-color, #c4c4c8);
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.25em;
  }
  h4 {
    font-size: 1em;
    margin: 0.5em 0 0.25em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    max-width: 40rem;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
    text-align: start;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: 0 1.5em;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .gain::before {
    content: '+ ';
    color: var(--_gain);
    font-weight: bold;
  }
  .loss::before {
    content: '− ';
    color: var(--_loss);
    font-weight: bold;
  }
  .none {
    font-style: italic;
  }
`;
