import type { Assessment } from '../schemas/assessment.js';
import type { ProfileItem, ProfileList, Preferences } from '../schemas/interview.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import type { Label, Vocabularies } from '../vocabulary/types.js';
import type { ValidationIssue } from '../validation/issues.js';
import { scoreIsolationRisk, type RiskResult } from '../scoring/risk.js';
import { parseDay, readNetwork } from '../scoring/network.js';
import { resolveResourceDirectory, type ResourceDirectory } from './resources.js';
import { resolveRules, type Rule } from './rules.js';
import { suggestActions, type Fact, type Suggestion } from './suggest.js';
import { canonicalCode, taxonomyEntry } from './taxonomies.js';

/** One entry of a profile list: recorded by the worker with the tenant, or derived from the record. */
export interface ProfileEntry {
  /** The recorded item's id, or `derived:<code>`. */
  readonly key: string;
  readonly list: ProfileList;
  readonly code?: string;
  /** A taxonomy label (derived) or the recorded wording (the same text in both languages). */
  readonly label: Label;
  readonly origin: 'recorded' | 'derived';
  readonly status: ProfileItem['status'];
  readonly priority?: number;
  readonly shareable?: boolean;
  readonly source?: ProfileItem['source'];
  /** Ids of the people, ties or relations behind it. */
  readonly evidence: readonly string[];
  /** The research line of a taxonomy code. */
  readonly reference?: string;
}

/** Preferences read for support planning (domain.md §7.6). */
export interface ProfilePreferences {
  readonly needSocialisation?: number;
  readonly needPrivateSpace?: number;
  /** Which need weighs more; `unknown` when either is not asked. */
  readonly balance: 'socialise' | 'privacy' | 'balanced' | 'unknown';
  /** A stated preference for private space: respected, never counted as risk. */
  readonly chosenSolitude: boolean;
  readonly supportPreference?: Preferences['supportPreference'];
  readonly interests: readonly string[];
  readonly contactModes: Preferences['contactModes'];
  readonly wantsCommitteeInvolvement?: number;
}

/** The strengths/needs profile: strengths first. */
export interface Profile {
  readonly strengths: readonly ProfileEntry[];
  readonly needs: readonly ProfileEntry[];
  readonly risks: readonly ProfileEntry[];
  readonly vulnerabilities: readonly ProfileEntry[];
  readonly preferences: ProfilePreferences;
  readonly selfManagement: {
    readonly value?: number;
    readonly threshold: number;
    readonly watch: boolean;
  };
  readonly suggestions: readonly Suggestion[];
  /** The situation codes that rules can also match (older_person, winter_approaching...). */
  readonly facts: readonly Fact[];
  readonly risk: Pick<RiskResult, 'level' | 'levelLabel' | 'score' | 'watch'>;
}

/** Options of `buildProfile`. */
export interface ProfileOptions {
  /** Today's date, `YYYY-MM-DD`, injected. */
  readonly today: string;
  readonly vocabularies?: Vocabularies;
}

/** An organization's profile settings: the risk configuration, its rules table and its resource directory. */
export interface ProfileConfigInput {
  readonly risk?: unknown;
  readonly rules?: unknown;
  readonly resources?: unknown;
}

/** The outcome of `buildProfile`. */
export type ProfileOutcome =
  | { readonly ok: true; readonly value: Profile }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const SELF_MANAGEMENT_STRENGTH = 7;
const OLDER_AGE = 65;

/**
 * Builds the strengths, needs, risks and vulnerabilities profile with preferences, self-management
 * and suggested actions (domain.md §7.7, §7.9): recorded items come first in each list, then what the
 * record shows (e.g. helps neighbours: support flowing from the tenant to a neighbour). Suggestions
 * come from the editable rules table and the local resource directory. Pure; invalid settings return issues.
 */
