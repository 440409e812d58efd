import {
  scoreIsolationRisk,
  type Assessment,
  type RiskLevel,
  type Vocabularies,
} from '@toile/core';
import type { StoredSummary } from '@toile/storage';

/** One row of the caseload table. */
export interface CaseloadRow {
  readonly id: string;
  /** The tenant's name; undefined when locked or unreadable. */
  readonly name?: string;
  /** The interview date (or creation date), `YYYY-MM-DD`; undefined when locked. */
  readonly date?: string;
  readonly updatedAt?: string;
  readonly level?: RiskLevel;
  readonly watch: boolean;
  /** The reassess-by date from the score at the interview date; undefined when locked. */
  readonly reassessBy?: string;
  /** Reassess-by is today or earlier and no later assessment points back to it. */
  readonly due: boolean;
  /** A later assessment was started from this one. */
  readonly reassessed: boolean;
  readonly previousId?: string;
  readonly state: 'ok' | 'locked' | 'invalid';
}

/** The sortable columns. */
export type CaseloadColumn = 'name' | 'date' | 'level' | 'watch' | 'reassess';

const LEVEL_RANK: Readonly<Record<RiskLevel, number>> = { low: 0, moderate: 1, high: 2 };

/** Builds the rows from the store's summaries and the records that could be read. */
export function buildRows(
  summaries: readonly StoredSummary[],
  records: ReadonlyMap<string, Assessment>,
  today: string,
  options: { readonly riskConfig?: unknown; readonly vocabularies?: Vocabularies | undefined } = {},
): CaseloadRow[] {
  const superseded = new Set<string>();
  for (const r of records.values())
    if (r.previousAssessmentId !== undefined) superseded.add(r.previousAssessmentId);
  return summaries.map((s): CaseloadRow => {
    const record = records.get(s.id);
    if (!record) {
      const locked = s.status === 'ok' && s.locked === true;
      return {
        id: s.id,
        ...(s.updatedAt !== undefined ? { updatedAt: s.updatedAt } : {}),
        watch: false,
        due: false,
        reassessed: superseded.has(s.id),
        state: locked ? 'locked' : 'invalid',
      };
    }
    const date = record.interviewDate ?? record.createdAt.slice(0, 10);
    const outcome = scoreIsolationRisk(record, options.riskConfig, {
      today: date,
      ...(options.vocabularies ? { vocabularies: options.vocabularies } : {}),
    });
    const name = record.registry.find((e) => e.id === record.tenant.personId)?.name ?? record.id;
    const reassessed = superseded.has(record.id);
    const base = {
      id: record.id,
      name,
      date,
      updatedAt: record.updatedAt,
      reassessed,
      ...(record.previousAssessmentId !== undefined
        ? { previousId: record.previousAssessmentId }
        : {}),
      state: 'ok' as const,
    };
    if (!outcome.ok) return { ...base, watch: false, due: false };
    const r = outcome.value;
    return {
      ...base,
      level: r.level,
      watch: r.watch.flag,
      reassessBy: r.reassessBy,
      due: !reassessed && r.reassessBy <= today,
    };
  });
}

/** Sorts rows by a column; rows without a value go last in both directions. */
export function sortRows(
  rows: readonly CaseloadRow[],
  column: CaseloadColumn,
  ascending: boolean,
): CaseloadRow[] {
  const key = (r: CaseloadRow): string | number | undefined => {
    switch (column) {
      case 'name':
        return r.name?.toLocaleLowerCase('fr');
      case 'date':
        return r.date;
      case 'level':
        return r.level === undefined ? undefined : LEVEL_RANK[r.level];
      case 'watch':
        return r.state === 'ok' ? (r.watch ? 1 : 0) : undefined;
      case 'reassess':
        return r.reassessBy;
    }
  };
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === undefined && y === undefined) return a.id.localeCompare(b.id);
    if (x === undefined) return 1;
    if (y === undefined) return -1;
    const c =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'fr');
    return (ascending ? c : -c) || a.id.localeCompare(b.id);
  });
}
