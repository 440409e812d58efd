import type { Assessment } from '../schemas/assessment.js';
import type { Label } from '../vocabulary/types.js';
import type { Network } from './network.js';

/** One piece of information the scale needs and the record does not hold. */
export interface MissingItem {
  /** A JSON path into the record, e.g. `$.context.feelsAlone` or `$.registry[3].contact.confidant`. */
  readonly path: string;
  /** A stable field id, e.g. `context.feelsAlone` or `contact.confidant`. */
  readonly field: string;
  readonly label: Label;
  /** The person the answer is about, when it is about one. */
  readonly id?: string;
}

/** How much of what the scale reads is recorded. */
export interface Completeness {
  /** Answered / expected, 0-1. */
  readonly ratio: number;
  readonly answered: number;
  readonly expected: number;
  readonly missing: readonly MissingItem[];
}

const CONTEXT_FIELDS: readonly [keyof Assessment['context'], Label][] = [
  ['feelsAlone', { fr: 'Se sent seul·e ou isolé·e', en: 'Feels alone or isolated' }],
  ['asksForHelp', { fr: 'Demande de l’aide au milieu', en: 'Asks the milieu for help' }],
  ['lossOfAutonomy', { fr: 'Perte d’autonomie', en: 'Loss of autonomy' }],
  ['mentalHealthConcern', { fr: 'Préoccupation de santé mentale', en: 'Mental-health concern' }],
  ['digitalLiteracy', { fr: 'Aisance avec le numérique', en: 'Digital literacy' }],
  ['notFromRegion', { fr: 'Originaire de la région ou non', en: 'From the region or not' }],
  ['engagedOverloaded', { fr: 'Surcharge liée à l’engagement', en: 'Overload from engagement' }],
  ['shameUsingServices', { fr: 'Gêne à utiliser les services', en: 'Shame about using services' }],
  ['fearOfRejection', { fr: 'Peur d’être rejeté·e', en: 'Fear of rejection' }],
];

/**
 * Lists what the scale would read but the record does not hold: the tenant's living situation,
 * the context answers, self-management, and for each family member or friend whether contact is
 * at least monthly, whether they are a confidant, whether they can help, and (relatives) where
 * they live. An empty ecomap is itself listed. Nothing missing is ever assumed.
 */
export function computeCompleteness(a: Assessment, network: Network): Completeness {
  const missing: MissingItem[] = [];
  let expected = 0;
  const need = (present: boolean, item: MissingItem): void => {
    expected += 1;
    if (!present) missing.push(item);
  };
  need(a.ecomap.ties.length > 0, {
    path: '$.ecomap.ties',
    field: 'ecomap.ties',
    label: { fr: 'Aucun lien dessiné sur l’écocarte', en: 'No tie drawn on the ecomap' },
  });
  need(a.tenant.livesAlone !== undefined, {
    path: '$.tenant.livesAlone',
    field: 'tenant.livesAlone',
    label: { fr: 'Vit seul·e ou non', en: 'Lives alone or not' },
  });
  for (const [key, label] of CONTEXT_FIELDS) {
    need(a.context[key] !== undefined, {
      path: `$.context.${key}`,
      field: `context.${key}`,
      label,
    });
  }
  need(a.selfManagement !== undefined, {
    path: '$.selfManagement',
    field: 'selfManagement',
    label: { fr: 'Capacité d’autogestion (1-10)', en: 'Self-management capacity (1-10)' },
  });
  const index = new Map(a.registry.map((e, i) => [e.id, i] as const));
  for (const m of network.members) {
    if (!m.family && !m.friend) continue;
    const base = `$.registry[${String(index.get(m.id) ?? 0)}].contact`;
    const checks: [boolean, string, Label][] = [
      [
        m.monthly !== 'unknown',
        'atLeastMonthly',
        {
          fr: `Contact au moins mensuel avec ${m.name}`,
          en: `At least monthly contact with ${m.name}`,
        },
      ],
      [
        m.confidant !== 'unknown',
        'confidant',
        {
          fr: `${m.name} : confident·e ou non`,
          en: `${m.name}: confidant or not`,
        },
      ],
      [
        m.canHelp !== 'unknown',
        'canHelp',
        {
          fr: `${m.name} : peut aider ou non`,
          en: `${m.name}: can help or not`,
        },
      ],
    ];
    if (m.family) {
      checks.push([
        m.proximity !== undefined,
        'proximity',
        {
          fr: `Lieu de résidence de ${m.name}`,
          en: `Where ${m.name} lives`,
        },
      ]);
    }
    for (const [present, field, label] of checks) {
      need(present, { path: `${base}.${field}`, field: `contact.${field}`, label, id: m.id });
    }
  }
  const answered = expected - missing.length;
  return { ratio: expected ? answered / expected : 1, answered, expected, missing };
}
