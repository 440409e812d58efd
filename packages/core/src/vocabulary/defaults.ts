import type {
  EmotionalRelationEntry,
  RelationTypeEntry,
  SectorEntry,
  UnionTypeEntry,
  Vocabularies,
} from './types.js';

/**
 * Ecomap sectors. The list follows the resource taxonomy of the research (domain.md §4.6, §7.3) and
 * Hartman's ecomap systems; `participation` marks the sectors that count as taking part in an
 * organization or group for the Steptoe index.
 */
export const DEFAULT_SECTORS: readonly SectorEntry[] = [
  { id: 'family', label: { fr: 'Famille', en: 'Family' }, formal: false },
  { id: 'friends', label: { fr: 'Amis', en: 'Friends' }, formal: false },
  {
    id: 'neighbours',
    label: { fr: 'Voisinage et immeuble', en: 'Neighbours and building' },
    formal: false,
  },
  {
    id: 'housing',
    label: { fr: 'Milieu de vie et soutien communautaire', en: 'Housing and community support' },
    formal: true,
    participation: true,
  },
  {
    id: 'health_network',
    label: { fr: 'Réseau de la santé (CISSS, CLSC)', en: 'Health network (CISSS, CLSC)' },
    formal: true,
  },
  { id: 'medical', label: { fr: 'Soins médicaux', en: 'Medical care' }, formal: true },
  {
    id: 'community_org',
    label: { fr: 'Organismes communautaires', en: 'Community organizations' },
    formal: true,
    participation: true,
  },
  {
    id: 'school_daycare',
    label: { fr: 'École et garderie', en: 'School and daycare' },
    formal: true,
  },
  {
    id: 'work_volunteering',
    label: { fr: 'Travail et bénévolat', en: 'Work and volunteering' },
    formal: false,
    participation: true,
  },
  {
    id: 'leisure_culture',
    label: { fr: 'Loisirs et culture', en: 'Leisure and culture' },
    formal: false,
    participation: true,
  },
  {
    id: 'faith_culture',
    label: { fr: 'Communauté culturelle ou spirituelle', en: 'Faith or cultural community' },
    formal: false,
    participation: true,
  },
  {
    id: 'income_social',
    label: { fr: 'Revenu et services sociaux', en: 'Income and social services' },
    formal: true,
  },
  { id: 'legal', label: { fr: 'Juridique', en: 'Legal' }, formal: true },
  { id: 'transport', label: { fr: 'Transport', en: 'Transport' }, formal: true },
  { id: 'pets', label: { fr: 'Animaux', en: 'Pets' }, formal: false },
  { id: 'online', label: { fr: 'En ligne', en: 'Online' }, formal: false },
  { id: 'other', label: { fr: 'Autre', en: 'Other' }, formal: false },
];

