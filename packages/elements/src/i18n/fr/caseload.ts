import type { MessageTable } from '../types.js';

/** French messages of <toile-caseload>. */
export const frCaseload = {
  'caseload.title': 'Suivi des évaluations',
  'caseload.caption': (p) =>
    `${String(p['count'])} évaluation${Number(p['count']) > 1 ? 's' : ''} affichée${Number(p['count']) > 1 ? 's' : ''}`,
  'caseload.filter': 'Afficher',
  'caseload.filter.all': 'Toutes',
  'caseload.filter.due': 'À réévaluer',
  'caseload.filter.watch': 'À surveiller',
  'caseload.col.name': 'Locataire',
  'caseload.col.date': 'Entrevue',
  'caseload.col.level': 'Risque d’isolement',
  'caseload.col.watch': 'Suivi',
  'caseload.col.reassess': 'À réévaluer le',
  'caseload.col.actions': 'Actions',
  'caseload.sortBy': (p) => `Trier par ${String(p['column'])}`,
  'caseload.watch': 'à surveiller',
  'caseload.due': 'échue',
  'caseload.reassessed': 'réévaluée',
  'caseload.open': 'Ouvrir',
  'caseload.openNamed': (p) => `Ouvrir l’évaluation de ${String(p['name'])}`,
  'caseload.reassess': 'Réévaluer',
  'caseload.reassessNamed': (p) => `Réévaluer ${String(p['name'])}`,
  'caseload.compare': 'Comparer',
  'caseload.compareNamed': (p) =>
    `Comparer l’évaluation de ${String(p['name'])} avec la précédente`,
  'caseload.closeCompare': 'Fermer la comparaison',
  'caseload.empty': 'Aucune évaluation.',
  'caseload.emptyFilter': 'Aucune évaluation ne correspond à ce filtre.',
  'caseload.loading': 'Chargement…',
  'caseload.locked':
    'Les dossiers sont verrouillés : seuls les identifiants et les dates sont affichés.',
  'caseload.lockedName': 'Verrouillé',
  'caseload.invalid': 'Illisible',
  'caseload.noStore': 'Aucun magasin : donnez la propriété « store » ou l’attribut « namespace ».',
  'caseload.started': (p) => `Réévaluation commencée pour ${String(p['name'])}.`,
  'caseload.import': 'Importer un dossier (JSON)…',
  'caseload.imported': (p) => `Dossier importé : ${String(p['name'])}.`,
  'caseload.importIssues': 'Ce dossier n’a pas été importé :',
  'caseload.error': 'Erreur :',
} satisfies MessageTable;
