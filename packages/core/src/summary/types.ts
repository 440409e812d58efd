import type { Vocabularies } from '../vocabulary/types.js';

/** Which summary: one page for the tenant, the complete file, or a referral of consented data only. */
export type SummaryKind = 'tenant' | 'file' | 'referral';

/** The language a summary is written in. */
export type SummaryLang = 'fr' | 'en';

/** One block of a summary section: a paragraph, a bulleted list, or term/value rows. */
export type SummaryBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | {
      readonly type: 'facts';
      readonly rows: readonly { readonly term: string; readonly value: string }[];
    };

/** A titled section; `id` is stable (`strengths`, `consent`, `ecomap`...) for tests and styling. */
export interface SummarySection {
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly SummaryBlock[];
}

/** A summary ready to render or print: plain text only, in one language. */
export interface Summary {
  readonly kind: SummaryKind;
  readonly lang: SummaryLang;
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly SummarySection[];
}

/** Options of the summary builders. */
export interface SummaryOptions {
  /** The language; French by default. */
  readonly lang?: SummaryLang;
  /** Today's date, `YYYY-MM-DD` (scores and the next meeting depend on it); injected. */
  readonly today: string;
  /** The organization's risk configuration; the defaults when absent. */
  readonly riskConfig?: unknown;
  /** The vocabularies in force; core's defaults when absent. */
  readonly vocabularies?: Vocabularies;
}
