import type { Assessment } from '../schemas/assessment.js';
import { scoreDjg6, type Djg6Score } from '../instruments/djg6.js';
import { scoreLsns6, type Lsns6Score } from '../instruments/lsns6.js';
import { scoreUcla3, type Ucla3Score } from '../instruments/ucla3.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import type { Label, Vocabularies } from '../vocabulary/types.js';
import type { ValidationIssue } from '../validation/issues.js';
import { issue } from '../validation/issues.js';
import { resolveRiskConfig, type RiskConfig } from './config.js';
import { computeCompleteness, type Completeness } from './completeness.js';
import { computeRiskCore, type RiskIndices } from './risk-core.js';
import { reassessBy, type ReassessReason } from './reassess.js';
import { RISK_LEVEL_LABELS, type RiskFactor, type RiskLevel } from './types.js';
import { whatWouldLower, type LowerSuggestion } from './what-would-lower.js';
import { worstCase } from './worst-case.js';

/** Options of `scoreIsolationRisk`. */
export interface ScoreOptions {
  /** Today's date, `YYYY-MM-DD`; injected, never read from a clock. */
  readonly today: string;
  /** The vocabularies in force; core's defaults when absent. */
  readonly vocabularies?: Vocabularies;
}

/** The administered LSNS-6 next to its estimate from the maps. */
export interface LsnsComparison {
  readonly estimate: {
    readonly total: number;
    readonly maxTotal: number;
    readonly flagged: boolean;
  };
  readonly administered: Lsns6Score;
  /** True when they disagree on the flag, or the administered total lies outside the estimated range by more than 3 points: show both. */
  readonly disagree: boolean;
}

/** Confidence in the score: how complete the record is and how far missing answers could move it. */
export type Confidence = 'low' | 'moderate' | 'high';

/** One reason the person is « à surveiller ». */
export interface WatchReason {
  readonly id: 'high_level' | 'self_management' | 'recent_loss_alone';
  readonly label: Label;
}

/** The full result of the isolation-risk scale. */
export interface RiskResult {
  readonly level: RiskLevel;
  readonly levelLabel: Label;
  /** 0-100. */
  readonly score: number;
  /** The factors with their points, largest first. */
  readonly factors: readonly RiskFactor[];
  readonly indices: RiskIndices;
  /** Administered instruments, scored with their published rules, when they were asked. */
  readonly instruments: {
    readonly lsns6?: Lsns6Score;
    readonly ucla3?: Ucla3Score;
    readonly djg6?: Djg6Score;
  };
  readonly lsnsComparison?: LsnsComparison;
  readonly whatWouldLower: readonly LowerSuggestion[];
  readonly completeness: Completeness;
  /** The score with every missing answer read unfavourably: missing answers could raise it up to `max`. */
  readonly scoreRange: { readonly min: number; readonly max: number };
  readonly confidence: Confidence;
  readonly watch: { readonly flag: boolean; readonly reasons: readonly WatchReason[] };
  readonly reassessBy: string;
  readonly reassessReason: ReassessReason;
  /** The date the score was computed for. */
  readonly today: string;
  /** The configuration used (defaults merged with the organization's). */
  readonly config: RiskConfig;
}

/** The outcome of `scoreIsolationRisk`: a result, or the issues of an invalid configuration or date. */
export type RiskOutcome =
  | { readonly ok: true; readonly value: RiskResult }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Scores the risk of isolation from the ecomap, the genogram and the context answers, and explains
 * it: factors with their evidence, indices, administered instruments, what would lower the score
 * (by re-scoring modified copies), completeness and confidence, the watch flag and a reassessment
 * date. It supports the worker's judgment; it is not a diagnosis. Pure and deterministic: the date
 * is passed in. An invalid `config` (or `today`) returns issues, never throws.
 */
export function scoreIsolationRisk(
  assessment: Assessment,
  config: unknown,
  options: ScoreOptions,
): RiskOutcome {
  const resolved = resolveRiskConfig(config);
  if (!resolved.ok) return resolved;
  if (!DAY.test(options.today)) {
    return {
      ok: false,
      issues: [
        issue(
          ['options', 'today'],
          'invalid_format',
          'Date invalide (format AAAA-MM-JJ).',
          'Invalid date (YYYY-MM-DD).',
        ),
      ],
    };
  }
  const cfg = resolved.value;
  const vocabularies = options.vocabularies ?? DEFAULT_VOCABULARIES;
  const today = options.today;
  const core = computeRiskCore(assessment, cfg, vocabularies, today);
  const completeness = computeCompleteness(assessment, core.network);
  const max = computeRiskCore(worstCase(assessment, core.network), cfg, vocabularies, today).score;
  const spread = max - core.score;
  const t = cfg.thresholds;
  const confidence: Confidence =
    completeness.ratio < t.confidenceLow
      ? 'low'
      : completeness.ratio >= t.confidenceHigh && spread <= t.confidenceSpread
        ? 'high'
        : 'moderate';

  const a = assessment;
  const instruments: { lsns6?: Lsns6Score; ucla3?: Ucla3Score; djg6?: Djg6Score } = {};
  if (a.instruments.lsns6) instruments.lsns6 = scoreLsns6(a.instruments.lsns6.answers, t.lsnsCut);
  if (a.instruments.ucla3) instruments.ucla3 = scoreUcla3(a.instruments.ucla3.answers);
  if (a.instruments.djg6) instruments.djg6 = scoreDjg6(a.instruments.djg6.answers);
  let lsnsComparison: LsnsComparison | undefined;
  if (instruments.lsns6) {
    const e = core.indices.lsns6;
    const adm = instruments.lsns6;
    const disagree =
      adm.total !== null &&
      (adm.flagged !== e.flagged || adm.total < e.total - 3 || adm.total > e.maxTotal + 3);
    lsnsComparison = {
      estimate: { total: e.total, maxTotal: e.maxTotal, flagged: e.flagged },
      administered: adm,
      disagree,
    };
  }

  const reasons: WatchReason[] = [];
  if (core.level === 'high') {
    reasons.push({
      id: 'high_level',
      label: { fr: 'Risque d’isolement élevé', en: 'High isolation risk' },
    });
  }
  if (a.selfManagement !== undefined && a.selfManagement <= t.selfManagementWatch) {
    reasons.push({
      id: 'self_management',
      label: {
        fr: `Capacité d’autogestion ${a.selfManagement}/10 (seuil ${t.selfManagementWatch})`,
        en: `Self-management ${a.selfManagement}/10 (threshold ${t.selfManagementWatch})`,
      },
    });
  }
  if (a.tenant.livesAlone === true && core.factors.some((f) => f.id === 'recent_loss')) {
    reasons.push({
      id: 'recent_loss_alone',
      label: { fr: 'Perte récente et vit seul·e', en: 'Recent loss while living alone' },
    });
  }
  const re = reassessBy(today, core.level, cfg);
  return {
    ok: true,
    value: {
      level: core.level,
      levelLabel: RISK_LEVEL_LABELS[core.level],
      score: core.score,
      factors: [...core.factors].sort((x, y) => y.points - x.points),
      indices: core.indices,
      instruments,
      ...(lsnsComparison ? { lsnsComparison } : {}),
      whatWouldLower: whatWouldLower(a, core.score, core.network, cfg, vocabularies, today),
      completeness,
      scoreRange: { min: core.score, max },
      confidence,
      watch: { flag: reasons.length > 0, reasons },
      reassessBy: re.date,
      reassessReason: re.reason,
      today,
      config: cfg,
    },
  };
}
