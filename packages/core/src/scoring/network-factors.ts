import type { RiskConfig } from './config.js';
import { makeFactor } from './context-factors.js';
import type { Lsns6Estimate } from './lsns6-estimate.js';
import type { Network } from './network.js';
import type { SteptoeIndex } from './steptoe.js';
import type { StructureMetrics } from './structure.js';
import type { RiskFactor } from './types.js';

/**
 * The factors read from the ecomap and the genogram (domain.md §7.5 items 1-2): the LSNS-6
 * estimate under its cut-point (graded: the further under, the more points), each Steptoe
 * component, and the structure. A factor fires only on what is recorded: when an unknown answer
 * could make it not apply, it does not fire and the answer is listed as missing instead.
 */
export function networkFactors(
  network: Network,
  lsns: Lsns6Estimate,
  steptoe: SteptoeIndex,
  structure: StructureMetrics,
  config: RiskConfig,
): RiskFactor[] {
  const out: RiskFactor[] = [];
  const t = config.thresholds;
  if (lsns.flagged) {
    const [f] = makeFactor(
      config,
      'lsns_low',
      'lsnsLow',
      'network',
      {
        fr: `Réseau restreint (LSNS-6 estimé ${lsns.maxTotal}/30, sous ${lsns.cut})`,
        en: `Small network (estimated LSNS-6 ${lsns.maxTotal}/30, under ${lsns.cut})`,
      },
      lsns.evidence,
    );
    if (f)
      out.push({ ...f, points: Math.round((f.points * (lsns.cut - lsns.maxTotal)) / lsns.cut) });
  }
  const step = (
    key: 'noPartner' | 'children' | 'family' | 'friends' | 'noParticipation',
    id: string,
    weight: Parameters<typeof makeFactor>[2],
    fr: string,
    en: string,
  ): void => {
    const c = steptoe[key];
    if (c.value === 1)
      out.push(
        ...makeFactor(
          config,
          id,
          weight,
          key === 'noParticipation' ? 'network' : 'family',
          { fr, en },
          c.evidence,
        ),
      );
  };
  step(
    'noPartner',
    'no_cohabiting_partner',
    'steptoeNoPartner',
    'Pas de conjoint·e sous le même toit',
    'No partner living with the person',
  );
  step(
    'children',
    'children_less_than_monthly',
    'steptoeChildren',
    'Contact moins que mensuel avec les enfants',
    'Less than monthly contact with children',
  );
  step(
    'family',
    'family_less_than_monthly',
    'steptoeFamily',
    'Contact moins que mensuel avec la famille',
    'Less than monthly contact with other family',
  );
  step(
    'friends',
    'friends_less_than_monthly',
    'steptoeFriends',
    'Contact moins que mensuel avec des ami·es',
    'Less than monthly contact with friends',
  );
  step(
    'noParticipation',
    'no_participation',
    'steptoeNoParticipation',
    'Ne participe à aucun groupe ni organisme',
    'No participation in any group or organization',
  );

  const confidants = network.members.filter((m) => (m.family || m.friend) && m.confidant === 'yes');
  const openConfidants = network.members.filter(
    (m) => (m.family || m.friend) && m.confidant === 'unknown',
  );
  if (
    structure.strongInformalTieIds.length === 0 &&
    confidants.length === 0 &&
    openConfidants.length === 0
  ) {
    out.push(
      ...makeFactor(config, 'no_strong_informal_tie', 'noStrongInformalTie', 'network', {
        fr: 'Aucun lien fort avec la famille ou des ami·es',
        en: 'No strong tie with family or friends',
      }),
    );
  }
  const family = network.members.filter((m) => m.family);
  if (structure.familyNearbyIds.length === 0 && structure.familyProximityUnknownIds.length === 0) {
    out.push(
      ...makeFactor(
        config,
        'no_family_within_reach',
        'noFamilyWithinReach',
        'family',
        {
          fr: 'Aucun membre de la famille dans la région',
          en: 'No family within reach',
        },
        family.map((m) => m.id),
      ),
    );
  }
  if (structure.reciprocalTieIds.length === 0) {
    out.push(
      ...makeFactor(config, 'no_reciprocal_tie', 'noReciprocalTie', 'network', {
        fr: 'Aucun lien d’entraide réciproque',
        en: 'No reciprocal tie',
      }),
    );
  }
  const localUnknown = network.members.some((m) => m.local === 'unknown');
  if (structure.localIds.length === 0 && !localUnknown) {
    out.push(
      ...makeFactor(config, 'no_local_tie', 'noLocalTie', 'network', {
        fr: 'Aucun lien dans l’immeuble ou le quartier',
        en: 'No tie in the building or neighbourhood',
      }),
    );
  }
  if (structure.tieCount > 0 && structure.formalShare > t.formalShare) {
    out.push(
      ...makeFactor(
        config,
        'mostly_formal',
        'mostlyFormal',
        'network',
        {
          fr: `Surtout des liens formels (${Math.round(structure.formalShare * 100)} %)`,
          en: `Mostly formal ties (${Math.round(structure.formalShare * 100)}%)`,
        },
        structure.formalTieIds,
      ),
    );
  }
  if (structure.tieCount > 0 && structure.stressfulShare >= t.stressfulShare) {
    out.push(
      ...makeFactor(
        config,
        'stressful_ties',
        'stressfulTies',
        'network',
        {
          fr: 'Une part importante de liens stressants',
          en: 'A large share of stressful ties',
        },
        structure.stressfulTieIds,
      ),
    );
  }
  if (network.strainedRelationIds.length > 0) {
    out.push(
      ...makeFactor(
        config,
        'family_cut_off',
        'familyCutOff',
        'family',
        {
          fr: 'Rupture avec un membre de la famille',
          en: 'Cut-off from a relative',
        },
        network.strainedRelationIds,
      ),
    );
  }
  return out;
}
