import { z } from '../zod.js';
import { toIssues, issue, type ValidationIssue } from '../validation/issues.js';

const points = z.number().check(z.gte(0), z.lte(100));
const month = z.int().check(z.gte(1), z.lte(12));
const weeks = z.int().check(z.gte(1), z.lte(104));

/** Points each risk factor adds when it is present (0 switches a factor off). */
export const riskWeightsSchema = z.strictObject({
  lsnsLow: z.optional(points),
  steptoeNoPartner: z.optional(points),
  steptoeChildren: z.optional(points),
  steptoeFamily: z.optional(points),
  steptoeFriends: z.optional(points),
  steptoeNoParticipation: z.optional(points),
  noStrongInformalTie: z.optional(points),
  noFamilyWithinReach: z.optional(points),
  noReciprocalTie: z.optional(points),
  noLocalTie: z.optional(points),
  mostlyFormal: z.optional(points),
  stressfulTies: z.optional(points),
  familyCutOff: z.optional(points),
  livesAlone: z.optional(points),
  feelsAloneOften: z.optional(points),
  feelsAloneSometimes: z.optional(points),
  rarelyAsksForHelp: z.optional(points),
  lossOfAutonomy: z.optional(points),
  mentalHealthConcern: z.optional(points),
  lowDigitalLiteracy: z.optional(points),
  recentlyArrived: z.optional(points),
  notFromRegion: z.optional(points),
  recentLoss: z.optional(points),
  winter: z.optional(points),
  engagedOverloaded: z.optional(points),
  shameUsingServices: z.optional(points),
  fearOfRejection: z.optional(points),
});

/** Thresholds of the scale. */
export const riskThresholdsSchema = z.strictObject({
  /** Score from which the level is `moderate`. */
  moderate: z.optional(points),
  /** Score from which the level is `high`. */
  high: z.optional(points),
  /** LSNS-6 cut-point: a total below it is flagged. */
  lsnsCut: z.optional(z.int().check(z.gte(1), z.lte(30))),
  /** Share of formal ties above which the network is "mostly formal" (0-1). */
  formalShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Share of stressful ties from which they count (0-1). */
  stressfulShare: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Self-management at or below this value marks the person « à surveiller ». */
  selfManagementWatch: z.optional(z.int().check(z.gte(1), z.lte(10))),
  /** Digital literacy (1-4) at or below this value counts as low. */
  digitalLiteracyLow: z.optional(z.int().check(z.gte(1), z.lte(4))),
  /** A loss (or a death in the genogram) within this many years counts as recent. */
  recentLossYears: z.optional(z.int().check(z.gte(0), z.lte(20))),
  /** An arrival in the region within this many years counts as recent (0 = this year only). */
  recentArrivalYears: z.optional(z.int().check(z.gte(0), z.lte(20))),
  /** Completeness ratio below which confidence is low. */
  confidenceLow: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Completeness ratio from which confidence can be high. */
  confidenceHigh: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Largest spread (points) between the score and its unfavourable bound that still allows high confidence. */
  confidenceSpread: z.optional(points),
});

/** When to reassess. */
export const reassessSchema = z.strictObject({
  /** Months (1-12) counted as winter for the `winter` factor. */
  winterMonths: z.optional(z.array(month).check(z.maxLength(12))),
  /** Months (1-12) just before winter, when reassessment comes sooner. */
  preWinterMonths: z.optional(z.array(month).check(z.maxLength(12))),
  /** Weeks until reassessment before winter. */
  preWinterWeeks: z.optional(weeks),
  /** Weeks until reassessment when the level is high. */
  highWeeks: z.optional(weeks),
  /** Weeks until reassessment otherwise. */
  defaultWeeks: z.optional(weeks),
});

/** An organization's settings for the isolation-risk scale; every key is optional and merged over the defaults. */
export const riskConfigSchema = z.strictObject({
  weights: z.optional(riskWeightsSchema),
  thresholds: z.optional(riskThresholdsSchema),
  reassess: z.optional(reassessSchema),
  /**
   * Whether a person with no child recorded gets the Steptoe "children" point. The ELSA index
   * literally gives it; we do not by default (a young person would score for being childless).
   */
  steptoeCountsNoChildren: z.optional(z.boolean()),
});
/** The input form of the configuration (everything optional). */
export type RiskConfigInput = z.infer<typeof riskConfigSchema>;

/** The configuration in force: every key filled. */
export interface RiskConfig {
  readonly weights: Readonly<Record<RiskWeightKey, number>>;
  readonly thresholds: Readonly<Required<z.infer<typeof riskThresholdsSchema>>>;
  readonly reassess: Readonly<Required<z.infer<typeof reassessSchema>>>;
  readonly steptoeCountsNoChildren: boolean;
}
export type RiskWeightKey = keyof z.infer<typeof riskWeightsSchema>;

