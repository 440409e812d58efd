import type { Assessment } from '../schemas/assessment.js';
import type { Consent, ConsentSection } from '../schemas/consent.js';
import type { Contact, RegistryEntry } from '../schemas/registry.js';

/** Profile codes whose items are health information, withheld when health is not consented. */
export const HEALTH_PROFILE_CODES: readonly string[] = [
  'loss_of_autonomy',
  'mental_health',
  'physical_health',
  'health',
  'addiction',
];

/** What replaces a required name that may not leave the record (who recorded a consent). */
export const WITHHELD = '—';

/** Whether a consent section was asked and granted; a section never asked counts as refused. */
export function isConsented(consent: Consent, section: ConsentSection): boolean {
  return consent[section]?.granted === true;
}

/** Options of `filterByConsent`. */
export interface ConsentFilterOptions {
  /** Also withhold every other person and system, even when sharing is consented; `false` by default. */
  readonly withoutNetwork?: boolean;
}

function emptyGenogram(): Assessment['genogram'] {
  return {
    memberIds: [],
    unions: [],
    parentChild: [],
    multipleBirths: [],
    pregnancies: [],
    emotionalRelations: [],
    offsets: {},
  };
}

/** A shallow copy without some optional keys (callers only pass optional ones, so it stays a T). */
function withoutKeys<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  return Object.fromEntries(
    Object.entries(value).filter(([k]) => !(keys as readonly PropertyKey[]).includes(k)),
  ) as T;
}

/**
 * A copy of the record holding only what the tenant consented to let leave it, for every export
 * (FHIR, JSON hand-over, referral summaries). A section whose consent was never asked counts as
 * refused. The result is still a valid assessment (`parseAssessment` accepts it).
 *
 * - genogram refused: no family structure, no households, and the people only drawn there go;
 * - ecomap refused: no ties or links, and the people and systems only tied there go; people kept
 *   for the genogram lose their contact answers except their relation type;
 * - health refused: no loss-of-autonomy or mental-health answer, no pregnancies, no disability,
 *   no health profile item (`HEALTH_PROFILE_CODES`), no note filed under `health`;
 * - identity refused: no identity fields, no gender identity;
 * - sharing refused (or `withoutNetwork`): nobody but the tenant, and no free text that could name
 *   someone (notes, descriptions, labels, interests, contact persons, who administered a scale),
 *   so no other person's name can leave; who recorded each consent becomes `WITHHELD`. The tenant's own name and coded answers stay: the export
 *   is the tenant's file.
 */
export function filterByConsent(a: Assessment, options: ConsentFilterOptions = {}): Assessment {
  const sharing = isConsented(a.consent, 'sharing') && options.withoutNetwork !== true;
  const genogramOk = sharing && isConsented(a.consent, 'genogram');
  const ecomapOk = sharing && isConsented(a.consent, 'ecomap');
  const health = isConsented(a.consent, 'health');
  const identity = isConsented(a.consent, 'identity');
  const tenantId = a.tenant.personId;

  const genogram = genogramOk
    ? { ...a.genogram, pregnancies: health ? a.genogram.pregnancies : [] }
    : emptyGenogram();
  const households = genogramOk ? a.households : [];
  const ecomap = ecomapOk ? a.ecomap : { ties: [], links: [] };

  // Who may stay: the tenant, plus whoever a kept section still draws.
  const kept = new Set<string>([tenantId]);
  for (const id of genogram.memberIds) kept.add(id);
  for (const h of households) for (const id of h.memberIds) kept.add(id);
  for (const t of ecomap.ties) kept.add(t.targetId);
  for (const l of ecomap.links) {
    kept.add(l.aId);
    kept.add(l.bId);
  }

  const registry = a.registry
    .filter((e) => kept.has(e.id))
    .map((e): RegistryEntry => {
      let entry: RegistryEntry = e;
      if (!ecomapOk && entry.contact) {
        // The contact answers describe the tie drawn on the ecomap; the genogram needs only the relation.
        const contact: Contact = {};
        if (entry.contact.relationType !== undefined)
          contact.relationType = entry.contact.relationType;
        entry = withoutKeys(entry, ['contact']);
        if (contact.relationType !== undefined) entry = { ...entry, contact };
      }
      if (!sharing) entry = withoutKeys(entry, ['notes']);
      if (entry.kind === 'person' && !identity) entry = withoutKeys(entry, ['genderIdentity']);
      return entry;
    });

  const tenant = { ...a.tenant };
  if (!genogramOk) delete tenant.householdId;
  if (!identity) delete tenant.identity;
  else if (!health && tenant.identity)
    tenant.identity = withoutKeys(tenant.identity, ['disability']);

  let context = { ...a.context };
  if (!health) context = withoutKeys(context, ['lossOfAutonomy', 'mentalHealthConcern']);
  if (!sharing && context.recentLoss) {
    const loss = withoutKeys(context.recentLoss, ['description']);
    context = { ...context, recentLoss: loss };
  }

  const preferences = sharing ? a.preferences : { ...a.preferences, interests: [] };

  const instruments = { ...a.instruments };
  if (!sharing) {
    if (instruments.lsns6) instruments.lsns6 = withoutKeys(instruments.lsns6, ['administeredBy']);
    if (instruments.ucla3) instruments.ucla3 = withoutKeys(instruments.ucla3, ['administeredBy']);
    if (instruments.djg6) instruments.djg6 = withoutKeys(instruments.djg6, ['administeredBy']);
  }

  const profile = sharing
    ? a.profile
        .filter((p) => health || p.code === undefined || !HEALTH_PROFILE_CODES.includes(p.code))
        .map((p) => {
          if (!p.linkedIds) return p;
          const linkedIds = p.linkedIds.filter(
            (id) => kept.has(id) || ecomap.ties.some((t) => t.id === id),
          );
          return linkedIds.length > 0 ? { ...p, linkedIds } : withoutKeys(p, ['linkedIds']);
        })
    : [];

  const hiddenSections = new Set<string>();
  if (!genogramOk) hiddenSections.add('genogram');
  if (!ecomapOk) hiddenSections.add('ecomap');
  if (!health) hiddenSections.add('health');
  if (!identity) hiddenSections.add('identity');
  const notes = sharing
    ? a.notes.filter((n) => n.section === undefined || !hiddenSections.has(n.section))
    : [];

  const consent: Consent = {};
  for (const [section, record] of Object.entries(a.consent) as [
    ConsentSection,
    Consent[ConsentSection],
  ][]) {
    // Who recorded a consent may be a member of the network (an OMH worker on the ecomap): without
    // sharing, the name is replaced by `WITHHELD` (the field is required) and the notes go.
    if (record)
      consent[section] = sharing
        ? record
        : { ...withoutKeys(record, ['notes']), recordedBy: WITHHELD };
  }

  return {
    ...a,
    tenant,
    registry,
    households,
    genogram,
    ecomap,
    context,
    preferences,
    instruments,
    profile,
    plan: sharing ? a.plan : [],
    notes,
    consent,
  };
}
