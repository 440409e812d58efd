import type { Assessment } from '../schemas/assessment.js';
import { createAssessment } from '../schemas/create.js';

/** The creation time used by every builder, so fixtures stay deterministic. */
export const FIXED_NOW = '2026-11-23T15:20:00Z';

/** A fresh minimal record (`createAssessment` output) with fixed id and clock. */
export function buildMinimalAssessment(): Assessment {
  return createAssessment({ id: 'assessment-1', now: FIXED_NOW, tenantName: 'Ginette' });
}

/**
 * A fresh record that uses every part of the schema: persons and systems, unions of several
 * types and statuses, parent-child links of every kind, twins, pregnancies, emotional relations,
 * a household, ties with every attribute, network links, consent, profile, plan, notes and
 * instruments. Every call returns a new object, so tests may mutate it.
 */
export function buildRichAssessment(): Assessment {
  return {
    schemaVersion: 2,
    id: 'assessment-rich',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-11-23T15:20:00-05:00',
    revision: 7,
    interviewDate: '2026-10-01',
    previousAssessmentId: 'assessment-0',
    tenant: {
      personId: 'tenant',
      tenure: 'hlm',
      householdId: 'h-1',
      livesAlone: false,
      languages: ['fr', 'créole haïtien'],
      interpreterNeeded: false,
      formOfAddress: 'vous',
      arrivedInRegionYear: 1985,
      tenancyStartYear: 2012,
      identity: {
        indigenous: 'prefer_not',
        culturalCommunity: 'Haïtienne',
        disability: 'Mobilité réduite',
        immigrant: true,
        arrivedInCanadaYear: 1980,
      },
    },
    registry: [
      {
        id: 'tenant',
        kind: 'person',
        name: 'Ginette',
        sex: 'female',
        genderIdentity: 'femme',
        birthYear: 1950,
      },
      {
        id: 'p-husband',
        kind: 'person',
        name: 'Roger',
        sex: 'male',
        birthYear: 1948,
        deceased: true,
        deathYear: 2020,
        contact: { relationType: 'partner' },
      },
      {
        id: 'p-ex',
        kind: 'person',
        name: 'Marcel',
        sex: 'male',
        birthYear: 1946,
        contact: { relationType: 'ex_partner' },
      },
      {
        id: 'p-mother',
        kind: 'person',
        name: 'Yvonne',
        sex: 'female',
        birthYear: 1925,
        deceased: true,
        deathYear: 1990,
      },
      {
        id: 'p-father',
        kind: 'person',
        name: 'Henri',
        sex: 'male',
        birthYear: 1920,
        deceased: true,
      },
      {
        id: 'p-twin-a',
        kind: 'person',
        name: 'Sophie',
        sex: 'female',
        birthYear: 1975,
        contact: { relationType: 'daughter' },
      },
      {
        id: 'p-twin-b',
        kind: 'person',
        name: 'Julie',
        sex: 'female',
        birthYear: 1975,
        contact: { relationType: 'daughter' },
      },
      {
        id: 'p-adopted',
        kind: 'person',
        name: 'Kenny',
        sex: 'male',
        birthYear: 1980,
        contact: { relationType: 'son' },
      },
      {
        id: 'p-foster',
        kind: 'person',
        name: 'Alex',
        sex: 'intersex',
        birthYear: 1985,
        contact: { relationType: 'foster_child' },
      },
      {
        id: 'p-step',
        kind: 'person',
        name: 'Luc',
        sex: 'unknown',
        contact: { relationType: 'step_child' },
      },
      {
        id: 'p-grandchild',
        kind: 'person',
        name: 'Maya',
        sex: 'female',
        birthYear: 2010,
        contact: { relationType: 'grandchild' },
      },
      {
        id: 'p-friend',
        kind: 'person',
        name: 'Lise',
        contact: {
          relationType: 'friend',
          frequency: 'very_often',
          atLeastMonthly: 'yes',
          proximity: 'same_building',
          confidant: true,
          canHelp: true,
          caregiver: false,
          visitsRegularly: true,
          financialTie: 'both',
          lastContact: '2026-11-20',
        },
        notes: 'Voisine du 3e, amie depuis 2012.',
      },
      {
        id: 'sys-clsc',
        kind: 'system',
        name: 'CLSC du quartier',
        sector: 'health_network',
        subtype: 'SAD',
        contactPerson: 'Nadia, travailleuse sociale',
        contact: { frequency: 'sometimes', atLeastMonthly: 'no' },
        notes: 'Soutien à domicile deux fois par semaine.',
      },
      {
        id: 'sys-food',
        kind: 'system',
        name: 'Banque alimentaire',
        sector: 'community_org',
        subtype: 'aide alimentaire',
      },
    ],
    households: [{ id: 'h-1', memberIds: ['tenant', 'p-grandchild'], label: 'Logement 3B' }],
    genogram: {
      memberIds: [
        'tenant',
        'p-husband',
        'p-ex',
        'p-mother',
        'p-father',
        'p-twin-a',
        'p-twin-b',
        'p-adopted',
        'p-foster',
        'p-step',
        'p-grandchild',
      ],
      unions: [
        {
          id: 'u-1',
          partnerIds: ['tenant', 'p-husband'],
          type: 'married',
          status: 'widowed',
          startYear: 1970,
          endYear: 2020,
          order: 1,
          notes: 'Mariés à Port-au-Prince.',
        },
        {
          id: 'u-2',
          partnerIds: ['p-ex', 'tenant'],
          type: 'cohabiting',
          status: 'separated',
          order: 0,
        },
        {
          id: 'u-3',
          partnerIds: ['p-father', 'p-mother'],
          type: 'civil_union',
          status: 'divorced',
          startYear: 1945,
        },
      ],
      parentChild: [
        { id: 'pc-1', parentId: 'p-mother', childId: 'tenant', kind: 'biological' },
        { id: 'pc-2', parentId: 'p-father', childId: 'tenant', kind: 'biological' },
        { id: 'pc-3', parentId: 'tenant', childId: 'p-twin-a', kind: 'biological' },
        { id: 'pc-4', parentId: 'p-husband', childId: 'p-twin-a', kind: 'biological' },
        { id: 'pc-5', parentId: 'tenant', childId: 'p-twin-b', kind: 'biological' },
        { id: 'pc-6', parentId: 'p-husband', childId: 'p-twin-b', kind: 'biological' },
        { id: 'pc-7', parentId: 'tenant', childId: 'p-adopted', kind: 'adoptive' },
        { id: 'pc-8', parentId: 'tenant', childId: 'p-foster', kind: 'foster' },
        { id: 'pc-9', parentId: 'tenant', childId: 'p-step', kind: 'step' },
        { id: 'pc-10', parentId: 'tenant', childId: 'p-grandchild', kind: 'kinship' },
      ],
      multipleBirths: [{ id: 'mb-1', childIds: ['p-twin-a', 'p-twin-b'], zygosity: 'MZ' }],
      pregnancies: [
        {
          id: 'preg-1',
          parentIds: ['tenant', 'p-husband'],
          outcome: 'miscarriage',
          year: 1972,
          weeks: 10,
          notes: 'Perte difficile.',
        },
        { id: 'preg-2', parentIds: ['p-mother'], outcome: 'stillbirth' },
      ],
      emotionalRelations: [
        { id: 'er-1', fromId: 'tenant', toId: 'p-twin-a', type: 'close' },
        {
          id: 'er-2',
          fromId: 'tenant',
          toId: 'p-ex',
          type: 'conflict',
          notes: 'Ne se parlent plus.',
        },
        { id: 'er-3', fromId: 'p-twin-b', toId: 'tenant', type: 'caregiving' },
      ],
      offsets: { tenant: { dx: 12.5, dy: -4 }, 'p-ex': { dx: -30, dy: 0 } },
    },
    ecomap: {
      ties: [
        {
          id: 'tie-1',
          targetId: 'p-twin-a',
          sector: 'family',
          strength: 'strong',
          stressful: false,
          flow: 'both',
          supportTypes: ['emotional', 'practical', 'informational', 'social', 'linking'],
          formal: false,
          seasonal: 'all_year',
          notes: 'Appelle tous les jours.',
          offset: { dx: 5, dy: 5 },
        },
        {
          id: 'tie-2',
          targetId: 'p-friend',
          sector: 'neighbours',
          strength: 'moderate',
          stressful: false,
          flow: 'toward_person',
          supportTypes: ['social'],
          formal: false,
          seasonal: 'summer',
        },
        {
          id: 'tie-3',
          targetId: 'sys-clsc',
          sector: 'health_network',
          strength: 'tenuous',
          stressful: true,
          flow: 'from_person',
          supportTypes: ['practical'],
          formal: true,
          seasonal: 'all_year',
        },
        {
          id: 'tie-4',
          targetId: 'sys-food',
          sector: 'community_org',
          strength: 'moderate',
          stressful: true,
          flow: 'none',
          supportTypes: [],
          formal: true,
          seasonal: 'winter',
        },
      ],
      links: [
        { id: 'link-1', aId: 'p-twin-a', bId: 'p-friend' },
        { id: 'link-2', aId: 'sys-clsc', bId: 'sys-food' },
      ],
    },
    context: {
      feelsAlone: 'often',
      asksForHelp: 'not_at_all',
      lossOfAutonomy: true,
      mentalHealthConcern: false,
      digitalLiteracy: 2,
      notFromRegion: true,
      recentLoss: { year: 2020, description: 'Décès du conjoint.' },
      engagedOverloaded: false,
      shameUsingServices: true,
      fearOfRejection: false,
      foodInsecurity: 'sometimes',
    },
    preferences: {
      needSocialisation: 3,
      needPrivateSpace: 2,
      supportPreference: 'mixed',
      interests: ['tricot', 'chorale'],
      contactModes: ['home_visit', 'phone', 'group'],
      wantsCommitteeInvolvement: 1,
    },
    selfManagement: 6,
    instruments: {
      lsns6: { date: '2026-10-01', administeredBy: 'Nadia', answers: [3, 2, null, 1, 0, 5] },
      ucla3: { answers: [2, 3, 1] },
      djg6: { date: '2026-10-01', answers: ['yes', 'more_or_less', 'no', null, 'yes', 'no'] },
    },
    profile: [
      {
        id: 'prof-1',
        list: 'strength',
        code: 'helps_neighbours',
        label: 'Aide ses voisines',
        status: 'present',
        priority: 1,
        source: 'person',
        date: '2026-10-01',
        shareable: true,
        linkedIds: ['p-friend', 'tie-2'],
      },
      {
        id: 'prof-2',
        list: 'need',
        label: 'Sortir plus souvent',
        status: 'to_explore',
        source: 'worker',
        shareable: false,
      },
      {
        id: 'prof-3',
        list: 'risk',
        label: 'Hiver isolant',
        status: 'present',
        priority: 2,
        source: 'worker',
        shareable: false,
      },
      {
        id: 'prof-4',
        list: 'vulnerability',
        label: 'Deuil récent',
        status: 'not_applicable',
        source: 'person',
        shareable: false,
      },
    ],
    plan: [
      {
        id: 'plan-1',
        label: 'Présenter le groupe de tricot',
        category: 3,
        ruleId: 'rule-knit',
        resourceId: 'res-knit',
        status: 'agreed',
        dueDate: '2026-12-01',
      },
      { id: 'plan-2', label: 'Appel mensuel', category: 1, status: 'proposed' },
    ],
    notes: [
      {
        id: 'note-1',
        date: '2026-10-01',
        author: 'Nadia',
        section: 'ecomap',
        text: 'Première rencontre.',
      },
      { id: 'note-2', date: '2026-11-23', text: '' },
    ],
    consent: {
      genogram: { granted: true, date: '2026-10-01', recordedBy: 'Nadia' },
      ecomap: { granted: true, date: '2026-10-01', recordedBy: 'Nadia', notes: 'Verbal.' },
      health: { granted: false, date: '2026-10-01', recordedBy: 'Nadia' },
      identity: { granted: true, date: '2026-10-02', recordedBy: 'Nadia' },
      sharing: { granted: false, date: '2026-10-02', recordedBy: 'Nadia' },
    },
    retention: { retainUntil: '2031-10-01' },
  };
}

/** Freezes a value and everything it holds, so a test can prove a function does not mutate it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A JSON-like copy of a record that tests can break in ways the types forbid. */
export type Loose = Record<string, unknown>;

/** A deep JSON copy of a value, typed loosely for tests that inject invalid data. */
export function loose(value: unknown): Loose {
  return JSON.parse(JSON.stringify(value)) as Loose;
}

/** Sets (or, with `remove`, deletes) the value at `path` inside a loose copy; returns the copy. */
export function withValue(
  record: unknown,
  path: readonly (string | number)[],
  value: unknown,
  remove = false,
): Loose {
  const copy = loose(record);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) {
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (last === undefined) throw new Error('empty path');
  const parent = node as Record<string | number, unknown>;
  if (remove) {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
    else Reflect.deleteProperty(parent, last);
  } else {
    parent[last] = value;
  }
  return copy;
}

/** A loose copy of `record` with the key at `path` deleted. */
export function without(record: unknown, path: readonly (string | number)[]): Loose {
  return withValue(record, path, undefined, true);
}