export function buildProfile(
  a: Assessment,
  config: ProfileConfigInput | undefined,
  options: ProfileOptions,
): ProfileOutcome {
  const risk = scoreIsolationRisk(a, config?.risk, options);
  if (!risk.ok) return risk;
  const rules = resolveRules(config?.rules);
  if (!rules.ok) return rules;
  const directory = resolveResourceDirectory(config?.resources);
  if (!directory.ok) return directory;
  return { ok: true, value: assemble(a, risk.value, rules.value, directory.value, options) };
}

function assemble(
  a: Assessment,
  risk: RiskResult,
  rules: readonly Rule[],
  directory: ResourceDirectory,
  options: ProfileOptions,
): Profile {
  const vocabularies = options.vocabularies ?? DEFAULT_VOCABULARIES;
  const { year, month } = parseDay(options.today);
  const me = a.tenant.personId;
  const ties = a.ecomap.ties;
  const byId = new Map(a.registry.map((e) => [e.id, e] as const));
  const neighbourIds = new Set(
    a.registry
      .filter((e) => e.kind === 'person' && e.contact?.relationType !== undefined)
      .filter(
        (e) =>
          vocabularies.relationTypes.find((r) => r.id === e.contact?.relationType)?.category ===
          'neighbour',
      )
      .map((e) => e.id),
  );
  const derived = new Map<string, string[]>();
  const derive = (code: string, when: boolean, evidence: readonly string[] = []): void => {
    if (when) derived.set(code, [...evidence]);
  };
  const alive = (id: string): boolean => {
    const e = byId.get(id);
    return e !== undefined && !(e.kind === 'person' && e.deceased === true);
  };
  const live = ties.filter((t) => alive(t.targetId));
  const network = readNetwork(a, vocabularies, options.today, risk.config.reassess.winterMonths);

  // Strengths.
  const helps = live.filter(
    (t) =>
      (t.sector === 'neighbours' || neighbourIds.has(t.targetId)) &&
      (t.flow === 'from_person' || t.flow === 'both'),
  );
  derive(
    'helps_neighbours',
    helps.length > 0,
    helps.map((t) => t.id),
  );
  const confidants = [
    ...risk.indices.lsns6.family.confidant.ids,
    ...risk.indices.lsns6.friends.confidant.ids,
  ];
  derive('has_confidant', confidants.length > 0, confidants);
  const familyIds = new Set(network.members.filter((m) => m.family).map((m) => m.id));
  const closeRelTypes = new Set(
    vocabularies.emotionalRelations
      .filter((r) => !r.strained && r.id !== 'caregiving')
      .map((r) => r.id),
  );
  const closeFamily = [
    ...live
      .filter((t) => t.sector === 'family' && t.strength === 'strong' && !t.stressful)
      .map((t) => t.id),
    ...a.genogram.emotionalRelations
      .filter(
        (r) =>
          closeRelTypes.has(r.type) &&
          ((r.fromId === me && alive(r.toId)) || (r.toId === me && alive(r.fromId))),
      )
      .filter((r) => familyIds.has(r.fromId === me ? r.toId : r.fromId))
      .map((r) => r.id),
  ];
  derive('close_family_ties', closeFamily.length > 0, closeFamily);
  const committee = live.filter((t) => {
    const target = byId.get(t.targetId);
    const text = target?.kind === 'system' ? `${target.name} ${target.subtype ?? ''}` : '';
    return (
      /comit|conseil|board|committee|association|\bCA\b/i.test(text) &&
      t.strength !== 'tenuous' &&
      t.flow !== 'toward_person'
    );
  });
  derive(
    'committee_role',
    committee.length > 0,
    committee.map((t) => t.id),
  );
  const work = live.filter((t) => t.sector === 'work_volunteering' && t.strength !== 'tenuous');
  derive(
    'volunteering_work',
    work.length > 0,
    work.map((t) => t.id),
  );
  derive(
    'long_tenancy',
    a.tenant.tenancyStartYear !== undefined && year - a.tenant.tenancyStartYear >= 15,
  );
  const culture = live.filter((t) => t.sector === 'faith_culture' && t.strength !== 'tenuous');
  derive(
    'cultural_community',
    culture.length > 0 || Boolean(a.tenant.identity?.culturalCommunity),
    culture.map((t) => t.id),
  );
  derive('self_management', (a.selfManagement ?? 0) >= SELF_MANAGEMENT_STRENGTH);
  derive(
    'participation',
    risk.indices.structure.participationTieIds.length > 0,
    risk.indices.structure.participationTieIds,
  );

  // Needs.
  const c = a.context;
  const p = a.preferences;
  const threshold = risk.config.thresholds.selfManagementWatch;
  derive(
    'break_isolation',
    risk.level !== 'low',
    risk.factors.flatMap((f) => f.evidence),
  );
  derive('socialise', (p.needSocialisation ?? 0) >= 3);
  derive('private_space', (p.needPrivateSpace ?? 0) >= 3);
  derive(
    'self_management_support',
    a.selfManagement !== undefined && a.selfManagement <= threshold,
  );
  derive('food_security', c.foodInsecurity !== undefined && c.foodInsecurity !== 'not_at_all');
  derive(
    'digital_support',
    c.digitalLiteracy !== undefined &&
      c.digitalLiteracy <= risk.config.thresholds.digitalLiteracyLow,
  );

  // Risks and vulnerabilities.
  const factor = (id: string) => risk.factors.find((f) => f.id === id);
  derive(
    'isolation',
    risk.level === 'high',
    risk.factors.flatMap((f) => f.evidence),
  );
  const winter =
    risk.config.reassess.winterMonths.includes(month) ||
    risk.config.reassess.preWinterMonths.includes(month);
  derive('seasonal_isolation', winter && a.tenant.livesAlone === true);
  derive('loss_of_autonomy', c.lossOfAutonomy === true);
  derive('mental_health', c.mentalHealthConcern === true);
  derive(
    'food_insecurity',
    c.foodInsecurity === 'often' ||
      c.foodInsecurity === 'very_often' ||
      c.foodInsecurity === 'sometimes',
  );
  derive('burnout_engagement', c.engagedOverloaded === true);
  const lossFactor = factor('recent_loss');
  derive('recent_loss', lossFactor !== undefined, lossFactor?.evidence);
  derive('difficulty_asking_help', c.asksForHelp === 'not_at_all' || c.asksForHelp === 'sometimes');
  derive(
    'digital_exclusion',
    c.digitalLiteracy !== undefined &&
      c.digitalLiteracy <= risk.config.thresholds.digitalLiteracyLow,
  );
  derive('stigma_shame', c.shameUsingServices === true);
  derive('fear_of_rejection', c.fearOfRejection === true);
  const cut = factor('family_cut_off');
  derive('family_cut_off', cut !== undefined, cut?.evidence);
  const senders = a.registry
    .filter((e) => e.contact?.financialTie === 'sends' || e.contact?.financialTie === 'both')
    .map((e) => e.id);
  derive('remittances', senders.length > 0, senders);

  // Recorded items come first and take over a derived item with the same code (keeping its evidence).
  const lists: Record<ProfileList, ProfileEntry[]> = {
    strength: [],
    need: [],
    risk: [],
    vulnerability: [],
  };
  const recordedCodes = new Set<string>();
  for (const item of a.profile) {
    const code = item.code ? canonicalCode(item.code) : undefined;
    if (code) recordedCodes.add(code);
    const fromRecord = code ? derived.get(code) : undefined;
    lists[item.list].push({
      key: item.id,
      list: item.list,
      ...(code ? { code } : {}),
      label: { fr: item.label, en: item.label },
      origin: 'recorded',
      status: item.status,
      ...(item.priority !== undefined ? { priority: item.priority } : {}),
      shareable: item.shareable,
      source: item.source,
      evidence: [...new Set([...(item.linkedIds ?? []), ...(fromRecord ?? [])])],
      ...(code && taxonomyEntry(code) ? { reference: taxonomyEntry(code)?.source } : {}),
    });
  }
  for (const [code, evidence] of derived) {
    const entry = taxonomyEntry(code);
    if (!entry || recordedCodes.has(code)) continue;
    lists[entry.list].push({
      key: `derived:${code}`,
      list: entry.list,
      code,
      label: entry.label,
      origin: 'derived',
      status: 'to_explore',
      evidence,
      reference: entry.source,
    });
  }

  // Facts for the rules: present profile codes plus situations.
  const facts = new Map<string, string[]>();
  for (const list of Object.values(lists)) {
    for (const e of list) {
      if (e.code && e.status !== 'not_applicable')
        facts.set(e.code, [
          ...(facts.get(e.code) ?? []),
          ...(e.origin === 'recorded' ? [e.key] : []),
          ...e.evidence,
        ]);
    }
  }
  const tenant = byId.get(me);
  const birthYear = tenant?.kind === 'person' ? tenant.birthYear : undefined;
  const situation = (code: string, when: boolean, evidence: string[] = []): void => {
    if (when) facts.set(code, evidence);
  };
  situation('older_person', birthYear !== undefined && year - birthYear >= OLDER_AGE);
  situation('winter_approaching', winter);
  situation('risk_high', risk.level === 'high');
  situation('risk_moderate', risk.level === 'moderate');
  situation('lives_alone', a.tenant.livesAlone === true);
  const arrived = a.tenant.arrivedInRegionYear;
  const canada = a.tenant.identity?.arrivedInCanadaYear;
  // Identity is used only to offer culturally safe services, never to add risk points.
  situation(
    'newcomer',
    (arrived !== undefined && year - arrived <= 2) ||
      (canada !== undefined && year - canada <= 5) ||
      a.tenant.interpreterNeeded === true,
  );
  const ind = a.tenant.identity?.indigenous;
  situation('indigenous', ind === 'first_nations' || ind === 'inuit' || ind === 'metis');
  const factList: Fact[] = [...facts].map(([code, evidence]) => ({
    code,
    evidence: [...new Set(evidence)],
  }));

  const pr: ProfilePreferences = {
    ...(p.needSocialisation !== undefined ? { needSocialisation: p.needSocialisation } : {}),
    ...(p.needPrivateSpace !== undefined ? { needPrivateSpace: p.needPrivateSpace } : {}),
    balance:
      p.needSocialisation === undefined || p.needPrivateSpace === undefined
        ? 'unknown'
        : p.needSocialisation > p.needPrivateSpace
          ? 'socialise'
          : p.needSocialisation < p.needPrivateSpace
            ? 'privacy'
            : 'balanced',
    chosenSolitude: (p.needPrivateSpace ?? 0) >= 3 && (p.needSocialisation ?? 4) <= 2,
    ...(p.supportPreference ? { supportPreference: p.supportPreference } : {}),
    interests: p.interests,
    contactModes: p.contactModes,
    ...(p.wantsCommitteeInvolvement !== undefined
      ? { wantsCommitteeInvolvement: p.wantsCommitteeInvolvement }
      : {}),
  };
  return {
    strengths: lists.strength,
    needs: lists.need,
    risks: lists.risk,
    vulnerabilities: lists.vulnerability,
    preferences: pr,
    selfManagement: {
      ...(a.selfManagement !== undefined ? { value: a.selfManagement } : {}),
      threshold,
      watch: a.selfManagement !== undefined && a.selfManagement <= threshold,
    },
    suggestions: suggestActions(factList, rules, directory, a.plan),
    facts: factList,
    risk: { level: risk.level, levelLabel: risk.levelLabel, score: risk.score, watch: risk.watch },
  };
}
