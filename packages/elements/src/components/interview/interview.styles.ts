import { css } from 'lit';

/** Styles of <toile-interview>; visual values go through `--toile-interview-*` properties. */
export const interviewStyles = css`
  :host {
    --_muted: var(--toile-interview-muted-color, #49454f);
    --_border: var(--toile-interview-border-color, #c4c7c5);
    --_accent: var(--toile-interview-accent-color, #0b57d0);
    --_error: var(--toile-interview-error-color, #b3261e);
    --_ok: var(--toile-interview-ok-color, #1b6e2d);
    --_gap: var(--toile-interview-gap, 1rem);
    --_nav-width: var(--toile-interview-nav-width, 13rem);
  }
  h2,
  h3,
  p {
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.25em;
  }
  .h4,
  h3 {
    font-size: 1.05em;
  }
  .muted,
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .hint {
    margin: 0.15rem 0 0;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
  }
  button {
    padding: 0.35rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    background: var(--toile-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  button.link {
    border: none;
    background: none;
    text-decoration: underline;
    color: var(--_accent);
  }
  input,
  select,
  textarea {
    padding: 0.3rem 0.4rem;
    border: 1px solid var(--_muted);
    border-radius: 0.3rem;
    max-width: 100%;
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  [part='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.5rem;
  }
  [part='header'] h2 {
    margin: 0;
  }
  [part='status'] {
    font-size: 0.9em;
    padding: 0.15rem 0.5rem;
    border-radius: 1rem;
    border: 1px solid var(--_border);
  }
  [part='status'][data-state='saved'] {
    color: var(--_ok);
  }
  [part='status'][data-state='error'],
  [part='status'][data-state='offline'] {
    color: var(--_error);
    border-color: var(--_error);
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_nav-width) 1fr;
    gap: var(--_gap);
  }
  @media (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
  }
  [part='steps'] ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  [part='steps'] button {
    width: 100%;
    text-align: start;
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
  }
  [part='steps'] button[aria-current='step'] {
    border-color: var(--_accent);
    box-shadow: inset 0.25rem 0 0 var(--_accent);
    font-weight: 600;
  }
  .count {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .count.complete {
    color: var(--_ok);
  }
  progress {
    width: 100%;
  }
  [part='step'] {
    min-width: 0;
  }
  [part='step'] > h2:focus {
    outline: none;
  }
  [part='step'] > h2:focus-visible {
    outline: var(--_focus-ring);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    margin: 0 0 var(--_gap);
    padding: 0.5rem 0.75rem 0.75rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.75rem;
    margin-bottom: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
    align-content: start;
  }
  .field.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
  }
  .consent h3 {
    margin-top: 0.5rem;
  }
  .gate,
  .fault,
  .placeholder {
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_accent);
    padding: 0.5rem 0.75rem;
    border-radius: 0.3rem;
    margin-bottom: var(--_gap);
  }
  .fault {
    border-inline-start-color: var(--_error);
  }
  .fault-text {
    color: var(--_error);
  }
  .pager {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: var(--_gap);
  }
  .conflict table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0 var(--_gap);
  }
  .conflict th,
  .conflict td {
    border: 1px solid var(--_border);
    padding: 0.35rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .conflict tr.same td {
    color: var(--_muted);
  }
  .records {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .records li {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 0.4rem;
    padding: 0.4rem 0.6rem;
  }
  .plan,
  .notes {
    padding-inline-start: 1.2rem;
  }
  .plan li {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-bottom: 0.5rem;
  }
  form.add {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-bottom: var(--_gap);
  }
  dl.summary {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dl.summary dt {
    font-weight: 600;
  }
  dl.summary dd {
    margin: 0;
  }
  .maps {
    display: grid;
    gap: var(--_gap);
  }
`;
