import type { Network, NetworkMember } from './network.js';

/** One Steptoe component: 1 (isolated on it), 0, or null when the record cannot tell. */
export interface SteptoeComponent {
  readonly value: 0 | 1 | null;
  /** The people or ties behind the answer. */
  readonly evidence: readonly string[];
  /** People whose missing answer leaves the component open. */
  readonly unknownIds: readonly string[];
  /** True when the component does not apply (no child recorded and the config does not count it). */
  readonly notApplicable?: boolean;
}

/** The Steptoe / Shankar ELSA social isolation index (0-5) read from the maps. */
export interface SteptoeIndex {
  readonly noPartner: SteptoeComponent;
  readonly children: SteptoeComponent;
  readonly family: SteptoeComponent;
  readonly friends: SteptoeComponent;
  readonly noParticipation: SteptoeComponent;
  /** Sum of the known components (0-5). */
  readonly score: number;
  /** Sum if every open component were 1. */
  readonly maxScore: number;
}

function contactComponent(
  group: readonly NetworkMember[],
  notApplicable: boolean,
): SteptoeComponent {
  const monthly = group.filter((m) => m.monthly === 'yes').map((m) => m.id);
  const unknownIds = group.filter((m) => m.monthly === 'unknown').map((m) => m.id);
  if (monthly.length > 0) return { value: 0, evidence: monthly, unknownIds: [] };
  if (unknownIds.length > 0) return { value: null, evidence: [], unknownIds };
  if (notApplicable) return { value: 0, evidence: [], unknownIds: [], notApplicable: true };
  return { value: 1, evidence: group.map((m) => m.id), unknownIds: [] };
}

/** Ties that count as taking part in an organization or group: a participation sector, not tenuous, not only receiving a service. */
export function participationTieIds(network: Network): string[] {
  const sectors = new Map(network.vocabularies.sectors.map((s) => [s.id, s] as const));
  return network.ties
    .filter(
      (t) =>
        sectors.get(t.sector)?.participation === true &&
        t.strength !== 'tenuous' &&
        t.flow !== 'toward_person',
    )
    .map((t) => t.id);
}

/**
 * Computes the Steptoe social isolation index: one point each for no partner living with the
 * person, less than monthly contact with children, with other family, with friends, and no
 * participation in any organization or group. Source: Steptoe, Shankar et al., PNAS
 * 2013;110(15):5797 (instruments.md §A4). A childless person gets the children point only when
 * `countNoChildren` is set (the ELSA reading); open components stay null, never assumed.
 */
export function computeSteptoe(
  network: Network,
  livesAlone: boolean | undefined,
  countNoChildren: boolean,
): SteptoeIndex {
  const partners = network.members.filter((m) => m.category === 'partner');
  let noPartner: SteptoeComponent;
  const cohabiting = partners.filter((p) => p.cohabits === 'yes').map((p) => p.id);
  const unknownPartner = partners.filter((p) => p.cohabits === 'unknown').map((p) => p.id);
  if (cohabiting.length > 0) noPartner = { value: 0, evidence: cohabiting, unknownIds: [] };
  else if (livesAlone === true) noPartner = { value: 1, evidence: [], unknownIds: [] };
  else if (unknownPartner.length > 0 && livesAlone === undefined) {
    noPartner = { value: null, evidence: [], unknownIds: unknownPartner };
  } else noPartner = { value: 1, evidence: partners.map((p) => p.id), unknownIds: [] };

  const children = network.members.filter((m) => m.category === 'child');
  const otherFamily = network.members.filter(
    (m) => m.family && m.category !== 'child' && m.category !== 'partner',
  );
  const friends = network.members.filter((m) => m.friend);
  const participation = participationTieIds(network);
  const parts = {
    noPartner,
    children: contactComponent(children, children.length === 0 && !countNoChildren),
    family: contactComponent(otherFamily, false),
    friends: contactComponent(friends, false),
    noParticipation: (participation.length > 0
      ? { value: 0, evidence: participation, unknownIds: [] }
      : { value: 1, evidence: [], unknownIds: [] }) satisfies SteptoeComponent,
  };
  const values = Object.values(parts).map((c) => c.value);
  return {
    ...parts,
    score: values.reduce<number>((s, v) => s + (v ?? 0), 0),
    maxScore: values.reduce<number>((s, v) => s + (v ?? 1), 0),
  };
}
