import type { Assessment } from '../schemas/assessment.js';
import type { RegistryEntry } from '../schemas/registry.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import type { Label, Vocabularies } from '../vocabulary/types.js';
import type { SummaryBlock, SummaryLang, SummaryOptions, SummarySection } from './types.js';

/** Picks the text of a label. */
export function pick(label: Label, lang: SummaryLang): string {
  return label[lang];
}

/** The record's tenant name (the tenant's registry entry), or the record id. */
export function tenantName(a: Assessment): string {
  return a.registry.find((e) => e.id === a.tenant.personId)?.name ?? a.id;
}

/** The vocabularies of the options, or core's defaults. */
export function vocabulariesOf(options: SummaryOptions): Vocabularies {
  return options.vocabularies ?? DEFAULT_VOCABULARIES;
}

/** The relation of a person (« sœur », « voisine »...), or the sector of a system, in `lang`. */
export function relationOf(
  e: RegistryEntry,
  v: Vocabularies,
  lang: SummaryLang,
): string | undefined {
  if (e.kind === 'system') {
    const sector = v.sectors.find((s) => s.id === e.sector);
    return e.subtype ?? (sector ? pick(sector.label, lang) : undefined);
  }
  const type = v.relationTypes.find((r) => r.id === e.contact?.relationType);
  return type ? pick(type.label, lang) : undefined;
}

/** « Name (relation) », or the name alone. */
export function named(e: RegistryEntry, v: Vocabularies, lang: SummaryLang): string {
  const rel = relationOf(e, v, lang);
  return rel ? `${e.name} (${rel})` : e.name;
}

/** A formatted `YYYY-MM-DD` date, read as a calendar day (no time zone shift). */
export function formatDay(day: string, lang: SummaryLang): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
}

/** A section, or nothing when it would be empty. */
export function section(
  id: string,
  title: string,
  blocks: readonly (SummaryBlock | undefined)[],
): SummarySection[] {
  const kept = blocks.filter(
    (b): b is SummaryBlock =>
      b !== undefined &&
      (b.type === 'paragraph'
        ? b.text !== ''
        : b.type === 'list'
          ? b.items.length > 0
          : b.rows.length > 0),
  );
  return kept.length > 0 ? [{ id, title, blocks: kept }] : [];
}

/** A list block. */
export function list(items: readonly string[]): SummaryBlock {
  return { type: 'list', items };
}

/** A paragraph block. */
export function para(text: string): SummaryBlock {
  return { type: 'paragraph', text };
}

/** A term/value block, skipping rows without a value. */
export function facts(rows: readonly (readonly [string, string | undefined])[]): SummaryBlock {
  return {
    type: 'facts',
    rows: rows.flatMap(([term, value]) =>
      value === undefined || value === '' ? [] : [{ term, value }],
    ),
  };
}

/** « Oui » / « Non » in `lang`, or undefined. */
export function yesNo(value: boolean | undefined, lang: SummaryLang): string | undefined {
  if (value === undefined) return undefined;
  return lang === 'en' ? (value ? 'Yes' : 'No') : value ? 'Oui' : 'Non';
}

/** The colon as each language sets it: « : » with a space in French, « : » glued in English. */
export function colon(lang: SummaryLang): string {
  return lang === 'fr' ? ' :' : ':';
}
