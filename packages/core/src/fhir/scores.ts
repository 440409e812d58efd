/**
 * The computed scores the FHIR export writes as Observations. Structural on purpose: the export
 * does not import the scoring module, so any scorer (or a host's own) can feed it.
 */
export interface FhirScores {
  /** The isolation-risk score, 0-100. */
  readonly riskScore: number;
  readonly level: 'low' | 'moderate' | 'high';
  /** The date the score was computed for (`YYYY-MM-DD`); the interview date when absent. */
  readonly computedFor?: string;
  /** Indices read from the ecomap and genogram; each one is written only when given. */
  readonly indices?: {
    readonly lsns6Estimate?: {
      readonly total: number;
      readonly maxTotal?: number;
      readonly flagged?: boolean;
    };
    readonly steptoe?: { readonly score: number; readonly maxScore?: number };
    readonly structure?: {
      readonly networkSize?: number;
      readonly tieCount?: number;
      readonly sectorCount?: number;
      readonly strongInformalTies?: number;
      readonly reciprocalTies?: number;
      /** 0-1. */
      readonly stressfulShare?: number;
      /** 0-1. */
      readonly formalShare?: number;
      readonly localTies?: number;
      readonly familyNearby?: number;
      readonly participationTies?: number;
    };
  };
}

/** The parts of a risk result `fhirScoresFromRisk` reads (the shape of `scoreIsolationRisk`'s value). */
export interface RiskResultLike {
  readonly score: number;
  readonly level: 'low' | 'moderate' | 'high';
  readonly today?: string;
  readonly indices: {
    readonly lsns6: {
      readonly total: number;
      readonly maxTotal: number;
      readonly flagged: boolean;
    };
    readonly steptoe: { readonly score: number; readonly maxScore: number };
    readonly structure: {
      readonly size: number;
      readonly tieCount: number;
      readonly sectors: readonly string[];
      readonly strongInformalTieIds: readonly string[];
      readonly reciprocalTieIds: readonly string[];
      readonly stressfulShare: number;
      readonly formalShare: number;
      readonly localIds: readonly string[];
      readonly familyNearbyIds: readonly string[];
      readonly participationTieIds: readonly string[];
    };
  };
}

/**
 * Turns a risk result (e.g. `scoreIsolationRisk(...).value`) into the export's score input: the
 * totals only, never the factors or the ids behind them.
 */
export function fhirScoresFromRisk(result: RiskResultLike): FhirScores {
  const s = result.indices.structure;
  return {
    riskScore: result.score,
    level: result.level,
    ...(result.today !== undefined ? { computedFor: result.today } : {}),
    indices: {
      lsns6Estimate: {
        total: result.indices.lsns6.total,
        maxTotal: result.indices.lsns6.maxTotal,
        flagged: result.indices.lsns6.flagged,
      },
      steptoe: { score: result.indices.steptoe.score, maxScore: result.indices.steptoe.maxScore },
      structure: {
        networkSize: s.size,
        tieCount: s.tieCount,
        sectorCount: s.sectors.length,
        strongInformalTies: s.strongInformalTieIds.length,
        reciprocalTies: s.reciprocalTieIds.length,
        stressfulShare: s.stressfulShare,
        formalShare: s.formalShare,
        localTies: s.localIds.length,
        familyNearby: s.familyNearbyIds.length,
        participationTies: s.participationTieIds.length,
      },
    },
  };
}
