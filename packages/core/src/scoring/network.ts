import type { Assessment } from '../schemas/assessment.js';
import type { Proximity } from '../schemas/common.js';
import type { Tie } from '../schemas/ecomap.js';
import type { Person } from '../schemas/registry.js';
import type { RelationCategory, Vocabularies } from '../vocabulary/types.js';

/** An answer as the scores read it: known yes, known no, or not known (never assumed). */
export type Known = 'yes' | 'no' | 'unknown';

/** One living person of the tenant's network, as every index reads them. */
export interface NetworkMember {
  readonly id: string;
  readonly name: string;
  readonly category: RelationCategory;
  /** Relatives by birth, marriage or adoption (LSNS-6 family block). */
  readonly family: boolean;
  /** Friends and neighbours (LSNS-6 friends block). */
  readonly friend: boolean;
  /** The ecomap ties to this person (possibly none: drawn only on the genogram). */
  readonly tieIds: readonly string[];
  /** Sees or hears from them at least once a month. */
  readonly monthly: Known;
  readonly confidant: Known;
  readonly canHelp: Known;
  readonly proximity: Proximity | undefined;
  /** Lives in the household, the building or the neighbourhood. */
  readonly local: Known;
  /** Lives within the region (household to region). */
  readonly withinReach: Known;
  /** Lives with the tenant. */
  readonly cohabits: Known;
}

/** A deceased person related to the tenant, with the year of death when known. */
export interface DeceasedRelative {
  readonly id: string;
  readonly name: string;
  readonly deathYear: number | undefined;
}

/** Everything the indices read from the maps, computed once per record. */
export interface Network {
  readonly tenantId: string;
  readonly members: readonly NetworkMember[];
  /** Ties counted (to living people or to systems, available in the current season). */
  readonly ties: readonly Tie[];
  readonly deceasedRelatives: readonly DeceasedRelative[];
  /** Ids of strained genogram relations (cut-off, conflict...) between the tenant and a living relative. */
  readonly strainedRelationIds: readonly string[];
  readonly vocabularies: Vocabularies;
  readonly month: number;
  readonly year: number;
}

const LOCAL: ReadonlySet<Proximity> = new Set(['same_household', 'same_building', 'neighbourhood']);
const REACH: ReadonlySet<Proximity> = new Set([...LOCAL, 'region']);
const FAMILY: ReadonlySet<RelationCategory> = new Set([
  'partner',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other_family',
]);

function known(value: boolean | undefined): Known {
  if (value === undefined) return 'unknown';
  return value ? 'yes' : 'no';
}

/** Relations that the genogram itself shows (used when the relation type was not recorded). */
function genogramRelations(a: Assessment): Map<string, RelationCategory> {
  const me = a.tenant.personId;
  const out = new Map<string, RelationCategory>();
  const parentsOf = (id: string): string[] =>
    a.genogram.parentChild.filter((pc) => pc.childId === id).map((pc) => pc.parentId);
  for (const pc of a.genogram.parentChild) {
    if (pc.parentId === me) out.set(pc.childId, 'child');
    if (pc.childId === me) out.set(pc.parentId, 'parent');
  }
  const myParents = new Set(parentsOf(me));
  for (const pc of a.genogram.parentChild) {
    if (pc.childId !== me && myParents.has(pc.parentId) && !out.has(pc.childId)) {
      out.set(pc.childId, 'sibling');
    }
  }
  for (const child of [...out].filter(([, c]) => c === 'child').map(([id]) => id)) {
    for (const pc of a.genogram.parentChild) {
      if (pc.parentId === child && !out.has(pc.childId)) out.set(pc.childId, 'grandchild');
    }
  }
  for (const u of a.genogram.unions) {
    if (u.status !== 'active') continue;
    const [x, y] = u.partnerIds;
    if (x === me) out.set(y, 'partner');
    if (y === me) out.set(x, 'partner');
  }
  return out;
}

function monthlyOf(p: Person): Known {
  const c = p.contact;
  if (c?.atLeastMonthly === 'yes' || c?.atLeastMonthly === 'no') return c.atLeastMonthly;
  // "souvent" and "très souvent" are read as at least monthly, "pas du tout" as not; "quelques
  // fois" stays unknown (it can be yearly). A missing frequency is unknown, never "never".
  switch (c?.frequency) {
    case 'often':
    case 'very_often':
      return 'yes';
    case 'not_at_all':
      return 'no';
    default:
      return 'unknown';
  }
}

