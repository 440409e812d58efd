import type { Label } from './types.js';

/** French and English labels of the fixed enumerations of the record (vocabularies have their own). */
export const ENUM_LABELS = {
  sex: {
    female: { fr: 'Femme', en: 'Female' },
    male: { fr: 'Homme', en: 'Male' },
    intersex: { fr: 'Intersexe', en: 'Intersex' },
    unknown: { fr: 'Inconnu', en: 'Unknown' },
  },
  frequency: {
    not_at_all: { fr: 'Pas du tout', en: 'Not at all' },
    sometimes: { fr: 'Quelques fois', en: 'Sometimes' },
    often: { fr: 'Souvent', en: 'Often' },
    very_often: { fr: 'Très souvent', en: 'Very often' },
  },
  tristate: {
    yes: { fr: 'Oui', en: 'Yes' },
    no: { fr: 'Non', en: 'No' },
    unknown: { fr: 'Ne sait pas', en: "Don't know" },
  },
  proximity: {
    same_household: { fr: 'Même logement', en: 'Same home' },
    same_building: { fr: 'Même immeuble', en: 'Same building' },
    neighbourhood: { fr: 'Quartier', en: 'Neighbourhood' },
    region: { fr: 'Région', en: 'Region' },
    quebec: { fr: 'Ailleurs au Québec', en: 'Elsewhere in Quebec' },
    canada: { fr: 'Ailleurs au Canada', en: 'Elsewhere in Canada' },
    abroad: { fr: "À l'étranger", en: 'Abroad' },
  },
  strength: {
    strong: { fr: 'Fort', en: 'Strong' },
    moderate: { fr: 'Moyen', en: 'Moderate' },
    tenuous: { fr: 'Ténu', en: 'Tenuous' },
  },
  flow: {
    toward_person: { fr: 'Vers la personne', en: 'Toward the person' },
    from_person: { fr: 'De la personne', en: 'From the person' },
    both: { fr: 'Réciproque', en: 'Both ways' },
    none: { fr: 'Aucun échange', en: 'No exchange' },
  },
  supportType: {
    emotional: { fr: 'Émotionnel', en: 'Emotional' },
    practical: { fr: 'Pratique', en: 'Practical' },
    informational: { fr: 'Information', en: 'Informational' },
    social: { fr: 'Social', en: 'Social' },
    linking: { fr: 'Mise en lien', en: 'Linking' },
  },
  season: {
    all_year: { fr: "Toute l'année", en: 'All year' },
    summer: { fr: "L'été seulement", en: 'Summer only' },
    winter: { fr: "L'hiver seulement", en: 'Winter only' },
  },
  unionStatus: {
    active: { fr: 'En cours', en: 'Active' },
    separated: { fr: 'Séparation', en: 'Separated' },
    divorced: { fr: 'Divorce', en: 'Divorced' },
    widowed: { fr: 'Veuvage', en: 'Widowed' },
    ended: { fr: 'Terminée', en: 'Ended' },
  },
  parentChildKind: {
    biological: { fr: 'Biologique', en: 'Biological' },
    adoptive: { fr: 'Adoption', en: 'Adoptive' },
    foster: { fr: "Famille d'accueil", en: 'Foster' },
    step: { fr: 'Recomposée (beau-parent)', en: 'Step' },
    kinship: { fr: 'Confié·e à la famille', en: 'Kinship care' },
  },
  zygosity: {
    MZ: { fr: 'Jumeaux identiques', en: 'Identical twins' },
    DZ: { fr: 'Jumeaux non identiques', en: 'Fraternal twins' },
    unknown: { fr: 'Naissance multiple', en: 'Multiple birth' },
  },
  pregnancyOutcome: {
    ongoing: { fr: 'Grossesse', en: 'Pregnancy' },
    miscarriage: { fr: 'Fausse couche', en: 'Miscarriage' },
    stillbirth: { fr: 'Mortinaissance', en: 'Stillbirth' },
    termination: { fr: 'Interruption de grossesse', en: 'Termination' },
  },
  tenure: {
    hlm: { fr: "Office d'habitation (HLM)", en: 'Housing office (HLM)' },
    osbl: { fr: "OSBL d'habitation", en: 'Non-profit housing (OSBL)' },
    coop: { fr: "Coopérative d'habitation", en: 'Housing co-op' },
    other: { fr: 'Autre', en: 'Other' },
  },
  consentSection: {
    genogram: { fr: 'Génogramme', en: 'Genogram' },
    ecomap: { fr: 'Écocarte', en: 'Ecomap' },
    health: { fr: 'Santé', en: 'Health' },
    identity: { fr: 'Identité', en: 'Identity' },
    sharing: { fr: 'Partage', en: 'Sharing' },
  },
} as const satisfies Record<string, Record<string, Label>>;

/** Picks the French or English text of a label; French is the fallback for any other language. */
export function pickLabel(label: Label, lang: string): string {
  return lang.toLowerCase().startsWith('en') ? label.en : label.fr;
}
