import { css } from 'lit';

/** Styles of <toile-profile>; visual values go through `--toile-profile-*` properties. */
export const profileStyles = css`
  :host {
    --_muted: var(--toile-profile-muted-color, #49454f);
    --_border: var(--toile-profile-border-color, #c4c7c5);
    --_accent: var(--toile-profile-accent-color, #0b57d0);
    --_watch: var(--toile-profile-watch-color, #b3261e);
    --_gap: var(--toile-profile-gap, 0.75rem);
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3,
  h4 {
    margin: 0;
  }
  h2 {
    font-size: 1.15em;
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
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    font: inherit;
  }
  button[aria-pressed='true'] {
    outline: 2px solid var(--_accent);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35rem;
  }
  li.entry {
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    padding: 0.4rem 0.6rem;
    display: grid;
    gap: 0.25rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    font-size: 0.9em;
  }
  .tag {
    font-size: 0.8em;
    color: var(--_muted);
  }
  form {
    display: flex;
    gap: 0.5rem;
    flex-wrap: wrap;
  }
  form input {
    flex: 1 1 12rem;
    font: inherit;
  }
  dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.2rem 1rem;
    margin: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .watch {
    color: var(--_watch);
    font-weight: 600;
  }
`;
