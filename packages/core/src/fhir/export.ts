import { filterByConsent, isConsented } from '../export/consent-filter.js';
import { scoreDjg6 } from '../instruments/djg6.js';
import { scoreLsns6 } from '../instruments/lsns6.js';
import { scoreUcla3 } from '../instruments/ucla3.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Person } from '../schemas/registry.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import type { Vocabularies } from '../vocabulary/types.js';
import {
  DJG6_BAND_DISPLAY,
  RISK_LEVEL_DISPLAY,
  SOCIAL_ISOLATION,
  SYSTEMS,
  TOILE_INDICES,
  fhirJson,
  fhirText,
  roleCodeOf,
  toileUrls,
  type ToileIndexCode,
  type ToileUrls,
} from './codes.js';
import { stableUuid, urnOf } from './ids.js';
import { recordToItems } from './questionnaire-items.js';
import { FHIR_INSTANT } from './schemas.js';
import type { FhirScores } from './scores.js';
import type {
  AdministrativeGender,
  Bundle,
  CodeableConcept,
  Observation,
  ObservationComponent,
  ObservationValue,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseStatus,
  Reference,
  RelatedPerson,
  ToileFhirResource,
} from './types.js';

/** Options of `exportFhirBundle`. */
export interface FhirExportOptions {
  /** When the export is made, an ISO instant with a zone (`2026-11-02T20:00:00Z`); read by the caller, never from a clock. */
  readonly generatedAt: string;
  /** Computed scores to write as Observations; none when absent (instrument totals are always written). */
  readonly scores?: FhirScores;
  /** Include network members (RelatedPerson) when the consent allows; `true` by default. `false` sends none. */
  readonly includeNetwork?: boolean;
  /**
   * Carry the consent-filtered Toile record as JSON in an extension of the QuestionnaireResponse,
   * so another Toile restores the drawings; `false` by default, and never without sharing consent.
   */
  readonly embedRecord?: boolean;
  /** Base of Toile's canonical URLs; `DEFAULT_FHIR_BASE_URL` (a placeholder) by default. */
  readonly baseUrl?: string;
  /** QuestionnaireResponse status; `completed` by default. */
  readonly status?: QuestionnaireResponseStatus;
  /** Vocabularies for relation labels; core's defaults by default. */
  readonly vocabularies?: Vocabularies;
  /** LSNS-6 cut-point for the flag; 12 by default (Lubben et al. 2006). */
  readonly lsnsCut?: number;
}

const GENDER: Readonly<Record<NonNullable<Person['sex']>, AdministrativeGender>> = {
  female: 'female',
  male: 'male',
  intersex: 'other',
  unknown: 'unknown',
};

function personDemographics(p: Person): Pick<Patient, 'name' | 'gender' | 'birthDate'> {
  return {
    name: [{ text: fhirText(p.name) }],
    ...(p.sex !== undefined ? { gender: GENDER[p.sex] } : {}),
    ...(p.birthYear !== undefined ? { birthDate: String(p.birthYear) } : {}),
  };
}

/** An integer as valueInteger, any other number as a unitless Quantity. */
function numeric(n: number): ObservationValue {
  return Number.isInteger(n)
    ? { valueInteger: n }
    : { valueQuantity: { value: n, unit: '1', system: SYSTEMS.ucum, code: '1' } };
}

function percent(share: number): ObservationValue {
  return {
    valueQuantity: {
      value: Math.round(share * 1000) / 10,
      unit: '%',
      system: SYSTEMS.ucum,
      code: '%',
    },
  };
}

function absent(text: string): { dataAbsentReason: CodeableConcept } {
  return {
    dataAbsentReason: {
      coding: [{ system: SYSTEMS.dataAbsentReason, code: 'unknown', display: 'Unknown' }],
      text,
    },
  };
}

function unanswered(items: readonly number[]): string {
  return `Unanswered item(s): ${items.join(', ')}`;
}

/**
 * Exports one assessment as a FHIR R4 Bundle of type `collection`: a Patient for the tenant, a
 * QuestionnaireResponse for the answers, Observations for the instruments and the given scores,
 * and RelatedPerson for network members. Everything goes through `filterByConsent` first, so a
 * section the tenant did not consent to never reaches the Bundle. Deterministic: ids are hashed
 * from the record id and the base URL, timestamps come from the record and `generatedAt`.
 * Throws a TypeError for an invalid `generatedAt` or `baseUrl` (a programming error, not data).
 */