/** Whether a tie is available this month (a summer-only garden does not count in January). */
export function tieInSeason(tie: Tie, month: number, winterMonths: readonly number[]): boolean {
  if (tie.seasonal === 'all_year') return true;
  const winter = winterMonths.includes(month);
  return tie.seasonal === 'winter' ? winter : !winter;
}

/** Parses `YYYY-MM-DD` into its numbers; the caller supplies the date (core never reads a clock). */
export function parseDay(day: string): { year: number; month: number; date: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Invalid date: ${day}`);
  return { year: Number(m[1]), month: Number(m[2]), date: Number(m[3]) };
}

/**
 * Reads the network from the registry, the genogram and the ecomap. A person counts when they are
 * alive and either have a tie, recorded contact information, or a close relation drawn on the
 * genogram; deceased people never count as contacts (a recent death is a context factor instead).
 */
export function readNetwork(
  a: Assessment,
  vocabularies: Vocabularies,
  today: string,
  winterMonths: readonly number[],
): Network {
  const { year, month } = parseDay(today);
  const me = a.tenant.personId;
  const relTypes = new Map(vocabularies.relationTypes.map((r) => [r.id, r.category] as const));
  const sectors = new Map(vocabularies.sectors.map((s) => [s.id, s] as const));
  const fromGenogram = genogramRelations(a);
  const byId = new Map(a.registry.map((e) => [e.id, e] as const));
  const deceasedIds = new Set(
    a.registry.filter((e) => e.kind === 'person' && e.deceased === true).map((e) => e.id),
  );
  const ties = a.ecomap.ties.filter(
    (t) =>
      t.targetId !== me &&
      byId.has(t.targetId) &&
      !deceasedIds.has(t.targetId) &&
      tieInSeason(t, month, winterMonths),
  );
  const tiesByTarget = new Map<string, Tie[]>();
  for (const t of ties) tiesByTarget.set(t.targetId, [...(tiesByTarget.get(t.targetId) ?? []), t]);

  const members: NetworkMember[] = [];
  const deceasedRelatives: DeceasedRelative[] = [];
  for (const entry of a.registry) {
    if (entry.kind !== 'person' || entry.id === me) continue;
    const myTies = tiesByTarget.get(entry.id) ?? [];
    const drawnRelation = fromGenogram.get(entry.id);
    const typed = entry.contact?.relationType
      ? relTypes.get(entry.contact.relationType)
      : undefined;
    const firstTie = myTies[0];
    const bySector: RelationCategory | undefined = firstTie
      ? firstTie.sector === 'family'
        ? 'other_family'
        : firstTie.sector === 'friends'
          ? 'friend'
          : firstTie.sector === 'neighbours'
            ? 'neighbour'
            : (sectors.get(firstTie.sector)?.formal ?? firstTie.formal)
              ? 'professional'
              : 'other'
      : undefined;
    const category = typed ?? drawnRelation ?? bySector;
    if (entry.deceased === true) {
      if (category !== undefined && FAMILY.has(category)) {
        deceasedRelatives.push({ id: entry.id, name: entry.name, deathYear: entry.deathYear });
      }
      continue;
    }
    if (category === undefined) continue;
    const c = entry.contact;
    const proximity = c?.proximity;
    members.push({
      id: entry.id,
      name: entry.name,
      category,
      family: FAMILY.has(category),
      friend: category === 'friend' || category === 'neighbour',
      tieIds: myTies.map((t) => t.id),
      monthly: monthlyOf(entry),
      confidant: known(c?.confidant),
      // A caregiver can be called on for help by definition.
      canHelp: c?.caregiver === true ? 'yes' : known(c?.canHelp),
      proximity,
      local: proximity ? (LOCAL.has(proximity) ? 'yes' : 'no') : 'unknown',
      withinReach: proximity ? (REACH.has(proximity) ? 'yes' : 'no') : 'unknown',
      cohabits: proximity ? (proximity === 'same_household' ? 'yes' : 'no') : 'unknown',
    });
  }
  const living = new Set(members.filter((m) => m.family).map((m) => m.id));
  const strainedTypes = new Set(
    vocabularies.emotionalRelations
      .filter((r) => r.strained && r.id === 'cut_off')
      .map((r) => r.id),
  );
  const strainedRelationIds = a.genogram.emotionalRelations
    .filter(
      (r) =>
        strainedTypes.has(r.type) &&
        ((r.fromId === me && living.has(r.toId)) || (r.toId === me && living.has(r.fromId))),
    )
    .map((r) => r.id);
  return {
    tenantId: me,
    members,
    ties,
    deceasedRelatives,
    strainedRelationIds,
    vocabularies,
    month,
    year,
  };
}
