import type { Known, Network, NetworkMember } from './network.js';

/** LSNS-6 answer bins: none 0, one 1, two 2, three or four 3, five to eight 4, nine or more 5 (Lubben et al. 2006). */
export function lsnsBin(count: number): number {
  if (count <= 0) return 0;
  if (count <= 2) return count;
  if (count <= 4) return 3;
  if (count <= 8) return 4;
  return 5;
}

/** One estimated LSNS-6 item: the people counted, the people whose answer is unknown, and the item score. */
export interface LsnsItemEstimate {
  /** Ids of the people counted (known yes). */
  readonly ids: readonly string[];
  /** Ids of the people whose answer is not recorded. */
  readonly unknownIds: readonly string[];
  /** Item score 0-5 from the known answers. */
  readonly score: number;
  /** Item score if every unknown answer were yes. */
  readonly maxScore: number;
}

/** One estimated LSNS-6 subscale (family or friends): items monthly, confidant, help. */
export interface LsnsSubscaleEstimate {
  readonly monthly: LsnsItemEstimate;
  readonly confidant: LsnsItemEstimate;
  readonly help: LsnsItemEstimate;
  /** 0-15 from the known answers. */
  readonly score: number;
  /** 0-15 if every unknown answer were yes. */
  readonly maxScore: number;
}

/** The LSNS-6 estimated from the maps (not the administered instrument). */
export interface Lsns6Estimate {
  readonly family: LsnsSubscaleEstimate;
  readonly friends: LsnsSubscaleEstimate;
  /** 0-30 from the known answers. */
  readonly total: number;
  /** 0-30 if every unknown answer were yes; equals `total` when nothing is missing. */
  readonly maxTotal: number;
  /** The cut-point used (12 by default). */
  readonly cut: number;
  /** True only when even the favourable reading of unknown answers stays under the cut-point. */
  readonly flagged: boolean;
  /** Ids of every person counted in any item. */
  readonly evidence: readonly string[];
}

function item(
  members: readonly NetworkMember[],
  pick: (m: NetworkMember) => Known,
): LsnsItemEstimate {
  const ids = members.filter((m) => pick(m) === 'yes').map((m) => m.id);
  const unknownIds = members.filter((m) => pick(m) === 'unknown').map((m) => m.id);
  return {
    ids,
    unknownIds,
    score: lsnsBin(ids.length),
    maxScore: lsnsBin(ids.length + unknownIds.length),
  };
}

function subscale(members: readonly NetworkMember[]): LsnsSubscaleEstimate {
  const monthly = item(members, (m) => m.monthly);
  const confidant = item(members, (m) => m.confidant);
  const help = item(members, (m) => m.canHelp);
  return {
    monthly,
    confidant,
    help,
    score: monthly.score + confidant.score + help.score,
    maxScore: monthly.maxScore + confidant.maxScore + help.maxScore,
  };
}

/**
 * Estimates the LSNS-6 from the maps: the family block counts living relatives (genogram or
 * ecomap), the friends block counts friends and neighbours, each for "at least monthly contact",
 * "can talk about private matters" and "can call on for help"; counts are binned as the
 * instrument does. Unknown answers are not counted as no: they give the upper bound `maxTotal`.
 * Source: Lubben et al. 2006, The Gerontologist 46(4):503-513; mapping per instruments.md §A5.
 */
export function estimateLsns6(network: Network, cut = 12): Lsns6Estimate {
  const family = subscale(network.members.filter((m) => m.family));
  const friends = subscale(network.members.filter((m) => m.friend));
  const total = family.score + friends.score;
  const maxTotal = family.maxScore + friends.maxScore;
  const evidence = new Set<string>();
  for (const s of [family, friends]) {
    for (const i of [s.monthly, s.confidant, s.help]) for (const id of i.ids) evidence.add(id);
  }
  return {
    family,
    friends,
    total,
    maxTotal,
    cut,
    flagged: maxTotal < cut,
    evidence: [...evidence],
  };
}
