/**
 * Pure, immutable edits of an assessment's genogram. Each returns a new record (the input is never
 * changed) or a refusal with a bilingual reason, and lists the ids it created, removed or changed
 * (`touched`: the layout's "edited family" starts from them). No clock, no randomness: new ids come
 * from `nextId`. Persons live in the shared registry, so a person added here can be placed on the
 * ecomap and an ecomap person can be placed here (`placeOnGenogram`).
 */
import type { Assessment } from '../schemas/assessment.js';
import { collectIds, nextId } from '../schemas/create.js';
import type {
  EmotionalRelation,
  Household,
  MultipleBirth,
  Offset,
  ParentChild,
  ParentChildKind,
  Pregnancy,
  Union,
} from '../schemas/genogram.js';
import type { Person } from '../schemas/registry.js';
import type { Label } from '../vocabulary/types.js';

/** The outcome of a genogram edit. `explanation` tells what else a removal took away. */
export type GenogramEditResult =
  | {
      readonly ok: true;
      readonly assessment: Assessment;
      /** The id created or edited. */
      readonly id: string;
      /** Every id created, removed or changed (persons and links). */
      readonly touched: readonly string[];
      readonly explanation?: Label;
    }
  | { readonly ok: false; readonly code: string; readonly message: Label };

/** A new person, or an existing registry person to place. `sex` defaults to `unknown`. */
export type PersonInput =
  | { readonly existingId: string }
  | (Partial<Omit<Person, 'id' | 'kind' | 'name'>> & { readonly name: string });

type Ok = Extract<GenogramEditResult, { ok: true }>;

function refuse(code: string, fr: string, en: string): GenogramEditResult {
  return { ok: false, code, message: { fr, en } };
}

function done(
  assessment: Assessment,
  id: string,
  touched: readonly string[],
  explanation?: Label,
): Ok {
  return { ok: true, assessment, id, touched, ...(explanation ? { explanation } : {}) };
}

type G = Assessment['genogram'];
const withGenogram = (a: Assessment, patch: Partial<G>, registry = a.registry): Assessment => ({
  ...a,
  registry,
  genogram: { ...a.genogram, ...patch },
});

function personOf(a: Assessment, id: string): Person | undefined {
  const e = a.registry.find((x) => x.id === id);
  return e?.kind === 'person' ? e : undefined;
}

function nameOf(a: Assessment, id: string): string {
  return personOf(a, id)?.name ?? id;
}

function isMember(a: Assessment, id: string): boolean {
  return a.genogram.memberIds.includes(id);
}

/** Adds a new person to the registry and the genogram, or places an existing registry person. */
function ensurePerson(
  a: Assessment,
  input: PersonInput,
  ids: Set<string>,
): { a: Assessment; id: string } | GenogramEditResult {
  if ('existingId' in input) {
    const p = personOf(a, input.existingId);
    if (!p) return refuse('unknown_person', 'Personne introuvable.', 'Person not found.');
    if (isMember(a, p.id)) return { a, id: p.id };
    const registry =
      p.sex === undefined
        ? a.registry.map((e) => (e.id === p.id ? { ...p, sex: 'unknown' as const } : e))
        : a.registry;
    return {
      a: withGenogram(a, { memberIds: [...a.genogram.memberIds, p.id] }, registry),
      id: p.id,
    };
  }
  const name = input.name.trim();
  if (name.length === 0) return refuse('empty_name', 'Le nom est requis.', 'A name is required.');
  const id = nextId('p', ids);
  ids.add(id);
  const person: Person = { ...input, id, kind: 'person', name, sex: input.sex ?? 'unknown' };
  return {
    a: withGenogram(a, { memberIds: [...a.genogram.memberIds, id] }, [...a.registry, person]),
    id,
  };
}

const failed = (r: { a: Assessment; id: string } | GenogramEditResult): r is GenogramEditResult =>
  'ok' in r;

