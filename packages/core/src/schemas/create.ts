import { SCHEMA_VERSION, type Assessment } from './assessment.js';
import type { Tenure } from './tenant.js';

/** What `createAssessment` needs; the clock and ids are passed in so that core stays deterministic. */
export interface CreateAssessmentInput {
  /** The new record's id. */
  readonly id: string;
  /** The creation time, an ISO date-time (the caller reads the clock). */
  readonly now: string;
  /** The tenant's display name or pseudonym. */
  readonly tenantName: string;
  /** The tenant's registry id; `tenant` by default. */
  readonly tenantPersonId?: string;
  /** The housing tenure; `other` by default. */
  readonly tenure?: Tenure;
}

/** Makes an empty assessment around one tenant: no ties, no family yet, vous, nothing consented. */
export function createAssessment(input: CreateAssessmentInput): Assessment {
  const personId = input.tenantPersonId ?? 'tenant';
  return {
    schemaVersion: SCHEMA_VERSION,
    id: input.id,
    createdAt: input.now,
    updatedAt: input.now,
    revision: 0,
    tenant: {
      personId,
      tenure: input.tenure ?? 'other',
      languages: ['fr'],
      formOfAddress: 'vous',
    },
    registry: [{ id: personId, kind: 'person', name: input.tenantName }],
    households: [],
    genogram: {
      memberIds: [],
      unions: [],
      parentChild: [],
      multipleBirths: [],
      pregnancies: [],
      emotionalRelations: [],
      offsets: {},
    },
    ecomap: { ties: [], links: [] },
    context: {},
    preferences: { interests: [], contactModes: [] },
    instruments: {},
    profile: [],
    plan: [],
    notes: [],
    consent: {},
    retention: {},
  };
}

/**
 * A fresh id with a prefix that is not in `taken`: `prefix-1`, `prefix-2`... Deterministic, so
 * tests and undo histories stay reproducible.
 */
export function nextId(prefix: string, taken: ReadonlySet<string>): string {
  let n = 1;
  while (taken.has(`${prefix}-${String(n)}`)) n += 1;
  return `${prefix}-${String(n)}`;
}

/** Every id used anywhere in a record (registry, ties, unions, links, profile items...). */
export function collectIds(a: Assessment): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly { id: string }[]): void => {
    for (const item of list) ids.add(item.id);
  };
  add(a.registry);
  add(a.households);
  add(a.genogram.unions);
  add(a.genogram.parentChild);
  add(a.genogram.multipleBirths);
  add(a.genogram.pregnancies);
  add(a.genogram.emotionalRelations);
  add(a.ecomap.ties);
  add(a.ecomap.links);
  add(a.profile);
  add(a.plan);
  add(a.notes);
  return ids;
}
