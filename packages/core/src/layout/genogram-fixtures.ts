import type { Assessment } from '../schemas/assessment.js';
import { createAssessment } from '../schemas/create.js';
import type { MultipleBirth, ParentChild, Union } from '../schemas/genogram.js';
import type { Person } from '../schemas/registry.js';

/** Knobs of `generateFamily`; probabilities between 0 and 1. */
export interface FamilyShape {
  /** Chance a person has a second partner after a divorce (half-siblings). */
  readonly remarriage?: number;
  /** Chance an in-law comes with their own parents (two families joined). */
  readonly inLawParents?: number;
  /** Chance a child is adopted. */
  readonly adoption?: number;
  /** Chance a family has twins. */
  readonly twins?: number;
  /** Chance a couple has a pregnancy loss drawn. */
  readonly pregnancy?: number;
}

/** A small seeded generator (LCG, as d3's randomLcg): deterministic, no Math.random. */
function lcg(seed: number): () => number {
  let state = Math.abs(Math.trunc(seed)) % 4294967296 || 1;
  return () => {
    state = (1664525 * state + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Generates a valid multi-generation family of exactly `size` persons (1 or more): a founding
 * couple, children, partners marrying in (some with their own parents), divorces and remarriages
 * with half-siblings, adoptions, twins and pregnancy losses. Used by the property tests and the
 * benchmark; the tenant (index person) is a person of the middle generation.
 */
export function generateFamily(size: number, seed: number, shape: FamilyShape = {}): Assessment {
  const rnd = lcg(seed);
  const pRemarry = shape.remarriage ?? 0.2;
  const pInLawParents = shape.inLawParents ?? 0.12;
  const pAdopt = shape.adoption ?? 0.06;
  const pTwins = shape.twins ?? 0.08;
  const pPregnancy = shape.pregnancy ?? 0.05;
  const a = createAssessment({
    id: `gen-${String(seed)}`,
    now: '2026-01-01T00:00:00Z',
    tenantName: 'P0',
    tenantPersonId: 'p0',
  });
  const registry: Person[] = [];
  const unions: Union[] = [];
  const links: ParentChild[] = [];
  const births: MultipleBirth[] = [];
  const pregnancies: Assessment['genogram']['pregnancies'] = [];
  const gen = new Map<string, number>();
  let n = 0;
  const person = (g: number, year: number): Person | undefined => {
    if (n >= size) return undefined;
    const id = `p${String(n)}`;
    n += 1;
    const r = rnd();
    const sex: Person['sex'] =
      r < 0.47 ? 'female' : r < 0.94 ? 'male' : r < 0.97 ? 'unknown' : 'intersex';
    const p: Person = {
      id,
      kind: 'person',
      name: `P${String(n - 1)}`,
      sex,
      birthYear: Math.min(2026, year),
    };
    registry.push(p);
    gen.set(id, g);
    return p;
  };
  const union = (x: string, y: string, start: number, status: Union['status']): void => {
    unions.push({
      id: `u${String(unions.length)}`,
      partnerIds: [x, y],
      type: rnd() < 0.7 ? 'married' : 'cohabiting',
      status,
      startYear: Math.min(2026, start),
    });
  };
  const link = (parent: string, child: string, kind: ParentChild['kind']): void => {
    links.push({ id: `l${String(links.length)}`, parentId: parent, childId: child, kind });
  };
  const founderA = person(0, 1900);
  const founderB = person(0, 1902);
  if (founderA && founderB) union(founderA.id, founderB.id, 1925, 'active');
  const queue: { id: string; partners: string[] }[] = [];
  if (founderA && founderB)
    queue.push({ id: `${founderA.id}+${founderB.id}`, partners: [founderA.id, founderB.id] });
  let guard = 0;
  const partnered = (id: string): boolean => unions.some((u) => u.partnerIds.includes(id));
  while (n < size && guard < 10000) {
    guard += 1;
    if (queue.length === 0) {
      // Every family is done but the family is still too small: someone single finds a partner.
      const single = [...registry].reverse().find((p) => !partnered(p.id));
      const mate = single ? person(gen.get(single.id) ?? 0, single.birthYear ?? 1950) : undefined;
      if (!single || !mate) break;
      union(single.id, mate.id, (single.birthYear ?? 1950) + 25, 'active');
      queue.push({ id: `${single.id}+${mate.id}`, partners: [single.id, mate.id] });
    }
    const fam = queue.shift();
    if (!fam) break;
    const parents = fam.partners;
    const g = (gen.get(parents[0] ?? '') ?? 0) + 1;
    const baseYear = 1900 + g * 25;
    const kids = 1 + Math.floor(rnd() * 3);
    const twins = rnd() < pTwins && kids >= 2 && n + 2 <= size;
    if (rnd() < pPregnancy && parents.length === 2) {
      pregnancies.push({
        id: `preg${String(pregnancies.length)}`,
        parentIds: [...parents],
        outcome: rnd() < 0.5 ? 'miscarriage' : 'stillbirth',
        year: baseYear,
      });
    }
    const made: string[] = [];
    for (let k = 0; k < kids && n < size; k += 1) {
      const c = person(g, baseYear + k * 2);
      if (!c) break;
      made.push(c.id);
      const kind: ParentChild['kind'] = rnd() < pAdopt ? 'adoptive' : 'biological';
      for (const p of parents) link(p, c.id, kind);
    }
    if (twins && made.length >= 2) {
      births.push({
        id: `mb${String(births.length)}`,
        childIds: [made[0] ?? '', made[1] ?? ''],
        zygosity: rnd() < 0.5 ? 'MZ' : 'DZ',
      });
    }
    for (const c of made) {
      if (n >= size || rnd() < 0.2) continue;
      const inLaw = person(g, baseYear + 1);
      if (!inLaw) break;
      if (rnd() < pInLawParents && n + 2 <= size) {
        const ip1 = person(g - 1, baseYear - 25);
        const ip2 = person(g - 1, baseYear - 24);
        if (ip1 && ip2) {
          union(ip1.id, ip2.id, baseYear - 2, 'active');
          link(ip1.id, inLaw.id, 'biological');
          link(ip2.id, inLaw.id, 'biological');
        }
      }
      const remarry = rnd() < pRemarry;
      union(c, inLaw.id, baseYear + 22, remarry ? 'divorced' : 'active');
      queue.push({ id: `${c}+${inLaw.id}`, partners: [c, inLaw.id] });
      if (remarry && n < size) {
        const second = person(g, baseYear + 3);
        if (second) {
          union(c, second.id, baseYear + 30, 'active');
          queue.push({ id: `${c}+${second.id}`, partners: [c, second.id] });
        }
      }
    }
  }
  // Tenant: the first person of the middle generation.
  const maxGen = Math.max(0, ...gen.values());
  const mid = Math.floor(maxGen / 2);
  const tenant = registry.find((p) => gen.get(p.id) === mid) ?? registry[0];
  const tenantId = tenant?.id ?? 'p0';
  return {
    ...a,
    tenant: { ...a.tenant, personId: tenantId },
    registry,
    genogram: {
      ...a.genogram,
      memberIds: registry.map((p) => p.id),
      unions,
      parentChild: links,
      multipleBirths: births,
      pregnancies,
    },
  };
}