/** Places an existing registry person (e.g. one added on the ecomap) on the genogram; sex `unknown` if not recorded. */
export function placeOnGenogram(a: Assessment, personId: string): GenogramEditResult {
  if (isMember(a, personId))
    return refuse(
      'already_member',
      'Cette personne est déjà au génogramme.',
      'This person is already on the genogram.',
    );
  const r = ensurePerson(a, { existingId: personId }, collectIds(a));
  return failed(r) ? r : done(r.a, r.id, [r.id]);
}

function link(
  ids: Set<string>,
  parentId: string,
  childId: string,
  kind: ParentChildKind,
): ParentChild {
  const id = nextId('pc', ids);
  ids.add(id);
  return { id, parentId, childId, kind };
}

function unionBetween(a: Assessment, x: string, y: string): Union | undefined {
  return a.genogram.unions.find((u) => u.partnerIds.includes(x) && u.partnerIds.includes(y));
}

/** Parent ids of a person (every link kind). */
export function parentsOf(a: Assessment, id: string): string[] {
  return a.genogram.parentChild.filter((l) => l.childId === id).map((l) => l.parentId);
}

/** Options of the add-relative edits. */
export interface RelativeOptions {
  /** Kind of the new parent-child link(s); `biological` by default. */
  readonly kind?: ParentChildKind;
  /** Type of a union the edit creates; `married` by default. */
  readonly unionType?: string;
}

/**
 * Adds a parent to `childId`. With no parent yet the new parent is a single parent; with one
 * parent the two become a couple (an existing union is reused, otherwise one is created); a third
 * parent is accepted only for a non-biological link (a step-parent, a foster parent...).
 */
