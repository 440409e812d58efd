import type { Label } from '@toile/core';

/** The « Protection des données » panel's strings (French first, English second). */
export const PM = {
  open: { fr: 'Protection des données', en: 'Data protection' },
  title: { fr: 'Protection des données et confidentialité', en: 'Data protection and privacy' },
  intro: {
    fr: 'Les données restent sur cet appareil, dans l’espace « {ns} ». Chiffrez-les si le poste est partagé.',
    en: 'Data stays on this device, in the “{ns}” namespace. Encrypt it if the workstation is shared.',
  },
  stateNone: { fr: 'Non chiffré', en: 'Not encrypted' },
  stateLocked: { fr: 'Verrouillé', en: 'Locked' },
  stateUnlocked: { fr: 'Déverrouillé', en: 'Unlocked' },
  stateLabel: { fr: 'État de la protection :', en: 'Protection state:' },
  lockNow: { fr: 'Verrouiller', en: 'Lock' },
  unlockShort: { fr: 'Déverrouiller…', en: 'Unlock…' },
  back: { fr: '← Retour à la liste', en: '← Back to the list' },

  setupTitle: { fr: 'Chiffrer les données de cet espace', en: 'Encrypt this namespace’s data' },
  setupIntro: {
    fr: 'Une phrase de passe protège toutes les évaluations de cet espace, noms compris. L’organisme décide qui la connaît.',
    en: 'One passphrase protects every assessment of this namespace, names included. The organization decides who knows it.',
  },
  warning: {
    fr: 'Important : sans la phrase de passe ni la clé de récupération, les données ne peuvent pas être récupérées, par personne. Il n’y a ni porte dérobée ni réinitialisation.',
    en: 'Important: without the passphrase or the recovery key, the data cannot be recovered by anyone. There is no back door and no reset.',
  },
  passphrase: { fr: 'Phrase de passe', en: 'Passphrase' },
  passphraseHint: {
    fr: '8 caractères au moins; préférez une courte phrase de plusieurs mots.',
    en: 'At least 8 characters; prefer a short sentence of several words.',
  },
  passphraseAgain: { fr: 'Phrase de passe, encore une fois', en: 'Passphrase, once more' },
  mismatch: {
    fr: 'Les deux phrases de passe ne sont pas identiques.',
    en: 'The two passphrases are not the same.',
  },
  understood: {
    fr: 'J’ai compris : sans la phrase de passe ni la clé de récupération, les données sont perdues.',
    en: 'I understand: without the passphrase or the recovery key, the data is lost.',
  },
  setup: { fr: 'Chiffrer les données', en: 'Encrypt the data' },
  working: { fr: 'Un instant…', en: 'One moment…' },
  strengthLabel: { fr: 'Robustesse :', en: 'Strength:' },
  strength: {
    empty: { fr: '—', en: '—' },
    short: { fr: 'trop courte (8 caractères au moins)', en: 'too short (at least 8 characters)' },
    weak: {
      fr: 'faible : ajoutez des mots',
      en: 'weak: add words',
    },
    fair: { fr: 'moyenne', en: 'fair' },
    good: { fr: 'bonne', en: 'good' },
    strong: { fr: 'très bonne', en: 'strong' },
  },

  recoveryTitle: { fr: 'Votre clé de récupération', en: 'Your recovery key' },
  recoveryIntro: {
    fr: 'Elle n’est montrée qu’une seule fois. Imprimez-la ou recopiez-la, et rangez-la loin du poste. Elle ouvre les données si la phrase de passe est oubliée.',
    en: 'It is shown only once. Print it or copy it down, and keep it away from the workstation. It opens the data if the passphrase is forgotten.',
  },
  print: { fr: 'Imprimer la clé', en: 'Print the key' },
  recoveryDone: {
    fr: 'Je l’ai imprimée ou recopiée',
    en: 'I have printed or copied it',
  },
  sheetTitle: {
    fr: 'Toile — clé de récupération',
    en: 'Toile — recovery key',
  },
  sheetNamespace: { fr: 'Espace de noms', en: 'Namespace' },
  sheetDate: { fr: 'Créée le', en: 'Created on' },
  sheetBody: {
    fr: 'Cette clé ouvre les données chiffrées de cet espace si la phrase de passe est oubliée. Gardez-la sous clé, loin du poste. Quiconque la détient peut lire les données.',
    en: 'This key opens this namespace’s encrypted data if the passphrase is forgotten. Keep it locked away, apart from the workstation. Whoever holds it can read the data.',
  },

  unlockTitle: { fr: 'Déverrouiller', en: 'Unlock' },
  unlockIntro: {
    fr: 'Les données sont chiffrées et verrouillées : la liste ne montre que des identifiants et des dates.',
    en: 'The data is encrypted and locked: the list shows only ids and dates.',
  },
  unlock: { fr: 'Déverrouiller', en: 'Unlock' },
  recoveryKey: { fr: 'Clé de récupération', en: 'Recovery key' },
  useRecovery: { fr: 'Utiliser la clé de récupération', en: 'Use the recovery key' },
  usePassphrase: { fr: 'Utiliser la phrase de passe', en: 'Use the passphrase' },
  nothingDestroyed: {
    fr: 'Rien n’a été modifié ni détruit.',
    en: 'Nothing was changed or destroyed.',
  },

  changeTitle: { fr: 'Changer la phrase de passe', en: 'Change the passphrase' },
  currentPassphrase: { fr: 'Phrase de passe actuelle', en: 'Current passphrase' },
  newPassphrase: { fr: 'Nouvelle phrase de passe', en: 'New passphrase' },
  newPassphraseAgain: {
    fr: 'Nouvelle phrase de passe, encore une fois',
    en: 'New passphrase, once more',
  },
  change: { fr: 'Changer la phrase de passe', en: 'Change the passphrase' },
  changed: {
    fr: 'Phrase de passe changée. La clé de récupération reste la même.',
    en: 'Passphrase changed. The recovery key stays the same.',
  },

  autoLockTitle: { fr: 'Verrouillage automatique', en: 'Auto-lock' },
  autoLockMinutes: {
    fr: 'Verrouiller après ce nombre de minutes sans activité (0 : jamais)',
    en: 'Lock after this many minutes without activity (0: never)',
  },
  autoLockHint: {
    fr: 'Toute saisie compte comme activité. Réglage gardé pour cet onglet seulement.',
    en: 'Any input counts as activity. The setting is kept for this tab only.',
  },
  autoLockApply: { fr: 'Appliquer', en: 'Apply' },

  exportTitle: { fr: 'Exporter', en: 'Export' },
  exportIntro: {
    fr: 'Un espace chiffré s’exporte chiffré : le fichier ne s’ouvre qu’avec la phrase de passe ou la clé de récupération de cet espace.',
    en: 'An encrypted namespace exports encrypted: the file opens only with this namespace’s passphrase or recovery key.',
  },
  consentFiltered: {
    fr: 'Respecter le consentement : retirer les sections que la personne n’a pas consenti à partager',
    en: 'Follow consent: leave out the sections the person did not consent to share',
  },
  consentNeedsUnlock: {
    fr: 'Le filtrage par consentement demande de déverrouiller (il faut lire les dossiers).',
    en: 'Consent filtering needs the data unlocked (records must be read).',
  },
  exportEncrypted: { fr: 'Exporter (chiffré)', en: 'Export (encrypted)' },
  exportJson: { fr: 'Exporter (JSON)', en: 'Export (JSON)' },
  exportPlain: { fr: 'Exporter en clair…', en: 'Export in clear…' },
  plainTitle: { fr: 'Exporter en clair?', en: 'Export in clear?' },
  plainBody: {
    fr: 'Le fichier contiendra les noms, notes et renseignements de santé sans chiffrement. Quiconque obtient le fichier peut le lire. Ne le gardez pas sur un poste partagé.',
    en: 'The file will hold names, notes and health information without encryption. Anyone who gets the file can read it. Do not keep it on a shared workstation.',
  },
  plainConfirm: { fr: 'Exporter en clair', en: 'Export in clear' },

  retentionTitle: { fr: 'Dossiers à réviser', en: 'Records to review' },
  retentionIntro: {
    fr: 'Dossiers dont la date de conservation est passée (avant le {today}). Détruisez-les quand les fins sont atteintes.',
    en: 'Records whose retention date has passed (before {today}). Destroy them once their purposes are met.',
  },
  retentionNone: {
    fr: 'Aucun dossier n’a dépassé sa date de conservation.',
    en: 'No record is past its retention date.',
  },
  retainedUntil: { fr: 'Conserver jusqu’au', en: 'Retain until' },
  destroy: { fr: 'Détruire…', en: 'Destroy…' },
  destroyTitle: { fr: 'Détruire ce dossier?', en: 'Destroy this record?' },
  destroyBody: {
    fr: 'Le dossier sera détruit sur cet appareil et ne pourra pas être récupéré. Exportez-le d’abord s’il doit être versé ailleurs.',
    en: 'The record will be destroyed on this device and cannot be recovered. Export it first if it must be filed elsewhere.',
  },
  destroyConfirm: { fr: 'Détruire définitivement', en: 'Destroy permanently' },
  cancel: { fr: 'Annuler', en: 'Cancel' },

  destroyAllTitle: {
    fr: 'Détruire toutes les données de cet espace',
    en: 'Destroy all data of this namespace',
  },
  destroyAllIntro: {
    fr: 'Efface toutes les évaluations, les clés et la base « {db} » de cet appareil, et rien d’autre. Irréversible.',
    en: 'Erases every assessment, the keys and the “{db}” database from this device, and nothing else. Cannot be undone.',
  },
  destroyAllOpen: { fr: 'Détruire toutes les données…', en: 'Destroy all data…' },
  destroyAllDialogTitle: {
    fr: 'Détruire toutes les données de l’espace?',
    en: 'Destroy all data of the namespace?',
  },
  destroyAllType: {
    fr: 'Pour confirmer, tapez le nom de l’espace :',
    en: 'To confirm, type the namespace name:',
  },
  destroyAllConfirm: { fr: 'Tout détruire', en: 'Destroy everything' },
  destroyAllMismatch: {
    fr: 'Le nom tapé ne correspond pas.',
    en: 'The name typed does not match.',
  },
  destroyedAll: {
    fr: 'Toutes les données de l’espace « {ns} » ont été détruites sur cet appareil.',
    en: 'All data of the “{ns}” namespace was destroyed on this device.',
  },
  startAgain: { fr: 'Recommencer avec un espace vide', en: 'Start again with an empty namespace' },
  notSupported: {
    fr: 'Ce magasin ne gère pas le chiffrement ni la conservation.',
    en: 'This store does not handle encryption or retention.',
  },
  lockedReason: {
    manual: { fr: 'Verrouillé.', en: 'Locked.' },
    inactivity: {
      fr: 'Verrouillé après une période d’inactivité.',
      en: 'Locked after a period of inactivity.',
    },
    'other-tab': { fr: 'Verrouillé depuis un autre onglet.', en: 'Locked from another tab.' },
    'keys-changed': {
      fr: 'Verrouillé : les clés ont changé dans un autre onglet.',
      en: 'Locked: the keys changed in another tab.',
    },
    destroyed: {
      fr: 'Verrouillé : l’espace a été détruit.',
      en: 'Locked: the namespace was destroyed.',
    },
  },
  unlocked: { fr: 'Données déverrouillées.', en: 'Data unlocked.' },
} as const;

