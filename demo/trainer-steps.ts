import type { Label } from '@toile/core';

/** One step of a persona's walk-through: a URL segment, a title, and the element it shows. */
export interface TrainerStep {
  readonly id: string;
  readonly title: Label;
  /** The custom element's tag; `persona` is the persona's card, `caseload` lists the namespace. */
  readonly tag: string;
  /** Attributes set on the element (e.g. the summary's `kind`). */
  readonly attributes?: Readonly<Record<string, string>>;
}

/** The steps, in presentation order; a step whose element is not defined is skipped. */
export const TRAINER_STEPS: readonly TrainerStep[] = [
  { id: 'persona', title: { fr: 'La personne', en: 'The person' }, tag: 'persona' },
  { id: 'genogramme', title: { fr: 'Génogramme', en: 'Genogram' }, tag: 'toile-genogram' },
  { id: 'ecocarte', title: { fr: 'Écocarte', en: 'Ecomap' }, tag: 'toile-ecomap' },
  {
    id: 'risque',
    title: { fr: 'Risque d’isolement', en: 'Isolation risk' },
    tag: 'toile-isolation-risk',
  },
  {
    id: 'profil',
    title: { fr: 'Forces et besoins', en: 'Strengths and needs' },
    tag: 'toile-profile',
  },
  {
    id: 'resume-locataire',
    title: { fr: 'Résumé pour la personne', en: 'Summary for the tenant' },
    tag: 'toile-summary',
    attributes: { kind: 'tenant' },
  },
  {
    id: 'reference',
    title: { fr: 'Résumé de référence', en: 'Referral summary' },
    tag: 'toile-summary',
    attributes: { kind: 'referral' },
  },
  {
    id: 'dossier',
    title: { fr: 'Dossier complet', en: 'Complete file' },
    tag: 'toile-summary',
    attributes: { kind: 'file' },
  },
  { id: 'suivi', title: { fr: 'Suivi des évaluations', en: 'Caseload' }, tag: 'toile-caseload' },
];

/** The steps whose element is available on this page. */
export function availableSteps(): TrainerStep[] {
  return TRAINER_STEPS.filter(
    (s) => s.tag === 'persona' || customElements.get(s.tag) !== undefined,
  );
}

/** English aliases so `#/persona/ginette/ecomap` works as well as `…/ecocarte`. */
export const STEP_ALIASES: Readonly<Record<string, string>> = {
  ecomap: 'ecocarte',
  genogram: 'genogramme',
  risk: 'risque',
  profile: 'profil',
  summary: 'resume-locataire',
  referral: 'reference',
  file: 'dossier',
  caseload: 'suivi',
};
