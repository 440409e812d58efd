import type { Assessment } from '../schemas/assessment.js';
import type { ConsentSection } from '../schemas/consent.js';

/** Test helper: a copy of the record with each listed section granted or refused. */
export function withConsent(
  a: Assessment,
  granted: Partial<Record<ConsentSection, boolean>>,
): Assessment {
  const consent = { ...a.consent };
  for (const [section, value] of Object.entries(granted) as [ConsentSection, boolean][]) {
    consent[section] = { granted: value, date: '2026-11-02', recordedBy: 'Test' };
  }
  return { ...a, consent };
}

/** Test helper: the names of every registry entry but the tenant, and of systems' contact persons. */
export function otherNames(a: Assessment): string[] {
  return a.registry.flatMap((e) =>
    e.id === a.tenant.personId
      ? []
      : [e.name, ...(e.kind === 'system' && e.contactPerson ? [e.contactPerson] : [])],
  );
}
