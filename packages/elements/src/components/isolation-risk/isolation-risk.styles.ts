import { css } from 'lit';

/** Styles of <toile-isolation-risk>; every visual value goes through a `--toile-risk-*` property. */
export const isolationRiskStyles = css`
  :host {
    --_low: var(--toile-risk-low-color, #2e7d32);
    --_moderate: var(--toile-risk-moderate-color, #b26a00);
    --_high: var(--toile-risk-high-color, #b3261e);
    --_track: var(--toile-risk-track-color, #e0e0e0);
    --_muted: var(--toile-risk-muted-color, #49454f);
    --_border: var(--toile-risk-border-color, #c4c7c5);
    --_gap: var(--toile-risk-gap, 0.75rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3 {
    margin: 0;
    font-size: 1.1em;
  }
  h3 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  [part='summary'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  [part='gauge'] svg {
    display: block;
    width: 10rem;
    height: auto;
  }
  .track {
    stroke: var(--_track);
  }
  .value.low {
    stroke: var(--_low);
  }
  .value.moderate {
    stroke: var(--_moderate);
  }
  .value.high {
    stroke: var(--_high);
  }
  .level {
    font-weight: 700;
    font-size: 1.2em;
  }
  [part='watch'] {
    display: inline-block;
    padding: 0.1em 0.6em;
    border: 2px solid var(--_high);
    border-radius: 1em;
    font-weight: 600;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25rem;
  }
  [part='strengths'] button,
  [part='factors'] button,
  [part='lower'] button {
    display: grid;
    grid-template-columns: 1fr auto;
    width: 100%;
    gap: 0.25rem 1rem;
    text-align: start;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    padding: 0.4rem 0.6rem;
    cursor: pointer;
  }
  [part='strengths'] button[aria-pressed='true'],
  [part='factors'] button[aria-pressed='true'],
  [part='lower'] button[aria-pressed='true'] {
    border-color: currentColor;
    border-width: 2px;
  }
  .pts {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .detail {
    grid-column: 1 / -1;
    font-size: 0.85em;
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: auto auto;
    gap: 0.2rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    margin: 0 0 0.5rem;
  }
  legend {
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .tools {
    display: flex;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  details > summary {
    cursor: pointer;
  }
  [part='error'] {
    border: 2px solid var(--_high);
    border-radius: 0.4rem;
    padding: 0.5rem;
  }
`;
