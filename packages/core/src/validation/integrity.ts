import type { Assessment } from '../schemas/assessment.js';
import type { RegistryEntry } from '../schemas/registry.js';
import type { Vocabularies } from '../vocabulary/types.js';
import { issue, type IssuePath, type ValidationIssue } from './issues.js';

/**
 * Checks what a schema cannot: every id is unique, every reference points at an existing entry of
 * the right kind, vocabulary values are known, and nobody is their own ancestor.
 */
export function checkIntegrity(a: Assessment, vocab: Vocabularies): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const registry = new Map<string, RegistryEntry>();
  const seen = new Map<string, string>();
  const members = new Set<string>();

  const claim = (id: string, path: IssuePath): void => {
    const first = seen.get(id);
    if (first !== undefined) {
      out.push(
        issue(
          [...path, 'id'],
          'duplicate_id',
          `L'identifiant « ${id} » est déjà utilisé (${first}).`,
          `The id "${id}" is already used (${first}).`,
        ),
      );
    } else {
      seen.set(
        id,
        `$${path.map((k) => (typeof k === 'number' ? `[${String(k)}]` : `.${k}`)).join('')}`,
      );
    }
  };

  a.registry.forEach((entry, i) => {
    claim(entry.id, ['registry', i]);
    if (!registry.has(entry.id)) registry.set(entry.id, entry);
  });
  const collections = [
    ['households', a.households],
    ['genogram', 'unions', a.genogram.unions],
    ['genogram', 'parentChild', a.genogram.parentChild],
    ['genogram', 'multipleBirths', a.genogram.multipleBirths],
    ['genogram', 'pregnancies', a.genogram.pregnancies],
    ['genogram', 'emotionalRelations', a.genogram.emotionalRelations],
    ['ecomap', 'ties', a.ecomap.ties],
    ['ecomap', 'links', a.ecomap.links],
    ['profile', a.profile],
    ['plan', a.plan],
    ['notes', a.notes],
  ] as const;
  for (const spec of collections) {
    const list = spec[spec.length - 1] as readonly { id: string }[];
    const base = spec.slice(0, -1) as string[];
    list.forEach((item, i) => {
      claim(item.id, [...base, i]);
    });
  }

  const dangling = (path: IssuePath, id: string, what: 'entry' | 'person' | 'member'): void => {
    const entry = registry.get(id);
    if (!entry) {
      out.push(
        issue(
          path,
          'dangling_reference',
          `« ${id} » ne correspond à aucune personne ni ressource du registre.`,
          `"${id}" matches no person or system in the registry.`,
        ),
      );
    } else if ((what === 'person' || what === 'member') && entry.kind !== 'person') {
      out.push(
        issue(
          path,
          'wrong_kind',
          `« ${id} » est une ressource, pas une personne.`,
          `"${id}" is a system, not a person.`,
        ),
      );
    } else if (what === 'member' && !members.has(id)) {
      out.push(
        issue(
          path,
          'not_in_genogram',
          `« ${id} » n'est pas une personne du génogramme.`,
          `"${id}" is not a person of the genogram.`,
        ),
      );
    }
  };
  const unknownVocab = (
    path: IssuePath,
    value: string,
    list: readonly { id: string }[],
    name: string,
  ): void => {
    if (!list.some((e) => e.id === value)) {
      out.push(
        issue(
          path,
          'unknown_vocabulary',
          `Valeur « ${value} » inconnue du vocabulaire « ${name} ».`,
          `Value "${value}" is not in the "${name}" vocabulary.`,
        ),
      );
    }
  };

  // Tenant.
  const tenantId = a.tenant.personId;
  dangling(['tenant', 'personId'], tenantId, 'person');

  // Registry entries.
  a.registry.forEach((entry, i) => {
    if (entry.kind === 'system') {
      unknownVocab(['registry', i, 'sector'], entry.sector, vocab.sectors, 'sectors');
      if (entry.contact?.relationType !== undefined) {
        unknownVocab(
          ['registry', i, 'contact', 'relationType'],
          entry.contact.relationType,
          vocab.relationTypes,
          'relationTypes',
        );
      }
      return;
    }
    if (entry.contact?.relationType !== undefined) {
      unknownVocab(
        ['registry', i, 'contact', 'relationType'],
        entry.contact.relationType,
        vocab.relationTypes,
        'relationTypes',
      );
    }
    if (
      entry.birthYear !== undefined &&
      entry.deathYear !== undefined &&
      entry.deathYear < entry.birthYear
    ) {
      out.push(
        issue(
          ['registry', i, 'deathYear'],
          'death_before_birth',
          'Année de décès avant la naissance.',
          'Death year is before birth year.',
        ),
      );
    }
    if (entry.deceased === false && entry.deathYear !== undefined) {
      out.push(
        issue(
          ['registry', i, 'deceased'],
          'deceased_mismatch',
          'Une année de décès est indiquée pour une personne vivante.',
          'A death year is given for a living person.',
        ),
      );
    }
  });

  // Households.
  a.households.forEach((h, i) => {
    h.memberIds.forEach((id, j) => {
      dangling(['households', i, 'memberIds', j], id, 'person');
    });
  });
  if (a.tenant.householdId !== undefined) {
    const household = a.households.find((h) => h.id === a.tenant.householdId);
    if (!household) {
      out.push(
        issue(
          ['tenant', 'householdId'],
          'dangling_reference',
          'Ménage introuvable.',
          'Household not found.',
        ),
      );
    } else {
      if (!household.memberIds.includes(tenantId)) {
        out.push(
          issue(
            ['tenant', 'householdId'],
            'tenant_not_in_household',
            'Le ménage du locataire ne le ou la compte pas parmi ses membres.',
            "The tenant's household does not list the tenant.",
          ),
        );
      }
    }
  }
  // "Lives alone" contradicts any household that lists the tenant with someone else, whether or
  // not it is the one named by `householdId`.
  if (a.tenant.livesAlone === true) {
    const shared = a.households.some(
      (h) =>
        (h.id === a.tenant.householdId || h.memberIds.includes(tenantId)) &&
        h.memberIds.some((id) => id !== tenantId),
    );
    if (shared) {
      out.push(
        issue(
          ['tenant', 'livesAlone'],
          'lives_alone_mismatch',
          "« Vit seul·e » est coché mais le ménage compte d'autres personnes.",
          '"Lives alone" is set but the household has other members.',
        ),
      );
    }
  }

  // Genogram.
  const g = a.genogram;
  g.memberIds.forEach((id, i) => {
    if (members.has(id)) {
      out.push(
        issue(
          ['genogram', 'memberIds', i],
          'duplicate_member',
          `« ${id} » figure deux fois.`,
          `"${id}" is listed twice.`,
        ),
      );
    }
    members.add(id);
  });
  g.memberIds.forEach((id, i) => {
    dangling(['genogram', 'memberIds', i], id, 'person');
    const entry = registry.get(id);
    if (entry?.kind === 'person' && entry.sex === undefined) {
      out.push(
        issue(
          ['registry', a.registry.indexOf(entry), 'sex'],
          'sex_required',
          `Le sexe de « ${entry.name} » n'est pas indiqué (choisissez « inconnu » s'il n'est pas connu).`,
          `The sex of "${entry.name}" is not recorded (choose "unknown" if it is not known).`,
        ),
      );
    }
  });
  if (g.memberIds.length > 0 && !members.has(tenantId)) {
    out.push(
      issue(
        ['genogram', 'memberIds'],
        'tenant_not_in_genogram',
        'Le locataire (personne index) doit figurer au génogramme.',
        'The tenant (index person) must be on the genogram.',
      ),
    );
  }
  g.unions.forEach((u, i) => {
    u.partnerIds.forEach((id, j) => {
      dangling(['genogram', 'unions', i, 'partnerIds', j], id, 'member');
    });
    if (u.partnerIds[0] === u.partnerIds[1]) {
      out.push(
        issue(
          ['genogram', 'unions', i, 'partnerIds'],
          'self_union',
          'Une union relie deux personnes distinctes.',
          'A union joins two different people.',
        ),
      );
    }
    unknownVocab(['genogram', 'unions', i, 'type'], u.type, vocab.unionTypes, 'unionTypes');
    if (u.startYear !== undefined && u.endYear !== undefined && u.endYear < u.startYear) {
      out.push(
        issue(
          ['genogram', 'unions', i, 'endYear'],
          'end_before_start',
          'La fin précède le début.',
          'End year is before start year.',
        ),
      );
    }
  });
  const pairs = new Set<string>();
  const biological = new Map<string, number>();
  g.parentChild.forEach((l, i) => {
    dangling(['genogram', 'parentChild', i, 'parentId'], l.parentId, 'member');
    dangling(['genogram', 'parentChild', i, 'childId'], l.childId, 'member');
    if (l.parentId === l.childId) {
      out.push(
        issue(
          ['genogram', 'parentChild', i],
          'own_parent',
          'Une personne ne peut être son propre parent.',
          'A person cannot be their own parent.',
        ),
      );
    }
    const key = `${l.parentId}>${l.childId}`;
    if (pairs.has(key)) {
      out.push(
        issue(
          ['genogram', 'parentChild', i],
          'duplicate_link',
          'Ce lien parent-enfant existe déjà.',
          'This parent-child link already exists.',
        ),
      );
    }
    pairs.add(key);
    if (l.kind === 'biological') {
      const n = (biological.get(l.childId) ?? 0) + 1;
      biological.set(l.childId, n);
      if (n === 3) {
        out.push(
          issue(
            ['genogram', 'parentChild', i],
            'too_many_biological_parents',
            'Plus de deux parents biologiques pour un même enfant.',
            'More than two biological parents for one child.',
          ),
        );
      }
    }
  });
  for (const cycle of findAncestryCycles(g.parentChild)) {
    out.push(
      issue(
        ['genogram', 'parentChild', cycle.index],
        'ancestry_cycle',
        `Cycle de filiation : ${cycle.ids.join(' → ')} (une personne serait sa propre ancêtre).`,
        `Ancestry cycle: ${cycle.ids.join(' → ')} (a person would be their own ancestor).`,
      ),
    );
  }
  const inBirth = new Set<string>();
  g.multipleBirths.forEach((m, i) => {
    m.childIds.forEach((id, j) => {
      dangling(['genogram', 'multipleBirths', i, 'childIds', j], id, 'member');
      if (inBirth.has(id)) {
        out.push(
          issue(
            ['genogram', 'multipleBirths', i, 'childIds', j],
            'duplicate_member',
            `« ${id} » appartient déjà à une naissance multiple.`,
            `"${id}" already belongs to a multiple birth.`,
          ),
        );
      }
      inBirth.add(id);
    });
  });
  g.pregnancies.forEach((p, i) => {
    p.parentIds.forEach((id, j) => {
      dangling(['genogram', 'pregnancies', i, 'parentIds', j], id, 'member');
    });
  });
  g.emotionalRelations.forEach((r, i) => {
    dangling(['genogram', 'emotionalRelations', i, 'fromId'], r.fromId, 'member');
    dangling(['genogram', 'emotionalRelations', i, 'toId'], r.toId, 'member');
    if (r.fromId === r.toId) {
      out.push(
        issue(
          ['genogram', 'emotionalRelations', i],
          'self_relation',
          'Une relation relie deux personnes distinctes.',
          'A relation joins two different people.',
        ),
      );
    }
    unknownVocab(
      ['genogram', 'emotionalRelations', i, 'type'],
      r.type,
      vocab.emotionalRelations,
      'emotionalRelations',
    );
  });
  for (const id of Object.keys(g.offsets)) {
    if (!members.has(id)) {
      out.push(
        issue(
          ['genogram', 'offsets', id],
          'dangling_reference',
          `Décalage pour « ${id} », absent du génogramme.`,
          `Offset for "${id}", who is not on the genogram.`,
        ),
      );
    }
  }

  // Ecomap.
  const targets = new Set<string>();
  a.ecomap.ties.forEach((t, i) => {
    dangling(['ecomap', 'ties', i, 'targetId'], t.targetId, 'entry');
    if (t.targetId === tenantId) {
      out.push(
        issue(
          ['ecomap', 'ties', i, 'targetId'],
          'tie_to_self',
          'Un lien relie le locataire à quelqu\u2019un d\u2019autre.',
          'A tie joins the tenant to someone else.',
        ),
      );
    }
    if (targets.has(t.targetId)) {
      out.push(
        issue(
          ['ecomap', 'ties', i, 'targetId'],
          'duplicate_tie',
          `Un lien vers « ${t.targetId} » existe déjà.`,
          `A tie to "${t.targetId}" already exists.`,
        ),
      );
    }
    targets.add(t.targetId);
    unknownVocab(['ecomap', 'ties', i, 'sector'], t.sector, vocab.sectors, 'sectors');
  });
  a.ecomap.links.forEach((l, i) => {
    for (const key of ['aId', 'bId'] as const) {
      const id = l[key];
      // An id outside the registry is a broken reference; a known one without a tie is a drawing gap.
      if (!registry.has(id)) {
        dangling(['ecomap', 'links', i, key], id, 'entry');
      } else if (!targets.has(id)) {
        out.push(
          issue(
            ['ecomap', 'links', i, key],
            'link_without_tie',
            `« ${id} » n'a pas de lien à l'écocarte.`,
            `"${id}" has no tie on the ecomap.`,
          ),
        );
      }
    }
    if (l.aId === l.bId) {
      out.push(
        issue(
          ['ecomap', 'links', i],
          'self_link',
          'Un lien relie deux contacts distincts.',
          'A link joins two different contacts.',
        ),
      );
    }
  });

  // Profile items may point at people or ties.
  a.profile.forEach((p, i) => {
    (p.linkedIds ?? []).forEach((id, j) => {
      if (!seen.has(id)) {
        out.push(
          issue(
            ['profile', i, 'linkedIds', j],
            'dangling_reference',
            `« ${id} » est introuvable.`,
            `"${id}" was not found.`,
          ),
        );
      }
    });
  });
  return out;
}

