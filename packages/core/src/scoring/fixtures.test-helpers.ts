import type { Assessment } from '../schemas/assessment.js';
import type { Tie } from '../schemas/ecomap.js';
import type { Contact, RegistryEntry } from '../schemas/registry.js';
import { buildMinimalAssessment } from '../test-support/assessment-builders.js';

/** A June date: neither winter nor just before it, so no season factor and a 26-week reassessment. */
export const JUNE = '2026-06-15';

/** The minimal record (tenant only, nothing asked). */
export function empty(): Assessment {
  return buildMinimalAssessment();
}

/** A person entry. */
export function person(
  id: string,
  name: string,
  contact?: Contact,
  extra: Partial<RegistryEntry> = {},
): RegistryEntry {
  return { id, kind: 'person', name, ...(contact ? { contact } : {}), ...extra } as RegistryEntry;
}

/** A tie with plain defaults (moderate, informal, no flow, all year). */
export function tie(id: string, targetId: string, sector: string, extra: Partial<Tie> = {}): Tie {
  return {
    id,
    targetId,
    sector,
    strength: 'moderate',
    stressful: false,
    flow: 'none',
    supportTypes: [],
    formal: false,
    seasonal: 'all_year',
    ...extra,
  };
}

/** Returns a copy of `a` with entries and ties added. */
export function withNetwork(a: Assessment, entries: RegistryEntry[], ties: Tie[] = []): Assessment {
  return {
    ...a,
    registry: [...a.registry, ...entries],
    ecomap: { ...a.ecomap, ties: [...a.ecomap.ties, ...ties] },
  };
}
