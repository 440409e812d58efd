/**
 * Pure, immutable edits of an assessment's ecomap. Each returns a new record (the input is never
 * changed) or a refusal with a bilingual reason; none reads the clock (the caller stamps
 * `updatedAt`) and new ids come from `nextId`, so edits are reproducible.
 */
import type { Assessment } from '../schemas/assessment.js';
import { collectIds, nextId } from '../schemas/create.js';
import type { Offset } from '../schemas/genogram.js';
import type { Tie } from '../schemas/ecomap.js';
import type { Contact, Person, RegistryEntry, System } from '../schemas/registry.js';
import type { Label } from '../vocabulary/types.js';

/** The outcome of an edit: the new record (and the id it created or touched) or why it was refused. */
export type EcomapEditResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly id: string }
  | { readonly ok: false; readonly code: string; readonly message: Label };

/** Tie attributes an editor may set; every one has a default in `addTie`. */
export type TieAttributes = Partial<Omit<Tie, 'id' | 'targetId'>>;

/** Who a new tie points at: an existing registry entry, a new person, or a new system. */
export type TieTarget =
  | { readonly existingId: string }
  | {
      readonly kind: 'person';
      readonly name: string;
      readonly contact?: Contact;
      readonly notes?: string;
    }
  | {
      readonly kind: 'system';
      readonly name: string;
      readonly sector: string;
      readonly subtype?: string;
      readonly contact?: Contact;
      readonly notes?: string;
    };

/** A copy of `o` without its `undefined` values (optional keys are absent, never undefined). */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function refuse(code: string, fr: string, en: string): EcomapEditResult {
  return { ok: false, code, message: { fr, en } };
}

function withEcomap(
  a: Assessment,
  ecomap: Assessment['ecomap'],
  registry = a.registry,
): Assessment {
  return { ...a, registry, ecomap };
}

/**
 * Adds a tie from the tenant to `target`. A new person or system is added to the registry first
 * (ids `p-N` / `s-N`); the tie gets `t-N`. Defaults: the target system's sector (or `other` for a
 * person), moderate, not stressful, flow both ways, no support types, formal for systems, all year.
 * Refused when the target is the tenant, unknown, or already tied.
 */
export function addTie(
  a: Assessment,
  target: TieTarget,
  attributes: TieAttributes = {},
): EcomapEditResult {
  const ids = collectIds(a);
  let registry = a.registry;
  let entry: RegistryEntry | undefined;
  if ('existingId' in target) {
    entry = a.registry.find((e) => e.id === target.existingId);
    if (!entry)
      return refuse(
        'unknown_entry',
        'Personne ou ressource introuvable.',
        'Person or system not found.',
      );
    if (entry.id === a.tenant.personId) {
      return refuse(
        'tie_to_self',
        'Un lien relie le locataire à quelqu’un d’autre.',
        'A tie joins the tenant to someone else.',
      );
    }
    if (a.ecomap.ties.some((t) => t.targetId === entry?.id)) {
      return refuse(
        'duplicate_tie',
        `Un lien vers « ${entry.name} » existe déjà.`,
        `A tie to "${entry.name}" already exists.`,
      );
    }
  } else {
    const name = target.name.trim();
    if (name.length === 0) return refuse('empty_name', 'Le nom est requis.', 'A name is required.');
    if (target.kind === 'person') {
      const person: Person = {
        id: nextId('p', ids),
        kind: 'person',
        name,
        ...(target.contact ? { contact: target.contact } : {}),
        ...(target.notes ? { notes: target.notes } : {}),
      };
      entry = person;
    } else {
      const system: System = {
        id: nextId('s', ids),
        kind: 'system',
        name,
        sector: target.sector,
        ...(target.subtype ? { subtype: target.subtype } : {}),
        ...(target.contact ? { contact: target.contact } : {}),
        ...(target.notes ? { notes: target.notes } : {}),
      };
      entry = system;
    }
    ids.add(entry.id);
    registry = [...a.registry, entry];
  }
  const isSystem = entry.kind === 'system';
  const tie: Tie = {
    id: nextId('t', ids),
    targetId: entry.id,
    sector: attributes.sector ?? (entry.kind === 'system' ? entry.sector : 'other'),
    strength: attributes.strength ?? 'moderate',
    stressful: attributes.stressful ?? false,
    flow: attributes.flow ?? 'both',
    supportTypes: attributes.supportTypes ?? [],
    formal: attributes.formal ?? isSystem,
    seasonal: attributes.seasonal ?? 'all_year',
    ...(attributes.notes !== undefined ? { notes: attributes.notes } : {}),
    ...(attributes.offset !== undefined ? { offset: attributes.offset } : {}),
  };
  return {
    ok: true,
    id: tie.id,
    assessment: withEcomap(a, { ...a.ecomap, ties: [...a.ecomap.ties, tie] }, registry),
  };
}

/**
 * Sets attributes of tie `tieId`; a key set to `undefined` removes an optional attribute
 * (`notes`, `offset`).
 */
export function updateTie(a: Assessment, tieId: string, patch: TieAttributes): EcomapEditResult {
  const index = a.ecomap.ties.findIndex((t) => t.id === tieId);
  const tie = a.ecomap.ties[index];
  if (!tie) return refuse('unknown_tie', 'Lien introuvable.', 'Tie not found.');
  const next = defined({ ...tie, ...patch, id: tie.id, targetId: tie.targetId });
  const ties = a.ecomap.ties.map((t, i) => (i === index ? next : t));
  return { ok: true, id: tieId, assessment: withEcomap(a, { ...a.ecomap, ties }) };
}

/** Sets (or, with `undefined`, clears) the manual offset of a tie, in hundredths of the map radius. */
export function moveTie(
  a: Assessment,
  tieId: string,
  offset: Offset | undefined,
): EcomapEditResult {
  return updateTie(a, tieId, { offset });
}

