import type { Assessment } from '../schemas/assessment.js';
import { scoreDjg6 } from '../instruments/djg6.js';
import { scoreUcla3 } from '../instruments/ucla3.js';
import type { RiskConfig, RiskWeightKey } from './config.js';
import { WEIGHT_RATIONALE } from './config.js';
import type { Network } from './network.js';
import type { FactorGroup, RiskFactor } from './types.js';
import type { Label } from '../vocabulary/types.js';

/** Builds one factor from its weight key; returns nothing when the weight is 0. */
export function makeFactor(
  config: RiskConfig,
  id: string,
  weight: RiskWeightKey,
  group: FactorGroup,
  label: Label,
  evidence: readonly string[] = [],
  extraSource?: string,
): RiskFactor[] {
  const points = config.weights[weight];
  if (points <= 0) return [];
  const base = WEIGHT_RATIONALE[weight].source;
  const source = extraSource ? `${extraSource}; ${base}` : base;
  return [{ id, weight, group, points, label, evidence, source }];
}

/**
 * The context factors the research names (domain.md §7.5 item 3), read from the tenant, the
 * context answers, the genogram (recent deaths) and the loneliness instruments. Absent answers
 * add nothing. Group identity (tenant.identity) is never read here: only situations count.
 */
export function contextFactors(a: Assessment, network: Network, config: RiskConfig): RiskFactor[] {
  const c = a.context;
  const t = config.thresholds;
  const out: RiskFactor[] = [];
  const add = (...f: RiskFactor[]): void => {
    out.push(...f);
  };
  if (a.tenant.livesAlone === true) {
    add(
      ...makeFactor(config, 'lives_alone', 'livesAlone', 'context', {
        fr: 'Vit seul·e',
        en: 'Lives alone',
      }),
    );
  }

  // Loneliness: the survey item, UCLA-3 and De Jong Gierveld say the same thing; the strongest counts once.
  let lonely: 'often' | 'sometimes' | undefined;
  const sources: string[] = [];
  if (c.feelsAlone === 'often' || c.feelsAlone === 'very_often') {
    lonely = 'often';
    sources.push('context.feelsAlone');
  } else if (c.feelsAlone === 'sometimes') {
    lonely = 'sometimes';
    sources.push('context.feelsAlone');
  }
  const ucla = a.instruments.ucla3 ? scoreUcla3(a.instruments.ucla3.answers) : undefined;
  if (ucla?.lonely === true) {
    lonely = 'often';
    sources.push('instruments.ucla3');
  }
  const djg = a.instruments.djg6 ? scoreDjg6(a.instruments.djg6.answers) : undefined;
  if (djg?.band === 'severe') {
    lonely = 'often';
    sources.push('instruments.djg6');
  } else if (djg?.band === 'moderate') {
    lonely ??= 'sometimes';
    sources.push('instruments.djg6');
  }
  if (lonely === 'often') {
    add(
      ...makeFactor(
        config,
        'feels_alone',
        'feelsAloneOften',
        sources[0] === 'context.feelsAlone' ? 'context' : 'instrument',
        {
          fr: 'Se sent souvent seul·e',
          en: 'Often feels alone',
        },
        [],
        sources.join(', '),
      ),
    );
  } else if (lonely === 'sometimes') {
    add(
      ...makeFactor(
        config,
        'feels_alone',
        'feelsAloneSometimes',
        sources[0] === 'context.feelsAlone' ? 'context' : 'instrument',
        {
          fr: 'Se sent parfois seul·e',
          en: 'Sometimes feels alone',
        },
        [],
        sources.join(', '),
      ),
    );
  }

  if (c.asksForHelp === 'not_at_all' || c.asksForHelp === 'sometimes') {
    add(
      ...makeFactor(config, 'rarely_asks_for_help', 'rarelyAsksForHelp', 'context', {
        fr: 'Demande rarement de l’aide',
        en: 'Rarely asks for help',
      }),
    );
  }
  if (c.lossOfAutonomy === true) {
    add(
      ...makeFactor(config, 'loss_of_autonomy', 'lossOfAutonomy', 'context', {
        fr: 'Perte d’autonomie',
        en: 'Loss of autonomy',
      }),
    );
  }
  if (c.mentalHealthConcern === true) {
    add(
      ...makeFactor(config, 'mental_health_concern', 'mentalHealthConcern', 'context', {
        fr: 'Préoccupation de santé mentale',
        en: 'Mental-health concern',
      }),
    );
  }
  if (c.digitalLiteracy !== undefined && c.digitalLiteracy <= t.digitalLiteracyLow) {
    add(
      ...makeFactor(config, 'low_digital_literacy', 'lowDigitalLiteracy', 'context', {
        fr: 'Peu à l’aise avec le numérique',
        en: 'Low digital literacy',
      }),
    );
  }
  const arrived = a.tenant.arrivedInRegionYear;
  if (arrived !== undefined && arrived >= network.year - t.recentArrivalYears) {
    add(
      ...makeFactor(config, 'recently_arrived', 'recentlyArrived', 'context', {
        fr: 'Arrivé·e récemment dans la région',
        en: 'Recently arrived in the region',
      }),
    );
  } else if (c.notFromRegion === true) {
    add(
      ...makeFactor(config, 'not_from_region', 'notFromRegion', 'context', {
        fr: 'N’est pas originaire de la région',
        en: 'Not from the region',
      }),
    );
  }

  const since = network.year - t.recentLossYears;
  const recentDeaths = network.deceasedRelatives
    .filter((d) => d.deathYear !== undefined && d.deathYear >= since)
    .map((d) => d.id);
  const lossRecorded =
    c.recentLoss !== undefined && (c.recentLoss.year === undefined || c.recentLoss.year >= since);
  if (lossRecorded || recentDeaths.length > 0) {
    add(
      ...makeFactor(
        config,
        'recent_loss',
        'recentLoss',
        'family',
        {
          fr: 'Perte récente (deuil, séparation, déménagement)',
          en: 'Recent loss (death, separation, move)',
        },
        recentDeaths,
      ),
    );
  }
  if (config.reassess.winterMonths.includes(network.month)) {
    add(
      ...makeFactor(config, 'winter', 'winter', 'context', {
        fr: 'Saison d’hiver',
        en: 'Winter season',
      }),
    );
  }
  if (c.engagedOverloaded === true) {
    add(
      ...makeFactor(config, 'engaged_overloaded', 'engagedOverloaded', 'context', {
        fr: 'Locataire engagé·e et surchargé·e',
        en: 'Engaged tenant who is overloaded',
      }),
    );
  }
  if (c.shameUsingServices === true) {
    add(
      ...makeFactor(config, 'shame_using_services', 'shameUsingServices', 'context', {
        fr: 'Gêne à utiliser les services',
        en: 'Shame about using services',
      }),
    );
  }
  if (c.fearOfRejection === true) {
    add(
      ...makeFactor(config, 'fear_of_rejection', 'fearOfRejection', 'context', {
        fr: 'Peur d’être rejeté·e',
        en: 'Fear of rejection',
      }),
    );
  }
  return out;
}
