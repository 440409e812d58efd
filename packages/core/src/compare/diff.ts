import type { Assessment } from '../schemas/assessment.js';
import type { Frequency } from '../schemas/common.js';
import type { Strength, Tie } from '../schemas/ecomap.js';
import type { UnionStatus } from '../schemas/genogram.js';
import type { ProfileItem, ProfileList } from '../schemas/interview.js';
import type { RegistryEntry } from '../schemas/registry.js';
import { scoreIsolationRisk } from '../scoring/risk.js';
import type { RiskLevel } from '../scoring/types.js';
import type { ValidationIssue } from '../validation/issues.js';
import type { Vocabularies } from '../vocabulary/types.js';

/** A registry entry named in a diff (the name as the record holding it spells it). */
export interface EntryRef {
  readonly id: string;
  readonly name: string;
  readonly kind: RegistryEntry['kind'];
}

/** A tie gained or lost: the entry at the other end and the tie itself. */
export interface TieRef extends EntryRef {
  readonly tie: Tie;
}

/** One attribute of a tie that changed between the two assessments. */
export type TieAttributeChange =
  | { readonly field: 'strength'; readonly before: Strength; readonly after: Strength }
  | { readonly field: 'stressful'; readonly before: boolean; readonly after: boolean }
  | {
      readonly field: 'frequency';
      readonly before: Frequency | undefined;
      readonly after: Frequency | undefined;
    };

/** A tie present in both assessments whose strength, stress or contact frequency changed. */
export interface TieChange extends EntryRef {
  readonly changes: readonly TieAttributeChange[];
}

/** A union, with its partners' names. */
export interface UnionRef {
  readonly id: string;
  readonly partnerNames: readonly [string, string];
  readonly status: UnionStatus;
}

/** A union present in both whose status changed (e.g. active to widowed). */
export interface UnionChange {
  readonly id: string;
  readonly partnerNames: readonly [string, string];
  readonly before: UnionStatus;
  readonly after: UnionStatus;
}

/** Genogram changes: people drawn or no longer drawn, unions added, removed or changed. */
export interface GenogramDiff {
  readonly peopleAdded: readonly EntryRef[];
  readonly peopleRemoved: readonly EntryRef[];
  readonly unionsAdded: readonly UnionRef[];
  readonly unionsRemoved: readonly UnionRef[];
  readonly unionsChanged: readonly UnionChange[];
}

/** A profile item named in a diff. */
export interface ProfileRef {
  readonly id: string;
  readonly list: ProfileList;
  readonly label: string;
  readonly code?: string;
}

/** One assessment's score, as the comparison shows it. */
export interface ScoreSnapshot {
  /** The date it was scored for: the interview date, else the creation date. */
  readonly date: string;
  readonly level: RiskLevel;
  /** 0-100. */
  readonly score: number;
  /** The LSNS-6 estimated from the maps (0-30) and its favourable reading of unknown answers. */
  readonly lsns6: { readonly total: number; readonly maxTotal: number; readonly flagged: boolean };
  /** The Steptoe index (0-5) and its upper bound. */
  readonly steptoe: { readonly score: number; readonly maxScore: number };
  readonly watch: boolean;
}

/** What changed between two assessments of the same tenant. */
export interface AssessmentDiff {
  /** Entries tied to the tenant after but not before (matched by registry id). */
  readonly tiesGained: readonly TieRef[];
  /** Entries tied before but not after. */
  readonly tiesLost: readonly TieRef[];
  readonly tiesChanged: readonly TieChange[];
  readonly genogram: GenogramDiff;
  /** Profile items present or to explore after, not before. */
  readonly profileAdded: readonly ProfileRef[];
  /** Profile items present or to explore before, gone or marked not applicable after. */
  readonly profileResolved: readonly ProfileRef[];
  /** Scores then and now; absent when the configuration is invalid (see `scoreIssues`). */
  readonly scores?: { readonly before: ScoreSnapshot; readonly after: ScoreSnapshot };
  /** Why the scores are absent. */
  readonly scoreIssues?: readonly ValidationIssue[];
}

/** Options of `diffAssessments`. */
export interface DiffOptions {
  /** The organization's risk configuration; the defaults when absent. */
  readonly riskConfig?: unknown;
  /** The vocabularies in force; core's defaults when absent. */
  readonly vocabularies?: Vocabularies;
}

function entryRef(a: Assessment, id: string): EntryRef {
  const e = a.registry.find((r) => r.id === id);
  return { id, name: e?.name ?? id, kind: e?.kind ?? 'person' };
}

function frequencyOf(a: Assessment, id: string): Frequency | undefined {
  return a.registry.find((r) => r.id === id)?.contact?.frequency;
}

// One tie per registry entry: the first one, since a second tie to the same entry is a data slip
// the editors do not produce.
function tiesByTarget(a: Assessment): Map<string, Tie> {
  const map = new Map<string, Tie>();
  for (const t of a.ecomap.ties) if (!map.has(t.targetId)) map.set(t.targetId, t);
  return map;
}

function unionKey(partnerIds: readonly [string, string]): string {
  return [...partnerIds].sort().join('|');
}

function unionRef(a: Assessment, u: Assessment['genogram']['unions'][number]): UnionRef {
  return {
    id: u.id,
    partnerNames: [entryRef(a, u.partnerIds[0]).name, entryRef(a, u.partnerIds[1]).name],
    status: u.status,
  };
}

