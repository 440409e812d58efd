/** One De Jong Gierveld answer. */
export type Djg6Answer = 'yes' | 'more_or_less' | 'no';

/** The developers' bands of the total: 0-1 not lonely, 2-4 moderately lonely, 5-6 severely lonely. */
export type Djg6Band = 'not_lonely' | 'moderate' | 'severe';

/** The score of an administered De Jong Gierveld 6-item scale; null parts could not be computed. */
export interface Djg6Score {
  /** Items 1-3 (negatively worded), 0-3; null when any of them is missing. */
  readonly emotional: number | null;
  /** Items 4-6 (positively worded), 0-3; null when any of them is missing. */
  readonly social: number | null;
  /** 0-6 (higher = lonelier); null when more than one item is missing. */
  readonly total: number | null;
  readonly band: Djg6Band | null;
  readonly missingItems: readonly number[];
}

/**
 * Scores the De Jong Gierveld 6-item loneliness scale (De Jong Gierveld & Van Tilburg 2006),
 * dichotomised: emotional items 1-3 score 1 for "yes" or "more or less", social items 4-6 score 1
 * for "no" or "more or less". Missing data (manual): the total is missing when more than one item
 * is missing, a subscale when any of its items is. With exactly one item missing the total is the
 * sum of the five answered items (not prorated).
 */
export function scoreDjg6(answers: readonly (Djg6Answer | null)[]): Djg6Score {
  const items = Array.from({ length: 6 }, (_, i) => answers[i] ?? null);
  const points = items.map((a, i) => {
    if (a === null) return null;
    if (a === 'more_or_less') return 1;
    return (i < 3 ? a === 'yes' : a === 'no') ? 1 : 0;
  });
  const sub = (part: readonly (number | null)[]): number | null =>
    part.some((p) => p === null) ? null : part.reduce<number>((s, p) => s + (p ?? 0), 0);
  const missingItems = items.flatMap((v, i) => (v === null ? [i + 1] : []));
  const total = missingItems.length > 1 ? null : points.reduce<number>((s, p) => s + (p ?? 0), 0);
  const band: Djg6Band | null =
    total === null ? null : total <= 1 ? 'not_lonely' : total <= 4 ? 'moderate' : 'severe';
  return {
    emotional: sub(points.slice(0, 3)),
    social: sub(points.slice(3, 6)),
    total,
    band,
    missingItems,
  };
}
