import { issue, type ValidationIssue } from '@toile/core';
import { readEnvelope } from '../envelope.js';
import type { ImportEntry, ImportFileRead } from '../import-file.js';
import { readKeyMaterial, type KeyMaterial } from './key-material.js';
import { ENCRYPTED_CODEC, openRecord, RecordOpenError, type DataKey } from './record-cipher.js';

/** The `format` of an encrypted export. */
export const ENCRYPTED_EXPORT_FORMAT = 'toile-encrypted-export';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an import value claims to be an encrypted export (then read it with `readEncryptedExport`). */
export function isEncryptedExport(value: unknown): value is Record<string, unknown> {
  return isObject(value) && value['format'] === ENCRYPTED_EXPORT_FORMAT;
}

function fail(path: (string | number)[], code: string, fr: string, en: string): ImportFileRead {
  return { ok: false, issues: [issue(path, code, fr, en)] };
}

/**
 * Decrypts an encrypted export into import entries (record JSON, not yet validated). `openKey`
 * returns the data key for the file's key material (this store's own key, or one unwrapped with
 * the passphrase or recovery key given to `importAll`), `undefined` when nothing was given, and
 * throws `StoreWrongPassphraseError` for a wrong one. A record that does not decrypt is an issue.
 */
export async function readEncryptedExport(
  file: Record<string, unknown>,
  openKey: (material: KeyMaterial) => Promise<DataKey | undefined>,
): Promise<ImportFileRead> {
  const version = file['formatVersion'];
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
  const keys = file['keys'];
  if (!readKeyMaterial(keys)) {
    return fail(
      ['keys'],
      'invalid_keys',
      'Les clés de cet export chiffré sont absentes ou endommagées; il ne peut pas être ouvert.',
      'The keys of this encrypted export are missing or damaged; it cannot be opened.',
    );
  }
  const records = file['records'];
  if (!Array.isArray(records)) {
    return fail(
      ['records'],
      'invalid_type',
      'Attendu : une liste d’évaluations.',
      'Expected a list of assessments.',
    );
  }
  const dek = await openKey(keys);
  if (!dek) {
    return fail(
      [],
      'passphrase_required',
      'Cet export est chiffré : entrez la phrase de passe (ou la clé de récupération) des données exportées.',
      'This export is encrypted: enter the passphrase (or recovery key) of the exported data.',
    );
  }
  const issues: ValidationIssue[] = [];
  const entries: ImportEntry[] = [];
  for (let i = 0; i < records.length; i += 1) {
    const value: unknown = records[i];
    const path = ['records', i];
    const id = isObject(value) && typeof value['id'] === 'string' ? value['id'] : '';
    const env = readEnvelope(id, value);
    if (!env.ok || env.envelope.codec !== ENCRYPTED_CODEC) {
      issues.push(
        issue(
          path,
          'not_encrypted',
          "Cet élément de l'export chiffré n'est pas une évaluation chiffrée.",
          'This item of the encrypted export is not an encrypted assessment.',
        ),
      );
      continue;
    }
    try {
      entries.push({ value: await openRecord(env.envelope, dek), path });
    } catch (error) {
      if (!(error instanceof RecordOpenError)) throw error;
      issues.push(
        issue(
          path,
          'decrypt_failed',
          'Cette évaluation chiffrée ne peut pas être déchiffrée (fichier modifié ou autre clé).',
          'This encrypted assessment cannot be decrypted (file altered or another key).',
        ),
      );
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, entries };
}
