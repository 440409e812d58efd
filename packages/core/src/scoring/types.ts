import type { Label } from '../vocabulary/types.js';
import type { RiskWeightKey } from './config.js';

/** The three levels of the scale: faible, modéré, élevé. */
export type RiskLevel = 'low' | 'moderate' | 'high';

/** French and English names of the levels. */
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, Label>> = {
  low: { fr: 'Faible', en: 'Low' },
  moderate: { fr: 'Modéré', en: 'Moderate' },
  high: { fr: 'Élevé', en: 'High' },
};

/** Where a factor comes from: the ecomap/genogram structure, the context questions, or an instrument. */
export type FactorGroup = 'network' | 'family' | 'context' | 'instrument';

/** One contributing factor of the score. */
export interface RiskFactor {
  /** A stable id, e.g. `lives_alone`. */
  readonly id: string;
  /** The configuration weight that gives its points. */
  readonly weight: RiskWeightKey;
  readonly group: FactorGroup;
  /** Points added to the score. */
  readonly points: number;
  readonly label: Label;
  /** Ids of the people, systems, ties or relations behind it (may be empty: e.g. "no tie of this kind"). */
  readonly evidence: readonly string[];
  /** The research line or instrument that motivates it. */
  readonly source: string;
}