/** Messages with parameters. */
export const PP = {
  encrypted: (n: number): Label => ({
    fr: `Chiffrement en place : ${String(n)} évaluation(s) chiffrée(s).`,
    en: `Encryption set up: ${String(n)} assessment(s) encrypted.`,
  }),
  destroyed: (n: number): Label => ({
    fr: `${String(n)} dossier(s) détruit(s).`,
    en: `${String(n)} record(s) destroyed.`,
  }),
  exported: (n: number, file: string, kind: 'encrypted' | 'plain' | 'json'): Label => ({
    fr: `${String(n)} évaluation(s) exportée(s) dans ${file}${kind === 'encrypted' ? ' (chiffré)' : kind === 'plain' ? ' (en clair)' : ''}.`,
    en: `${String(n)} assessment(s) exported to ${file}${kind === 'encrypted' ? ' (encrypted)' : kind === 'plain' ? ' (in clear)' : ''}.`,
  }),
  autoLock: (minutes: number, later: boolean): Label => ({
    fr:
      minutes === 0
        ? `Verrouillage automatique désactivé${later ? ' au prochain verrouillage' : ''}.`
        : `Verrouillage automatique après ${String(minutes)} min${later ? ', à partir du prochain déverrouillage' : ''}.`,
    en:
      minutes === 0
        ? `Auto-lock turned off${later ? ' from the next lock' : ''}.`
        : `Auto-lock after ${String(minutes)} min${later ? ', from the next unlock' : ''}.`,
  }),
  failed: (n: number): Label => ({
    fr: `Essais manqués : ${String(n)}.`,
    en: `Failed attempts: ${String(n)}.`,
  }),
};

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