export function exportFhirBundle(assessment: Assessment, options: FhirExportOptions): Bundle {
  if (!FHIR_INSTANT.test(options.generatedAt))
    throw new TypeError('generatedAt must be an ISO instant with a zone');
  if (options.baseUrl !== undefined && !/^https?:\/\/\S+$/.test(options.baseUrl))
    throw new TypeError('baseUrl must be an absolute http(s) URL');
  const urls = toileUrls(options.baseUrl);
  const a = filterByConsent(assessment, { withoutNetwork: options.includeNetwork === false });
  const uuid = (key: string): string => stableUuid(`${urls.base}|${a.id}|${key}`);
  const tenant = a.registry.find(
    (e): e is Person => e.kind === 'person' && e.id === a.tenant.personId,
  );

  const patient: Patient = {
    resourceType: 'Patient',
    id: uuid('Patient'),
    identifier: [{ system: urls.registryId, value: a.tenant.personId }],
    ...(tenant ? personDemographics(tenant) : {}),
  };
  const subject: Reference = { reference: urnOf(patient.id ?? '') };

  const qr: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: uuid('QuestionnaireResponse'),
    identifier: { system: urls.assessmentId, value: a.id },
    questionnaire: urls.questionnaire,
    status: options.status ?? 'completed',
    subject,
    authored: a.updatedAt,
  };
  if (options.embedRecord === true && isConsented(a.consent, 'sharing')) {
    qr.extension = [{ url: urls.recordExtension, valueString: fhirJson(a) }];
  }
  const items = recordToItems(a, urls);
  if (items.length > 0) qr.item = items;
  const qrRef: Reference = { reference: urnOf(qr.id ?? '') };

  const observations = buildObservations(a, options, urls, uuid, subject, qrRef);
  const related = buildRelatedPersons(
    a,
    options.vocabularies ?? DEFAULT_VOCABULARIES,
    urls,
    uuid,
    subject,
  );

  const resources: ToileFhirResource[] = [patient, qr, ...observations, ...related];
  return {
    resourceType: 'Bundle',
    id: uuid(`Bundle|${options.generatedAt}`),
    type: 'collection',
    timestamp: options.generatedAt,
    entry: resources.map((resource) => ({ fullUrl: urnOf(resource.id ?? ''), resource })),
  };
}

function buildRelatedPersons(
  a: Assessment,
  vocabularies: Vocabularies,
  urls: ToileUrls,
  uuid: (key: string) => string,
  patient: Reference,
): RelatedPerson[] {
  // The consent filter has already removed everyone the tenant did not agree to share.
  return a.registry
    .filter(
      (e): e is Person => e.kind === 'person' && e.id !== a.tenant.personId && e.deceased !== true,
    )
    .map((p) => {
      const rp: RelatedPerson = {
        resourceType: 'RelatedPerson',
        id: uuid(`RelatedPerson/${p.id}`),
        identifier: [{ system: urls.registryId, value: p.id }],
        patient,
      };
      const type = p.contact?.relationType;
      if (type !== undefined) {
        const role = roleCodeOf(type, p.sex);
        const label = vocabularies.relationTypes.find((r) => r.id === type)?.label;
        rp.relationship = [
          {
            coding: [
              ...(role
                ? [{ system: SYSTEMS.roleCode, code: role.code, display: role.display }]
                : []),
              {
                system: urls.codeSystem('toile-relation-type'),
                code: type,
                ...(label ? { display: fhirText(label.en) } : {}),
              },
            ],
            text: fhirText(label?.fr ?? type),
          },
        ];
      }
      return { ...rp, ...personDemographics(p) };
    });
}

