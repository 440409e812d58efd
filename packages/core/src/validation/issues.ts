import type { Label } from '../vocabulary/types.js';

/** A path into a record: object keys and array indexes. */
export type IssuePath = readonly (string | number)[];

/** One problem found in input, with where it is and a message in French and English. */
export interface ValidationIssue {
  /** The path of the offending value, e.g. `['registry', 3, 'name']`. */
  readonly path: IssuePath;
  /** The same path as a JSON path, e.g. `$.registry[3].name`. */
  readonly jsonPath: string;
  /** A stable machine-readable code, e.g. `invalid_type` or `dangling_reference`. */
  readonly code: string;
  readonly message: Label;
}

/** Formats a path as a JSON path (`$.a[0].b`). */
export function toJsonPath(path: IssuePath): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Builds an issue. */
export function issue(path: IssuePath, code: string, fr: string, en: string): ValidationIssue {
  return { path, jsonPath: toJsonPath(path), code, message: { fr, en } };
}

/** The subset of a zod issue that Toile reads; kept structural so core does not depend on zod's types. */
export interface RawZodIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: unknown;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: string;
  readonly format?: string;
  readonly input?: unknown;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const TYPE_FR: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'vrai ou faux',
  object: 'un objet',
  array: 'une liste',
  undefined: 'rien',
  null: 'null',
};

const REQUIRED = {
  code: 'required',
  fr: 'Valeur obligatoire manquante.',
  en: 'Required value is missing.',
};

function translate(raw: RawZodIssue): { code: string; fr: string; en: string } {
  // JSON has no `undefined`: an absent input means the field is missing, whatever the schema
  // (zod reports a missing enum as invalid_value, a missing string as invalid_type). Callers parse
  // with `reportInput: true` so that a value that is present is always on the issue.
  if (raw.input === undefined && (raw.code === 'invalid_type' || raw.code === 'invalid_value')) {
    return REQUIRED;
  }
  switch (raw.code) {
    case 'invalid_type': {
      const expected = typeof raw.expected === 'string' ? raw.expected : 'value';
      const got = describe(raw.input);
      return {
        code: 'invalid_type',
        fr: `Attendu : ${TYPE_FR[expected] ?? expected}; reçu : ${TYPE_FR[got] ?? got}.`,
        en: `Expected ${expected}, received ${got}.`,
      };
    }
    case 'invalid_value': {
      const allowed = (raw.values ?? []).map((v) => JSON.stringify(v)).join(', ');
      return {
        code: 'invalid_value',
        fr: `Valeur inconnue. Valeurs permises : ${allowed}.`,
        en: `Unknown value. Allowed values: ${allowed}.`,
      };
    }
    case 'unrecognized_keys': {
      const keys = (raw.keys ?? []).join(', ');
      return {
        code: 'unrecognized_keys',
        fr: `Champ(s) inconnu(s) : ${keys}.`,
        en: `Unknown field(s): ${keys}.`,
      };
    }
    case 'too_small': {
      const min = String(raw.minimum);
      if (raw.origin === 'string') {
        return min === '1'
          ? {
              code: 'too_small',
              fr: 'Ce texte ne peut pas être vide.',
              en: 'This text cannot be empty.',
            }
          : {
              code: 'too_small',
              fr: `Au moins ${min} caractères.`,
              en: `At least ${min} characters.`,
            };
      }
      if (raw.origin === 'array') {
        return {
          code: 'too_small',
          fr: `Au moins ${min} élément(s).`,
          en: `At least ${min} item(s).`,
        };
      }
      return {
        code: 'too_small',
        fr: `Doit être au moins ${min}.`,
        en: `Must be at least ${min}.`,
      };
    }
    case 'too_big': {
      const max = String(raw.maximum);
      if (raw.origin === 'string') {
        return {
          code: 'too_big',
          fr: `Au plus ${max} caractères.`,
          en: `At most ${max} characters.`,
        };
      }
      if (raw.origin === 'array') {
        return { code: 'too_big', fr: `Au plus ${max} élément(s).`, en: `At most ${max} item(s).` };
      }
      return { code: 'too_big', fr: `Doit être au plus ${max}.`, en: `Must be at most ${max}.` };
    }
    case 'invalid_format': {
      const format = raw.format ?? 'format';
      const fr =
        format === 'date'
          ? 'Date invalide (format AAAA-MM-JJ).'
          : format === 'datetime'
            ? 'Date et heure invalides (format ISO 8601).'
            : format === 'regex'
              ? 'Caractères non permis (lettres, chiffres, _ - : seulement).'
              : `Format invalide (${format}).`;
      const en =
        format === 'date'
          ? 'Invalid date (YYYY-MM-DD).'
          : format === 'datetime'
            ? 'Invalid date-time (ISO 8601).'
            : format === 'regex'
              ? 'Characters not allowed (letters, digits, _ - : only).'
              : `Invalid format (${format}).`;
      return { code: 'invalid_format', fr, en };
    }
    case 'invalid_union':
      return {
        code: 'invalid_union',
        fr: 'Cette entrée ne correspond à aucune forme permise (vérifiez le champ « kind »).',
        en: 'This entry matches no allowed shape (check its "kind" field).',
      };
    default:
      return {
        code: raw.code,
        fr: `Valeur invalide (${raw.message}).`,
        en: `Invalid value (${raw.message}).`,
      };
  }
}

/** Turns zod issues into Toile issues with French and English messages; `prefix` is prepended to paths. */
export function toIssues(raw: readonly RawZodIssue[], prefix: IssuePath = []): ValidationIssue[] {
  return raw.map((r) => {
    const path = [...prefix, ...r.path.map((k) => (typeof k === 'number' ? k : String(k)))];
    const t = translate(r);
    return issue(path, t.code, t.fr, t.en);
  });
}
