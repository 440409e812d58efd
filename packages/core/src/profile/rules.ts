import { z } from '../zod.js';
import { idSchema } from '../schemas/common.js';
import { labelSchema } from '../vocabulary/types.js';
import { toIssues, type ValidationIssue } from '../validation/issues.js';

/**
 * One suggested-action rule (domain.md §7.9): when the facts of a profile match the trigger, suggest
 * the action, tied to Cadre de référence categories (the first is the main one) and resource types.
 * Facts are profile codes (derived or recorded as present) and situation codes (`older_person`,
 * `winter_approaching`, `risk_high`, `risk_moderate`, `lives_alone`, `newcomer`, `indigenous`).
 */
export const ruleSchema = z.strictObject({
  id: idSchema,
  /** Every one of these facts must hold. */
  all: z.optional(z.array(idSchema)),
  /** At least one of these facts must hold. */
  any: z.optional(z.array(idSchema)),
  action: labelSchema,
  categories: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1)),
  resourceTypes: z.array(idSchema),
  /** The research line that justifies it. */
  source: z.string().check(z.maxLength(300)),
});
export type Rule = z.infer<typeof ruleSchema>;

/** The editable rules table. */
export const rulesSchema = z.array(ruleSchema);

const r = (
  id: string,
  trigger: { all?: string[]; any?: string[] },
  fr: string,
  en: string,
  categories: number[],
  resourceTypes: string[],
  source: string,
): Rule => ({ id, ...trigger, action: { fr, en }, categories, resourceTypes, source });

/** The default rules table, one row per line of domain.md §7.9. An organization edits it as data. */
export const DEFAULT_RULES: readonly Rule[] = [
  r(
    'isolation-high',
    { any: ['risk_high'] },
    'Suivi de l’écocarte, visites proactives, jumelage selon les forces, activité adaptée à la préférence de socialisation',
    'Ecomap follow-up, proactive visits, strength-based pairing, an activity matched to the socialisation preference',
    [4, 5, 1],
    ['friendly_visits', 'peer_pairing', 'senior_watch', 'leisure_activity'],
    '002:L5882-5900, L5294-5312, L4076-4080, L5789-5791',
  ),
  r(
    'older-autonomy',
    { all: ['older_person', 'loss_of_autonomy'] },
    'Pont formel vers le soutien à domicile du CLSC, programmes d’adaptation, implication des proches aidants, visite à domicile',
    'Formal bridge to CLSC home support, housing adaptation, caregiver involvement, home visit',
    [5, 3],
    ['clsc_home_support', 'housing_adaptation', 'caregiver_support'],
    '002:L1565-1571, L3785-3791, L5950, L704-708',
  ),
  r(
    'food',
    { any: ['food_insecurity'] },
    'Banque alimentaire, cuisine collective, popote roulante, jardin; vérifier activement l’insécurité alimentaire',
    'Food bank, collective kitchen, meals on wheels, garden; check food insecurity actively',
    [5, 3],
    ['food_bank', 'collective_kitchen', 'meals_on_wheels', 'community_garden'],
    '002:L5984-5986, L1717-1727; 000:L497',
  ),
  r(
    'budget',
    { any: ['income_precarity', 'remittances'] },
    'Atelier de budget, clinique d’impôts, outils budgétaires',
    'Budget workshop, tax clinic, budget tools',
    [2, 3],
    ['budget_workshop', 'tax_clinic'],
    '000:L263-265; 002:L6024-6026',
  ),
  r(
    'mental-health',
    { any: ['mental_health'] },
    'Pont vers le soutien psychologique; en attendant : groupes d’entraide, lignes d’écoute, pairs',
    'Bridge to psychological support; meanwhile self-help groups, listening lines, peers',
    [3, 4],
    ['clsc_psychosocial', 'self_help_group', 'listening_line', 'peer_support'],
    '002:L5861-5871',
  ),
  r(
    'asking-help',
    { any: ['difficulty_asking_help', 'stigma_shame'] },
    'Normaliser la demande d’aide; entretien motivationnel; accompagner en personne',
    'Normalise help-seeking; motivational interviewing; accompany in person',
    [3],
    [],
    '002:L5854-5859, L1258-1262',
  ),
  r(
    'digital',
    { any: ['digital_exclusion'] },
    'Ateliers numériques individuels ou collectifs; garder des canaux non numériques',
    'Individual or group digital workshops; keep non-digital channels',
    [7],
    ['digital_workshop'],
    '002:L6028-6030',
  ),
  r(
    'conflict',
    { any: ['conflicts'] },
    'Médiation, justice alternative, communication non violente, suivi du code de vie',
    'Mediation, alternative justice, nonviolent communication, code-of-life follow-up',
    [2, 4],
    ['mediation', 'alternative_justice'],
    '002:L5908-5912, L3228-3238, L2875-2881',
  ),
  r(
    'indigenous',
    { any: ['indigenous'] },
    'Services culturellement sécurisants, intervenant·e autochtone si possible, accompagnement aux consultations, visites de la communauté',
    'Culturally safe services, an Indigenous worker where possible, accompaniment to health visits, community visitors',
    [4, 3],
    ['indigenous_services'],
    '002:L1380-1433, L3153-3200',
  ),
  r(
    'newcomer',
    { any: ['newcomer'] },
    'Soutien linguistique ou interprétariat; repas partagés ou activités culturelles; action antiracisme',
    'Language support or interpreting; shared meals or cultural activities; anti-racism',
    [1, 3],
    ['language_support', 'cultural_activity'],
    '002:L3246-3254, L1276-1286, L5817-5819',
  ),
  r(
    'overload',
    { any: ['burnout_engagement'] },
    'Vérifier l’épuisement et l’isolement; soutenir le rôle; partager les responsabilités',
    'Check burnout and isolation; support the role; rotate responsibilities',
    [1],
    ['tenant_committee'],
    '002:L2720-2734, L5785-5787',
  ),
  r(
    'winter-older',
    { all: ['older_person', 'winter_approaching'] },
    'Contacts plus fréquents cet hiver, activités intérieures, transport',
    'More frequent contact this winter, indoor activities, transport',
    [5, 1],
    ['friendly_visits', 'leisure_activity', 'transport'],
    '002:L5092-5096, L777-783',
  ),
  r(
    'children-special-needs',
    { any: ['children_special_needs'] },
    'Coordination maison-école-réseau',
    'Home-school-network coordination',
    [3],
    ['school_liaison', 'family_house'],
    '002:L2915-2920',
  ),
  r(
    'service-ending',
    { any: ['continuity_break'] },
    'Rencontre de clôture avec les partenaires, suivi après le programme, diminution graduelle de l’intensité',
    'Closure meeting with partners, post-program follow-up, gradual step-down',
    [4],
    [],
    '002:L3343-3353, L5914-5918',
  ),
];

/** The outcome of validating a rules table. */
export type RulesResult =
  | { readonly ok: true; readonly value: readonly Rule[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Validates an organization's rules table; the default table when none is given. Never throws. */
export function resolveRules(input?: unknown): RulesResult {
  if (input === undefined || input === null) return { ok: true, value: DEFAULT_RULES };
  const parsed = rulesSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues, ['rules']) };
  return { ok: true, value: parsed.data };
}
