/** The score of an administered UCLA-3; null when it could not be computed. */
export interface Ucla3Score {
  /** 3-9 (higher = lonelier), or null when any item is missing. */
  readonly total: number | null;
  /** Total ≥ 6, the "lonely" grouping in use (no official cut-off); null when the total is missing. */
  readonly lonely: boolean | null;
  readonly missingItems: readonly number[];
}

/**
 * Scores the 3-item UCLA Loneliness Scale (Hughes, Waite, Hawkley & Cacioppo 2004): hardly ever 1,
 * some of the time 2, often 3; total 3-9. Missing data: not scored when any item is missing.
 * The 6-9 "lonely" grouping follows the Campaign to End Loneliness guidance; it is not official.
 */
export function scoreUcla3(answers: readonly (number | null)[], lonelyFrom = 6): Ucla3Score {
  const items = Array.from({ length: 3 }, (_, i) => answers[i] ?? null);
  const missingItems = items.flatMap((v, i) => (v === null ? [i + 1] : []));
  const total = missingItems.length ? null : items.reduce<number>((s, v) => s + (v ?? 0), 0);
  return { total, lonely: total === null ? null : total >= lonelyFrom, missingItems };
}
