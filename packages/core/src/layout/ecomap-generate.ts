import type { Assessment } from '../schemas/assessment.js';
import { FREQUENCIES } from '../schemas/common.js';
import { FLOWS, STRENGTHS, SUPPORT_TYPES, type Tie } from '../schemas/ecomap.js';
import type { RegistryEntry } from '../schemas/registry.js';
import { createAssessment } from '../schemas/create.js';
import { DEFAULT_SECTORS } from '../vocabulary/defaults.js';

/** Options of `generateEcomapAssessment`. */
export interface GenerateEcomapOptions {
  /** Number of ties; 20 by default. */
  readonly ties?: number;
  /** Seed of the pseudo-random sequence; 1 by default. Same seed, same record. */
  readonly seed?: number;
  /** Number of links between contacts; a tenth of the ties by default. */
  readonly links?: number;
  /** Household members besides the tenant; 0 by default. */
  readonly household?: number;
}

/** A seeded linear congruential generator in [0, 1) (the constants d3 uses), so core stays deterministic. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(1664525, s) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const FIRST = [
  'Ana',
  'Benoît',
  'Chloé',
  'Denis',
  'Élise',
  'François',
  'Gaëlle',
  'Hugo',
  'Inès',
  'Jacques',
  'Karima',
  'Louis',
  'Maude',
  'Noël',
  'Océane',
  'Pierre-Luc',
  'Wilhelmina',
];
const ORGS = [
  'CLSC',
  'Cuisine collective',
  'Banque alimentaire',
  'Maison de la famille',
  'Comité des locataires',
  'Clinique médicale',
  'Chorale',
  'Transport adapté',
];

/**
 * A valid fictional assessment with `ties` ties spread over the default sectors, for tests, the
 * demo and the benchmark. Deterministic for a given seed.
 */
export function generateEcomapAssessment(options: GenerateEcomapOptions = {}): Assessment {
  const n = options.ties ?? 20;
  const rand = lcg(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const base = createAssessment({
    id: `gen-${String(options.seed ?? 1)}`,
    now: '2026-11-02T10:00:00Z',
    tenantName: 'Locataire',
  });
  const registry: RegistryEntry[] = [...base.registry];
  const ties: Tie[] = [];
  for (let i = 0; i < n; i += 1) {
    const sector = pick(DEFAULT_SECTORS).id;
    const system = rand() < 0.35;
    const id = `e-${String(i)}`;
    const name = system ? `${pick(ORGS)} ${String(i)}` : `${pick(FIRST)} ${String(i)}`;
    const frequency = rand() < 0.2 ? undefined : pick(FREQUENCIES);
    const contact = frequency ? { frequency } : undefined;
    registry.push(
      system
        ? { id, kind: 'system', name, sector, ...(contact ? { contact } : {}) }
        : { id, kind: 'person', name, ...(contact ? { contact } : {}) },
    );
    ties.push({
      id: `t-${String(i)}`,
      targetId: id,
      sector,
      strength: pick(STRENGTHS),
      stressful: rand() < 0.15,
      flow: pick(FLOWS),
      supportTypes: SUPPORT_TYPES.filter(() => rand() < 0.3),
      formal: system,
      seasonal: 'all_year',
    });
  }
  const links = [];
  const linkCount = Math.min(options.links ?? Math.floor(n / 10), Math.floor((n * (n - 1)) / 2));
  const seen = new Set<string>();
  for (let i = 0; links.length < linkCount && i < linkCount * 20; i += 1) {
    const p = Math.floor(rand() * n);
    const q = Math.floor(rand() * n);
    const key = `${String(Math.min(p, q))}-${String(Math.max(p, q))}`;
    if (p === q || seen.has(key)) continue;
    seen.add(key);
    links.push({ id: `l-${key}`, aId: `e-${String(p)}`, bId: `e-${String(q)}` });
  }
  const households = [];
  const hh = options.household ?? 0;
  if (hh > 0) {
    const members = [base.tenant.personId];
    for (let j = 0; j < hh; j += 1) {
      const id = `hh-${String(j)}`;
      registry.push({ id, kind: 'person', name: `${pick(FIRST)} (ménage)` });
      members.push(id);
    }
    households.push({ id: 'h-1', memberIds: members });
  }
  return {
    ...base,
    tenant: hh > 0 ? { ...base.tenant, householdId: 'h-1' } : base.tenant,
    registry,
    households,
    ecomap: { ties, links },
  };
}
