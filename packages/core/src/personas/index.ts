import type { Assessment } from '../schemas/assessment.js';
import type { Label } from '../vocabulary/types.js';
import { famille } from './famille-tremblay-diallo.js';
import { ginette } from './ginette.js';
import { marcAndre } from './marc-andre.js';
import { samuel } from './samuel.js';

export { famille, ginette, marcAndre, samuel };

/** One fictional persona: a stable id, a title and a summary in French and English, and its record. */
export interface Persona {
  readonly id: string;
  readonly title: Label;
  readonly summary: Label;
  readonly assessment: Assessment;
}

/** The four fictional personas used by the demo, the docs and the tests, in presentation order. */
export const PERSONAS: readonly Persona[] = [
  {
    id: 'ginette',
    title: {
      fr: 'Ginette, veuve en HLM à Rimouski',
      en: 'Ginette, a widow in public housing in Rimouski',
    },
    summary: {
      fr: 'Veuve depuis 2024, vit seule avec sa chatte à l’approche de l’hiver; sœur proche, enfants loin.',
      en: 'Widowed in 2024, lives alone with her cat as winter comes; a close sister, children far away.',
    },
    assessment: ginette,
  },
  {
    id: 'samuel',
    title: {
      fr: 'Samuel, 22 ans, plateau de travail à Québec',
      en: 'Samuel, 22, in a work program in Québec City',
    },
    summary: {
      fr: 'Arrivé dans la région l’an dernier, en OSBL jeunesse; amis en ligne, ligue de soccer.',
      en: 'Moved to the region last year, lives in youth non-profit housing; online friends, a soccer league.',
    },
    assessment: samuel,
  },
  {
    id: 'famille-tremblay-diallo',
    title: {
      fr: 'Famille Tremblay-Diallo, coopérative à Montréal',
      en: 'The Tremblay-Diallo family, a Montréal housing co-op',
    },
    summary: {
      fr: 'Famille recomposée sur trois générations; la locataire siège au conseil de la coop.',
      en: 'A blended family over three generations; the tenant sits on the co-op board.',
    },
    assessment: famille,
  },
  {
    id: 'marc-andre',
    title: {
      fr: 'Marc-André, OSBL d’habitation à Gatineau',
      en: 'Marc-André, non-profit housing in Gatineau',
    },
    summary: {
      fr: 'Suivi en santé mentale, un réseau large de services et de pairs; demande rarement de l’aide.',
      en: 'Followed in mental health, a wide network of services and peers; rarely asks for help.',
    },
    assessment: marcAndre,
  },
];

/** The persona with this id, or `undefined`. */
export function personaById(id: string): Persona | undefined {
  return PERSONAS.find((p) => p.id === id);
}
