import type { Label } from '@toile/core';

/** The demo shell's own strings (the elements have theirs in @toile/elements). */
export const M = {
  appTitle: { fr: 'Toile — démonstration', en: 'Toile — demo' },
  tagline: {
    fr: 'Entrevues d’accueil des locataires. Les données restent sur cet appareil.',
    en: 'Tenant welcome interviews. Data stays on this device.',
  },
  switchLang: { fr: 'English', en: 'Français' },
  switchLangLabel: { fr: 'Passer à l’anglais', en: 'Switch to French' },
  listTitle: { fr: 'Évaluations sur cet appareil', en: 'Assessments on this device' },
  empty: {
    fr: 'Aucune évaluation pour l’instant. Créez-en une ou chargez les personas de démonstration.',
    en: 'No assessment yet. Create one or load the demo personas.',
  },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  createTitle: { fr: 'Nouvelle évaluation', en: 'New assessment' },
  tenantName: { fr: 'Nom ou pseudonyme du ou de la locataire', en: 'Tenant’s name or pseudonym' },
  tenantNameHint: {
    fr: 'Un pseudonyme suffit; évitez les renseignements identifiants inutiles.',
    en: 'A pseudonym is enough; avoid needless identifying details.',
  },
  tenure: { fr: 'Mode d’occupation', en: 'Tenure' },
  create: { fr: 'Créer', en: 'Create' },
  actions: { fr: 'Données', en: 'Data' },
  exportAll: { fr: 'Tout exporter (JSON)', en: 'Export all (JSON)' },
  importFile: { fr: 'Importer un fichier…', en: 'Import a file…' },
  loadPersonas: { fr: 'Charger les personas de démonstration', en: 'Load the demo personas' },
  open: { fr: 'Ouvrir', en: 'Open' },
  delete: { fr: 'Supprimer', en: 'Delete' },
  cancel: { fr: 'Annuler', en: 'Cancel' },
  back: { fr: 'Retour à la liste', en: 'Back to the list' },
  updated: { fr: 'Modifiée le', en: 'Updated' },
  created: { fr: 'Créée le', en: 'Created' },
  unreadable: { fr: 'Illisible (conservée telle quelle)', en: 'Unreadable (kept as is)' },
  locked: { fr: 'Verrouillée', en: 'Locked' },
  summaryTitle: { fr: 'Locataire', en: 'Tenant' },
  languages: { fr: 'Langues', en: 'Languages' },
  address: { fr: 'Forme d’adresse', en: 'Form of address' },
  vous: { fr: 'Vouvoiement (vous)', en: 'Formal (vous)' },
  tu: { fr: 'Tutoiement (tu)', en: 'Informal (tu)' },
  people: { fr: 'Personnes et ressources au registre', en: 'People and systems in the registry' },
  ties: { fr: 'Liens à l’écocarte', en: 'Ecomap ties' },
  genogram: { fr: 'Personnes au génogramme', en: 'People on the genogram' },
  viewsTitle: { fr: 'Vues', en: 'Views' },
  noViews: {
    fr: 'Aucune vue n’est encore branchée (écocarte, génogramme, risque, profil à venir).',
    en: 'No view is plugged in yet (ecomap, genogram, risk, profile to come).',
  },
  deleteTitle: { fr: 'Supprimer cette évaluation?', en: 'Delete this assessment?' },
  deleteBody: {
    fr: 'L’évaluation sera retirée de cet appareil. Exportez-la d’abord si vous voulez la garder.',
    en: 'The assessment will be removed from this device. Export it first if you want to keep it.',
  },
  issuesTitle: { fr: 'Le fichier n’a pas été importé', en: 'The file was not imported' },
  issuesIntro: {
    fr: 'Rien n’a été modifié. Problèmes trouvés :',
    en: 'Nothing was changed. Issues found:',
  },
  errorTitle: { fr: 'Erreur', en: 'Error' },
  dismiss: { fr: 'Fermer le message', en: 'Dismiss the message' },
  notFound: { fr: 'Cette évaluation est introuvable.', en: 'This assessment was not found.' },
} satisfies Record<string, Label>;

/** Messages with parameters. */
export const P = {
  imported: (written: number, skipped: number): Label => ({
    fr: `${String(written)} évaluation(s) importée(s), ${String(skipped)} déjà à jour.`,
    en: `${String(written)} assessment(s) imported, ${String(skipped)} already up to date.`,
  }),
  created: (name: string): Label => ({
    fr: `Évaluation créée pour ${name}.`,
    en: `Assessment created for ${name}.`,
  }),
  deleted: (name: string): Label => ({
    fr: `Évaluation de ${name} supprimée.`,
    en: `Assessment of ${name} deleted.`,
  }),
  exported: (count: number, file: string): Label => ({
    fr: `${String(count)} évaluation(s) exportée(s) dans ${file}.`,
    en: `${String(count)} assessment(s) exported to ${file}.`,
  }),
  issueCount: (n: number): Label => ({
    fr: n === 1 ? '1 problème' : `${String(n)} problèmes`,
    en: n === 1 ? '1 issue' : `${String(n)} issues`,
  }),
  openNamed: (name: string): Label => ({ fr: `Ouvrir ${name}`, en: `Open ${name}` }),
  deleteNamed: (name: string): Label => ({ fr: `Supprimer ${name}`, en: `Delete ${name}` }),
};
