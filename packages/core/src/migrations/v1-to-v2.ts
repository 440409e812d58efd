import { DEFAULT_SECTORS } from '../vocabulary/defaults.js';
import { nextId } from '../schemas/create.js';
import type { AssessmentV1 } from './v1.js';

/**
 * The tenant's registry id in records migrated from version 1 (v1 had no tenant id); `tenant-1`,
 * `tenant-2`... when a v1 tie or family member already uses it.
 */
export const MIGRATED_TENANT_ID = 'tenant';

/**
 * Version 1 → 2: people and systems move into the shared registry; ties keep their drawing
 * attributes and gain the fields v2 added (support types none recorded, formality from the
 * sector, available all year). Family members go into the registry, where they count in the
 * scores; none is placed on the genogram, because v1 never recorded the tenant's sex and v2 never
 * guesses one: the worker places them when drawing the genogram.
 */
export function migrateV1ToV2(v1: AssessmentV1): Record<string, unknown> {
  // Every id v1 already uses; new ids (tenant, ties) are picked outside this set and kept within
  // the 64-character id limit, so a long or colliding v1 id cannot make the migrated record invalid.
  const taken = new Set<string>([...v1.family.map((f) => f.id), ...v1.ties.map((t) => t.id)]);
  const fresh = (preferred: string, prefix: string): string => {
    const id = preferred.length <= 64 && !taken.has(preferred) ? preferred : nextId(prefix, taken);
    taken.add(id);
    return id;
  };
  const tenantId = fresh(MIGRATED_TENANT_ID, MIGRATED_TENANT_ID);
  const registry: Record<string, unknown>[] = [
    {
      id: tenantId,
      kind: 'person',
      name: v1.tenant.name,
      ...(v1.tenant.birthYear !== undefined ? { birthYear: v1.tenant.birthYear } : {}),
    },
  ];
  const familyIds = new Set(v1.family.map((f) => f.id));
  // A tie to a family member carried its contact frequency; v2 keeps it on the member's contact.
  const tieFrequency = new Map(v1.ties.map((t) => [t.id, t.frequency] as const));
  for (const f of v1.family) {
    const frequency = tieFrequency.get(f.id);
    const contact = {
      ...(f.relationType !== undefined ? { relationType: f.relationType } : {}),
      ...(frequency !== undefined ? { frequency } : {}),
    };
    registry.push({
      id: f.id,
      kind: 'person',
      name: f.name,
      ...(f.sex !== undefined ? { sex: f.sex } : {}),
      ...(f.birthYear !== undefined ? { birthYear: f.birthYear } : {}),
      ...(f.deceased !== undefined ? { deceased: f.deceased } : {}),
      ...(Object.keys(contact).length > 0 ? { contact } : {}),
    });
  }
  const ties: Record<string, unknown>[] = [];
  for (const t of v1.ties) {
    // In v1 a tie's id doubled as its contact's id; v2 keeps it for the registry entry.
    const entryId = t.id;
    const tieId = fresh(`tie-${t.id}`, 'tie');
    if (!familyIds.has(entryId)) {
      registry.push(
        t.kind === 'person'
          ? {
              id: entryId,
              kind: 'person',
              name: t.name,
              ...(t.frequency ? { contact: { frequency: t.frequency } } : {}),
            }
          : {
              id: entryId,
              kind: 'system',
              name: t.name,
              sector: t.sector,
              ...(t.frequency ? { contact: { frequency: t.frequency } } : {}),
            },
      );
    }
    const sector = DEFAULT_SECTORS.find((s) => s.id === t.sector);
    ties.push({
      id: tieId,
      targetId: entryId,
      sector: t.sector,
      strength: t.strength,
      stressful: t.stressful,
      flow: t.flow,
      supportTypes: [],
      formal: sector?.formal ?? t.kind === 'system',
      seasonal: 'all_year',
      ...(t.notes !== undefined ? { notes: t.notes } : {}),
    });
  }
  return {
    schemaVersion: 2,
    id: v1.id,
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    revision: v1.revision,
    tenant: {
      personId: tenantId,
      tenure: v1.tenant.tenure,
      ...(v1.tenant.livesAlone !== undefined ? { livesAlone: v1.tenant.livesAlone } : {}),
      languages: v1.tenant.languages ?? [],
      formOfAddress: v1.tenant.formOfAddress ?? 'vous',
    },
    registry,
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
    ecomap: { ties, links: [] },
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
