import type { Message } from './types.js';
import type { MessageKey } from './fr.js';
import { enCommon } from './en/common.js';

/**
 * The English table: one spread per namespace (see `fr.ts` for how to add one). Typed as partial so
 * a namespace not translated yet still builds; a missing key falls back to French at run time.
 */
export const en: Partial<Record<MessageKey, Message>> = {
  ...enCommon,
};