/** What `updateEntry` may change on a registry entry. */
export interface EntryPatch {
  readonly name?: string;
  /** Replaces the notes; an empty string removes them. */
  readonly notes?: string;
  /** Merged into the entry's contact; keys set to `undefined` are removed. */
  readonly contact?: Partial<Record<keyof Contact, Contact[keyof Contact] | undefined>>;
  /** Systems only. */
  readonly subtype?: string;
  readonly contactPerson?: string;
}

/**
 * Edits a registry entry's name, notes and contact information (frequency, confidant, canHelp…).
 * The registry is shared with the genogram, so the change shows in every view.
 */
export function updateEntry(a: Assessment, entryId: string, patch: EntryPatch): EcomapEditResult {
  const index = a.registry.findIndex((e) => e.id === entryId);
  const entry = a.registry[index];
  if (!entry)
    return refuse(
      'unknown_entry',
      'Personne ou ressource introuvable.',
      'Person or system not found.',
    );
  const next: Record<string, unknown> = { ...entry };
  if (patch.name !== undefined) {
    const name = patch.name.trim();
    if (name.length === 0) return refuse('empty_name', 'Le nom est requis.', 'A name is required.');
    next['name'] = name;
  }
  if (patch.notes !== undefined) {
    next['notes'] = patch.notes === '' ? undefined : patch.notes;
  }
  if (entry.kind === 'system') {
    for (const key of ['subtype', 'contactPerson'] as const) {
      const v = patch[key];
      if (v === undefined) continue;
      next[key] = v === '' ? undefined : v;
    }
  }
  if (patch.contact) {
    const contact = defined({ ...(entry.contact ?? {}), ...patch.contact });
    next['contact'] = Object.keys(contact).length === 0 ? undefined : contact;
  }
  const registry = a.registry.map((e, i) => (i === index ? (defined(next) as RegistryEntry) : e));
  return { ok: true, id: entryId, assessment: { ...a, registry } };
}

/** Whether anything besides the ecomap tie refers to registry entry `id` (genogram, households, profile…). */
export function isReferencedOutsideEcomap(a: Assessment, id: string): boolean {
  const g = a.genogram;
  return (
    a.tenant.personId === id ||
    g.memberIds.includes(id) ||
    g.unions.some((u) => u.partnerIds.includes(id)) ||
    g.parentChild.some((l) => l.parentId === id || l.childId === id) ||
    g.multipleBirths.some((m) => m.childIds.includes(id)) ||
    g.pregnancies.some((p) => p.parentIds.includes(id)) ||
    g.emotionalRelations.some((r) => r.fromId === id || r.toId === id) ||
    id in g.offsets ||
    a.households.some((h) => h.memberIds.includes(id)) ||
    a.profile.some((p) => (p.linkedIds ?? []).includes(id))
  );
}

/**
 * Removes tie `tieId` and the links of its contact. The registry entry goes too, unless something
 * else refers to it (the genogram, a household, a profile item): the registry is shared. Profile
 * items that pointed at the tie stop pointing at it.
 */
export function removeTie(a: Assessment, tieId: string): EcomapEditResult {
  const tie = a.ecomap.ties.find((t) => t.id === tieId);
  if (!tie) return refuse('unknown_tie', 'Lien introuvable.', 'Tie not found.');
  const target = tie.targetId;
  const ties = a.ecomap.ties.filter((t) => t.id !== tieId);
  const links = a.ecomap.links.filter((l) => l.aId !== target && l.bId !== target);
  const keepEntry = isReferencedOutsideEcomap(a, target);
  const registry = keepEntry ? a.registry : a.registry.filter((e) => e.id !== target);
  const gone = new Set(keepEntry ? [tieId] : [tieId, target]);
  const profile = a.profile.map((p) => {
    if (!p.linkedIds?.some((id) => gone.has(id))) return p;
    return { ...p, linkedIds: p.linkedIds.filter((id) => !gone.has(id)) };
  });
  return { ok: true, id: tieId, assessment: { ...a, registry, profile, ecomap: { ties, links } } };
}

/** Records that the contacts `aId` and `bId` (both tied to the tenant) know each other; id `l-N`. */
export function addLink(a: Assessment, aId: string, bId: string): EcomapEditResult {
  if (aId === bId)
    return refuse(
      'self_link',
      'Un lien relie deux contacts distincts.',
      'A link joins two different contacts.',
    );
  const tied = new Set(a.ecomap.ties.map((t) => t.targetId));
  if (!tied.has(aId) || !tied.has(bId)) {
    return refuse(
      'link_without_tie',
      'Les deux contacts doivent figurer à l’écocarte.',
      'Both contacts must be on the ecomap.',
    );
  }
  if (
    a.ecomap.links.some((l) => (l.aId === aId && l.bId === bId) || (l.aId === bId && l.bId === aId))
  ) {
    return refuse(
      'duplicate_link',
      'Ces deux contacts sont déjà reliés.',
      'These two contacts are already linked.',
    );
  }
  const id = nextId('l', collectIds(a));
  return {
    ok: true,
    id,
    assessment: withEcomap(a, { ...a.ecomap, links: [...a.ecomap.links, { id, aId, bId }] }),
  };
}

/** Removes link `linkId`. */
export function removeLink(a: Assessment, linkId: string): EcomapEditResult {
  if (!a.ecomap.links.some((l) => l.id === linkId))
    return refuse('unknown_link', 'Lien introuvable.', 'Link not found.');
  return {
    ok: true,
    id: linkId,
    assessment: withEcomap(a, {
      ...a.ecomap,
      links: a.ecomap.links.filter((l) => l.id !== linkId),
    }),
  };
}
