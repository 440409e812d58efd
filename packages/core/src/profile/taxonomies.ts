import type { ProfileList } from '../schemas/interview.js';
import type { Label } from '../vocabulary/types.js';

/** One entry of a profile taxonomy: a code, the list it belongs to, its label and the research line. */
export interface TaxonomyEntry {
  readonly code: string;
  readonly list: ProfileList;
  readonly label: Label;
  readonly source: string;
}

const e = (
  code: string,
  list: ProfileList,
  fr: string,
  en: string,
  source: string,
): TaxonomyEntry => ({
  code,
  list,
  label: { fr, en },
  source,
});

/** Strengths (domain.md §3.6, §7.7): shown first, in line with the strength-based stance (002:L278-286). */
export const STRENGTH_TAXONOMY: readonly TaxonomyEntry[] = [
  e(
    'helps_neighbours',
    'strength',
    'Aide ses voisin·es',
    'Helps neighbours',
    'Survey item VS4; 002:L922-928',
  ),
  e(
    'has_confidant',
    'strength',
    'A une personne de confiance à qui se confier',
    'Has a confidant',
    '002:L895-899',
  ),
  e(
    'close_family_ties',
    'strength',
    'Liens familiaux proches',
    'Close family ties',
    '002:L4706-4710',
  ),
  e(
    'committee_role',
    'strength',
    'Rôle dans un comité ou un conseil',
    'Committee or board role',
    '002:L1005-1031',
  ),
  e(
    'volunteering_work',
    'strength',
    'Bénévolat ou emploi',
    'Volunteering or work',
    '002:L1644-1658',
  ),
  e(
    'long_tenancy',
    'strength',
    'Longue stabilité résidentielle (15 ans et plus)',
    'Long tenancy (15 years or more)',
    '002:L2088-2092, L1025-1027',
  ),
  e(
    'cultural_community',
    'strength',
    'Lien avec sa communauté culturelle ou spirituelle',
    'Tie with a cultural or faith community',
    '002:L1384-1386',
  ),
  e(
    'self_management',
    'strength',
    'Bonne capacité d’autogestion',
    'Good self-management',
    '002:L5902-5906',
  ),
  e('talents_skills', 'strength', 'Talents et compétences', 'Talents and skills', '002:L1191-1193'),
  e('resilience', 'strength', 'Résilience', 'Resilience', '002:L5008-5046'),
  e(
    'participation',
    'strength',
    'Participe à la vie collective',
    'Takes part in collective life',
    '002:L916-920',
  ),
];

/** Needs (domain.md §3.1, §3.2, §7.7). */
export const NEED_TAXONOMY: readonly TaxonomyEntry[] = [
  e('autonomy', 'need', 'Autonomie', 'Autonomy', '002:L483-513'),
  e(
    'closeness_to_loved_ones',
    'need',
    'Proximité avec les proches',
    'Closeness to loved ones',
    '002:L483-485',
  ),
  e('eat_well', 'need', 'Bien se nourrir', 'Eating well', '002:L483-513'),
  e('peace', 'need', 'La paix', 'Peace', '002:L483-513'),
  e('feel_at_home', 'need', 'Se sentir chez soi', 'Feeling at home', '002:L483-513'),
  e('social_ties', 'need', 'Créer de bons liens', 'Building good social ties', '002:L483-513'),
  e(
    'socialise',
    'need',
    'Socialiser et rencontrer des gens',
    'Socialising and meeting people',
    '002:L483-513',
  ),
  e(
    'private_space',
    'need',
    'Intimité : pouvoir se retirer et ne pas participer',
    'Privacy: being able to withdraw and not take part',
    '002:L562-568',
  ),
  e(
    'stay_active',
    'need',
    'Participer à des activités, rester actif·ve',
    'Taking part in activities, staying active',
    '002:L483-513',
  ),
  e('break_isolation', 'need', 'Briser l’isolement', 'Breaking isolation', '002:L515-544'),
  e(
    'regular_visits',
    'need',
    'Visites régulières et réassurance',
    'Regular visits and reassurance',
    '002:L708-710',
  ),
  e(
    'self_management_support',
    'need',
    'Appui à l’autogestion',
    'Support for self-management',
    '002:L497-499',
  ),
  e('food_security', 'need', 'Sécurité alimentaire', 'Food security', '002:L458-462'),
  e('digital_support', 'need', 'Soutien au numérique', 'Digital support', '002:L6028-6030'),
  e('transport', 'need', 'Transport', 'Transport', '002:L507-509'),
  e('listening', 'need', 'Être écouté·e', 'Being listened to', '002:L515-544'),
  e('safety', 'need', 'Sécurité', 'Safety', '002:L570-576'),
  e('health', 'need', 'Santé', 'Health', '002:L668-688'),
];

/** Risks (domain.md §3.7, §7.7). */
export const RISK_TAXONOMY: readonly TaxonomyEntry[] = [
  e('isolation', 'risk', 'Risque d’isolement', 'Isolation risk', '002:L3892-3898'),
  e(
    'seasonal_isolation',
    'risk',
    'Isolement accru l’hiver',
    'Greater isolation in winter',
    '002:L5056-5096',
  ),
  e('loss_of_autonomy', 'risk', 'Perte d’autonomie', 'Loss of autonomy', '002:L497-513'),
  e('mental_health', 'risk', 'Santé mentale', 'Mental health', '002:L1329-1347'),
  e('food_insecurity', 'risk', 'Insécurité alimentaire', 'Food insecurity', '002:L467-473'),
  e(
    'burnout_engagement',
    'risk',
    'Épuisement lié à l’engagement',
    'Burnout from engagement',
    '002:L1315-1327',
  ),
  e('physical_health', 'risk', 'Santé physique', 'Physical health', '002:L672-680'),
  e('conflicts', 'risk', 'Conflits', 'Conflicts', '002:L846-850'),
  e('income_precarity', 'risk', 'Précarité du revenu', 'Income precarity', '002:L4902-4908'),
  e('housing_conditions', 'risk', 'Conditions du logement', 'Housing conditions', '002:L588-592'),
];

