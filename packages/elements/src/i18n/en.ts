import type { Message } from './types.js';
import type { MessageKey } from './fr.js';
import { enCommon } from './en/common.js';
import { enEcomap } from './en/ecomap.js';
import { enRisk } from './en/risk.js';
import { enProfile } from './en/profile.js';
import { enGenogram } from './en/genogram.js';
import { enInterview } from './en/interview.js';
import { enCaseload } from './en/caseload.js';
import { enCompare } from './en/compare.js';
import { enSummary } from './en/summary.js';

/**
 * The English table: one spread per namespace (see `fr.ts` for how to add one). Typed as partial so
 * a namespace not translated yet still builds; a missing key falls back to French at run time.
 */
export const en: Partial<Record<MessageKey, Message>> = {
  ...enCommon,
  ...enEcomap,
  ...enGenogram,
  ...enRisk,
  ...enProfile,
  ...enInterview,
  ...enCaseload,
  ...enCompare,
  ...enSummary,
};