export function addParent(
  a: Assessment,
  childId: string,
  parent: PersonInput,
  options: RelativeOptions = {},
): GenogramEditResult {
  if (!isMember(a, childId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  const kind = options.kind ?? 'biological';
  const existing = a.genogram.parentChild.filter((l) => l.childId === childId);
  if (kind === 'biological' && existing.filter((l) => l.kind === 'biological').length >= 2) {
    return refuse(
      'too_many_biological_parents',
      'Cette personne a déjà deux parents biologiques.',
      'This person already has two biological parents.',
    );
  }
  const ids = collectIds(a);
  const r = ensurePerson(a, parent, ids);
  if (failed(r)) return r;
  if (r.id === childId || existing.some((l) => l.parentId === r.id)) {
    return refuse(
      'duplicate_link',
      'Ce lien parent-enfant existe déjà.',
      'This parent-child link already exists.',
    );
  }
  let next = r.a;
  const touched = [r.id, childId];
  const parentChild = [...next.genogram.parentChild, link(ids, r.id, childId, kind)];
  let unions = next.genogram.unions;
  const same = existing.filter((l) => l.kind === kind);
  const other = same.length === 1 ? same[0] : existing.length === 1 ? existing[0] : undefined;
  if (other && !unionBetween(next, other.parentId, r.id)) {
    const id = nextId('u', ids);
    ids.add(id);
    unions = [
      ...unions,
      {
        id,
        partnerIds: [other.parentId, r.id],
        type: options.unionType ?? 'married',
        status: 'active',
      },
    ];
    touched.push(id, other.parentId);
  }
  next = withGenogram(next, { parentChild, unions });
  return done(next, r.id, touched);
}

/** Adds a partner to `personId`: a new union (type `married`, status active unless given). */
export function addPartner(
  a: Assessment,
  personId: string,
  partner: PersonInput,
  union: Partial<Omit<Union, 'id' | 'partnerIds'>> = {},
): GenogramEditResult {
  if (!isMember(a, personId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  const ids = collectIds(a);
  const r = ensurePerson(a, partner, ids);
  if (failed(r)) return r;
  if (r.id === personId)
    return refuse(
      'self_union',
      'Une union relie deux personnes distinctes.',
      'A union joins two different people.',
    );
  const id = nextId('u', ids);
  const u: Union = {
    type: 'married',
    status: 'active',
    ...union,
    id,
    partnerIds: [personId, r.id],
  };
  return done(withGenogram(r.a, { unions: [...r.a.genogram.unions, u] }), r.id, [
    r.id,
    personId,
    id,
  ]);
}

/** Where a new child hangs: a union (both partners become parents) or a single parent. */
export type ChildOf = { readonly unionId: string } | { readonly parentId: string };

/** Adds a child to a union (one link per partner) or to a single parent. */
export function addChild(
  a: Assessment,
  of: ChildOf,
  child: PersonInput,
  options: RelativeOptions = {},
): GenogramEditResult {
  let parents: string[];
  if ('unionId' in of) {
    const u = a.genogram.unions.find((x) => x.id === of.unionId);
    if (!u) return refuse('unknown_union', 'Union introuvable.', 'Union not found.');
    parents = [...u.partnerIds];
  } else {
    if (!isMember(a, of.parentId))
      return refuse(
        'unknown_person',
        'Personne introuvable au génogramme.',
        'Person not on the genogram.',
      );
    parents = [of.parentId];
  }
  const ids = collectIds(a);
  const r = ensurePerson(a, child, ids);
  if (failed(r)) return r;
  if (parents.includes(r.id) || ancestorsOf(r.a, parents).has(r.id)) {
    return refuse(
      'ancestry_cycle',
      'Une personne ne peut être sa propre ancêtre.',
      'A person cannot be their own ancestor.',
    );
  }
  const kind = options.kind ?? 'biological';
  const links = parents.map((p) => link(ids, p, r.id, kind));
  return done(withGenogram(r.a, { parentChild: [...r.a.genogram.parentChild, ...links] }), r.id, [
    r.id,
    ...parents,
  ]);
}

function ancestorsOf(a: Assessment, ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop() ?? '';
    for (const p of parentsOf(a, id)) {
      if (!out.has(p)) {
        out.add(p);
        stack.push(p);
      }
    }
  }
  return out;
}

/**
 * Adds a sibling: a child of the same parents (the same link kinds as the person's biological or
 * first links). When the person has no parent on the genogram, one placeholder parent named « ? »
 * (sex unknown) is created first, so the siblings share a line; it can be renamed or completed
 * with a second parent later. One placeholder rather than two keeps the drawing uncluttered.
 */
export function addSibling(
  a: Assessment,
  personId: string,
  sibling: PersonInput,
): GenogramEditResult {
  if (!isMember(a, personId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  let base = a;
  const touched: string[] = [];
  let links = a.genogram.parentChild.filter((l) => l.childId === personId);
  if (links.length === 0) {
    const r = addParent(a, personId, { name: '?', sex: 'unknown' });
    if (!r.ok) return r;
    base = r.assessment;
    touched.push(...r.touched);
    links = base.genogram.parentChild.filter((l) => l.childId === personId);
  }
  const bio = links.filter((l) => l.kind === 'biological');
  const chosen = bio.length > 0 ? bio : links.slice(0, 2);
  const ids = collectIds(base);
  const r = ensurePerson(base, sibling, ids);
  if (failed(r)) return r;
  const newLinks = chosen.map((l) => link(ids, l.parentId, r.id, l.kind));
  const next = withGenogram(r.a, { parentChild: [...r.a.genogram.parentChild, ...newLinks] });
  return done(next, r.id, [...touched, r.id, personId, ...chosen.map((l) => l.parentId)]);
}

/** Fields of a person the genogram edits; a key set to `undefined` is removed. */
export type PersonPatch = { [K in keyof Omit<Person, 'id' | 'kind'>]?: Person[K] | undefined };

function applyPatch<T extends object>(value: T, patch: object): T {
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) Reflect.deleteProperty(out, k);
    else out[k] = v;
  }
  return out as T;
}

/** Edits a person's attributes (name, sex, gender identity, years, deceased, notes...). */
export function updatePerson(
  a: Assessment,
  personId: string,
  patch: PersonPatch,
): GenogramEditResult {
  const p = personOf(a, personId);
  if (!p) return refuse('unknown_person', 'Personne introuvable.', 'Person not found.');
  if (patch.name !== undefined && patch.name.trim().length === 0)
    return refuse('empty_name', 'Le nom est requis.', 'A name is required.');
  const next = applyPatch(p, patch);
  if (next.deceased !== true && next.deathYear !== undefined && patch.deceased === false)
    Reflect.deleteProperty(next, 'deathYear');
  return done({ ...a, registry: a.registry.map((e) => (e.id === personId ? next : e)) }, personId, [
    personId,
  ]);
}

function updateIn<
  K extends 'unions' | 'parentChild' | 'multipleBirths' | 'pregnancies' | 'emotionalRelations',
>(
  a: Assessment,
  key: K,
  id: string,
  patch: object,
  touched: (item: G[K][number]) => string[],
): GenogramEditResult {
  const list = a.genogram[key] as readonly { id: string }[];
  const item = list.find((x) => x.id === id);
  if (!item) return refuse('not_found', 'Élément introuvable.', 'Item not found.');
  const next = applyPatch(item, patch);
  return done(withGenogram(a, { [key]: list.map((x) => (x.id === id ? next : x)) }), id, [
    id,
    ...touched(next as G[K][number]),
  ]);
}

/** Edits a union (type, status, years, order, notes). */
export function updateUnion(
  a: Assessment,
  unionId: string,
  patch: Partial<Omit<Union, 'id' | 'partnerIds'>>,
): GenogramEditResult {
  return updateIn(a, 'unions', unionId, patch, (u) => [...u.partnerIds]);
}

/** Edits a parent-child link's kind. */
export function updateParentChild(
  a: Assessment,
  linkId: string,
  patch: { readonly kind: ParentChildKind },
): GenogramEditResult {
  return updateIn(a, 'parentChild', linkId, patch, (l) => [l.parentId, l.childId]);
}

/** Removes one union (the partners and their children stay). */
export function removeUnion(a: Assessment, unionId: string): GenogramEditResult {
  const u = a.genogram.unions.find((x) => x.id === unionId);
  if (!u) return refuse('not_found', 'Union introuvable.', 'Union not found.');
  return done(
    withGenogram(a, { unions: a.genogram.unions.filter((x) => x.id !== unionId) }),
    unionId,
    [unionId, ...u.partnerIds],
  );
}

/** Removes one parent-child link. */
export function removeParentChild(a: Assessment, linkId: string): GenogramEditResult {
  const l = a.genogram.parentChild.find((x) => x.id === linkId);
  if (!l) return refuse('not_found', 'Lien introuvable.', 'Link not found.');
  return done(
    withGenogram(a, { parentChild: a.genogram.parentChild.filter((x) => x.id !== linkId) }),
    linkId,
    [linkId, l.parentId, l.childId],
  );
}

/** Whether a registry person is used outside the genogram (ecomap, tenant, profile, plan, notes). */
function usedOutsideGenogram(a: Assessment, id: string): boolean {
  if (a.tenant.personId === id) return true;
  if (a.ecomap.ties.some((t) => t.targetId === id)) return true;
  return JSON.stringify([a.profile, a.plan, a.notes]).includes(`"${id}"`);
}

const list = (items: readonly string[], lang: 'fr' | 'en'): string => {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'fr' ? 'et' : 'and'} ${last}`;
};

/**
 * Removes a person from the genogram with everything that would be left without an end: their
 * unions, parent-child links, emotional relations, offset, their place in multiple births (a birth
 * left with one child is removed) and pregnancies (removed when no parent is left). The person
 * leaves the registry and households too, unless the ecomap or another part of the record still
 * uses them. The tenant cannot be removed. `explanation` says in words what went with them.
 */
export function removeFromGenogram(a: Assessment, personId: string): GenogramEditResult {
  if (!isMember(a, personId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  if (personId === a.tenant.personId) {
    return refuse(
      'tenant_required',
      'Le locataire (personne index) ne peut pas être retiré.',
      'The tenant (index person) cannot be removed.',
    );
  }
  const g = a.genogram;
  const who = nameOf(a, personId);
  const fr: string[] = [];
  const en: string[] = [];
  const touched = new Set<string>([personId]);
  const unions = g.unions.filter((u) => {
    if (!u.partnerIds.includes(personId)) return true;
    const other = u.partnerIds.find((p) => p !== personId) ?? '';
    touched.add(u.id).add(other);
    fr.push(`l’union avec ${nameOf(a, other)}`);
    en.push(`the union with ${nameOf(a, other)}`);
    return false;
  });
  const children: string[] = [];
  const parents: string[] = [];
  const parentChild = g.parentChild.filter((l) => {
    if (l.parentId !== personId && l.childId !== personId) return true;
    touched.add(l.id);
    if (l.parentId === personId) {
      children.push(nameOf(a, l.childId));
      touched.add(l.childId);
    } else {
      parents.push(nameOf(a, l.parentId));
      touched.add(l.parentId);
    }
    return false;
  });
  if (parents.length > 0) {
    fr.push(`les liens avec ses parents (${list(parents, 'fr')})`);
    en.push(`the links to their parents (${list(parents, 'en')})`);
  }
  if (children.length > 0) {
    fr.push(`les liens avec ses enfants (${list(children, 'fr')})`);
    en.push(`the links to their children (${list(children, 'en')})`);
  }
  const relations = g.emotionalRelations.filter((r) => {
    if (r.fromId !== personId && r.toId !== personId) return true;
    const other = r.fromId === personId ? r.toId : r.fromId;
    touched.add(r.id);
    fr.push(`la relation avec ${nameOf(a, other)}`);
    en.push(`the relation with ${nameOf(a, other)}`);
    return false;
  });
  const multipleBirths: MultipleBirth[] = [];
  for (const m of g.multipleBirths) {
    if (!m.childIds.includes(personId)) {
      multipleBirths.push(m);
      continue;
    }
    const rest = m.childIds.filter((c) => c !== personId);
    if (rest.length >= 2) multipleBirths.push({ ...m, childIds: rest });
    else {
      touched.add(m.id);
      fr.push('la naissance multiple');
      en.push('the multiple birth');
    }
  }
  const pregnancies: Pregnancy[] = [];
  for (const p of g.pregnancies) {
    if (!p.parentIds.includes(personId)) {
      pregnancies.push(p);
      continue;
    }
    const rest = p.parentIds.filter((c) => c !== personId);
    touched.add(p.id);
    if (rest.length >= 1) pregnancies.push({ ...p, parentIds: rest });
    else {
      fr.push('une grossesse');
      en.push('a pregnancy');
    }
  }
  const offsets = { ...g.offsets };
  Reflect.deleteProperty(offsets, personId);
  let next = withGenogram(a, {
    memberIds: g.memberIds.filter((id) => id !== personId),
    unions,
    parentChild,
    emotionalRelations: relations,
    multipleBirths,
    pregnancies,
    offsets,
  });
  const keep = usedOutsideGenogram(a, personId);
  if (!keep) {
    const households: Household[] = [];
    for (const h of next.households) {
      if (!h.memberIds.includes(personId)) households.push(h);
      else if (h.memberIds.length > 1)
        households.push({ ...h, memberIds: h.memberIds.filter((m) => m !== personId) });
      else {
        fr.push('son ménage');
        en.push('their household');
      }
    }
    next = { ...next, registry: next.registry.filter((e) => e.id !== personId), households };
    if (
      next.tenant.householdId !== undefined &&
      !households.some((h) => h.id === next.tenant.householdId)
    ) {
      const tenant = { ...next.tenant };
      Reflect.deleteProperty(tenant, 'householdId');
      next = { ...next, tenant };
    }
  }
  const tailFr = keep ? ' Elle reste dans le registre (utilisée ailleurs).' : '';
  const tailEn = keep ? ' They stay in the registry (used elsewhere).' : '';
  const explanation: Label =
    fr.length === 0
      ? {
          fr: `${who} retiré·e du génogramme.${tailFr}`,
          en: `${who} removed from the genogram.${tailEn}`,
        }
      : {
          fr: `${who} retiré·e du génogramme, avec ${list(fr, 'fr')}.${tailFr}`,
          en: `${who} removed from the genogram, with ${list(en, 'en')}.${tailEn}`,
        };
  return done(next, personId, [...touched], explanation);
}

/** Sets (or clears, with `undefined` or a zero offset) a person's manual offset. */
export function moveGenogramPerson(
  a: Assessment,
  personId: string,
  offset: Offset | undefined,
): GenogramEditResult {
  if (!isMember(a, personId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  const offsets = { ...a.genogram.offsets };
  if (!offset || (offset.dx === 0 && offset.dy === 0)) Reflect.deleteProperty(offsets, personId);
  else offsets[personId] = { dx: Math.round(offset.dx), dy: Math.round(offset.dy) };
  return done(withGenogram(a, { offsets }), personId, [personId]);
}

/** Adds an emotional relation of a vocabulary `type` between two genogram persons. */
export function addEmotionalRelation(
  a: Assessment,
  fromId: string,
  toId: string,
  type: string,
): GenogramEditResult {
  if (!isMember(a, fromId) || !isMember(a, toId))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  if (fromId === toId)
    return refuse(
      'self_relation',
      'Une relation relie deux personnes distinctes.',
      'A relation joins two different people.',
    );
  const ids = collectIds(a);
  const r: EmotionalRelation = { id: nextId('er', ids), fromId, toId, type };
  return done(
    withGenogram(a, { emotionalRelations: [...a.genogram.emotionalRelations, r] }),
    r.id,
    [r.id],
  );
}

/** Edits an emotional relation (type, direction, notes). */
export function updateEmotionalRelation(
  a: Assessment,
  id: string,
  patch: Partial<Omit<EmotionalRelation, 'id'>>,
): GenogramEditResult {
  return updateIn(a, 'emotionalRelations', id, patch, () => []);
}

/** Removes an emotional relation. */
export function removeEmotionalRelation(a: Assessment, id: string): GenogramEditResult {
  if (!a.genogram.emotionalRelations.some((r) => r.id === id))
    return refuse('not_found', 'Relation introuvable.', 'Relation not found.');
  return done(
    withGenogram(a, {
      emotionalRelations: a.genogram.emotionalRelations.filter((r) => r.id !== id),
    }),
    id,
    [id],
  );
}

/** Marks two or more genogram persons as born together (twins, triplets...). */
export function addMultipleBirth(
  a: Assessment,
  childIds: readonly string[],
  zygosity: MultipleBirth['zygosity'],
): GenogramEditResult {
  if (childIds.length < 2 || new Set(childIds).size !== childIds.length) {
    return refuse(
      'too_few',
      'Une naissance multiple compte au moins deux enfants.',
      'A multiple birth has at least two children.',
    );
  }
  if (childIds.some((c) => !isMember(a, c)))
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  if (a.genogram.multipleBirths.some((m) => m.childIds.some((c) => childIds.includes(c)))) {
    return refuse(
      'duplicate_member',
      'Un de ces enfants appartient déjà à une naissance multiple.',
      'One of these children already belongs to a multiple birth.',
    );
  }
  const ids = collectIds(a);
  const m: MultipleBirth = { id: nextId('mb', ids), childIds: [...childIds], zygosity };
  return done(withGenogram(a, { multipleBirths: [...a.genogram.multipleBirths, m] }), m.id, [
    m.id,
    ...childIds,
  ]);
}

/** Edits a multiple birth (zygosity, children). */
export function updateMultipleBirth(
  a: Assessment,
  id: string,
  patch: Partial<Omit<MultipleBirth, 'id'>>,
): GenogramEditResult {
  return updateIn(a, 'multipleBirths', id, patch, (m) => [...m.childIds]);
}

/** Removes a multiple birth (the children stay). */
export function removeMultipleBirth(a: Assessment, id: string): GenogramEditResult {
  const m = a.genogram.multipleBirths.find((x) => x.id === id);
  if (!m)
    return refuse('not_found', 'Naissance multiple introuvable.', 'Multiple birth not found.');
  return done(
    withGenogram(a, { multipleBirths: a.genogram.multipleBirths.filter((x) => x.id !== id) }),
    id,
    [id, ...m.childIds],
  );
}

/** Adds a pregnancy or pregnancy loss under one or two genogram persons. */
export function addPregnancy(a: Assessment, pregnancy: Omit<Pregnancy, 'id'>): GenogramEditResult {
  if (pregnancy.parentIds.length < 1 || pregnancy.parentIds.some((p) => !isMember(a, p))) {
    return refuse(
      'unknown_person',
      'Personne introuvable au génogramme.',
      'Person not on the genogram.',
    );
  }
  const ids = collectIds(a);
  const p: Pregnancy = { ...pregnancy, id: nextId('pg', ids) };
  return done(withGenogram(a, { pregnancies: [...a.genogram.pregnancies, p] }), p.id, [
    p.id,
    ...p.parentIds,
  ]);
}

/** Edits a pregnancy (outcome, year, weeks, notes). */
export function updatePregnancy(
  a: Assessment,
  id: string,
  patch: Partial<Omit<Pregnancy, 'id'>>,
): GenogramEditResult {
  return updateIn(a, 'pregnancies', id, patch, (p) => [...p.parentIds]);
}

/** Removes a pregnancy glyph. */
export function removePregnancy(a: Assessment, id: string): GenogramEditResult {
  const p = a.genogram.pregnancies.find((x) => x.id === id);
  if (!p) return refuse('not_found', 'Grossesse introuvable.', 'Pregnancy not found.');
  return done(
    withGenogram(a, { pregnancies: a.genogram.pregnancies.filter((x) => x.id !== id) }),
    id,
    [id, ...p.parentIds],
  );
}

/** Adds a household (people living together), drawn as a dashed outline. */
export function addHousehold(
  a: Assessment,
  memberIds: readonly string[],
  label?: string,
): GenogramEditResult {
  if (memberIds.length === 0 || memberIds.some((m) => !personOf(a, m))) {
    return refuse('unknown_person', 'Personne introuvable.', 'Person not found.');
  }
  const ids = collectIds(a);
  const h: Household = {
    id: nextId('h', ids),
    memberIds: [...new Set(memberIds)],
    ...(label ? { label } : {}),
  };
  return done({ ...a, households: [...a.households, h] }, h.id, [h.id]);
}

/** Edits a household's members or label; an empty member list is refused (remove it instead). */
export function updateHousehold(
  a: Assessment,
  id: string,
  patch: { readonly memberIds?: readonly string[]; readonly label?: string | undefined },
): GenogramEditResult {
  const h = a.households.find((x) => x.id === id);
  if (!h) return refuse('not_found', 'Ménage introuvable.', 'Household not found.');
  if (patch.memberIds?.length === 0)
    return refuse(
      'too_few',
      'Un ménage compte au moins une personne.',
      'A household has at least one person.',
    );
  const next = applyPatch(h, {
    ...patch,
    ...(patch.memberIds ? { memberIds: [...patch.memberIds] } : {}),
  });
  return done({ ...a, households: a.households.map((x) => (x.id === id ? next : x)) }, id, [id]);
}

/** Removes a household (its members stay); the tenant's `householdId` is cleared if it pointed at it. */
export function removeHousehold(a: Assessment, id: string): GenogramEditResult {
  if (!a.households.some((x) => x.id === id))
    return refuse('not_found', 'Ménage introuvable.', 'Household not found.');
  const tenant = { ...a.tenant };
  if (tenant.householdId === id) Reflect.deleteProperty(tenant, 'householdId');
  return done({ ...a, tenant, households: a.households.filter((x) => x.id !== id) }, id, [id]);
}
