import type { Assessment } from '../schemas/assessment.js';
import { CONSENT_SECTIONS } from '../schemas/consent.js';
import { PROFILE_LISTS } from '../schemas/interview.js';
import { filterByConsent, isConsented } from '../export/consent-filter.js';
import { ENUM_LABELS } from '../vocabulary/labels.js';
import type { Label } from '../vocabulary/types.js';
import {
  colon,
  facts,
  formatDay,
  list,
  named,
  para,
  pick,
  section,
  tenantName,
  vocabulariesOf,
  yesNo,
} from './helpers.js';
import type { Summary, SummaryOptions } from './types.js';

const L = {
  title: { fr: 'Résumé de référence', en: 'Referral summary' },
  refusedTitle: { fr: 'Partage non consenti', en: 'Sharing not consented' },
  refused: {
    fr: 'Le ou la locataire n’a pas consenti au partage de son dossier. Aucune information ne peut être transmise.',
    en: 'The tenant has not consented to sharing their file. No information may be passed on.',
  },
  tenant: { fr: 'Locataire', en: 'Tenant' },
  name: { fr: 'Nom', en: 'Name' },
  tenure: { fr: 'Mode d’occupation', en: 'Tenure' },
  languages: { fr: 'Langues', en: 'Languages' },
  interpreter: { fr: 'Interprète requis', en: 'Interpreter needed' },
  contactModes: { fr: 'Façons de joindre préférées', en: 'Preferred contact' },
  consent: { fr: 'Consentement au partage', en: 'Consent to share' },
  consentLine: {
    fr: 'Partage consenti le {date}. Sections partagées : {sections}.',
    en: 'Sharing consented on {date}. Sections shared: {sections}.',
  },
  none: { fr: 'aucune', en: 'none' },
  contacts: { fr: 'Personnes-ressources', en: 'Contact persons' },
  plan: { fr: 'Actions convenues', en: 'Agreed actions' },
  identity: { fr: 'Identité (déclarée par la personne)', en: 'Identity (self-identified)' },
  community: { fr: 'Communauté culturelle', en: 'Cultural community' },
  immigrant: { fr: 'Personne immigrante', en: 'Immigrant' },
  caregiver: { fr: 'proche aidant·e', en: 'caregiver' },
} as const satisfies Readonly<Record<string, Label>>;

const LIST_TITLES: Readonly<Record<(typeof PROFILE_LISTS)[number], Label>> = {
  strength: { fr: 'Forces', en: 'Strengths' },
  need: { fr: 'Besoins', en: 'Needs' },
  risk: { fr: 'Points d’attention', en: 'Points of attention' },
  vulnerability: { fr: 'Vulnérabilités', en: 'Vulnerabilities' },
};

const MODES: Readonly<Record<string, Label>> = {
  home_visit: { fr: 'visite à domicile', en: 'home visit' },
  door_to_door: { fr: 'porte-à-porte', en: 'door to door' },
  phone: { fr: 'téléphone', en: 'phone' },
  group: { fr: 'activité de groupe', en: 'group activity' },
  digital: { fr: 'numérique', en: 'digital' },
  other: { fr: 'autre', en: 'other' },
};

/**
 * The minimal referral summary (domain.md §7.11): only what the tenant consented to share. It is
 * built from `filterByConsent` (so every section follows its own consent) and then narrowed
 * further: profile items only when marked shareable, named contact persons (services' contacts
 * and caregivers) only when the ecomap is shared, no notes, no scores. Without consent to share,
 * it holds no personal information at all, only a sentence saying so. Pure.
 */
export function buildReferralSummary(a: Assessment, options: SummaryOptions): Summary {
  const lang = options.lang ?? 'fr';
  const t = (l: Label): string => pick(l, lang);
  if (!isConsented(a.consent, 'sharing')) {
    return {
      kind: 'referral',
      lang,
      title: t(L.title),
      subtitle: '',
      sections: section('refused', t(L.refusedTitle), [para(t(L.refused))]),
    };
  }
  const f = filterByConsent(a);
  const v = vocabulariesOf(options);
  const shared = CONSENT_SECTIONS.filter((s) => s !== 'sharing' && isConsented(f.consent, s)).map(
    (s) => t(ENUM_LABELS.consentSection[s]).toLowerCase(),
  );
  const sharing = f.consent.sharing;
  const consentLine = t(L.consentLine)
    .replace('{date}', sharing ? formatDay(sharing.date, lang) : '')
    .replace('{sections}', shared.length > 0 ? shared.join(', ') : t(L.none));

  const identity = f.tenant.identity;
  const identityRows = identity
    ? facts([
        [t(L.community), identity.culturalCommunity],
        [t(L.immigrant), yesNo(identity.immigrant, lang)],
      ])
    : undefined;

  const profileBlocks = PROFILE_LISTS.flatMap((l) => {
    const items = f.profile
      .filter((p) => p.list === l && p.shareable && p.status !== 'not_applicable')
      .map((p) => p.label);
    return items.length > 0 ? [para(`${t(LIST_TITLES[l])}${colon(lang)}`), list(items)] : [];
  });

  const tied = new Set(f.ecomap.ties.map((tie) => tie.targetId));
  const contacts = f.registry.flatMap((e) => {
    if (!tied.has(e.id)) return [];
    if (e.kind === 'system' && e.contactPerson)
      return [`${e.contactPerson} — ${named(e, v, lang)}`];
    if (e.kind === 'person' && e.contact?.caregiver === true && e.deceased !== true) {
      return [`${named(e, v, lang)}, ${t(L.caregiver)}`];
    }
    return [];
  });

  const plan = f.plan.filter((p) => p.status === 'agreed').map((p) => p.label);

  return {
    kind: 'referral',
    lang,
    title: t(L.title),
    subtitle: `${tenantName(f)} · ${formatDay(options.today, lang)}`,
    sections: [
      ...section('tenant', t(L.tenant), [
        facts([
          [t(L.name), tenantName(f)],
          [t(L.tenure), t(ENUM_LABELS.tenure[f.tenant.tenure])],
          [t(L.languages), f.tenant.languages.join(', ')],
          [t(L.interpreter), yesNo(f.tenant.interpreterNeeded, lang)],
          [
            t(L.contactModes),
            f.preferences.contactModes
              .map((m) => t(MODES[m] ?? MODES['other'] ?? L.none))
              .join(', '),
          ],
        ]),
      ]),
      ...section('consent', t(L.consent), [para(consentLine)]),
      ...(identityRows ? section('identity', t(L.identity), [identityRows]) : []),
      ...section('profile', t({ fr: 'Profil partagé', en: 'Shared profile' }), profileBlocks),
      ...section('contacts', t(L.contacts), [list(contacts)]),
      ...section('plan', t(L.plan), [list(plan)]),
    ],
  };
}