/** Relations between the tenant and a person; `category` is what the scores read. */
export const DEFAULT_RELATION_TYPES: readonly RelationTypeEntry[] = [
  { id: 'partner', label: { fr: 'Conjoint·e', en: 'Partner' }, category: 'partner' },
  {
    id: 'ex_partner',
    label: { fr: 'Ex-conjoint·e', en: 'Former partner' },
    category: 'other_family',
  },
  { id: 'mother', label: { fr: 'Mère', en: 'Mother' }, category: 'parent' },
  { id: 'father', label: { fr: 'Père', en: 'Father' }, category: 'parent' },
  { id: 'parent', label: { fr: 'Parent', en: 'Parent' }, category: 'parent' },
  { id: 'step_parent', label: { fr: 'Beau-parent', en: 'Step-parent' }, category: 'parent' },
  { id: 'daughter', label: { fr: 'Fille', en: 'Daughter' }, category: 'child' },
  { id: 'son', label: { fr: 'Fils', en: 'Son' }, category: 'child' },
  { id: 'child', label: { fr: 'Enfant', en: 'Child' }, category: 'child' },
  { id: 'step_child', label: { fr: 'Enfant du conjoint', en: 'Stepchild' }, category: 'child' },
  {
    id: 'foster_child',
    label: { fr: "Enfant en famille d'accueil", en: 'Foster child' },
    category: 'child',
  },
  { id: 'sister', label: { fr: 'Sœur', en: 'Sister' }, category: 'sibling' },
  { id: 'brother', label: { fr: 'Frère', en: 'Brother' }, category: 'sibling' },
  { id: 'sibling', label: { fr: 'Frère ou sœur', en: 'Sibling' }, category: 'sibling' },
  {
    id: 'half_sibling',
    label: { fr: 'Demi-frère ou demi-sœur', en: 'Half-sibling' },
    category: 'sibling',
  },
  { id: 'grandmother', label: { fr: 'Grand-mère', en: 'Grandmother' }, category: 'grandparent' },
  { id: 'grandfather', label: { fr: 'Grand-père', en: 'Grandfather' }, category: 'grandparent' },
  { id: 'grandchild', label: { fr: 'Petit-enfant', en: 'Grandchild' }, category: 'grandchild' },
  {
    id: 'aunt_uncle',
    label: { fr: 'Tante ou oncle', en: 'Aunt or uncle' },
    category: 'other_family',
  },
  {
    id: 'niece_nephew',
    label: { fr: 'Nièce ou neveu', en: 'Niece or nephew' },
    category: 'other_family',
  },
  { id: 'cousin', label: { fr: 'Cousin·e', en: 'Cousin' }, category: 'other_family' },
  { id: 'in_law', label: { fr: 'Belle-famille', en: 'In-law' }, category: 'other_family' },
  {
    id: 'other_family',
    label: { fr: 'Autre membre de la famille', en: 'Other relative' },
    category: 'other_family',
  },
  { id: 'friend', label: { fr: 'Ami·e', en: 'Friend' }, category: 'friend' },
  { id: 'neighbour', label: { fr: 'Voisin·e', en: 'Neighbour' }, category: 'neighbour' },
  { id: 'coworker', label: { fr: 'Collègue', en: 'Co-worker' }, category: 'friend' },
  { id: 'worker', label: { fr: 'Intervenant·e', en: 'Worker' }, category: 'professional' },
  { id: 'other', label: { fr: 'Autre', en: 'Other' }, category: 'other' },
];

/** Emotional relations drawn over the genogram (McGoldrick, Gerson & Petry). */
export const DEFAULT_EMOTIONAL_RELATIONS: readonly EmotionalRelationEntry[] = [
  { id: 'close', label: { fr: 'Proche', en: 'Close' }, line: 'double', strained: false },
  { id: 'fused', label: { fr: 'Fusionnel', en: 'Fused' }, line: 'triple', strained: false },
  { id: 'distant', label: { fr: 'Distant', en: 'Distant' }, line: 'dotted', strained: true },
  { id: 'conflict', label: { fr: 'Conflictuel', en: 'Conflict' }, line: 'zigzag', strained: true },
  { id: 'cut_off', label: { fr: 'Rupture', en: 'Cut-off' }, line: 'cut', strained: true },
  { id: 'hostile', label: { fr: 'Hostile', en: 'Hostile' }, line: 'double-zigzag', strained: true },
  {
    id: 'abuse',
    label: { fr: 'Violence ou abus', en: 'Abuse' },
    line: 'arrow-zigzag',
    color: '#b3261e',
    strained: true,
  },
  {
    id: 'caregiving',
    label: { fr: 'Proche aidance', en: 'Caregiving' },
    line: 'arrow',
    strained: false,
  },
];

/** Kinds of union; the line is how the genogram draws the union bar. */
export const DEFAULT_UNION_TYPES: readonly UnionTypeEntry[] = [
  { id: 'married', label: { fr: 'Mariage', en: 'Married' }, line: 'solid' },
  { id: 'civil_union', label: { fr: 'Union civile', en: 'Civil union' }, line: 'solid' },
  { id: 'cohabiting', label: { fr: 'Union de fait', en: 'Cohabiting' }, line: 'dashed' },
  { id: 'dating', label: { fr: 'Fréquentation', en: 'Dating' }, line: 'dotted' },
  { id: 'other', label: { fr: 'Autre union', en: 'Other union' }, line: 'dashed' },
];

/** The built-in vocabularies, used when no organization configuration is given. */
export const DEFAULT_VOCABULARIES: Vocabularies = {
  sectors: DEFAULT_SECTORS,
  relationTypes: DEFAULT_RELATION_TYPES,
  emotionalRelations: DEFAULT_EMOTIONAL_RELATIONS,
  unionTypes: DEFAULT_UNION_TYPES,
};