/** Vulnerabilities (domain.md §3.7, §7.7). */
export const VULNERABILITY_TAXONOMY: readonly TaxonomyEntry[] = [
  e('recent_loss', 'vulnerability', 'Perte récente', 'Recent loss', '002:L113-117'),
  e(
    'difficulty_asking_help',
    'vulnerability',
    'Difficulté à demander de l’aide',
    'Difficulty asking for help',
    '002:L1297',
  ),
  e(
    'digital_exclusion',
    'vulnerability',
    'Exclusion numérique',
    'Digital exclusion',
    '002:L4851-4863',
  ),
  e(
    'stigma_shame',
    'vulnerability',
    'Gêne ou honte à utiliser les services',
    'Shame about using services',
    '002:L1252-1262',
  ),
  e(
    'fear_of_rejection',
    'vulnerability',
    'Peur d’être rejeté·e',
    'Fear of rejection',
    '002:L710-712',
  ),
  e('family_cut_off', 'vulnerability', 'Rupture familiale', 'Family cut-off', '002:L5892-5894'),
  e(
    'remittances',
    'vulnerability',
    'Envois d’argent à la famille',
    'Money sent to family',
    '002:L4910-4918',
  ),
  e(
    'continuity_break',
    'vulnerability',
    'Rupture de suivi',
    'Break in follow-up',
    '002:L3331-3359',
  ),
  e(
    'residential_instability',
    'vulnerability',
    'Instabilité résidentielle',
    'Residential instability',
    '002:L69-71',
  ),
];

/** Every taxonomy entry, strengths first. */
export const PROFILE_TAXONOMY: readonly TaxonomyEntry[] = [
  ...STRENGTH_TAXONOMY,
  ...NEED_TAXONOMY,
  ...RISK_TAXONOMY,
  ...VULNERABILITY_TAXONOMY,
];

/** The Cadre de référence's activity categories: 1-4 from the Cadre, 5-7 emerged from the research (000:L211-221; 002:L3805-3817). */
export const CADRE_CATEGORIES: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6 | 7, Label>> = {
  1: {
    fr: 'Soutien à la vie collective, associative et communautaire',
    en: 'Support for collective, associative and community life',
  },
  2: {
    fr: 'Soutien dans l’exercice des droits et responsabilités civiques',
    en: 'Support for rights and civic responsibilities',
  },
  3: {
    fr: 'Soutien aux besoins d’information et de référencement',
    en: 'Support for information and referral',
  },
  4: { fr: 'Soutien d’activités de relation d’aide', en: 'Support through helping relationships' },
  5: {
    fr: 'Dépistage précoce des risques à la santé et prévention des détériorations',
    en: 'Early screening of health risks and prevention of decline',
  },
  6: {
    fr: 'Qualité de l’environnement bâti et du milieu de vie',
    en: 'Quality of the built and living environment',
  },
  7: { fr: 'Autodétermination et pouvoir d’agir', en: 'Self-determination and empowerment' },
};

/** The taxonomy entry for a code, or undefined. */
export function taxonomyEntry(code: string): TaxonomyEntry | undefined {
  return PROFILE_TAXONOMY.find((t) => t.code === code);
}

/** Other codes met in records for a taxonomy code; matched as that code (e.g. `confidant` → `has_confidant`). */
export const CODE_ALIASES: Readonly<Record<string, string>> = {
  confidant: 'has_confidant',
  employment: 'volunteering_work',
  volunteering: 'volunteering_work',
  work: 'volunteering_work',
  talents: 'talents_skills',
  skills: 'talents_skills',
  family_conflict: 'conflicts',
  budget: 'income_precarity',
  digital_literacy: 'digital_exclusion',
};

/** The taxonomy code a recorded code stands for (itself when it has no alias). */
export function canonicalCode(code: string): string {
  return CODE_ALIASES[code] ?? code;
}

/**
 * Names of the facts the rules can match besides taxonomy codes: situations built in
 * `buildProfile`, and codes a worker records without a taxonomy entry.
 */
export const SITUATION_LABELS: Readonly<Record<string, Label>> = {
  children_special_needs: {
    fr: 'Enfant ayant des besoins particuliers',
    en: 'Child with special needs',
  },
  older_person: { fr: 'Personne aînée', en: 'Older person' },
  winter_approaching: { fr: 'L’hiver approche', en: 'Winter is approaching' },
  risk_high: { fr: 'Risque d’isolement élevé', en: 'High isolation risk' },
  risk_moderate: { fr: 'Risque d’isolement modéré', en: 'Moderate isolation risk' },
  lives_alone: { fr: 'Vit seul·e', en: 'Lives alone' },
  newcomer: {
    fr: 'Arrivée récente ou besoin d’interprète',
    en: 'Recently arrived or needs an interpreter',
  },
  indigenous: {
    fr: 'Services culturellement sécurisants à offrir',
    en: 'Culturally safe services to offer',
  },
};

/** A readable name for a rule's fact code: its taxonomy label, a situation's, or the code itself. */
export function factLabel(code: string): Label {
  return (
    taxonomyEntry(canonicalCode(code))?.label ?? SITUATION_LABELS[code] ?? { fr: code, en: code }
  );
}
