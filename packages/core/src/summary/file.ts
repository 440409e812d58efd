import type { Assessment } from '../schemas/assessment.js';
import { CONSENT_SECTIONS } from '../schemas/consent.js';
import { PROFILE_LISTS } from '../schemas/interview.js';
import { scoreIsolationRisk } from '../scoring/risk.js';
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
import type { Summary, SummaryLang, SummaryOptions } from './types.js';

const L = {
  title: { fr: 'Dossier complet', en: 'Complete file' },
  tenant: { fr: 'Locataire', en: 'Tenant' },
  name: { fr: 'Nom', en: 'Name' },
  tenure: { fr: 'Mode d’occupation', en: 'Tenure' },
  languages: { fr: 'Langues', en: 'Languages' },
  interpreter: { fr: 'Interprète requis', en: 'Interpreter needed' },
  livesAlone: { fr: 'Vit seul·e', en: 'Lives alone' },
  address: { fr: 'Forme d’adresse', en: 'Form of address' },
  interview: { fr: 'Date de l’entrevue', en: 'Interview date' },
  previous: { fr: 'Réévaluation de', en: 'Reassessment of' },
  selfManagement: { fr: 'Capacité d’autogestion', en: 'Self-management' },
  consent: { fr: 'Consentements', en: 'Consent' },
  granted: { fr: 'accordé', en: 'granted' },
  refused: { fr: 'refusé', en: 'refused' },
  notAsked: { fr: 'non demandé', en: 'not asked' },
  by: { fr: 'par', en: 'by' },
  genogram: { fr: 'Génogramme', en: 'Genogram' },
  unions: { fr: 'Unions', en: 'Unions' },
  ecomap: { fr: 'Écocarte', en: 'Ecomap' },
  stressful: { fr: 'source de stress', en: 'stressful' },
  risk: { fr: 'Risque d’isolement', en: 'Isolation risk' },
  level: { fr: 'Niveau', en: 'Level' },
  score: { fr: 'Score', en: 'Score' },
  range: {
    fr: 'Score si les réponses manquantes étaient défavorables',
    en: 'Score if missing answers were unfavourable',
  },
  confidence: { fr: 'Confiance', en: 'Confidence' },
  completeness: { fr: 'Complétude', en: 'Completeness' },
  lsns: { fr: 'LSNS-6 estimé (cartes)', en: 'LSNS-6 estimate (maps)' },
  steptoe: { fr: 'Indice de Steptoe', en: 'Steptoe index' },
  watch: { fr: 'À surveiller', en: 'Watch' },
  reassess: { fr: 'À réévaluer au plus tard le', en: 'Reassess by' },
  factors: { fr: 'Facteurs', en: 'Factors' },
  missing: { fr: 'Information manquante', en: 'Missing information' },
  profile: { fr: 'Profil', en: 'Profile' },
  plan: { fr: 'Plan', en: 'Plan' },
  notes: { fr: 'Notes', en: 'Notes' },
  shareable: { fr: 'partageable', en: 'shareable' },
  due: { fr: 'échéance', en: 'due' },
  instruments: { fr: 'Instruments administrés', en: 'Administered instruments' },
  low: { fr: 'faible', en: 'low' },
  moderate: { fr: 'modérée', en: 'moderate' },
  high: { fr: 'élevée', en: 'high' },
  vous: { fr: 'vous', en: 'vous (formal)' },
  tu: { fr: 'tu', en: 'tu (familiar)' },
} as const satisfies Readonly<Record<string, Label>>;

const LIST_TITLES: Readonly<Record<(typeof PROFILE_LISTS)[number], Label>> = {
  strength: { fr: 'Forces', en: 'Strengths' },
  need: { fr: 'Besoins', en: 'Needs' },
  risk: { fr: 'Risques', en: 'Risks' },
  vulnerability: { fr: 'Vulnérabilités', en: 'Vulnerabilities' },
};

