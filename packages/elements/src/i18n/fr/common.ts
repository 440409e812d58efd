import type { MessageTable } from '../types.js';

/** Shared French messages (the reference wording). Keys are prefixed by their namespace. */
export const frCommon = {
  'common.undo': 'Annuler',
  'common.redo': 'Rétablir',
  'common.undone': (p) => `Annulé : ${String(p['label'] ?? '')}`,
  'common.redone': (p) => `Rétabli : ${String(p['label'] ?? '')}`,
  'common.invalid': 'Ces données ne sont pas valides.',
  'common.issueCount': (p) =>
    Number(p['count']) <= 1
      ? `${String(p['count'])} problème trouvé`
      : `${String(p['count'])} problèmes trouvés`,
  'common.empty': 'Aucune évaluation à afficher.',
  'common.close': 'Fermer',
  'common.cancel': 'Annuler',
  'common.delete': 'Supprimer',
  'common.save': 'Enregistrer',
  'common.greeting': { vous: 'Bienvenue chez vous.', tu: 'Bienvenue chez toi.' },
} satisfies MessageTable;
