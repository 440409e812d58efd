import type { Coding } from './types.js';

/**
 * The placeholder base of Toile's canonical URLs (Questionnaire, CodeSystems, identifier systems,
 * extensions). `toile.example` is reserved (RFC 2606) and resolves nowhere: a partner replaces it
 * with a base it controls through the `baseUrl` option of the export and the import.
 */
export const DEFAULT_FHIR_BASE_URL = 'http://toile.example/fhir';

/** Id of the Toile Questionnaire whose linkIds the QuestionnaireResponse answers. */
export const QUESTIONNAIRE_ID = 'entrevue-accueil';
/** Version of that Questionnaire; it changes when an item is added, removed or recoded. */
export const QUESTIONNAIRE_VERSION = '2';

/** HL7 and external systems Toile codes with. */
export const SYSTEMS = {
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  sdohccTemporary:
    'http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes',
} as const;

/** SNOMED CT 422650009 "Social isolation (finding)", the SDOHCC Observation Assessment code. */
export const SOCIAL_ISOLATION: Coding = {
  system: SYSTEMS.snomed,
  code: '422650009',
  display: 'Social isolation (finding)',
};

/** Every URL Toile derives from a base URL. */
export interface ToileUrls {
  readonly base: string;
  /** The Questionnaire canonical with its version, `…/Questionnaire/entrevue-accueil|2`. */
  readonly questionnaire: string;
  readonly questionnaireUnversioned: string;
  /** Observation codes for scores and indices without a LOINC code. */
  readonly indices: string;
  /** Identifier system of assessment ids. */
  readonly assessmentId: string;
  /** Identifier system of registry ids (persons of the tenant's world). */
  readonly registryId: string;
  /** Extension carrying the consent-filtered Toile record as JSON. */
  readonly recordExtension: string;
  /** The CodeSystem of one Toile value set (`toile-frequency`, `toile-relation-type`...). */
  codeSystem(name: AnswerSystem): string;
}

/** Names of Toile's answer code systems; each lists the values of one Toile enumeration. */
export type AnswerSystem =
  | 'toile-tenure'
  | 'toile-form-of-address'
  | 'toile-indigenous'
  | 'toile-frequency'
  | 'toile-support-preference'
  | 'toile-contact-mode'
  | 'toile-djg6-answer'
  | 'toile-risk-level'
  | 'toile-djg6-band'
  | 'toile-relation-type';

/** Builds the URLs under a base (trailing slashes ignored). */
export function toileUrls(baseUrl: string = DEFAULT_FHIR_BASE_URL): ToileUrls {
  const base = baseUrl.replace(/\/+$/, '');
  const q = `${base}/Questionnaire/${QUESTIONNAIRE_ID}`;
  return {
    base,
    questionnaire: `${q}|${QUESTIONNAIRE_VERSION}`,
    questionnaireUnversioned: q,
    indices: `${base}/CodeSystem/toile-indices`,
    assessmentId: `${base}/sid/assessment-id`,
    registryId: `${base}/sid/registry-id`,
    recordExtension: `${base}/StructureDefinition/toile-record`,
    codeSystem: (name) => `${base}/CodeSystem/${name}`,
  };
}

/**
 * The Toile indices CodeSystem: Observation and component codes for the scores and indices that
 * have no LOINC code (none was found for LSNS-6, UCLA-3 or DJG-6; LOINC 76512-3 is the
 * Berkman-Syme/NHANES social isolation score and is not used for any of these).
 */
