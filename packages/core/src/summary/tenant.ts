import type { Assessment } from '../schemas/assessment.js';
import { buildProfile } from '../profile/build-profile.js';
import { scoreIsolationRisk } from '../scoring/risk.js';
import type { RiskLevel } from '../scoring/types.js';
import {
  formatDay,
  list,
  named,
  para,
  pick,
  section,
  tenantName,
  vocabulariesOf,
} from './helpers.js';
import type { Summary, SummaryOptions } from './types.js';

type Address = 'vous' | 'tu';
type Phrase = Readonly<Record<'fr' | 'en', Readonly<Record<Address, string>> | string>>;

// The tenant's page is spoken to them: vous or tu in French, you in English.
const T = {
  title: { fr: { vous: 'Votre résumé', tu: 'Ton résumé' }, en: 'Your summary' },
  strengths: { fr: { vous: 'Vos forces', tu: 'Tes forces' }, en: 'Your strengths' },
  people: {
    fr: {
      vous: 'Les personnes et les ressources sur qui vous pouvez compter',
      tu: 'Les personnes et les ressources sur qui tu peux compter',
    },
    en: 'People and services you can count on',
  },
  interests: {
    fr: { vous: 'Ce qui vous intéresse', tu: 'Ce qui t’intéresse' },
    en: 'What interests you',
  },
  plan: { fr: 'Ce que nous avons convenu ensemble', en: 'What we agreed on together' },
  wishes: {
    fr: { vous: 'Ce que vous aimeriez améliorer', tu: 'Ce que tu aimerais améliorer' },
    en: 'What you would like to improve',
  },
  support: { fr: 'La suite', en: 'What comes next' },
  low: {
    fr: {
      vous: 'Vous êtes bien entouré·e. Nous restons disponibles si les choses changent.',
      tu: 'Tu es bien entouré·e. Nous restons disponibles si les choses changent.',
    },
    en: 'You have people around you. We are here if things change.',
  },
  moderate: {
    fr: {
      vous: 'Quelques liens de plus pourraient vous faire du bien; nous pouvons y penser ensemble, à votre rythme.',
      tu: 'Quelques liens de plus pourraient te faire du bien; nous pouvons y penser ensemble, à ton rythme.',
    },
    en: 'A few more connections could do you good; we can think about it together, at your pace.',
  },
  high: {
    fr: {
      vous: 'Nous aimerions prendre de vos nouvelles plus souvent et vous aider à garder contact avec les personnes qui comptent pour vous.',
      tu: 'Nous aimerions prendre de tes nouvelles plus souvent et t’aider à garder contact avec les personnes qui comptent pour toi.',
    },
    en: 'We would like to hear from you more often and help you keep in touch with the people who matter to you.',
  },
  next: {
    fr: {
      vous: 'Nous vous proposons de refaire le point vers le {date}.',
      tu: 'Nous te proposons de refaire le point vers le {date}.',
    },
    en: 'We suggest we meet again around {date}.',
  },
  met: { fr: 'Rencontre du {date}', en: 'Meeting of {date}' },
} as const satisfies Readonly<Record<string, Phrase>>;

function say(
  p: Phrase,
  lang: 'fr' | 'en',
  address: Address,
  params: Readonly<Record<string, string>> = {},
): string {
  const m = p[lang];
  const text = typeof m === 'string' ? m : m[address];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

const GENTLE: Readonly<Record<RiskLevel, Phrase>> = {
  low: T.low,
  moderate: T.moderate,
  high: T.high,
};

/**
 * The tenant's one-page summary, in plain language and addressed as they chose (vous or tu):
 * strengths first, the people and services they can count on, interests, what was agreed, and one
 * gentle sentence about support, never a score or a level. Pure; `today` is injected.
 */
export function buildTenantSummary(a: Assessment, options: SummaryOptions): Summary {
  const lang = options.lang ?? 'fr';
  const address = a.tenant.formOfAddress;
  const v = vocabulariesOf(options);
  const s = (p: Phrase, params?: Readonly<Record<string, string>>): string =>
    say(p, lang, address, params);
  const profile = buildProfile(
    a,
    { risk: options.riskConfig },
    { today: options.today, vocabularies: v },
  );
  const active = <T extends { status: string }>(items: readonly T[]): T[] =>
    items.filter((i) => i.status !== 'not_applicable');
  const strengths = profile.ok
    ? active(profile.value.strengths).map((e) => pick(e.label, lang))
    : [];
  const needs = profile.ok ? active(profile.value.needs).map((e) => pick(e.label, lang)) : [];
  const byId = new Map(a.registry.map((e) => [e.id, e] as const));
  const people = a.ecomap.ties
    .filter((t) => t.strength !== 'tenuous' && !t.stressful)
    .flatMap((t) => {
      const e = byId.get(t.targetId);
      return e && !(e.kind === 'person' && e.deceased === true) ? [named(e, v, lang)] : [];
    });
  const plan = a.plan
    .filter((p) => p.status === 'agreed' || p.status === 'proposed')
    .map((p) => p.label);
  const risk = scoreIsolationRisk(a, options.riskConfig, { today: options.today, vocabularies: v });
  const support = risk.ok
    ? [
        para(s(GENTLE[risk.value.level])),
        para(s(T.next, { date: formatDay(risk.value.reassessBy, lang) })),
      ]
    : [];
  const date = a.interviewDate ?? a.createdAt.slice(0, 10);
  return {
    kind: 'tenant',
    lang,
    title: s(T.title),
    subtitle: `${tenantName(a)} · ${s(T.met, { date: formatDay(date, lang) })}`,
    sections: [
      ...section('strengths', s(T.strengths), [list(strengths)]),
      ...section('people', s(T.people), [list(people)]),
      ...section('interests', s(T.interests), [list(a.preferences.interests)]),
      ...section('wishes', s(T.wishes), [list(needs)]),
      ...section('plan', s(T.plan), [list(plan)]),
      ...section('support', s(T.support), support),
    ],
  };
}
