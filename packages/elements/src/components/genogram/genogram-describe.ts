import type { Assessment, Person, Vocabularies } from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import type { MessageParams } from '../../i18n/types.js';

/** What the describers need from the element: translation and list formatting. */
export interface DescribeTools {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly label: (l: { fr: string; en: string }) => string;
  readonly list: (items: readonly string[]) => string;
}

/** The reference year for ages: the interview's year; no age without it (core never reads the clock). */
export function referenceYear(a: Assessment): number | undefined {
  const y = a.interviewDate ? Number(a.interviewDate.slice(0, 4)) : NaN;
  return Number.isFinite(y) ? y : undefined;
}

/** Age in the reference year (or at death), when the years are known. */
export function ageOf(p: Person, ref: number | undefined): number | undefined {
  if (p.birthYear === undefined) return undefined;
  const end = p.deceased ? p.deathYear : ref;
  return end === undefined ? undefined : end - p.birthYear;
}

/**
 * One sentence per person, for the outline view and the accessible names: "Ginette Lavoie, 81 ans,
 * veuf ou veuve de Rosaire Bérubé (décédé·e en 2024); parent de Martine Bérubé et Sylvain Bérubé".
 */
export function describePeople(
  a: Assessment,
  vocab: Vocabularies,
  k: DescribeTools,
): Map<string, string> {
  const g = a.genogram;
  const persons = new Map<string, Person>();
  for (const e of a.registry) if (e.kind === 'person') persons.set(e.id, e);
  const name = (id: string): string => persons.get(id)?.name ?? id;
  const withDeath = (id: string): string => {
    const p = persons.get(id);
    if (!p?.deceased) return name(id);
    return `${name(id)} (${p.deathYear !== undefined ? k.t('genogram.died', { year: p.deathYear }) : k.t('genogram.deadUnknown')})`;
  };
  const ref = referenceYear(a);
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const l of g.parentChild) {
    parents.set(l.childId, [...(parents.get(l.childId) ?? []), l.parentId]);
    children.set(l.parentId, [...(children.get(l.parentId) ?? []), l.childId]);
  }
  // Everything a sentence lists, indexed by person once (not scanned again for every person).
  const index = <T>(items: readonly T[], ids: (item: T) => readonly string[]): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const item of items)
      for (const id of ids(item)) {
        const list = m.get(id);
        if (list) list.push(item);
        else m.set(id, [item]);
      }
    return m;
  };
  const unionsOf = index(g.unions, (u) => u.partnerIds);
  const birthsOf = index(g.multipleBirths, (m) => m.childIds);
  const relationsOf = index(g.emotionalRelations, (r) =>
    r.fromId === r.toId ? [r.fromId] : [r.fromId, r.toId],
  );
  const householdsOf = index(a.households, (h) => h.memberIds);
  const out = new Map<string, string>();
  for (const id of g.memberIds) {
    const p = persons.get(id);
    if (!p) continue;
    const head: string[] = [p.name];
    const age = ageOf(p, ref);
    if (age !== undefined && !p.deceased) head.push(k.t('genogram.age', { age }));
    else if (p.birthYear !== undefined) head.push(k.t('genogram.born', { year: p.birthYear }));
    if (p.deceased)
      head.push(
        p.deathYear !== undefined
          ? k.t('genogram.died', { year: p.deathYear })
          : k.t('genogram.deadUnknown'),
      );
    if (p.genderIdentity) head.push(p.genderIdentity);
    if (id === a.tenant.personId) head.push(k.t('genogram.indexPerson'));
    const parts: string[] = [head.join(', ')];
    for (const u of unionsOf.get(id) ?? []) {
      const other = u.partnerIds[0] === id ? u.partnerIds[1] : u.partnerIds[0];
      const type = vocab.unionTypes.find((x) => x.id === u.type);
      const status = k.t(`genogram.union.${u.status}`);
      parts.push(
        `${k.t('genogram.partnerOf', { status, names: withDeath(other) })}${type ? ` (${k.label(type.label).toLowerCase()})` : ''}`,
      );
    }
    const ps = parents.get(id);
    if (ps?.length) parts.push(k.t('genogram.childOfText', { names: k.list(ps.map(name)) }));
    const cs = children.get(id);
    if (cs?.length) parts.push(k.t('genogram.parentOfText', { names: k.list(cs.map(name)) }));
    for (const m of birthsOf.get(id) ?? []) {
      parts.push(
        k.t('genogram.twinOf', { names: k.list(m.childIds.filter((c) => c !== id).map(name)) }),
      );
    }
    for (const r of relationsOf.get(id) ?? []) {
      const other = r.fromId === id ? r.toId : r.fromId;
      const type = vocab.emotionalRelations.find((x) => x.id === r.type);
      parts.push(
        k.t('genogram.relationText', {
          type: type ? k.label(type.label) : r.type,
          names: name(other),
        }),
      );
    }
    for (const h of householdsOf.get(id) ?? []) {
      if (h.memberIds.length > 1) {
        parts.push(
          k.t('genogram.householdText', {
            names: k.list(h.memberIds.filter((m) => m !== id).map(name)),
          }),
        );
      }
    }
    out.set(id, parts.join('; '));
  }
  return out;
}