/** Why a default has its value: the research line or instrument behind it, and whether the number is ours. */
export interface DefaultRationale {
  /** The source: a domain.md line reference (002:Lnnn) or an instrument. */
  readonly source: string;
  /** True when no source gives a number and the value is a design choice. */
  readonly designChoice: boolean;
}

const D = (source: string, designChoice = true): DefaultRationale => ({ source, designChoice });

/**
 * Default weights. The factors come from the research (each names its line); no source gives a
 * number for any of them, so every weight is a design choice, shown to the user and configurable.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<RiskWeightKey, number>> = {
  lsnsLow: 20,
  steptoeNoPartner: 3,
  steptoeChildren: 3,
  steptoeFamily: 4,
  steptoeFriends: 4,
  steptoeNoParticipation: 4,
  noStrongInformalTie: 8,
  noFamilyWithinReach: 6,
  noReciprocalTie: 4,
  noLocalTie: 4,
  mostlyFormal: 4,
  stressfulTies: 3,
  familyCutOff: 3,
  livesAlone: 6,
  feelsAloneOften: 10,
  feelsAloneSometimes: 5,
  rarelyAsksForHelp: 4,
  lossOfAutonomy: 5,
  mentalHealthConcern: 5,
  lowDigitalLiteracy: 3,
  recentlyArrived: 5,
  notFromRegion: 3,
  recentLoss: 6,
  winter: 4,
  engagedOverloaded: 4,
  shameUsingServices: 3,
  fearOfRejection: 3,
};

/** The research line or instrument behind each weight (every number itself is a design choice). */
export const WEIGHT_RATIONALE: Readonly<Record<RiskWeightKey, DefaultRationale>> = {
  lsnsLow: D(
    'LSNS-6 (Lubben et al. 2006), cut-point < 12; weak network = high isolation profile 002:L3892-3898',
  ),
  steptoeNoPartner: D(
    'Steptoe/Shankar ELSA social isolation index (PNAS 2013): not married or cohabiting',
  ),
  steptoeChildren: D('Steptoe index: less than monthly contact with children'),
  steptoeFamily: D('Steptoe index: less than monthly contact with other family'),
  steptoeFriends: D('Steptoe index: less than monthly contact with friends'),
  steptoeNoParticipation: D(
    'Steptoe index: no participation in organizations; 47.85% never go 002:L1299-1303; participation counters isolation 002:L916-920',
  ),
  noStrongInformalTie: D(
    'High isolation profile = no or weak social and family network 002:L3892-3898',
  ),
  noFamilyWithinReach: D('Family nearby or maintained ties means less isolation 002:L4706-4710'),
  noReciprocalTie: D('Mutual aid and reciprocity 002:L922-936'),
  noLocalTie: D('No ties with neighbours goes with a strong sense of isolation 002:L875-879'),
  mostlyFormal: D(
    'Informal networks alongside formal ones 002:L930-936; people cut off from family rely on formal networks 002:L1626-1634',
  ),
  stressfulTies: D('Conflicts and tensions 002:L799, L823-850'),
  familyCutOff: D('Negative modifier: cut-offs in the family 002:L5892-5894 (domain.md §7.5)'),
  livesAlone: D('Persons living alone at risk of isolation 002:L105-107'),
  feelsAloneOften: D(
    'Survey item VS6, 60.44% feel alone 002:L873-879; UCLA-3 ≥ 6; De Jong Gierveld ≥ 5',
  ),
  feelsAloneSometimes: D('Survey item VS6 002:L873-879; De Jong Gierveld 2-4'),
  rarelyAsksForHelp: D('Only 14.04% ask for help often 002:L1297'),
  lossOfAutonomy: D('Loss of autonomy 002:L509-513, L698-702'),
  mentalHealthConcern: D('The most isolated are the most at risk in mental health 002:L1345-1347'),
  lowDigitalLiteracy: D('Exclusion by technology 002:L4851-4863'),
  recentlyArrived: D('Newcomers need time to build a network 002:L133-140'),
  notFromRegion: D('Not from the region: less family nearby 002:L4706-4710'),
  recentLoss: D('Life transitions: widowhood, divorce... 002:L113-117'),
  winter: D('Isolation is greater in winter 002:L5056-5066, L5092-5096'),
  engagedOverloaded: D('Overload of engaged tenants leads to isolation 002:L1321-1327'),
  shameUsingServices: D('Shame lowers the use of services 002:L1252-1262'),
  fearOfRejection: D('Fear of rejection in ageing 002:L710-712'),
};

