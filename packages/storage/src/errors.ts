import type { Label, ValidationIssue } from '@toile/core';

/** Why a store operation failed; stable, so a UI can switch on it. */
export type StoreErrorCode =
  | 'conflict'
  | 'validation'
  | 'invalid-record'
  | 'quota-exceeded'
  | 'unavailable'
  | 'blocked'
  | 'not-found'
  | 'invalid-namespace'
  | 'locked'
  | 'wrong-passphrase'
  | 'weak-passphrase'
  | 'encryption-state'
  | 'confirmation-required';

/**
 * The base of every error a store throws or rejects with. `message` is English (for logs);
 * `messages` holds the French and English text a UI shows.
 */
export class StoreError extends Error {
  /** The failure's kind. */
  readonly code: StoreErrorCode;
  /** The message in French and English, for the user. */
  readonly messages: Label;

  constructor(code: StoreErrorCode, messages: Label, options?: { cause?: unknown }) {
    super(messages.en, options);
    this.name = 'StoreError';
    this.code = code;
    this.messages = messages;
  }
}

/** A `put` (or guarded `remove`) carried a revision other than the stored one: someone else saved first. */
export class StoreConflictError extends StoreError {
  /** The record's id. */
  readonly id: string;
  /** The revision in storage when the write was refused. */
  readonly storedRevision: number;
  /** The revision the caller sent. */
  readonly attemptedRevision: number;

  constructor(id: string, storedRevision: number, attemptedRevision: number) {
    super('conflict', {
      fr: `L'évaluation « ${id} » a été modifiée ailleurs (version ${String(storedRevision)}, la vôtre part de la version ${String(attemptedRevision)}). Rien n'a été écrasé.`,
      en: `Assessment "${id}" was changed elsewhere (revision ${String(storedRevision)}; yours is based on revision ${String(attemptedRevision)}). Nothing was overwritten.`,
    });
    this.name = 'StoreConflictError';
    this.id = id;
    this.storedRevision = storedRevision;
    this.attemptedRevision = attemptedRevision;
  }
}

/** The record given to `put` does not validate; nothing was written. */
export class StoreValidationError extends StoreError {
  /** Every issue `parseAssessment` found. */
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    super('validation', {
      fr: `L'évaluation n'est pas valide (${String(issues.length)} problème(s)); rien n'a été enregistré.`,
      en: `The assessment is not valid (${String(issues.length)} issue(s)); nothing was saved.`,
    });
    this.name = 'StoreValidationError';
    this.issues = issues;
  }
}

/** A stored record no longer reads (corrupted, or from an unknown version); it is kept untouched. */
export class StoreInvalidRecordError extends StoreError {
  /** The record's id. */
  readonly id: string;
  /** The value exactly as stored, for download. */
  readonly raw: unknown;
  /** Why it does not read. */
  readonly issues: readonly ValidationIssue[];

  constructor(id: string, raw: unknown, issues: readonly ValidationIssue[]) {
    super('invalid-record', {
      fr: `L'évaluation « ${id} » enregistrée ne peut plus être lue. Elle est conservée telle quelle; téléchargez-la pour la faire réparer.`,
      en: `Stored assessment "${id}" can no longer be read. It is kept as it is; download it to have it repaired.`,
    });
    this.name = 'StoreInvalidRecordError';
    this.id = id;
    this.raw = raw;
    this.issues = issues;
  }
}

/** The browser refused to store more data (storage full). */
export class StoreQuotaError extends StoreError {
  constructor(cause?: unknown) {
    super(
      'quota-exceeded',
      {
        fr: "L'espace de stockage du navigateur est plein; rien n'a été enregistré. Exportez vos données puis libérez de l'espace.",
        en: "The browser's storage is full; nothing was saved. Export your data, then free some space.",
      },
      { cause },
    );
    this.name = 'StoreQuotaError';
  }
}

/** Local storage cannot be used here (no IndexedDB, private browsing, storage blocked, store closed). */
export class StoreUnavailableError extends StoreError {
  constructor(cause?: unknown) {
    super(
      'unavailable',
      {
        fr: "Le stockage local n'est pas disponible dans ce navigateur (navigation privée ou stockage bloqué). Vos données ne peuvent pas être conservées ici.",
        en: 'Local storage is not available in this browser (private browsing or storage blocked). Your data cannot be kept here.',
      },
      { cause },
    );
    this.name = 'StoreUnavailableError';
  }
}

/** Another tab running an older Toile holds the database open and prevents it from opening. */
export class StoreBlockedError extends StoreError {
  constructor() {
    super('blocked', {
      fr: 'Un autre onglet de Toile empêche l’ouverture des données. Fermez les autres onglets de Toile, puis réessayez.',
      en: 'Another Toile tab prevents the data from opening. Close the other Toile tabs, then try again.',
    });
    this.name = 'StoreBlockedError';
  }
}

/** The record does not exist (for instance it was removed in another tab while being edited here). */
export class StoreNotFoundError extends StoreError {
  /** The missing record's id. */
  readonly id: string;

  constructor(id: string) {
    super('not-found', {
      fr: `L'évaluation « ${id} » n'existe plus (elle a peut-être été supprimée dans un autre onglet).`,
      en: `Assessment "${id}" no longer exists (it may have been removed in another tab).`,
    });
    this.name = 'StoreNotFoundError';
    this.id = id;
  }
}

/** The namespace is empty, too long or has characters other than a-z, 0-9, `_` and `-`. */
export class StoreNamespaceError extends StoreError {
  /** The rejected namespace. */
  readonly namespace: string;

