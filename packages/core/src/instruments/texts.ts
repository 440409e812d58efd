import { z } from '../zod.js';
import { labelSchema, type Label } from '../vocabulary/types.js';
import { toIssues, type ValidationIssue } from '../validation/issues.js';

/** The instruments Toile scores. */
export const INSTRUMENT_IDS = ['lsns6', 'ucla3', 'djg6'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** The wording of one instrument: title, optional block introductions, items and response options. */
export interface InstrumentText {
  readonly title: Label;
  /** Introductions shown before an item, keyed by the 0-based item index (LSNS-6 family and friends blocks). */
  readonly intros: Readonly<Record<number, Label>>;
  readonly items: readonly Label[];
  /** Response options in scoring order; `values` gives the stored value of each. */
  readonly options: readonly Label[];
  /** Which languages carry a validated wording; the built-in French is an unvalidated translation. */
  readonly validated: { readonly fr: boolean; readonly en: boolean };
  /** The citation and terms of use, shown with the form. */
  readonly source: string;
}

/** Built-in wording. English follows the published items; French is « traduction non validée ». */
export const DEFAULT_INSTRUMENT_TEXTS: Readonly<Record<InstrumentId, InstrumentText>> = {
  lsns6: {
    title: {
      fr: 'Échelle de réseau social de Lubben (LSNS-6)',
      en: 'Lubben Social Network Scale (LSNS-6)',
    },
    intros: {
      0: {
        fr: 'FAMILLE : en pensant aux personnes qui vous sont apparentées par la naissance, le mariage, l’adoption…',
        en: 'FAMILY: considering the people to whom you are related by birth, marriage, adoption, etc.',
      },
      3: {
        fr: 'AMIS : en pensant à tous vos amis, y compris ceux qui vivent dans votre voisinage…',
        en: 'FRIENDSHIPS: considering all of your friends, including those who live in your neighbourhood',
      },
    },
    items: [
      {
        fr: 'Combien de membres de votre famille voyez-vous ou avez-vous au téléphone au moins une fois par mois?',
        en: 'How many relatives do you see or hear from at least once a month?',
      },
      {
        fr: 'Avec combien de membres de votre famille êtes-vous assez à l’aise pour parler de vos affaires personnelles?',
        en: 'How many relatives do you feel at ease with that you can talk about private matters?',
      },
      {
        fr: 'De combien de membres de votre famille vous sentez-vous assez proche pour leur demander de l’aide?',
        en: 'How many relatives do you feel close to such that you could call on them for help?',
      },
      {
        fr: 'Combien de vos amis voyez-vous ou avez-vous au téléphone au moins une fois par mois?',
        en: 'How many of your friends do you see or hear from at least once a month?',
      },
      {
        fr: 'Avec combien d’amis êtes-vous assez à l’aise pour parler de vos affaires personnelles?',
        en: 'How many friends do you feel at ease with that you can talk about private matters?',
      },
      {
        fr: 'De combien d’amis vous sentez-vous assez proche pour leur demander de l’aide?',
        en: 'How many friends do you feel close to such that you could call on them for help?',
      },
    ],
    options: [
      { fr: 'Aucun', en: 'None' },
      { fr: 'Un', en: 'One' },
      { fr: 'Deux', en: 'Two' },
      { fr: 'Trois ou quatre', en: 'Three or four' },
      { fr: 'Cinq à huit', en: 'Five to eight' },
      { fr: 'Neuf ou plus', en: 'Nine or more' },
    ],
    validated: { fr: false, en: true },
    source:
      'Lubben J. et al. (2006), The Gerontologist 46(4):503-513; scoring: Boston College (bc.edu, Lubben). Terms of use not found: check with Boston College.',
  },
  ucla3: {
    title: { fr: 'Échelle de solitude UCLA à 3 questions', en: 'Three-item UCLA Loneliness Scale' },
    intros: {},
    items: [
      {
        fr: 'À quelle fréquence avez-vous l’impression de manquer de compagnie?',
        en: 'How often do you feel that you lack companionship?',
      },
      {
        fr: 'À quelle fréquence vous sentez-vous laissé·e de côté?',
        en: 'How often do you feel left out?',
      },
      {
        fr: 'À quelle fréquence vous sentez-vous isolé·e des autres?',
        en: 'How often do you feel isolated from others?',
      },
    ],
    options: [
      { fr: 'Presque jamais', en: 'Hardly ever' },
      { fr: 'Parfois', en: 'Some of the time' },
      { fr: 'Souvent', en: 'Often' },
    ],
    validated: { fr: false, en: true },
    source:
      'Hughes, Waite, Hawkley & Cacioppo (2004), Research on Aging 26(6):655-672. Permission terms for software use not found. No validated French UCLA-3 (the ÉSUL validates the 20-item version).',
  },
  djg6: {
    title: {
      fr: 'Échelle de solitude de De Jong Gierveld (6 questions)',
      en: 'De Jong Gierveld 6-item Loneliness Scale',
    },
    intros: {},
    items: [
      {
        fr: 'Je ressens un sentiment général de vide.',
        en: 'I experience a general sense of emptiness.',
      },
      { fr: 'Il me manque d’avoir des gens autour de moi.', en: 'I miss having people around me.' },
      { fr: 'Je me sens souvent rejeté·e.', en: 'I often feel rejected.' },
      {
        fr: 'Il y a beaucoup de personnes sur qui je peux compter quand j’ai des problèmes.',
        en: 'There are plenty of people I can rely on when I have problems.',
      },
      {
        fr: 'Il y a beaucoup de personnes en qui je peux avoir entièrement confiance.',
        en: 'There are many people I can trust completely.',
      },
      {
        fr: 'Il y a suffisamment de personnes dont je me sens proche.',
        en: 'There are enough people I feel close to.',
      },
    ],
    options: [
      { fr: 'Oui', en: 'Yes' },
      { fr: 'Plus ou moins', en: 'More or less' },
      { fr: 'Non', en: 'No' },
    ],
    validated: { fr: false, en: true },
    source:
      'De Jong Gierveld & Van Tilburg (2006), Research on Aging 28(5):582-598; manual: home.fsw.vu.nl/TG.van.Tilburg. Free for scientific research, source must be cited.',
  },
};

/** The stored value of each response option, in option order. */
export const INSTRUMENT_VALUES = {
  lsns6: [0, 1, 2, 3, 4, 5],
  ucla3: [1, 2, 3],
  djg6: ['yes', 'more_or_less', 'no'],
} as const;

const textOverride = (items: number, options: number) =>
  z.strictObject({
    title: z.optional(labelSchema),
    items: z.optional(z.array(labelSchema).check(z.length(items))),
    options: z.optional(z.array(labelSchema).check(z.length(options))),
    intros: z.optional(z.record(z.string().check(z.regex(/^\d$/)), labelSchema)),
    validated: z.optional(z.strictObject({ fr: z.boolean(), en: z.boolean() })),
    source: z.optional(z.string().check(z.maxLength(1000))),
  });

/**
 * An organization's own wording (a licensed or validated translation). Only the text changes:
 * items keep their order and the scoring stays built in.
 */
export const instrumentTextsConfigSchema = z.strictObject({
  lsns6: z.optional(textOverride(6, 6)),
  ucla3: z.optional(textOverride(3, 3)),
  djg6: z.optional(textOverride(6, 3)),
});
export type InstrumentTextsConfig = z.infer<typeof instrumentTextsConfigSchema>;

/** The outcome of resolving instrument wording. */
export type InstrumentTextsResult =
  | { readonly ok: true; readonly value: Readonly<Record<InstrumentId, InstrumentText>> }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Merges an organization's wording over the built-in one; invalid input returns issues, never throws. */
export function resolveInstrumentTexts(config?: unknown): InstrumentTextsResult {
  if (config === undefined || config === null) return { ok: true, value: DEFAULT_INSTRUMENT_TEXTS };
  const parsed = instrumentTextsConfigSchema.safeParse(config);
  if (!parsed.success)
    return { ok: false, issues: toIssues(parsed.error.issues, ['instrumentTexts']) };
  const out: Record<InstrumentId, InstrumentText> = { ...DEFAULT_INSTRUMENT_TEXTS };
  for (const id of INSTRUMENT_IDS) {
    const o = parsed.data[id];
    if (!o) continue;
    const base = DEFAULT_INSTRUMENT_TEXTS[id];
    const intros: Record<number, Label> = { ...base.intros };
    for (const [k, v] of Object.entries(o.intros ?? {})) intros[Number(k)] = v;
    out[id] = {
      title: o.title ?? base.title,
      intros,
      items: o.items ?? base.items,
      options: o.options ?? base.options,
      // A replaced wording is the organization's: it says itself whether it is validated.
      validated: o.validated ?? (o.items ? { fr: false, en: false } : base.validated),
      source: o.source ?? base.source,
    };
  }
  return { ok: true, value: out };
}
