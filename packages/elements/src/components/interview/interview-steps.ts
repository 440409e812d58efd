import type { Assessment, ConsentSection } from '@toile/core';

/** The interview's steps, in order. */
export const INTERVIEW_STEPS = [
  'consent',
  'about',
  'genogram',
  'ecomap',
  'questions',
  'results',
  'plan',
  'summary',
] as const;

/** One step of the interview. */
export type InterviewStep = (typeof INTERVIEW_STEPS)[number];

/** Whether `value` names a step. */
export function isInterviewStep(value: unknown): value is InterviewStep {
  return typeof value === 'string' && (INTERVIEW_STEPS as readonly string[]).includes(value);
}

/** How much of one step is filled in: `done` of `total` items (`total` 0: nothing to fill in). */
export interface StepProgress {
  readonly done: number;
  readonly total: number;
}

const CONSENTS: readonly ConsentSection[] = ['genogram', 'ecomap', 'health', 'identity', 'sharing'];

const count = (values: readonly unknown[]): number => values.filter((v) => v !== undefined).length;

/**
 * The questions of the « Questions » step that are asked of everyone (health ones only with the
 * health consent), as values: undefined means not answered yet.
 */
function questionValues(a: Assessment): unknown[] {
  const p = a.preferences;
  const c = a.context;
  const values: unknown[] = [
    p.needSocialisation,
    p.needPrivateSpace,
    p.supportPreference,
    p.interests.length > 0 ? true : undefined,
    p.contactModes.length > 0 ? true : undefined,
    a.selfManagement,
    c.feelsAlone,
    c.asksForHelp,
    c.digitalLiteracy,
    c.foodInsecurity,
  ];
  if (a.consent.health?.granted) values.push(c.lossOfAutonomy, c.mentalHealthConcern);
  return values;
}

/** Counts how many answers the « Questions » step holds, for the conflict summaries. */
export function answeredQuestions(a: Assessment): number {
  const c = a.context;
  const extra = [c.notFromRegion, c.recentLoss, c.engagedOverloaded, c.shameUsingServices];
  return count(questionValues(a)) + count([...extra, c.fearOfRejection, c.lossOfAutonomy]);
}

/**
 * The progress of `step` in `a`. A section the tenant refused counts as complete (nothing is to be
 * filled in); the summary has nothing to fill in.
 */
export function stepProgress(a: Assessment, step: InterviewStep): StepProgress {
  const refused = (s: ConsentSection): boolean => a.consent[s]?.granted === false;
  switch (step) {
    case 'consent':
      return { done: CONSENTS.filter((s) => a.consent[s] !== undefined).length, total: 5 };
    case 'about': {
      const tenant = a.registry.find((e) => e.id === a.tenant.personId);
      const birthYear = tenant?.kind === 'person' ? tenant.birthYear : undefined;
      const t = a.tenant;
      const values = [
        birthYear,
        t.livesAlone,
        t.languages.length > 0 ? true : undefined,
        t.interpreterNeeded,
        t.tenancyStartYear,
      ];
      return { done: count(values), total: values.length };
    }
    case 'genogram':
      return { done: refused('genogram') || a.genogram.memberIds.length > 1 ? 1 : 0, total: 1 };
    case 'ecomap':
      return { done: refused('ecomap') || a.ecomap.ties.length > 0 ? 1 : 0, total: 1 };
    case 'questions': {
      const values = questionValues(a);
      return { done: count(values), total: values.length };
    }
    case 'results':
      return { done: a.profile.length > 0 ? 1 : 0, total: 1 };
    case 'plan':
      return { done: a.plan.length > 0 ? 1 : 0, total: 1 };
    case 'summary':
      return { done: 0, total: 0 };
  }
}

/** The share of the interview filled in, 0-100, over every step with something to fill in. */
export function overallProgress(a: Assessment): number {
  let done = 0;
  let total = 0;
  for (const step of INTERVIEW_STEPS) {
    const p = stepProgress(a, step);
    if (p.total === 0) continue;
    done += p.done / p.total;
    total += 1;
  }
  return total === 0 ? 0 : Math.round((100 * done) / total);
}

/** Where to resume an interview when no step is asked for: the first step not complete yet. */
export function firstIncompleteStep(a: Assessment): InterviewStep {
  for (const step of INTERVIEW_STEPS) {
    const p = stepProgress(a, step);
    if (p.total > 0 && p.done < p.total) return step;
  }
  return 'summary';
}