function buildObservations(
  a: Assessment,
  options: FhirExportOptions,
  urls: ToileUrls,
  uuid: (key: string) => string,
  subject: Reference,
  qrRef: Reference,
): Observation[] {
  const socialHistory: CodeableConcept = {
    coding: [
      { system: SYSTEMS.observationCategory, code: 'social-history', display: 'Social History' },
    ],
  };
  const survey: CodeableConcept = {
    coding: [{ system: SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }],
  };
  const socialConnection: CodeableConcept = {
    coding: [
      { system: SYSTEMS.sdohccTemporary, code: 'social-connection', display: 'Social Connection' },
    ],
  };
  const code = (c: ToileIndexCode): CodeableConcept => ({
    coding: [{ system: urls.indices, code: c, display: TOILE_INDICES[c] }],
  });
  const component = (
    c: ToileIndexCode,
    value: ObservationValue | { dataAbsentReason: CodeableConcept },
  ): ObservationComponent => ({
    code: code(c),
    ...value,
  });
  const observation = (
    key: string,
    obsCode: CodeableConcept,
    category: CodeableConcept[],
    effective: string | undefined,
    rest: Partial<Observation>,
  ): Observation => ({
    resourceType: 'Observation',
    id: uuid(`Observation/${key}`),
    status: 'final',
    category,
    code: obsCode,
    subject,
    ...(effective !== undefined ? { effectiveDateTime: effective } : {}),
    issued: options.generatedAt,
    ...rest,
    derivedFrom: [qrRef, ...(rest.derivedFrom ?? [])],
  });

  const out: Observation[] = [];
  const instrumentCategory = [survey, socialConnection];
  const lsns = a.instruments.lsns6;
  if (lsns) {
    const s = scoreLsns6(lsns.answers, options.lsnsCut ?? 12);
    const components: ObservationComponent[] = [
      component(
        'lsns6-family',
        s.family === null ? absent('Family item missing') : { valueInteger: s.family },
      ),
      component(
        'lsns6-friends',
        s.friends === null ? absent('Friends item missing') : { valueInteger: s.friends },
      ),
    ];
    if (s.flagged !== null)
      components.push(component('lsns6-flagged', { valueBoolean: s.flagged }));
    out.push(
      observation('lsns6', code('lsns6-total'), instrumentCategory, lsns.date ?? a.interviewDate, {
        ...(s.total === null ? absent(unanswered(s.missingItems)) : { valueInteger: s.total }),
        component: components,
      }),
    );
  }
  const ucla = a.instruments.ucla3;
  if (ucla) {
    const s = scoreUcla3(ucla.answers);
    out.push(
      observation('ucla3', code('ucla3-total'), instrumentCategory, ucla.date ?? a.interviewDate, {
        ...(s.total === null ? absent(unanswered(s.missingItems)) : { valueInteger: s.total }),
        ...(s.lonely !== null
          ? { component: [component('ucla3-lonely', { valueBoolean: s.lonely })] }
          : {}),
      }),
    );
  }
  const djg = a.instruments.djg6;
  if (djg) {
    const s = scoreDjg6(djg.answers);
    const components: ObservationComponent[] = [
      component(
        'djg6-emotional',
        s.emotional === null ? absent('Emotional item missing') : { valueInteger: s.emotional },
      ),
      component(
        'djg6-social',
        s.social === null ? absent('Social item missing') : { valueInteger: s.social },
      ),
    ];
    if (s.band !== null) {
      components.push(
        component('djg6-band', {
          valueCodeableConcept: {
            coding: [
              {
                system: urls.codeSystem('toile-djg6-band'),
                code: s.band,
                display: DJG6_BAND_DISPLAY[s.band],
              },
            ],
          },
        }),
      );
    }
    out.push(
      observation('djg6', code('djg6-total'), instrumentCategory, djg.date ?? a.interviewDate, {
        ...(s.total === null ? absent(unanswered(s.missingItems)) : { valueInteger: s.total }),
        component: components,
      }),
    );
  }

  const scores = options.scores;
  if (!scores) return out;
  const effective = scores.computedFor ?? a.interviewDate;
  const category = [socialHistory, socialConnection];
  const indexObs: Observation[] = [];
  const idx = scores.indices;
  if (idx?.lsns6Estimate) {
    const e = idx.lsns6Estimate;
    const components: ObservationComponent[] = [];
    if (e.maxTotal !== undefined)
      components.push(component('lsns6-estimate-max', numeric(e.maxTotal)));
    if (e.flagged !== undefined)
      components.push(component('lsns6-estimate-flagged', { valueBoolean: e.flagged }));
    indexObs.push(
      observation('lsns6-estimate', code('lsns6-estimate'), category, effective, {
        ...numeric(e.total),
        ...(components.length > 0 ? { component: components } : {}),
      }),
    );
  }
  if (idx?.steptoe) {
    const st = idx.steptoe;
    indexObs.push(
      observation('steptoe-index', code('steptoe-index'), category, effective, {
        ...numeric(st.score),
        ...(st.maxScore !== undefined
          ? { component: [component('steptoe-index-max', numeric(st.maxScore))] }
          : {}),
      }),
    );
  }
  if (idx?.structure) {
    const st = idx.structure;
    const counts: [ToileIndexCode, number | undefined][] = [
      ['network-size', st.networkSize],
      ['tie-count', st.tieCount],
      ['sector-count', st.sectorCount],
      ['strong-informal-ties', st.strongInformalTies],
      ['reciprocal-ties', st.reciprocalTies],
      ['local-ties', st.localTies],
      ['family-nearby', st.familyNearby],
      ['participation-ties', st.participationTies],
    ];
    const components = counts.flatMap(([c, n]) =>
      n === undefined ? [] : [component(c, numeric(n))],
    );
    if (st.stressfulShare !== undefined)
      components.push(component('stressful-share', percent(st.stressfulShare)));
    if (st.formalShare !== undefined)
      components.push(component('formal-share', percent(st.formalShare)));
    if (components.length > 0) {
      indexObs.push(
        observation('network-structure', code('network-structure'), category, effective, {
          component: components,
        }),
      );
    }
  }
  const score = observation(
    'isolation-risk-score',
    code('isolation-risk-score'),
    category,
    effective,
    {
      valueQuantity: {
        value: scores.riskScore,
        unit: '{score}',
        system: SYSTEMS.ucum,
        code: '{score}',
      },
    },
  );
  // The SDOHCC "Observation Assessment" pattern: SNOMED CT 422650009 with the level as value,
  // derived from the answers and from the score and indices it summarises.
  const assessmentObs = observation(
    'isolation-risk',
    { coding: [SOCIAL_ISOLATION] },
    category,
    effective,
    {
      valueCodeableConcept: {
        coding: [
          {
            system: urls.codeSystem('toile-risk-level'),
            code: scores.level,
            display: RISK_LEVEL_DISPLAY[scores.level],
          },
        ],
      },
      derivedFrom: [score, ...indexObs].map((o) => ({ reference: urnOf(o.id ?? '') })),
    },
  );
  return [...out, assessmentObs, score, ...indexObs];
}
