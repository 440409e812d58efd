// JSX typings for React 19 (which sets properties on custom elements and listens to custom events
// through `on<event-name>` props, e.g. `ontoile-change`). Opt in from the host's tsconfig
// (`"types"`/`"include"`) or with `/// <reference path=".../frameworks/jsx.d.ts" />`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ToileElements, ToileEventMap } from './element-types.js';

/** `ontoile-change`, `ontoile-error`…: React 19 adds these as event listeners on the element. */
type ToileJsxEvents<N extends keyof ToileEventMap> = {
  [K in N as `on${K}`]?: (event: ToileEventMap[K]) => void;
};

/** The JSX props of one Toile tag: its properties, its events and React's HTML attributes. */
export type ToileJsxProps<T extends keyof ToileElements> = DetailedHTMLProps<
  HTMLAttributes<ToileElements[T]['element']>,
  ToileElements[T]['element']
> &
  ToileElements[T]['props'] &
  ToileJsxEvents<ToileElements[T]['events']> & { lang?: string };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'toile-ecomap': ToileJsxProps<'toile-ecomap'>;
      'toile-genogram': ToileJsxProps<'toile-genogram'>;
      'toile-isolation-risk': ToileJsxProps<'toile-isolation-risk'>;
      'toile-profile': ToileJsxProps<'toile-profile'>;
      'toile-interview': ToileJsxProps<'toile-interview'>;
      'toile-caseload': ToileJsxProps<'toile-caseload'>;
      'toile-compare': ToileJsxProps<'toile-compare'>;
      'toile-summary': ToileJsxProps<'toile-summary'>;
    }
  }
}