  constructor(namespace: string) {
    super('invalid-namespace', {
      fr: `Espace de noms invalide « ${namespace} » : 1 à 64 caractères parmi a-z, 0-9, _ et -.`,
      en: `Invalid namespace "${namespace}": 1 to 64 characters among a-z, 0-9, _ and -.`,
    });
    this.name = 'StoreNamespaceError';
    this.namespace = namespace;
  }
}

/**
 * The namespace is encrypted and locked (or was just encrypted in another tab): unlock it with
 * the passphrase or the recovery key. Nothing was read or written.
 */
export class StoreLockedError extends StoreError {
  constructor() {
    super('locked', {
      fr: 'Les données sont verrouillées. Entrez la phrase de passe pour les déverrouiller.',
      en: 'The data is locked. Enter the passphrase to unlock it.',
    });
    this.name = 'StoreLockedError';
  }
}

/** The passphrase (or recovery key) does not open this namespace's key; nothing was changed. */
export class StoreWrongPassphraseError extends StoreError {
  /** What was tried: the passphrase or the recovery key. */
  readonly kind: 'passphrase' | 'recovery-key';
  /** Failed attempts in a row on this store since the last success (no lockout; for display). */
  readonly attempts: number;

  constructor(kind: 'passphrase' | 'recovery-key', attempts: number) {
    super(
      'wrong-passphrase',
      kind === 'passphrase'
        ? {
            fr: "Phrase de passe incorrecte. Rien n'a été modifié; réessayez ou utilisez la clé de récupération.",
            en: 'Wrong passphrase. Nothing was changed; try again or use the recovery key.',
          }
        : {
            fr: "Clé de récupération incorrecte. Rien n'a été modifié; vérifiez chaque groupe de caractères.",
            en: 'Wrong recovery key. Nothing was changed; check each group of characters.',
          },
    );
    this.name = 'StoreWrongPassphraseError';
    this.kind = kind;
    this.attempts = attempts;
  }
}

/** A new passphrase is too short (fewer than `minLength` characters); nothing was changed. */
export class StoreWeakPassphraseError extends StoreError {
  /** The minimum length required. */
  readonly minLength: number;

  constructor(minLength: number) {
    super('weak-passphrase', {
      fr: `La phrase de passe doit compter au moins ${String(minLength)} caractères (une courte phrase est plus sûre qu'un mot).`,
      en: `The passphrase must be at least ${String(minLength)} characters long (a short sentence is safer than a word).`,
    });
    this.name = 'StoreWeakPassphraseError';
    this.minLength = minLength;
  }
}

/** Why an encryption operation does not apply to the namespace as it is. */
export type EncryptionStateReason =
  'already-encrypted' | 'not-encrypted' | 'damaged-keys' | 'no-recovery-key' | 'changed-elsewhere';

/** The operation does not fit the namespace's encryption state (see `reason`); nothing was changed. */
export class StoreEncryptionStateError extends StoreError {
  /** Which state prevented it. */
  readonly reason: EncryptionStateReason;

  constructor(reason: EncryptionStateReason) {
    const text: Record<EncryptionStateReason, { fr: string; en: string }> = {
      'already-encrypted': {
        fr: 'Ces données sont déjà chiffrées.',
        en: 'This data is already encrypted.',
      },
      'not-encrypted': {
        fr: "Ces données ne sont pas chiffrées; activez d'abord le chiffrement.",
        en: 'This data is not encrypted; set up encryption first.',
      },
      'damaged-keys': {
        fr: 'Les clés de chiffrement enregistrées sont endommagées; les données ne peuvent pas être ouvertes ici. Rien n’a été effacé.',
        en: 'The stored encryption keys are damaged; the data cannot be opened here. Nothing was erased.',
      },
      'no-recovery-key': {
        fr: "Aucune clé de récupération n'a été créée pour ces données.",
        en: 'No recovery key was created for this data.',
      },
      'changed-elsewhere': {
        fr: 'Les clés ont été modifiées dans un autre onglet pendant l’opération; rien n’a été changé. Réessayez.',
        en: 'The keys were changed in another tab meanwhile; nothing was changed. Try again.',
      },
    };
    super('encryption-state', text[reason]);
    this.name = 'StoreEncryptionStateError';
    this.reason = reason;
  }
}

/** A destructive operation was called without `{ confirm: true }`; nothing was destroyed. */
export class StoreConfirmationError extends StoreError {
  constructor() {
    super('confirmation-required', {
      fr: 'La destruction doit être confirmée explicitement; rien n’a été détruit.',
      en: 'Destruction must be confirmed explicitly; nothing was destroyed.',
    });
    this.name = 'StoreConfirmationError';
  }
}

const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError',
  'UnknownError',
  'SecurityError',
  'NotFoundError',
  'VersionError',
  'InvalidAccessError',
  'AbortError',
  'TimeoutError',
]);

/**
 * Maps what IndexedDB (or a codec) throws onto a typed `StoreError`. Other errors (bugs such as a
 * TypeError) pass through unchanged so they are not disguised as a storage problem.
 */
export function toStoreError(error: unknown): unknown {
  if (error instanceof StoreError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') return new StoreQuotaError(error);
  if (name !== undefined && UNAVAILABLE_NAMES.has(name)) return new StoreUnavailableError(error);
  return error;
}

function errorName(error: unknown): string | undefined {
  // DOMException is an Error subclass in browsers, but not in every runtime: read `name` structurally.
  if (typeof error !== 'object' || error === null) return undefined;
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : undefined;
}
