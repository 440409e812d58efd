import type { Translation } from '../types.js';
import type { frCommon } from '../fr/common.js';

/** Shared English messages; `satisfies Translation<…>` makes a missing or extra key a type error. */
export const enCommon = {
  'common.undo': 'Undo',
  'common.redo': 'Redo',
  'common.undone': (p) => `Undone: ${String(p['label'] ?? '')}`,
  'common.redone': (p) => `Redone: ${String(p['label'] ?? '')}`,
  'common.invalid': 'This data is not valid.',
  'common.issueCount': (p) =>
    Number(p['count']) === 1 ? '1 issue found' : `${String(p['count'])} issues found`,
  'common.empty': 'No assessment to show.',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.save': 'Save',
  'common.greeting': 'Welcome home.',
} satisfies Translation<typeof frCommon>;
