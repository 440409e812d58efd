import { z } from '../zod.js';
import { idSchema } from '../schemas/common.js';
import { labelSchema, type Label } from '../vocabulary/types.js';
import { toIssues, type ValidationIssue } from '../validation/issues.js';

/** Kinds of local resources people are referred to (domain.md §4.6). */
export const RESOURCE_TYPES: Readonly<Record<string, Label>> = {
  food_bank: { fr: 'Banque alimentaire', en: 'Food bank' },
  collective_kitchen: { fr: 'Cuisine collective', en: 'Collective kitchen' },
  meals_on_wheels: { fr: 'Popote roulante', en: 'Meals on wheels' },
  community_garden: { fr: 'Jardin communautaire', en: 'Community garden' },
  clsc_home_support: { fr: 'CLSC, soutien à domicile', en: 'CLSC home support' },
  clsc_psychosocial: { fr: 'CLSC, accueil psychosocial', en: 'CLSC psychosocial intake' },
  housing_adaptation: {
    fr: 'Programme d’adaptation du logement',
    en: 'Housing adaptation program',
  },
  caregiver_support: { fr: 'Soutien aux proches aidants', en: 'Caregiver support' },
  self_help_group: { fr: 'Groupe d’entraide', en: 'Self-help group' },
  listening_line: { fr: 'Ligne d’écoute', en: 'Listening line' },
  peer_support: { fr: 'Pairs aidants', en: 'Peer support' },
  peer_pairing: { fr: 'Jumelage', en: 'Peer pairing' },
  senior_watch: { fr: 'Programme de vigie pour aîné·es', en: 'Senior watch program' },
  friendly_visits: { fr: 'Visites et appels d’amitié', en: 'Friendly visits and calls' },
  budget_workshop: { fr: 'Atelier de budget', en: 'Budget workshop' },
  tax_clinic: { fr: 'Clinique d’impôts', en: 'Tax clinic' },
  digital_workshop: { fr: 'Atelier numérique', en: 'Digital workshop' },
  mediation: { fr: 'Médiation', en: 'Mediation' },
  alternative_justice: { fr: 'Justice alternative', en: 'Alternative justice' },
  indigenous_services: { fr: 'Services autochtones', en: 'Indigenous services' },
  language_support: {
    fr: 'Soutien linguistique et interprétariat',
    en: 'Language support and interpreting',
  },
  cultural_activity: {
    fr: 'Activité culturelle ou repas partagé',
    en: 'Cultural activity or shared meal',
  },
  transport: { fr: 'Transport accompagné ou adapté', en: 'Accompanied or adapted transport' },
  tenant_committee: { fr: 'Comité de locataires', en: 'Tenant committee' },
  leisure_activity: { fr: 'Activité de loisir', en: 'Leisure activity' },
  family_house: { fr: 'Maison de la famille', en: 'Family centre' },
  school_liaison: { fr: 'Liaison école-famille', en: 'School liaison' },
};

/** One local resource: a food bank, a CLSC contact... filled in by the organization. */
export const resourceSchema = z.strictObject({
  id: idSchema,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** A resource type id (see `RESOURCE_TYPES`; an organization may use its own ids). */
  types: z.array(idSchema).check(z.minLength(1)),
  description: z.optional(labelSchema),
  contactPerson: z.optional(z.string().check(z.maxLength(200))),
  phone: z.optional(z.string().check(z.maxLength(60))),
  address: z.optional(z.string().check(z.maxLength(300))),
  hours: z.optional(z.string().check(z.maxLength(200))),
  /** True for the fictional entries of the example directory. */
  example: z.optional(z.boolean()),
});
export type Resource = z.infer<typeof resourceSchema>;

/** A local resource directory (domain.md §4.6: each region lists its partners with contact persons, 002:L2674-2690). */
export const resourceDirectorySchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** True when the whole directory is fictional (the demo's). */
  example: z.optional(z.boolean()),
  resources: z.array(resourceSchema),
});
export type ResourceDirectory = z.infer<typeof resourceDirectorySchema>;