/** Finds parent-child cycles; each is reported once, at the link that closes it. */
function findAncestryCycles(
  links: readonly { parentId: string; childId: string }[],
): { index: number; ids: string[] }[] {
  const children = new Map<string, { child: string; index: number }[]>();
  links.forEach((l, index) => {
    if (l.parentId === l.childId) return; // reported as own_parent
    const list = children.get(l.parentId) ?? [];
    list.push({ child: l.childId, index });
    children.set(l.parentId, list);
  });
  const state = new Map<string, 'open' | 'done'>();
  const cycles: { index: number; ids: string[] }[] = [];
  const stack: string[] = [];
  // Iterative DFS so a deep (malicious) chain cannot overflow the call stack.
  for (const root of [...children.keys()].sort()) {
    if (state.has(root)) continue;
    const frames: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    stack.push(root);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      if (!frame) break;
      const edges = children.get(frame.id) ?? [];
      const edge = edges[frame.next];
      if (!edge) {
        state.set(frame.id, 'done');
        stack.pop();
        frames.pop();
        continue;
      }
      frame.next += 1;
      const s = state.get(edge.child);
      if (s === 'open') {
        const from = stack.indexOf(edge.child);
        cycles.push({ index: edge.index, ids: [...stack.slice(from), edge.child] });
      } else if (s === undefined) {
        state.set(edge.child, 'open');
        stack.push(edge.child);
        frames.push({ id: edge.child, next: 0 });
      }
    }
  }
  return cycles;
}
