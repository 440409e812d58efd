import type { Assessment, RegistryEntry } from '@toile/core';

/** The parts of a record a worker chooses between when two tabs saved different versions. */
export const MERGE_SECTIONS = [
  'consent',
  'tenant',
  'genogram',
  'ecomap',
  'questions',
  'profile',
  'notes',
] as const;

/** One part of the record, as shown side by side in the conflict view. */
export type MergeSection = (typeof MERGE_SECTIONS)[number];

/** Which version to keep for one section: this page's (`mine`) or the other tab's (`theirs`). */
export type MergeSide = 'mine' | 'theirs';

/** A choice per section. */
export type MergeChoices = Readonly<Record<MergeSection, MergeSide>>;

/** The record fields each section owns (the registry is merged apart, see `mergeVersions`). */
const FIELDS = {
  consent: ['consent'],
  tenant: ['tenant', 'interviewDate', 'retention'],
  genogram: ['genogram', 'households'],
  ecomap: ['ecomap'],
  questions: ['context', 'preferences', 'selfManagement', 'instruments'],
  profile: ['profile', 'plan'],
  notes: ['notes'],
} as const satisfies Record<MergeSection, readonly (keyof Assessment)[]>;

/** The part of `a` that `section` covers, as a plain object (the tenant's registry entry included). */
export function sectionValue(a: Assessment, section: MergeSection): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of FIELDS[section]) out[key] = a[key];
  if (section === 'tenant') out['person'] = a.registry.find((e) => e.id === a.tenant.personId);
  if (section === 'genogram') out['people'] = peopleOf(a, referencedByGenogram(a));
  if (section === 'ecomap') out['people'] = peopleOf(a, referencedByEcomap(a));
  return out;
}

/** Whether two records hold the same content for `section`. */
export function sameSection(a: Assessment, b: Assessment, section: MergeSection): boolean {
  return stableJson(sectionValue(a, section)) === stableJson(sectionValue(b, section));
}

/**
 * The choice to offer by default for each section, from the version both started from (`base`):
 * a section only the other tab changed keeps theirs, anything else keeps this page's. Without a
 * base, this page's version everywhere.
 */
export function defaultChoices(
  base: Assessment | undefined,
  mine: Assessment,
  theirs: Assessment,
): Record<MergeSection, MergeSide> {
  const choices = {} as Record<MergeSection, MergeSide>;
  for (const section of MERGE_SECTIONS) {
    const mineUnchanged = base !== undefined && sameSection(base, mine, section);
    choices[section] = mineUnchanged && !sameSection(base, theirs, section) ? 'theirs' : 'mine';
  }
  return choices;
}

/**
 * The merged record: each section from the chosen side, on top of `theirs` (so its `revision`, the
 * stored one, is what the next `put` carries). The registry is the union of both sides, each entry
 * taken from the side chosen for the section that uses it (tenant, then genogram, then ecomap), so
 * no person or system either side refers to is lost.
 */
export function mergeVersions(
  mine: Assessment,
  theirs: Assessment,
  choices: MergeChoices,
): Assessment {
  const pick = (section: MergeSection): Assessment => (choices[section] === 'mine' ? mine : theirs);
  const merged: Record<string, unknown> = { ...theirs };
  for (const section of MERGE_SECTIONS) {
    const from = pick(section);
    for (const key of FIELDS[section]) {
      if (from[key] === undefined) Reflect.deleteProperty(merged, key);
      else merged[key] = from[key];
    }
  }
  const owners: [Set<string>, Assessment][] = [
    [new Set([pick('tenant').tenant.personId]), pick('tenant')],
    [referencedByGenogram(pick('genogram')), pick('genogram')],
    [referencedByEcomap(pick('ecomap')), pick('ecomap')],
  ];
  const byId = new Map<string, RegistryEntry>();
  for (const entry of [...theirs.registry, ...mine.registry]) {
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
  }
  const registry = [...byId.values()].map((entry) => {
    for (const [ids, side] of owners) {
      if (!ids.has(entry.id)) continue;
      const own = side.registry.find((e) => e.id === entry.id);
      if (own) return own;
    }
    return entry;
  });
  return { ...(merged as Assessment), registry, revision: theirs.revision };
}

function referencedByGenogram(a: Assessment): Set<string> {
  const g = a.genogram;
  const ids = new Set<string>(g.memberIds);
  for (const u of g.unions) for (const id of u.partnerIds) ids.add(id);
  for (const pc of g.parentChild) ids.add(pc.parentId).add(pc.childId);
  for (const r of g.emotionalRelations) ids.add(r.fromId).add(r.toId);
  for (const m of g.multipleBirths) for (const id of m.childIds) ids.add(id);
  for (const p of g.pregnancies) for (const id of p.parentIds) ids.add(id);
  for (const h of a.households) for (const id of h.memberIds) ids.add(id);
  return ids;
}

function referencedByEcomap(a: Assessment): Set<string> {
  const ids = new Set<string>();
  for (const t of a.ecomap.ties) ids.add(t.targetId);
  for (const l of a.ecomap.links) ids.add(l.aId).add(l.bId);
  return ids;
}

function peopleOf(a: Assessment, ids: ReadonlySet<string>): RegistryEntry[] {
  return a.registry.filter((e) => ids.has(e.id));
}

/** JSON with object keys sorted, so two equal values compare equal as text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}
