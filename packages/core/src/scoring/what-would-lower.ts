import type { Assessment } from '../schemas/assessment.js';
import { nextId, collectIds } from '../schemas/create.js';
import type { Person } from '../schemas/registry.js';
import type { Label, Vocabularies } from '../vocabulary/types.js';
import type { RiskConfig } from './config.js';
import { computeRiskCore } from './risk-core.js';
import type { Network } from './network.js';

/** One change that would lower the score, found by re-scoring a modified copy of the record. */
export interface LowerSuggestion {
  /** A stable id of the kind of change, e.g. `add_weekly_friend` or `strengthen:t-sylvain`. */
  readonly id: string;
  readonly change: Label;
  /** The score now. */
  readonly from: number;
  /** The score of the modified record. */
  readonly to: number;
  /** The people or ties the change is about. */
  readonly ids: readonly string[];
  /**
   * False when the change means more social contact and the person said they prefer private
   * space or little socialising: it is shown, but the preference comes first.
   */
  readonly fitsPreferences: boolean;
}

/** A candidate change: the modified record and how to describe it. */
export interface CandidateChange {
  readonly id: string;
  readonly change: Label;
  readonly ids: readonly string[];
  readonly social: boolean;
  readonly apply: (a: Assessment) => Assessment;
}

function withPerson(a: Assessment, id: string, update: (p: Person) => Person): Assessment {
  return {
    ...a,
    registry: a.registry.map((e) => (e.id === id && e.kind === 'person' ? update(e) : e)),
  };
}