/** Default thresholds. */
export const DEFAULT_THRESHOLDS: RiskConfig['thresholds'] = {
  moderate: 30,
  high: 55,
  lsnsCut: 12,
  formalShare: 0.5,
  stressfulShare: 0.34,
  selfManagementWatch: 4,
  digitalLiteracyLow: 2,
  recentLossYears: 2,
  recentArrivalYears: 1,
  confidenceLow: 0.5,
  confidenceHigh: 0.8,
  confidenceSpread: 10,
};

/** The source behind each threshold. */
export const THRESHOLD_RATIONALE: Readonly<
  Record<keyof RiskConfig['thresholds'], DefaultRationale>
> = {
  moderate: D(
    'Levels faible/modéré/élevé are named in domain.md §7.5 [D]; no source gives a cut-off',
  ),
  high: D('domain.md §7.5 [D]; no source gives a cut-off'),
  lsnsCut: D('LSNS-6 published cut-point < 12 (Lubben et al. 2006)', false),
  formalShare: D('002:L930-936; no source gives a share'),
  stressfulShare: D('002:L799; no source gives a share'),
  selfManagementWatch: D(
    'Self-management 1-10 « à surveiller » 002:L5902-5906; ≤ 4 suggested in domain.md §7.7 [D]',
  ),
  digitalLiteracyLow: D('002:L6028-6030; no source gives a level'),
  recentLossYears: D('002:L113-117; no source gives a duration'),
  recentArrivalYears: D('002:L133-140; no source gives a duration'),
  confidenceLow: D('Missing information lowers confidence (issue 5); no source gives a ratio'),
  confidenceHigh: D('Missing information lowers confidence (issue 5); no source gives a ratio'),
  confidenceSpread: D('No source gives a number'),
};

/** Default reassessment settings: sooner before winter (002:L3724-3744, L5092-5096); durations are design choices. */
export const DEFAULT_REASSESS: RiskConfig['reassess'] = {
  winterMonths: [11, 12, 1, 2, 3],
  preWinterMonths: [10, 11, 12],
  preWinterWeeks: 6,
  highWeeks: 8,
  defaultWeeks: 26,
};

/** The built-in configuration. */
export const DEFAULT_RISK_CONFIG: RiskConfig = {
  weights: DEFAULT_WEIGHTS,
  thresholds: DEFAULT_THRESHOLDS,
  reassess: DEFAULT_REASSESS,
  steptoeCountsNoChildren: false,
};

/** The outcome of resolving a risk configuration. */
export type RiskConfigResult =
  | { readonly ok: true; readonly value: RiskConfig }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function strip<T extends object>(value: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!value) return out;
  for (const [k, v] of Object.entries(value) as [keyof T, T[keyof T]][]) {
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Validates an organization's risk configuration and merges it over the defaults. An invalid
 * configuration returns every issue (paths start with `config`), never throws. No input: the defaults.
 */
export function resolveRiskConfig(input?: unknown): RiskConfigResult {
  if (input === undefined || input === null) return { ok: true, value: DEFAULT_RISK_CONFIG };
  const parsed = riskConfigSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues, ['config']) };
  const c = parsed.data;
  const value: RiskConfig = {
    weights: { ...DEFAULT_WEIGHTS, ...strip(c.weights) },
    thresholds: { ...DEFAULT_THRESHOLDS, ...strip(c.thresholds) },
    reassess: { ...DEFAULT_REASSESS, ...strip(c.reassess) },
    steptoeCountsNoChildren:
      c.steptoeCountsNoChildren ?? DEFAULT_RISK_CONFIG.steptoeCountsNoChildren,
  };
  const issues: ValidationIssue[] = [];
  if (value.thresholds.moderate >= value.thresholds.high) {
    issues.push(
      issue(
        ['config', 'thresholds', 'moderate'],
        'threshold_order',
        `Le seuil « modéré » (${value.thresholds.moderate}) doit être plus bas que le seuil « élevé » (${value.thresholds.high}).`,
        `The "moderate" threshold (${value.thresholds.moderate}) must be lower than the "high" threshold (${value.thresholds.high}).`,
      ),
    );
  }
  if (value.thresholds.confidenceLow > value.thresholds.confidenceHigh) {
    issues.push(
      issue(
        ['config', 'thresholds', 'confidenceLow'],
        'threshold_order',
        'Le seuil de confiance faible doit être au plus le seuil de confiance élevée.',
        'The low-confidence threshold must be at most the high-confidence threshold.',
      ),
    );
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