/**
 * An EXAMPLE directory of FICTIONAL resources for the demo: names, people and numbers are made up
 * (555 numbers). An organization replaces it with its own directory.
 */
export const EXAMPLE_RESOURCE_DIRECTORY: ResourceDirectory = {
  name: 'Répertoire d’exemple — ressources FICTIVES / Example directory — FICTIONAL resources',
  example: true,
  resources: [
    {
      id: 'ex-banque',
      name: 'Comptoir alimentaire des Quatre-Vents (exemple fictif)',
      types: ['food_bank'],
      phone: '555-0101',
      example: true,
    },
    {
      id: 'ex-cuisine',
      name: 'Cuisine collective La Marmite (exemple fictif)',
      types: ['collective_kitchen', 'cultural_activity'],
      phone: '555-0102',
      example: true,
    },
    {
      id: 'ex-popote',
      name: 'Popote roulante du quartier (exemple fictif)',
      types: ['meals_on_wheels'],
      phone: '555-0103',
      example: true,
    },
    {
      id: 'ex-clsc',
      name: 'CLSC fictif, soutien à domicile',
      types: ['clsc_home_support', 'clsc_psychosocial'],
      contactPerson: 'Accueil (exemple)',
      phone: '555-0104',
      example: true,
    },
    {
      id: 'ex-entraide',
      name: 'Groupe d’entraide Le Phare (exemple fictif)',
      types: ['self_help_group', 'peer_support'],
      phone: '555-0105',
      example: true,
    },
    {
      id: 'ex-ecoute',
      name: 'Ligne d’écoute fictive',
      types: ['listening_line'],
      phone: '555-0106',
      example: true,
    },
    {
      id: 'ex-amitie',
      name: 'Appels d’amitié Les Voisins (exemple fictif)',
      types: ['friendly_visits', 'senior_watch', 'peer_pairing'],
      phone: '555-0107',
      example: true,
    },
    {
      id: 'ex-budget',
      name: 'ACEF fictive, atelier de budget et clinique d’impôts',
      types: ['budget_workshop', 'tax_clinic'],
      phone: '555-0108',
      example: true,
    },
    {
      id: 'ex-numerique',
      name: 'Bibliothèque fictive, ateliers numériques',
      types: ['digital_workshop'],
      phone: '555-0109',
      example: true,
    },
    {
      id: 'ex-mediation',
      name: 'Médiation citoyenne fictive',
      types: ['mediation', 'alternative_justice'],
      phone: '555-0110',
      example: true,
    },
    {
      id: 'ex-transport',
      name: 'Transport accompagné fictif',
      types: ['transport'],
      phone: '555-0111',
      example: true,
    },
    {
      id: 'ex-loisirs',
      name: 'Club de loisirs de l’immeuble (exemple fictif)',
      types: ['leisure_activity', 'tenant_committee'],
      example: true,
    },
    {
      id: 'ex-accueil',
      name: 'Centre d’accueil des nouveaux arrivants (exemple fictif)',
      types: ['language_support', 'cultural_activity'],
      phone: '555-0112',
      example: true,
    },
    {
      id: 'ex-autochtone',
      name: 'Centre d’amitié autochtone fictif',
      types: ['indigenous_services'],
      phone: '555-0113',
      example: true,
    },
    {
      id: 'ex-aidants',
      name: 'Regroupement fictif des proches aidants',
      types: ['caregiver_support'],
      phone: '555-0114',
      example: true,
    },
  ],
};

/** The outcome of validating a resource directory. */
export type ResourceDirectoryResult =
  | { readonly ok: true; readonly value: ResourceDirectory }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Validates a directory; the example directory when none is given. Never throws. */
export function resolveResourceDirectory(input?: unknown): ResourceDirectoryResult {
  if (input === undefined || input === null) return { ok: true, value: EXAMPLE_RESOURCE_DIRECTORY };
  const parsed = resourceDirectorySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues, ['resources']) };
  return { ok: true, value: parsed.data };
}