/** The candidate changes worth re-scoring for this record. */
export function candidateChanges(
  a: Assessment,
  network: Network,
  vocabularies: Vocabularies,
  config: RiskConfig,
): CandidateChange[] {
  const out: CandidateChange[] = [];
  const taken = collectIds(a);
  const friendId = nextId('wwl-friend', taken);
  out.push({
    id: 'add_weekly_friend',
    change: {
      fr: 'Un contact hebdomadaire de plus avec une personne amie',
      en: 'One more weekly contact with a friend',
    },
    ids: [],
    social: true,
    apply: (r) => ({
      ...r,
      registry: [
        ...r.registry,
        {
          id: friendId,
          kind: 'person',
          name: '…',
          // Only the contact changes: every other answer is stated, so that nothing unknown is added.
          contact: {
            relationType: 'friend',
            frequency: 'often',
            atLeastMonthly: 'yes',
            proximity: 'region',
            confidant: false,
            canHelp: false,
          },
        },
      ],
      ecomap: {
        ...r.ecomap,
        ties: [
          ...r.ecomap.ties,
          {
            id: nextId('wwl-tie', taken),
            targetId: friendId,
            sector: 'friends',
            strength: 'moderate',
            stressful: false,
            flow: 'both',
            supportTypes: ['social'],
            formal: false,
            seasonal: 'all_year',
          },
        ],
      },
    }),
  });
  const neighbourId = nextId('wwl-neighbour', taken);
  out.push({
    id: 'add_local_neighbour',
    change: {
      fr: 'Faire connaissance avec une personne voisine (contact hebdomadaire)',
      en: 'Getting to know a neighbour (weekly contact)',
    },
    ids: [],
    social: true,
    apply: (r) => ({
      ...r,
      registry: [
        ...r.registry,
        {
          id: neighbourId,
          kind: 'person',
          name: '…',
          contact: {
            relationType: 'neighbour',
            frequency: 'often',
            atLeastMonthly: 'yes',
            proximity: 'same_building',
            confidant: false,
            canHelp: false,
          },
        },
      ],
      ecomap: {
        ...r.ecomap,
        ties: [
          ...r.ecomap.ties,
          {
            id: nextId('wwl-tie-n', taken),
            targetId: neighbourId,
            sector: 'neighbours',
            strength: 'moderate',
            stressful: false,
            flow: 'both',
            supportTypes: ['social'],
            formal: false,
            seasonal: 'all_year',
          },
        ],
      },
    }),
  });
  const groupSector = vocabularies.sectors.find((s) => s.participation === true && !s.formal);
  if (groupSector) {
    const groupId = nextId('wwl-group', taken);
    out.push({
      id: 'add_group_participation',
      change: {
        fr: 'Participer à un groupe ou une activité collective',
        en: 'Take part in a group or collective activity',
      },
      ids: [],
      social: true,
      apply: (r) => ({
        ...r,
        registry: [
          ...r.registry,
          { id: groupId, kind: 'system', name: '…', sector: groupSector.id },
        ],
        ecomap: {
          ...r.ecomap,
          ties: [
            ...r.ecomap.ties,
            {
              id: nextId('wwl-tie', taken),
              targetId: groupId,
              sector: groupSector.id,
              strength: 'moderate',
              stressful: false,
              flow: 'both',
              supportTypes: ['social'],
              formal: false,
              seasonal: 'all_year',
            },
          ],
        },
      }),
    });
  }
  const byId = new Map(network.members.map((m) => [m.id, m] as const));
  for (const tie of network.ties) {
    const m = byId.get(tie.targetId);
    if (!m || tie.formal || tie.strength !== 'tenuous' || !(m.family || m.friend)) continue;
    out.push({
      id: `strengthen:${tie.id}`,
      change: tie.stressful
        ? {
            fr: `Renforcer le lien avec ${m.name} (ténu et stressant → fort et soutenant)`,
            en: `Strengthen the tie with ${m.name} (tenuous and stressful → strong and supportive)`,
          }
        : {
            fr: `Renforcer le lien avec ${m.name} (ténu → fort)`,
            en: `Strengthen the tie with ${m.name} (tenuous → strong)`,
          },
      ids: [tie.id, m.id],
      social: true,
      apply: (r) => ({
        ...r,
        ecomap: {
          ...r.ecomap,
          ties: r.ecomap.ties.map((t) =>
            t.id === tie.id ? { ...t, strength: 'strong', stressful: false } : t,
          ),
        },
      }),
    });
  }
  for (const m of network.members) {
    if (!(m.family || m.friend)) continue;
    if (m.monthly === 'no') {
      out.push({
        id: `monthly:${m.id}`,
        change: {
          fr: `Un contact au moins mensuel avec ${m.name}`,
          en: `At least monthly contact with ${m.name}`,
        },
        ids: [m.id, ...m.tieIds],
        social: true,
        apply: (r) =>
          withPerson(r, m.id, (p) => ({
            ...p,
            contact: { ...p.contact, atLeastMonthly: 'yes', frequency: 'often' },
          })),
      });
    }
    if (m.confidant === 'no') {
      out.push({
        id: `confidant:${m.id}`,
        change: {
          fr: `Pouvoir se confier à ${m.name}`,
          en: `Being able to confide in ${m.name}`,
        },
        ids: [m.id, ...m.tieIds],
        social: false,
        apply: (r) =>
          withPerson(r, m.id, (p) => ({ ...p, contact: { ...p.contact, confidant: true } })),
      });
    }
    if (m.canHelp === 'no') {
      out.push({
        id: `can_help:${m.id}`,
        change: {
          fr: `Pouvoir compter sur l’aide de ${m.name}`,
          en: `Being able to call on ${m.name} for help`,
        },
        ids: [m.id, ...m.tieIds],
        social: false,
        apply: (r) =>
          withPerson(r, m.id, (p) => ({ ...p, contact: { ...p.contact, canHelp: true } })),
      });
    }
  }
  const c = a.context;
  if (c.asksForHelp === 'not_at_all' || c.asksForHelp === 'sometimes') {
    out.push({
      id: 'asks_for_help',
      change: { fr: 'Oser demander de l’aide plus souvent', en: 'Asking for help more often' },
      ids: [],
      social: false,
      apply: (r) => ({ ...r, context: { ...r.context, asksForHelp: 'often' } }),
    });
  }
  if (
    c.digitalLiteracy !== undefined &&
    c.digitalLiteracy <= config.thresholds.digitalLiteracyLow
  ) {
    out.push({
      id: 'digital_literacy',
      change: { fr: 'Gagner en aisance avec le numérique', en: 'Gaining digital literacy' },
      ids: [],
      social: false,
      apply: (r) => ({
        ...r,
        context: {
          ...r.context,
          digitalLiteracy: Math.min(4, config.thresholds.digitalLiteracyLow + 1),
        },
      }),
    });
  }
  return out;
}

/**
 * What would lower the score: each candidate change is applied to a copy of the record and the
 * copy is re-scored with the same configuration and date. Only changes that lower the score are
 * kept, largest drop first (ties broken by id, so the order is deterministic), one per kind of
 * change, at most `limit` (6 by default).
 */
export function whatWouldLower(
  a: Assessment,
  from: number,
  network: Network,
  config: RiskConfig,
  vocabularies: Vocabularies,
  today: string,
  limit = 6,
): LowerSuggestion[] {
  const prefersPrivacy =
    (a.preferences.needPrivateSpace ?? 0) >= 3 || (a.preferences.needSocialisation ?? 4) <= 1;
  const out: LowerSuggestion[] = [];
  for (const cand of candidateChanges(a, network, vocabularies, config)) {
    const to = computeRiskCore(cand.apply(a), config, vocabularies, today).score;
    if (to < from) {
      out.push({
        id: cand.id,
        change: cand.change,
        from,
        to,
        ids: cand.ids,
        fitsPreferences: !(cand.social && prefersPrivacy),
      });
    }
  }
  out.sort((x, y) => x.to - y.to || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  // One suggestion per kind of change (the best person for "confide in…"), so the list stays short.
  const seen = new Set<string>();
  return out
    .filter((s) => {
      const kind = s.id.split(':')[0] ?? s.id;
      if (seen.has(kind)) return false;
      seen.add(kind);
      return true;
    })
    .slice(0, limit);
}