const STATUS: Readonly<Record<string, Label>> = {
  present: { fr: 'présent', en: 'present' },
  to_explore: { fr: 'à explorer', en: 'to explore' },
  not_applicable: { fr: 'ne s’applique pas', en: 'not applicable' },
  proposed: { fr: 'proposée', en: 'proposed' },
  agreed: { fr: 'convenue', en: 'agreed' },
  done: { fr: 'faite', en: 'done' },
  declined: { fr: 'refusée', en: 'declined' },
};

function percent(ratio: number, lang: SummaryLang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-CA' : 'fr-CA', { style: 'percent' }).format(
    ratio,
  );
}

/**
 * The complete file: tenant, consent, the maps as compact lists, the isolation risk with its
 * factors and completeness, the profile, the plan and the notes. For the organization's file; it
 * holds everything, so it is never the one to hand over (see `buildReferralSummary`). Pure.
 */
export function buildFileSummary(a: Assessment, options: SummaryOptions): Summary {
  const lang = options.lang ?? 'fr';
  const t = (l: Label): string => pick(l, lang);
  const v = vocabulariesOf(options);
  const byId = new Map(a.registry.map((e) => [e.id, e] as const));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;
  const date = a.interviewDate ?? a.createdAt.slice(0, 10);

  const tenantRows = facts([
    [t(L.name), tenantName(a)],
    [t(L.tenure), t(ENUM_LABELS.tenure[a.tenant.tenure])],
    [t(L.languages), a.tenant.languages.join(', ')],
    [t(L.interpreter), yesNo(a.tenant.interpreterNeeded, lang)],
    [t(L.livesAlone), yesNo(a.tenant.livesAlone, lang)],
    [t(L.address), t(L[a.tenant.formOfAddress])],
    [t(L.interview), formatDay(date, lang)],
    [t(L.previous), a.previousAssessmentId],
    [
      t(L.selfManagement),
      a.selfManagement !== undefined ? `${String(a.selfManagement)}/10` : undefined,
    ],
  ]);

  const consentItems = CONSENT_SECTIONS.map((s) => {
    const c = a.consent[s];
    const state = c
      ? `${t(c.granted ? L.granted : L.refused)} (${formatDay(c.date, lang)}, ${t(L.by)} ${c.recordedBy})`
      : t(L.notAsked);
    return `${t(ENUM_LABELS.consentSection[s])}${colon(lang)} ${state}`;
  });

  const members = a.genogram.memberIds.flatMap((id) => {
    const e = byId.get(id);
    if (!e || e.kind !== 'person') return [];
    const years =
      e.birthYear !== undefined
        ? ` ${String(e.birthYear)}${e.deceased ? `–${e.deathYear !== undefined ? String(e.deathYear) : '?'}` : ''}`
        : e.deceased
          ? ' †'
          : '';
    return [`${named(e, v, lang)}${years}`];
  });
  const unions = a.genogram.unions.map(
    (u) =>
      `${nameOf(u.partnerIds[0])} — ${nameOf(u.partnerIds[1])}${colon(lang)} ${t(ENUM_LABELS.unionStatus[u.status])}`,
  );
  const ties = a.ecomap.ties.flatMap((tie) => {
    const e = byId.get(tie.targetId);
    if (!e) return [];
    const bits = [
      t(ENUM_LABELS.strength[tie.strength]).toLowerCase(),
      ...(tie.stressful ? [t(L.stressful)] : []),
      t(ENUM_LABELS.flow[tie.flow]).toLowerCase(),
      ...tie.supportTypes.map((s) => t(ENUM_LABELS.supportType[s]).toLowerCase()),
      ...(tie.seasonal !== 'all_year' ? [t(ENUM_LABELS.season[tie.seasonal]).toLowerCase()] : []),
    ];
    const freq = e.contact?.frequency;
    if (freq) bits.push(t(ENUM_LABELS.frequency[freq]).toLowerCase());
    return [`${named(e, v, lang)}${colon(lang)} ${bits.join(', ')}`];
  });

  const outcome = scoreIsolationRisk(a, options.riskConfig, {
    today: options.today,
    vocabularies: v,
  });
  const riskSection = outcome.ok
    ? (() => {
        const r = outcome.value;
        return section('risk', t(L.risk), [
          facts([
            [t(L.level), t(r.levelLabel)],
            [t(L.score), `${String(r.score)}/100`],
            [t(L.range), `${String(r.scoreRange.min)}–${String(r.scoreRange.max)}`],
            [t(L.confidence), t(L[r.confidence])],
            [
              t(L.completeness),
              `${percent(r.completeness.ratio, lang)} (${String(r.completeness.answered)}/${String(r.completeness.expected)})`,
            ],
            [t(L.lsns), `${String(r.indices.lsns6.total)}–${String(r.indices.lsns6.maxTotal)}/30`],
            [
              t(L.steptoe),
              `${String(r.indices.steptoe.score)}–${String(r.indices.steptoe.maxScore)}/5`,
            ],
            [
              t(L.watch),
              r.watch.flag ? r.watch.reasons.map((x) => t(x.label)).join('; ') : yesNo(false, lang),
            ],
            [t(L.reassess), formatDay(r.reassessBy, lang)],
          ]),
          para(`${t(L.factors)}${colon(lang)}`),
          list(r.factors.map((f) => `${t(f.label)} (+${String(f.points)})`)),
          ...(r.completeness.missing.length > 0
            ? [
                para(`${t(L.missing)}${colon(lang)}`),
                list(
                  r.completeness.missing.map((m) =>
                    m.id ? `${t(m.label)} — ${nameOf(m.id)}` : t(m.label),
                  ),
                ),
              ]
            : []),
        ]);
      })()
    : section('risk', t(L.risk), [list(outcome.issues.map((i) => t(i.message)))]);

  const instruments = [
    ...(a.instruments.lsns6
      ? [
          `LSNS-6${colon(lang)} ${a.instruments.lsns6.answers.map((x) => (x === null ? '—' : String(x))).join(' ')}`,
        ]
      : []),
    ...(a.instruments.ucla3
      ? [
          `UCLA-3${colon(lang)} ${a.instruments.ucla3.answers.map((x) => (x === null ? '—' : String(x))).join(' ')}`,
        ]
      : []),
    ...(a.instruments.djg6
      ? [`DJG-6${colon(lang)} ${a.instruments.djg6.answers.map((x) => x ?? '—').join(' ')}`]
      : []),
  ];

  const profileBlocks = PROFILE_LISTS.flatMap((l) => {
    const items = a.profile
      .filter((p) => p.list === l)
      .map(
        (p) =>
          `${p.label} (${t(STATUS[p.status] ?? L.notAsked)}${p.shareable ? `, ${t(L.shareable)}` : ''})`,
      );
    return items.length > 0 ? [para(`${t(LIST_TITLES[l])}${colon(lang)}`), list(items)] : [];
  });

  const plan = a.plan.map(
    (p) =>
      `${p.label} (${t(STATUS[p.status] ?? L.notAsked)}${p.dueDate ? `, ${t(L.due)} ${formatDay(p.dueDate, lang)}` : ''})`,
  );
  const notes = a.notes.map(
    (n) => `${formatDay(n.date, lang)}${n.author ? ` — ${n.author}` : ''}${colon(lang)} ${n.text}`,
  );

  return {
    kind: 'file',
    lang,
    title: t(L.title),
    subtitle: `${tenantName(a)} · ${formatDay(date, lang)}`,
    sections: [
      ...section('tenant', t(L.tenant), [tenantRows]),
      ...section('consent', t(L.consent), [list(consentItems)]),
      ...section('genogram', t(L.genogram), [list(members)]),
      ...section('unions', t(L.unions), [list(unions)]),
      ...section('ecomap', t(L.ecomap), [list(ties)]),
      ...riskSection,
      ...section('instruments', t(L.instruments), [list(instruments)]),
      ...section('profile', t(L.profile), profileBlocks),
      ...section('plan', t(L.plan), [list(plan)]),
      ...section('notes', t(L.notes), [list(notes)]),
    ],
  };
}
