import { css } from 'lit';

/**
 * Styles every Toile element starts from. They sit in `@layer toile` (cascade layers work in
 * adopted stylesheets and in Lit's <style> fallback), so an element's own unlayered rules always
 * override them. Page styles reach elements only through `--toile-*` properties and `::part`.
 */
export const hostStyles = css`
  @layer toile {
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--toile-font-family, system-ui, sans-serif);
      font-size: var(--toile-font-size, 1rem);
      line-height: var(--toile-line-height, 1.4);
      color: var(--toile-color-text, #1d1b20);
      background: var(--toile-color-surface, transparent);
      --_focus-ring: var(--toile-focus-ring-width, 3px) solid var(--toile-focus-ring-color, #0b57d0);
    }

    :host([hidden]) {
      display: none;
    }

    /* A direct value, not "inherit": inheriting ties every node's style to its parent's, and on
       large SVG drawings that made each edit restyle whole subtrees (measured on the genogram:
       0.5 ms without, 5 to 60 ms with, for 150 persons). */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }

    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }

    :focus-visible {
      outline: var(--_focus-ring);
      outline-offset: var(--toile-focus-ring-offset, 2px);
    }

    @media (forced-colors: active) {
      :focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
