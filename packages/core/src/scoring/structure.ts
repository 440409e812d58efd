import type { Network } from './network.js';
import { participationTieIds } from './steptoe.js';

/** Structural metrics of the network, each with the ids behind it. */
export interface StructureMetrics {
  /** Living people counted in the network (ecomap or genogram). */
  readonly size: number;
  readonly memberIds: readonly string[];
  /** Ecomap ties counted (living people and systems, in season). */
  readonly tieCount: number;
  /** Distinct ecomap sectors covered by those ties. */
  readonly sectors: readonly string[];
  /** Strong, informal, non-stressful ties. */
  readonly strongInformalTieIds: readonly string[];
  /** Ties with support flowing both ways. */
  readonly reciprocalTieIds: readonly string[];
  readonly stressfulTieIds: readonly string[];
  /** Share of ties that are stressful (0-1; 0 when there is no tie). */
  readonly stressfulShare: number;
  /** People in the household, building or neighbourhood, and ties in the neighbours sector. */
  readonly localIds: readonly string[];
  readonly formalTieIds: readonly string[];
  /** Share of ties that are formal (0-1; 0 when there is no tie). */
  readonly formalShare: number;
  /** Living relatives within the region. */
  readonly familyNearbyIds: readonly string[];
  /** Relatives whose place of residence is not recorded. */
  readonly familyProximityUnknownIds: readonly string[];
  /** Ties that count as participation in an organization or group. */
  readonly participationTieIds: readonly string[];
}

/**
 * Reads the structure of the network: size, sectors, strong informal ties, reciprocity, stressful
 * share, local ties, formal share, family nearby and participation (domain.md §7.5, items 1-2).
 */
export function computeStructure(network: Network): StructureMetrics {
  const ties = network.ties;
  // A companion animal helps (002:L4764-4766) but is not a social tie.
  const social = ties.filter((t) => t.sector !== 'pets');
  const stressful = ties.filter((t) => t.stressful).map((t) => t.id);
  const formal = ties.filter((t) => t.formal).map((t) => t.id);
  const local = new Set<string>();
  for (const m of network.members) if (m.local === 'yes') local.add(m.id);
  for (const t of ties) if (t.sector === 'neighbours') local.add(t.targetId);
  const family = network.members.filter((m) => m.family);
  return {
    size: network.members.length,
    memberIds: network.members.map((m) => m.id),
    tieCount: ties.length,
    sectors: [...new Set(ties.map((t) => t.sector))],
    strongInformalTieIds: social
      .filter((t) => t.strength === 'strong' && !t.formal && !t.stressful)
      .map((t) => t.id),
    reciprocalTieIds: social.filter((t) => t.flow === 'both').map((t) => t.id),
    stressfulTieIds: stressful,
    stressfulShare: ties.length ? stressful.length / ties.length : 0,
    localIds: [...local],
    formalTieIds: formal,
    formalShare: ties.length ? formal.length / ties.length : 0,
    familyNearbyIds: family.filter((m) => m.withinReach === 'yes').map((m) => m.id),
    familyProximityUnknownIds: family.filter((m) => m.withinReach === 'unknown').map((m) => m.id),
    participationTieIds: participationTieIds(network),
  };
}
