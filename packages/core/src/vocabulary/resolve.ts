import { DEFAULT_VOCABULARIES } from './defaults.js';
import { vocabularyConfigSchema, type Vocabularies, type VocabularyConfig } from './types.js';
import { toIssues, type ValidationIssue } from '../validation/issues.js';

function merge<T extends { id: string }>(base: readonly T[], extra: readonly T[] | undefined): T[] {
  if (!extra) return [...base];
  const byId = new Map(base.map((entry) => [entry.id, entry] as const));
  // An entry with a known id replaces the default (an organization may relabel); new ids append.
  for (const entry of extra) byId.set(entry.id, entry);
  return [...byId.values()];
}

/** The outcome of resolving an organization's vocabulary configuration. */
export type VocabularyResult =
  | { readonly ok: true; readonly value: Vocabularies }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * Merges an organization's vocabulary configuration into the built-in vocabularies.
 * Entries whose id already exists relabel it; other entries are added. Invalid configuration
 * returns every issue and no vocabularies.
 */
export function resolveVocabularies(config?: unknown): VocabularyResult {
  if (config === undefined) return { ok: true, value: DEFAULT_VOCABULARIES };
  const parsed = vocabularyConfigSchema.safeParse(config, { reportInput: true });
  if (!parsed.success)
    return { ok: false, issues: toIssues(parsed.error.issues, ['vocabularies']) };
  const extra: VocabularyConfig = parsed.data;
  return {
    ok: true,
    value: {
      sectors: merge(DEFAULT_VOCABULARIES.sectors, extra.sectors),
      relationTypes: merge(DEFAULT_VOCABULARIES.relationTypes, extra.relationTypes),
      emotionalRelations: merge(DEFAULT_VOCABULARIES.emotionalRelations, extra.emotionalRelations),
      unionTypes: merge(DEFAULT_VOCABULARIES.unionTypes, extra.unionTypes),
    },
  };
}

/** Finds a vocabulary entry by id, or `undefined`. */
export function findEntry<T extends { id: string }>(list: readonly T[], id: string): T | undefined {
  return list.find((entry) => entry.id === id);
}
