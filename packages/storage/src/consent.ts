import { filterByConsent, type Assessment } from '@toile/core';

/**
 * The record as a consent-filtered export carries it: only what the tenant consented to share,
 * through core's one consent filter (`filterByConsent`), so JSON, FHIR and print exports agree.
 */
export function filterForExport(record: Assessment): Assessment {
  return filterByConsent(record);
}
