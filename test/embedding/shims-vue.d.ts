// Lets TypeScript (tsc, not vue-tsc) import the example's single-file component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
