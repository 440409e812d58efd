// Compile-only checks of the Vue template typings (GlobalComponents), as vue-tsc would see them.
import type { GlobalComponents } from 'vue';

type EcomapProps = InstanceType<GlobalComponents['toile-ecomap']>['$props'];
export const ok: EcomapProps = { readonly: true, highlight: ['a'], assessment: {} };
// @ts-expect-error readonly is a boolean
export const bad: EcomapProps = { readonly: 'yes' };
