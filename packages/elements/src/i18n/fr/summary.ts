import type { MessageTable } from '../types.js';

/** French messages of <toile-summary>. */
export const frSummary = {
  'summary.print': 'Imprimer',
  'summary.printNamed': (p) => `Imprimer : ${String(p['title'])}`,
  'summary.download': 'Télécharger le dossier (JSON)',
  'summary.downloadReferral': 'Télécharger les données partageables (JSON)',
  'summary.downloaded': (p) => `Fichier enregistré : ${String(p['name'])}`,
  'summary.printed': 'Impression lancée.',
  'summary.toolbar': 'Actions du résumé',
} satisfies MessageTable;
