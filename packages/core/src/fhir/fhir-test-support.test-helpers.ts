import type { Assessment } from '../schemas/assessment.js';
import { scoreIsolationRisk } from '../scoring/risk.js';
import { fhirScoresFromRisk, type FhirScores } from './scores.js';
import type { Bundle, ToileFhirResource } from './types.js';

/** Test helper: the export time used throughout the FHIR tests. */
export const GENERATED_AT = '2026-11-15T14:30:00-05:00';

/** Test helper: the scores of a record computed by core's scorer, in the export's shape. */
export function scoresOf(a: Assessment): FhirScores {
  const r = scoreIsolationRisk(a, undefined, { today: '2026-11-15' });
  if (!r.ok) throw new Error(`scoring failed: ${JSON.stringify(r.issues)}`);
  return fhirScoresFromRisk(r.value);
}

/** Test helper: the resources of a Bundle of one type. */
export function resourcesOf<T extends ToileFhirResource['resourceType']>(
  b: Bundle,
  type: T,
): Extract<ToileFhirResource, { resourceType: T }>[] {
  return (b.entry ?? []).flatMap((e) =>
    e.resource?.resourceType === type
      ? [e.resource as Extract<ToileFhirResource, { resourceType: T }>]
      : [],
  );
}

/** Test helper: every `reference` string anywhere in a value. */
export function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
  );
}

/** Test helper: every QuestionnaireResponse linkId, nested ones included. */
export function linkIdsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linkIdsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'linkId' && typeof v === 'string' ? [v] : linkIdsIn(v),
  );
}
