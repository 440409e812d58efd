import {
  ENUM_LABELS,
  type Assessment,
  type RegistryEntry,
  type Tie,
  type Vocabularies,
} from '@toile/core';
import type { LocalizeController } from '../../i18n/localize-controller.js';

/** Everything needed to put a tie into words, built once per render. */
export interface DescribeContext {
  readonly assessment: Assessment;
  readonly vocabularies: Vocabularies;
  readonly l10n: LocalizeController;
  readonly entries: ReadonlyMap<string, RegistryEntry>;
  /** Registry ids each contact is linked to (they know each other). */
  readonly knows: ReadonlyMap<string, readonly string[]>;
}

/** Builds the lookup tables of a `DescribeContext`. */
export function describeContext(
  a: Assessment,
  vocabularies: Vocabularies,
  l10n: LocalizeController,
): DescribeContext {
  const entries = new Map(a.registry.map((e) => [e.id, e] as const));
  const knows = new Map<string, string[]>();
  for (const l of a.ecomap.links) {
    knows.set(l.aId, [...(knows.get(l.aId) ?? []), l.bId]);
    knows.set(l.bId, [...(knows.get(l.bId) ?? []), l.aId]);
  }
  return { assessment: a, vocabularies, l10n, entries, knows };
}

/** The sector's name in the current language (its id when unknown). */
export function sectorName(ctx: DescribeContext, id: string): string {
  const s = ctx.vocabularies.sectors.find((x) => x.id === id);
  return s ? ctx.l10n.label(s.label) : id;
}

/** The contact's name, or its id when missing. */
export function entryName(ctx: DescribeContext, id: string): string {
  return ctx.entries.get(id)?.name ?? id;
}

/** The column values of a tie, shared by the accessible name and the table. */
export function tieFacts(
  ctx: DescribeContext,
  tie: Tie,
): {
  name: string;
  sector: string;
  strength: string;
  flow: string;
  support: string;
  frequency: string;
  other: string[];
} {
  const { l10n } = ctx;
  const entry = ctx.entries.get(tie.targetId);
  const contact = entry?.contact;
  const strength = `${l10n.label(ENUM_LABELS.strength[tie.strength])}${tie.stressful ? `, ${l10n.t('ecomap.stressful')}` : ''}`;
  const other: string[] = [l10n.t(tie.formal ? 'ecomap.formal' : 'ecomap.informal')];
  if (tie.seasonal !== 'all_year') other.push(l10n.label(ENUM_LABELS.season[tie.seasonal]));
  if (contact?.confidant) other.push(l10n.t('ecomap.confidant'));
  if (contact?.canHelp) other.push(l10n.t('ecomap.canHelp'));
  if (contact?.caregiver) other.push(l10n.t('ecomap.caregiver'));
  const knows = ctx.knows.get(tie.targetId);
  if (knows?.length)
    other.push(l10n.t('ecomap.knows', { list: knows.map((id) => entryName(ctx, id)).join(', ') }));
  return {
    name: entry?.name ?? tie.targetId,
    sector: sectorName(ctx, tie.sector),
    strength,
    flow: l10n.label(ENUM_LABELS.flow[tie.flow]),
    support: tie.supportTypes.length
      ? tie.supportTypes.map((s) => l10n.label(ENUM_LABELS.supportType[s])).join(', ')
      : l10n.t('ecomap.noSupport'),
    frequency: contact?.frequency
      ? l10n.label(ENUM_LABELS.frequency[contact.frequency])
      : l10n.t('ecomap.notSet'),
    other,
  };
}

/** A node's accessible name: name, sector, strength, flow, support and the rest. */
export function describeTie(ctx: DescribeContext, tie: Tie, highlighted: boolean): string {
  const f = tieFacts(ctx, tie);
  const parts = [
    f.name,
    f.sector,
    f.strength,
    f.flow,
    ctx.l10n.t('ecomap.support', { list: f.support }),
    ...f.other,
  ];
  if (highlighted) parts.push(ctx.l10n.t('ecomap.highlighted'));
  return parts.join(', ');
}
