/** The score of an administered LSNS-6; null parts could not be computed from the answers. */
export interface Lsns6Score {
  /** 0-30, or null when any item is missing. */
  readonly total: number | null;
  /** Items 1-3, 0-15, or null when one of them is missing. */
  readonly family: number | null;
  /** Items 4-6, 0-15, or null when one of them is missing. */
  readonly friends: number | null;
  /** Total < 12 (the published cut-point); null when the total is missing. */
  readonly flagged: boolean | null;
  /** 1-based numbers of the unanswered items. */
  readonly missingItems: readonly number[];
}

function sum(values: readonly (number | null)[]): number | null {
  let s = 0;
  for (const v of values) {
    if (v === null) return null;
    s += v;
  }
  return s;
}

/**
 * Scores the LSNS-6 (Lubben et al. 2006): six items scored 0-5, family items 1-3 and friends
 * items 4-6, total 0-30 (higher = more connected), flagged under 12. The publications give no
 * missing-data rule, so nothing is imputed: the total needs all six items, a subscale its three.
 */
export function scoreLsns6(answers: readonly (number | null)[], cut = 12): Lsns6Score {
  const items = Array.from({ length: 6 }, (_, i) => answers[i] ?? null);
  const total = sum(items);
  return {
    total,
    family: sum(items.slice(0, 3)),
    friends: sum(items.slice(3, 6)),
    flagged: total === null ? null : total < cut,
    missingItems: items.flatMap((v, i) => (v === null ? [i + 1] : [])),
  };
}
