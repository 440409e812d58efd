// Vue 3 template typings (Volar / vue-tsc): every Toile tag as a global component with its
// properties and events, so `<toile-ecomap :assessment="a" @toile-change="onChange">` type-checks.
// Vue itself must be told the tags are custom elements (`compilerOptions.isCustomElement`).
import type { AllowedComponentProps, EmitFn, PublicProps, VNodeProps } from 'vue';
import type { ToileElements, ToileEventMap } from './element-types.js';

/** A custom element as Vue sees it: its props in templates and its events for `@name`. */
export type ToileVueComponent<T extends keyof ToileElements> =
  new () => ToileElements[T]['element'] & {
    $props: ToileElements[T]['props'] & PublicProps & AllowedComponentProps & VNodeProps;
    $emit: EmitFn<{
      [K in ToileElements[T]['events']]: (event: ToileEventMap[K]) => void;
    }>;
  };

declare module 'vue' {
  interface GlobalComponents {
    'toile-ecomap': ToileVueComponent<'toile-ecomap'>;
    'toile-genogram': ToileVueComponent<'toile-genogram'>;
    'toile-isolation-risk': ToileVueComponent<'toile-isolation-risk'>;
    'toile-profile': ToileVueComponent<'toile-profile'>;
    'toile-interview': ToileVueComponent<'toile-interview'>;
    'toile-caseload': ToileVueComponent<'toile-caseload'>;
    'toile-compare': ToileVueComponent<'toile-compare'>;
    'toile-summary': ToileVueComponent<'toile-summary'>;
  }
}