export const TOILE_INDICES = {
  'isolation-risk-score': 'Toile isolation-risk score (0-100)',
  'lsns6-total': 'LSNS-6 total (0-30), administered',
  'lsns6-family': 'LSNS-6 family subscale (0-15)',
  'lsns6-friends': 'LSNS-6 friends subscale (0-15)',
  'lsns6-flagged': 'LSNS-6 total under the cut-point (at risk of isolation)',
  'ucla3-total': 'UCLA-3 loneliness total (3-9)',
  'ucla3-lonely': 'UCLA-3 total 6 or more (lonely grouping)',
  'djg6-total': 'De Jong Gierveld 6-item total (0-6), dichotomised',
  'djg6-emotional': 'De Jong Gierveld emotional loneliness subscale (0-3)',
  'djg6-social': 'De Jong Gierveld social loneliness subscale (0-3)',
  'djg6-band': 'De Jong Gierveld band (not lonely, moderate, severe)',
  'lsns6-estimate': 'LSNS-6 estimated from the ecomap and genogram (0-30)',
  'lsns6-estimate-max': 'LSNS-6 estimate if every unknown answer were yes (0-30)',
  'lsns6-estimate-flagged': 'LSNS-6 estimate under the cut-point even read favourably',
  'steptoe-index': 'Steptoe/ELSA social isolation index read from the maps (0-5)',
  'steptoe-index-max': 'Steptoe index if every open component were isolated (0-5)',
  'network-structure': 'Structure of the network read from the maps (panel of components)',
  'network-size': 'Living people in the network',
  'tie-count': 'Ecomap ties counted (living people and systems, in season)',
  'sector-count': 'Distinct ecomap sectors covered',
  'strong-informal-ties': 'Strong, informal, non-stressful ties',
  'reciprocal-ties': 'Ties with support flowing both ways',
  'stressful-share': 'Share of ties that are stressful (%)',
  'formal-share': 'Share of ties that are formal (%)',
  'local-ties': 'People and ties in the household, building or neighbourhood',
  'family-nearby': 'Living relatives within the region',
  'participation-ties': 'Ties that count as participation in an organization or group',
} as const;
/** One code of the Toile indices CodeSystem. */
export type ToileIndexCode = keyof typeof TOILE_INDICES;

/** Displays of the risk levels and DJG-6 bands (English, as FHIR displays usually are). */
export const RISK_LEVEL_DISPLAY = { low: 'Low', moderate: 'Moderate', high: 'High' } as const;
export const DJG6_BAND_DISPLAY = {
  not_lonely: 'Not lonely',
  moderate: 'Moderately lonely',
  severe: 'Severely lonely',
} as const;

/**
 * Toile relation types with an HL7 v3 RoleCode (PersonalRelationshipRoleType). Types without an
 * exact code (ex-partner, co-worker, worker, other) carry only the Toile code and a text.
 * `aunt_uncle` maps by sex (AUNT/UNCLE) when it is recorded.
 */
export const ROLE_CODES: Readonly<Record<string, { code: string; display: string }>> = {
  partner: { code: 'SIGOTHR', display: 'significant other' },
  mother: { code: 'MTH', display: 'mother' },
  father: { code: 'FTH', display: 'father' },
  parent: { code: 'PRN', display: 'parent' },
  step_parent: { code: 'STPPRN', display: 'step parent' },
  daughter: { code: 'DAUC', display: 'daughter' },
  son: { code: 'SONC', display: 'son' },
  child: { code: 'CHILD', display: 'child' },
  step_child: { code: 'STPCHLD', display: 'step child' },
  foster_child: { code: 'CHLDFOST', display: 'foster child' },
  sister: { code: 'SIS', display: 'sister' },
  brother: { code: 'BRO', display: 'brother' },
  sibling: { code: 'SIB', display: 'sibling' },
  half_sibling: { code: 'HSIB', display: 'half-sibling' },
  grandmother: { code: 'GRMTH', display: 'grandmother' },
  grandfather: { code: 'GRFTH', display: 'grandfather' },
  grandchild: { code: 'GRNDCHILD', display: 'grandchild' },
  niece_nephew: { code: 'NIENEPH', display: 'niece/nephew' },
  cousin: { code: 'COUSN', display: 'cousin' },
  in_law: { code: 'INLAW', display: 'inlaw' },
  other_family: { code: 'EXT', display: 'extended family member' },
  friend: { code: 'FRND', display: 'unrelated friend' },
  neighbour: { code: 'NBOR', display: 'neighbor' },
};

/** The v3 RoleCode of a relation type, or undefined when none maps exactly. */
export function roleCodeOf(
  relationType: string,
  sex?: string,
): { code: string; display: string } | undefined {
  if (relationType === 'aunt_uncle') {
    if (sex === 'female') return { code: 'AUNT', display: 'aunt' };
    if (sex === 'male') return { code: 'UNCLE', display: 'uncle' };
    return undefined;
  }
  return ROLE_CODES[relationType];
}

/**
 * A text as an R4 string: whitespace other than space, CR, LF and tab (form feed, U+2028, NBSP...)
 * is not allowed there, so each such character becomes a space. Everything else is kept as is.
 */
export function fhirText(text: string): string {
  return text.replace(/[^\S \r\n\t]/g, ' ');
}

/** JSON text safe inside an R4 string: the same JSON, with disallowed whitespace written as \u escapes. */
export function fhirJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[^\S \r\n\t]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
