import { SCHEMA_VERSION } from '../schemas/assessment.js';
import { issue, toIssues, type ValidationIssue } from '../validation/issues.js';
import { assessmentV1Schema } from './v1.js';
import { migrateV1ToV2 } from './v1-to-v2.js';

/** The outcome of a migration: the record in the current version's shape (not yet validated), or issues. */
export type MigrationResult =
  | { readonly ok: true; readonly value: unknown; readonly from: number }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** One step per past version: validate that version's shape, then transform it to the next. */
const STEPS: Record<number, (input: unknown) => MigrationResult> = {
  1: (input) => {
    const parsed = assessmentV1Schema.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
    return { ok: true, value: migrateV1ToV2(parsed.data), from: 1 };
  },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Brings a record of any past `schemaVersion` to the current one, step by step. A current record
 * is returned unchanged; a missing, unknown or future version is an issue (a future version means
 * the file comes from a newer Toile, which this one must not guess at).
 */
export function migrateAssessment(input: unknown): MigrationResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      issues: [
        issue(
          [],
          'not_an_object',
          "Ce n'est pas une évaluation (objet attendu).",
          'This is not an assessment (an object is expected).',
        ),
      ],
    };
  }
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [
        issue(
          ['schemaVersion'],
          'missing_version',
          'Version de schéma absente ou invalide.',
          'Schema version is missing or invalid.',
        ),
      ],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        issue(
          ['schemaVersion'],
          'future_version',
          `Ce fichier vient d'une version plus récente de Toile (schéma ${String(version)}; cette version lit jusqu'au schéma ${String(SCHEMA_VERSION)}).`,
          `This file comes from a newer Toile (schema ${String(version)}; this version reads up to schema ${String(SCHEMA_VERSION)}).`,
        ),
      ],
    };
  }
  let current: unknown = input;
  for (let v = version; v < SCHEMA_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) {
      return {
        ok: false,
        issues: [
          issue(
            ['schemaVersion'],
            'no_migration',
            `Aucune migration depuis le schéma ${String(v)}.`,
            `No migration from schema ${String(v)}.`,
          ),
        ],
      };
    }
    const result = step(current);
    if (!result.ok) return result;
    current = result.value;
  }
  return { ok: true, value: current, from: version };
}
