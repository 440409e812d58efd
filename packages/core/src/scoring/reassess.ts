import type { RiskConfig } from './config.js';
import { parseDay } from './network.js';
import type { RiskLevel } from './types.js';

/** Adds whole days to a `YYYY-MM-DD` date (UTC calendar arithmetic, no clock read). */
export function addDays(day: string, days: number): string {
  const { year, month, date } = parseDay(day);
  const d = new Date(Date.UTC(year, month - 1, date + days));
  return d.toISOString().slice(0, 10);
}

/** Why the reassessment date is what it is. */
export type ReassessReason = 'pre_winter' | 'high' | 'default';

/**
 * The date by which to reassess: sooner before winter (002:L3724-3744, L5092-5096) and when the
 * level is high; the durations are design choices from the configuration. `today` is passed in.
 */
export function reassessBy(
  today: string,
  level: RiskLevel,
  config: RiskConfig,
): { readonly date: string; readonly weeks: number; readonly reason: ReassessReason } {
  const { month } = parseDay(today);
  const r = config.reassess;
  const options: { weeks: number; reason: ReassessReason }[] = [
    { weeks: r.defaultWeeks, reason: 'default' },
  ];
  if (r.preWinterMonths.includes(month))
    options.push({ weeks: r.preWinterWeeks, reason: 'pre_winter' });
  if (level === 'high') options.push({ weeks: r.highWeeks, reason: 'high' });
  const best = options.reduce((a, b) => (b.weeks < a.weeks ? b : a));
  return { date: addDays(today, best.weeks * 7), weeks: best.weeks, reason: best.reason };
}
