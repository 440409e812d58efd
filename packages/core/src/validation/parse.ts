import { assessmentSchema, type Assessment } from '../schemas/assessment.js';
import { migrateAssessment } from '../migrations/migrate.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import { resolveVocabularies } from '../vocabulary/resolve.js';
import type { Vocabularies } from '../vocabulary/types.js';
import { checkIntegrity } from './integrity.js';
import { toIssues, type ValidationIssue } from './issues.js';

/** Options of `parseAssessment`. */
export interface ParseOptions {
  /** Vocabularies in force (defaults merged with the organization's); the built-in ones by default. */
  readonly vocabularies?: Vocabularies;
}

/** A parsed record, or every issue found. `migratedFrom` is set when an older version was migrated. */
export type ParseResult =
  | { readonly ok: true; readonly value: Assessment; readonly migratedFrom?: number }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Validates unknown input as an assessment: migrates an older `schemaVersion`, checks the shape,
 * then references, ids and vocabulary values. Never throws on bad input.
 */
export function parseAssessment(input: unknown, options: ParseOptions = {}): ParseResult {
  const migrated = migrateAssessment(input);
  if (!migrated.ok) return migrated;
  // reportInput keeps the offending value on each zod issue; `toIssues` needs it to tell a
  // missing field (`required`) from a value of the wrong type (`invalid_type`).
  const parsed = assessmentSchema.safeParse(migrated.value, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const issues = checkIntegrity(parsed.data, options.vocabularies ?? DEFAULT_VOCABULARIES);
  if (issues.length > 0) return { ok: false, issues };
  return migrated.from === parsed.data.schemaVersion
    ? { ok: true, value: parsed.data }
    : { ok: true, value: parsed.data, migratedFrom: migrated.from };
}

/** Resolves vocabularies from an organization configuration, then parses; configuration issues come first. */
export function parseAssessmentWithConfig(input: unknown, vocabularyConfig: unknown): ParseResult {
  const vocab = resolveVocabularies(vocabularyConfig);
  if (!vocab.ok) return vocab;
  return parseAssessment(input, { vocabularies: vocab.value });
}