function diffGenogram(before: Assessment, after: Assessment): GenogramDiff {
  const was = new Set(before.genogram.memberIds);
  const is = new Set(after.genogram.memberIds);
  const peopleAdded = after.genogram.memberIds
    .filter((id) => !was.has(id))
    .map((id) => entryRef(after, id));
  const peopleRemoved = before.genogram.memberIds
    .filter((id) => !is.has(id))
    .map((id) => entryRef(before, id));
  // Unions match by their partners, so a union re-created under another id still matches.
  const beforeUnions = new Map(
    before.genogram.unions.map((u) => [unionKey(u.partnerIds), u] as const),
  );
  const afterUnions = new Map(
    after.genogram.unions.map((u) => [unionKey(u.partnerIds), u] as const),
  );
  const unionsAdded: UnionRef[] = [];
  const unionsChanged: UnionChange[] = [];
  for (const [key, u] of afterUnions) {
    const old = beforeUnions.get(key);
    if (!old) unionsAdded.push(unionRef(after, u));
    else if (old.status !== u.status) {
      unionsChanged.push({
        id: u.id,
        partnerNames: unionRef(after, u).partnerNames,
        before: old.status,
        after: u.status,
      });
    }
  }
  const unionsRemoved = [...beforeUnions]
    .filter(([key]) => !afterUnions.has(key))
    .map(([, u]) => unionRef(before, u));
  return { peopleAdded, peopleRemoved, unionsAdded, unionsRemoved, unionsChanged };
}

const active = (p: ProfileItem): boolean => p.status !== 'not_applicable';

// Items match by id (a reassessment copies them), else by taxonomy code within the same list.
function profileKey(p: ProfileItem): string {
  return p.code !== undefined ? `${p.list}:code:${p.code}` : `id:${p.id}`;
}

function profileRef(p: ProfileItem): ProfileRef {
  return {
    id: p.id,
    list: p.list,
    label: p.label,
    ...(p.code !== undefined ? { code: p.code } : {}),
  };
}

function findMatch(list: readonly ProfileItem[], item: ProfileItem): ProfileItem | undefined {
  return list.find((p) => p.id === item.id) ?? list.find((p) => profileKey(p) === profileKey(item));
}

type Snap =
  | { readonly ok: true; readonly value: ScoreSnapshot }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function snapshot(a: Assessment, options: DiffOptions): Snap {
  const date = a.interviewDate ?? a.createdAt.slice(0, 10);
  const outcome = scoreIsolationRisk(a, options.riskConfig, {
    today: date,
    ...(options.vocabularies ? { vocabularies: options.vocabularies } : {}),
  });
  if (!outcome.ok) return outcome;
  const r = outcome.value;
  const value: ScoreSnapshot = {
    date,
    level: r.level,
    score: r.score,
    lsns6: {
      total: r.indices.lsns6.total,
      maxTotal: r.indices.lsns6.maxTotal,
      flagged: r.indices.lsns6.flagged,
    },
    steptoe: { score: r.indices.steptoe.score, maxScore: r.indices.steptoe.maxScore },
    watch: r.watch.flag,
  };
  return { ok: true, value };
}

/**
 * Compares two assessments of one tenant (typically a reassessment and the one it started from):
 * ties gained and lost by registry entry, changed tie strength, stress and contact frequency,
 * genogram changes, profile items added and resolved, and the isolation-risk score of each at its
 * own interview date. Pure and deterministic; the order of each list follows the records.
 */
export function diffAssessments(
  before: Assessment,
  after: Assessment,
  options: DiffOptions = {},
): AssessmentDiff {
  const was = tiesByTarget(before);
  const is = tiesByTarget(after);
  const tiesGained: TieRef[] = [];
  const tiesChanged: TieChange[] = [];
  for (const [target, tie] of is) {
    const old = was.get(target);
    if (!old) {
      tiesGained.push({ ...entryRef(after, target), tie });
      continue;
    }
    const changes: TieAttributeChange[] = [];
    if (old.strength !== tie.strength)
      changes.push({ field: 'strength', before: old.strength, after: tie.strength });
    if (old.stressful !== tie.stressful)
      changes.push({ field: 'stressful', before: old.stressful, after: tie.stressful });
    const fb = frequencyOf(before, target);
    const fa = frequencyOf(after, target);
    if (fb !== fa) changes.push({ field: 'frequency', before: fb, after: fa });
    if (changes.length > 0) tiesChanged.push({ ...entryRef(after, target), changes });
  }
  const tiesLost = [...was]
    .filter(([target]) => !is.has(target))
    .map(([target, tie]) => ({ ...entryRef(before, target), tie }));

  const profileAdded = after.profile
    .filter(active)
    .filter((p) => {
      const old = findMatch(before.profile, p);
      return !old || !active(old);
    })
    .map(profileRef);
  const profileResolved = before.profile
    .filter(active)
    .filter((p) => {
      const now = findMatch(after.profile, p);
      return !now || !active(now);
    })
    .map(profileRef);

  const b = snapshot(before, options);
  const a = snapshot(after, options);
  const base = {
    tiesGained,
    tiesLost,
    tiesChanged,
    genogram: diffGenogram(before, after),
    profileAdded,
    profileResolved,
  };
  if (b.ok && a.ok) return { ...base, scores: { before: b.value, after: a.value } };
  return { ...base, scoreIssues: b.ok ? (a.ok ? [] : a.issues) : b.issues };
}
