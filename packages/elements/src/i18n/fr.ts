import { frCommon } from './fr/common.js';
import { frEcomap } from './fr/ecomap.js';
import { frRisk } from './fr/risk.js';
import { frProfile } from './fr/profile.js';
import { frGenogram } from './fr/genogram.js';
import { frInterview } from './fr/interview.js';
import { frCaseload } from './fr/caseload.js';
import { frCompare } from './fr/compare.js';
import { frSummary } from './fr/summary.js';

/**
 * The French table, the reference: every key of every namespace. Elements do not import this table
 * (it would put every element's strings in every bundle); each registers its own namespace with
 * `registerMessages(frX, enX)` from `translate.ts`. This merged table gives `MessageKey` its keys
 * and lets tests check that English covers French.
 *
 * Adding a namespace (e.g. for <toile-ecomap>):
 *   1. create `fr/ecomap.ts` exporting `frEcomap = { 'ecomap.addTie': 'Ajouter un lien', … } satisfies MessageTable`
 *      (prefix every key with the namespace so files never collide);
 *   2. create `en/ecomap.ts` exporting `enEcomap = { … } satisfies Translation<typeof frEcomap>`;
 *   3. add one spread line here (`...frEcomap,`) and one in `en.ts` (`...enEcomap,`);
 *   4. call `registerMessages(frEcomap, enEcomap)` at the top level of the element's class module.
 * `MessageKey` then includes the new keys and `t('ecomap.addTie')` type-checks.
 */
export const fr = {
  ...frCommon,
  ...frEcomap,
  ...frGenogram,
  ...frRisk,
  ...frProfile,
  ...frInterview,
  ...frCaseload,
  ...frCompare,
  ...frSummary,
};

/** Every message key, derived from the French table. */
export type MessageKey = keyof typeof fr;
