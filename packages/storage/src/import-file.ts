import { issue, type IssuePath, type ValidationIssue } from '@toile/core';

/** One record found in an import file, with where it sits in the file (for issue paths). */
export interface ImportEntry {
  readonly value: unknown;
  readonly path: IssuePath;
}

/** The records of an import file, or why the file is not one. */
export type ImportFileRead =
  | { readonly ok: true; readonly entries: readonly ImportEntry[] }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Accepts, generously: the export envelope `{format: 'toile-export', formatVersion: 1, records}`
 * (paths `$.records[i]...`), a bare array of records (`$[i]...`), a single record (`$...`), and any
 * of these as JSON text or a `Blob`/`File`. Paths always point into the file as given.
 */
export async function readImportFile(file: unknown): Promise<ImportFileRead> {
  const loaded = await loadImportInput(file);
  return loaded.ok ? readImportValue(loaded.value) : loaded;
}

/** A `Blob`/`File` or JSON text turned into a value; other values pass through. */
export async function loadImportInput(
  file: unknown,
): Promise<
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] }
> {
  let input = file;
  if (typeof Blob === 'function' && input instanceof Blob) {
    try {
      input = await input.text();
    } catch {
      return fail(
        [],
        'unreadable_file',
        'Ce fichier ne peut pas être lu.',
        'This file cannot be read.',
      );
    }
  }
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch {
      return fail(
        [],
        'invalid_json',
        "Ce fichier n'est pas du JSON valide.",
        'This file is not valid JSON.',
      );
    }
  }
  return { ok: true, value: input };
}

/** The records of an already parsed import value (see `readImportFile`). */
export function readImportValue(input: unknown): ImportFileRead {
  if (Array.isArray(input)) {
    // Array.from, not map: a sparse array's holes must become entries (undefined), not holes.
    return { ok: true, entries: Array.from(input, (value: unknown, i) => ({ value, path: [i] })) };
  }
  if (!isObject(input)) {
    return fail(
      [],
      'not_an_export',
      "Ce fichier n'est ni un export Toile ni une évaluation.",
      'This file is neither a Toile export nor an assessment.',
    );
  }
  if (!('format' in input) && !('records' in input)) {
    return { ok: true, entries: [{ value: input, path: [] }] };
  }
  if (input['format'] !== 'toile-export') {
    return fail(
      ['format'],
      'not_an_export',
      "Format d'export inconnu (attendu « toile-export »).",
      'Unknown export format (expected "toile-export").',
    );
  }
  const version = input['formatVersion'];
  if (typeof version === 'number' && version > 1) {
    return fail(
      ['formatVersion'],
      'future_format',
      `Cet export vient d'une version plus récente de Toile (format ${String(version)}).`,
      `This export comes from a newer Toile (format ${String(version)}).`,
    );
  }
  if (version !== 1) {
    return fail(
      ['formatVersion'],
      'missing_version',
      "Version du format d'export absente ou invalide.",
      'Export format version is missing or invalid.',
    );
  }
  const records = input['records'];
  if (!Array.isArray(records)) {
    return fail(
      ['records'],
      'invalid_type',
      'Attendu : une liste d’évaluations.',
      'Expected a list of assessments.',
    );
  }
  return {
    ok: true,
    entries: Array.from(records, (value: unknown, i) => ({ value, path: ['records', i] })),
  };
}

function fail(
  path: IssuePath,
  code: string,
  fr: string,
  en: string,
): { readonly ok: false; readonly issues: readonly ValidationIssue[] } {
  return { ok: false, issues: [issue(path, code, fr, en)] };
}
