import type { Assessment } from '../schemas/assessment.js';
import type { Vocabularies } from '../vocabulary/types.js';
import type { RiskConfig } from './config.js';
import { contextFactors } from './context-factors.js';
import { estimateLsns6, type Lsns6Estimate } from './lsns6-estimate.js';
import { readNetwork, type Network } from './network.js';
import { networkFactors } from './network-factors.js';
import { computeSteptoe, type SteptoeIndex } from './steptoe.js';
import { computeStructure, type StructureMetrics } from './structure.js';
import type { RiskFactor, RiskLevel } from './types.js';

/** The indices read from the maps. */
export interface RiskIndices {
  readonly lsns6: Lsns6Estimate;
  readonly steptoe: SteptoeIndex;
  readonly structure: StructureMetrics;
}

/** The score alone (no what-would-lower, no completeness): what re-scoring needs. */
export interface RiskCore {
  readonly score: number;
  readonly level: RiskLevel;
  readonly factors: readonly RiskFactor[];
  readonly indices: RiskIndices;
  readonly network: Network;
}

/** The level of a score under the configured thresholds. */
export function levelOf(score: number, config: RiskConfig): RiskLevel {
  if (score >= config.thresholds.high) return 'high';
  if (score >= config.thresholds.moderate) return 'moderate';
  return 'low';
}

/**
 * Scores one record: the sum of the factors' points, capped at 100. Preferences (privacy,
 * socialisation) and group identity are never read, so they can never add points.
 */
export function computeRiskCore(
  a: Assessment,
  config: RiskConfig,
  vocabularies: Vocabularies,
  today: string,
): RiskCore {
  const network = readNetwork(a, vocabularies, today, config.reassess.winterMonths);
  const lsns6 = estimateLsns6(network, config.thresholds.lsnsCut);
  const steptoe = computeSteptoe(network, a.tenant.livesAlone, config.steptoeCountsNoChildren);
  const structure = computeStructure(network);
  const factors = [
    ...networkFactors(network, lsns6, steptoe, structure, config),
    ...contextFactors(a, network, config),
  ].filter((f) => f.points > 0);
  const score = Math.min(
    100,
    factors.reduce((s, f) => s + f.points, 0),
  );
  return {
    score,
    level: levelOf(score, config),
    factors,
    indices: { lsns6, steptoe, structure },
    network,
  };
}
