import type { Assessment } from '../schemas/assessment.js';
import { issue, toJsonPath, type ValidationIssue } from '../validation/issues.js';
import { parseAssessment, type ParseOptions } from '../validation/parse.js';
import { filterByConsent } from './consent-filter.js';

/** The file format of one record handed over: a versioned envelope around the record. */
export interface SingleRecordFile {
  readonly format: 'toile-record';
  readonly formatVersion: 1;
  /** When the file was made, an ISO date-time (injected). */
  readonly exportedAt: string;
  readonly record: Assessment;
}

/** Options of `exportSingleRecord`. */
export interface SingleRecordExportOptions {
  /** When the file is made, an ISO date-time; injected so core stays deterministic. */
  readonly exportedAt: string;
  /** `true` to keep only what the tenant consented to share (`filterByConsent`); `false` by default. */
  readonly consentFiltered?: boolean;
}

/**
 * Wraps one record in the `toile-record` envelope (format version 1), to hand a file over. The
 * record is exported whole unless `consentFiltered`, which applies `filterByConsent`.
 */
export function exportSingleRecord(
  a: Assessment,
  options: SingleRecordExportOptions,
): SingleRecordFile {
  return {
    format: 'toile-record',
    formatVersion: 1,
    exportedAt: options.exportedAt,
    record: options.consentFiltered === true ? filterByConsent(a) : a,
  };
}

/** The file as pretty-printed JSON text. */
export function singleRecordJson(file: SingleRecordFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** What `importSingleRecord` returns: the record (migrated when older) or every issue found. */
export type SingleRecordImport =
  | {
      readonly ok: true;
      readonly value: Assessment;
      readonly exportedAt: string;
      readonly migratedFrom?: number;
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a `toile-record` file (the parsed object or its JSON text): checks the envelope, then
 * validates the record with `parseAssessment` (which migrates older schema versions). Never throws;
 * issues have JSON paths into the file (`$.record...`) and bilingual messages.
 */
export function importSingleRecord(input: unknown, options: ParseOptions = {}): SingleRecordImport {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      return {
        ok: false,
        issues: [
          issue(
            [],
            'invalid_json',
            'Ce fichier n’est pas du JSON valide.',
            'This file is not valid JSON.',
          ),
        ],
      };
    }
  }
  if (!isObject(value) || value['format'] !== 'toile-record') {
    return {
      ok: false,
      issues: [
        issue(
          ['format'],
          'invalid_format',
          'Ce n’est pas un fichier de dossier Toile (format « toile-record »).',
          'This is not a Toile record file (format "toile-record").',
        ),
      ],
    };
  }
  if (value['formatVersion'] !== 1) {
    return {
      ok: false,
      issues: [
        issue(
          ['formatVersion'],
          'unsupported_version',
          'Version de fichier non prise en charge (1 attendue).',
          'Unsupported file version (1 expected).',
        ),
      ],
    };
  }
  const exportedAt = typeof value['exportedAt'] === 'string' ? value['exportedAt'] : '';
  const parsed = parseAssessment(value['record'], options);
  if (!parsed.ok) {
    return {
      ok: false,
      issues: parsed.issues.map((i) => {
        const path = ['record', ...i.path];
        return { ...i, path, jsonPath: toJsonPath(path) };
      }),
    };
  }
  return parsed.migratedFrom !== undefined
    ? { ok: true, value: parsed.value, exportedAt, migratedFrom: parsed.migratedFrom }
    : { ok: true, value: parsed.value, exportedAt };
}
