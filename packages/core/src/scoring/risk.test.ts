import { expect } from '@open-wc/testing';
import type { Assessment } from '../schemas/assessment.js';
import { ginette } from '../personas/ginette.js';
import { PERSONAS } from '../personas/index.js';
import { buildRichAssessment } from '../test-support/assessment-builders.js';
import { DEFAULT_VOCABULARIES } from '../vocabulary/defaults.js';
import { resolveRiskConfig, DEFAULT_RISK_CONFIG } from './config.js';
import { empty, JUNE, person, tie, withNetwork } from './fixtures.test-helpers.js';
import { readNetwork } from './network.js';
import { computeRiskCore } from './risk-core.js';
import { scoreIsolationRisk, type RiskResult } from './risk.js';
import { candidateChanges } from './what-would-lower.js';

function score(a: Assessment, config?: unknown, today = JUNE): RiskResult {
  const r = scoreIsolationRisk(a, config, { today });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function points(r: RiskResult): Record<string, number> {
  return Object.fromEntries(r.factors.map((f) => [f.id, f.points]));
}

describe('scoreIsolationRisk: hand-computed records', () => {
  it('scores an empty map from what is drawn, with low confidence and everything listed', () => {
    const r = score(empty());
    // LSNS 0/30 → 20; Steptoe no partner 3, family 4, friends 4, participation 4 (children n/a);
    // no strong tie 8, no family within reach 6, no reciprocal tie 4, no local tie 4.
    expect(points(r)).to.deep.equal({
      lsns_low: 20,
      no_strong_informal_tie: 8,
      no_family_within_reach: 6,
      no_cohabiting_partner: 3,
      family_less_than_monthly: 4,
      friends_less_than_monthly: 4,
      no_participation: 4,
      no_reciprocal_tie: 4,
      no_local_tie: 4,
    });
    expect(r.score).to.equal(57);
    expect(r.level).to.equal('high');
    expect(r.levelLabel.fr).to.equal('Élevé');
    expect(r.indices.lsns6.total).to.equal(0);
    expect(r.indices.steptoe.score).to.equal(4);
    expect(r.indices.steptoe.children.notApplicable).to.equal(true);
    expect(r.completeness.expected).to.equal(12);
    expect(r.completeness.ratio).to.equal(0);
    expect(r.confidence).to.equal('low');
    expect(r.completeness.missing.map((m) => m.field)).to.include('ecomap.ties');
    expect(r.scoreRange).to.deep.equal({ min: 57, max: 100 });
  });

  it('scores a network of formal ties only', () => {
    const a = withNetwork(
      { ...empty(), tenant: { ...empty().tenant, livesAlone: false } },
      [
        { id: 's-clsc', kind: 'system', name: 'CLSC', sector: 'health_network' },
        { id: 's-doc', kind: 'system', name: 'GMF', sector: 'medical' },
      ],
      [
        tie('t-clsc', 's-clsc', 'health_network', { formal: true, flow: 'toward_person' }),
        tie('t-doc', 's-doc', 'medical', { formal: true, flow: 'toward_person' }),
      ],
    );
    const r = score(a);
    expect(r.score).to.equal(61);
    expect(points(r).mostly_formal).to.equal(4);
    expect(r.factors.find((f) => f.id === 'mostly_formal')?.evidence).to.deep.equal([
      't-clsc',
      't-doc',
    ]);
    expect(r.indices.structure.formalShare).to.equal(1);
    expect(r.indices.structure.size).to.equal(0);
    expect(r.indices.steptoe.noParticipation.value).to.equal(1);
  });

  it('treats a missing frequency as unknown, never as "never"', () => {
    const a = withNetwork(
      empty(),
      [person('p-amie', 'Lise', { relationType: 'friend' })],
      [tie('t-amie', 'p-amie', 'friends', { flow: 'both' })],
    );
    const r = score(a);
    // LSNS: known 0, up to 3 (one friend, three open items) → round(20 × 9/12) = 15.
    expect(r.indices.lsns6.total).to.equal(0);
    expect(r.indices.lsns6.maxTotal).to.equal(3);
    expect(r.indices.steptoe.friends.value).to.equal(null);
    expect(r.indices.steptoe.friends.unknownIds).to.deep.equal(['p-amie']);
    expect(points(r)).to.deep.equal({
      lsns_low: 15,
      no_cohabiting_partner: 3,
      family_less_than_monthly: 4,
      no_participation: 4,
      no_family_within_reach: 6,
    });
    expect(r.score).to.equal(32);
    const fields = r.completeness.missing.filter((m) => m.id === 'p-amie').map((m) => m.field);
    expect(fields).to.deep.equal([
      'contact.atLeastMonthly',
      'contact.confidant',
      'contact.canHelp',
    ]);
    expect(r.scoreRange.max).to.be.greaterThan(32);
  });

  it('counts a relative drawn only on the genogram', () => {
    const base = { ...empty(), tenant: { ...empty().tenant, livesAlone: true } };
    const sister = person('p-soeur', 'Jeannine', {
      relationType: 'sister',
      atLeastMonthly: 'yes',
      confidant: true,
      canHelp: true,
      proximity: 'region',
    });
    const a: Assessment = {
      ...withNetwork(base, [sister]),
      genogram: { ...base.genogram, memberIds: ['tenant', 'p-soeur'] },
    };
    const r = score(a);
    expect(r.indices.lsns6.family.score).to.equal(3);
    expect(r.indices.lsns6.evidence).to.deep.equal(['p-soeur']);
    // LSNS 3 → 15; no partner 3; friends 4; participation 4; no reciprocal 4; no local 4; lives alone 6.
    expect(points(r)).to.deep.equal({
      lsns_low: 15,
      no_cohabiting_partner: 3,
      friends_less_than_monthly: 4,
      no_participation: 4,
      no_reciprocal_tie: 4,
      no_local_tie: 4,
      lives_alone: 6,
    });
    expect(r.score).to.equal(40);
    expect(score(base).score).to.be.greaterThan(40);
  });

  it('reads a child drawn on the genogram without contact answers as unknown', () => {
    const base = empty();
    const a: Assessment = {
      ...withNetwork(base, [person('p-fils', 'Luc')]),
      genogram: {
        ...base.genogram,
        memberIds: ['tenant', 'p-fils'],
        parentChild: [{ id: 'pc-1', parentId: 'tenant', childId: 'p-fils', kind: 'biological' }],
      },
    };
    const r = score(a);
    expect(r.indices.steptoe.children.value).to.equal(null);
    expect(r.completeness.missing.filter((m) => m.id === 'p-fils')).to.have.length(4);
  });

  it('never counts a deceased relative as a contact, but counts a recent death', () => {
    const husband = person(
      'p-mari',
      'Rosaire',
      {
        relationType: 'partner',
        atLeastMonthly: 'yes',
        confidant: true,
        canHelp: true,
        proximity: 'same_household',
      },
      { deceased: true, deathYear: 2025 },
    );
    const a = withNetwork(
      empty(),
      [husband],
      [tie('t-mari', 'p-mari', 'family', { strength: 'strong', flow: 'both' })],
    );
    const r = score(a);
    expect(r.indices.structure.size).to.equal(0);
    expect(r.indices.structure.tieCount).to.equal(0);
    expect(r.indices.lsns6.total).to.equal(0);
    expect(r.factors.find((f) => f.id === 'recent_loss')?.evidence).to.deep.equal(['p-mari']);
    expect(r.score).to.equal(57 + 6);
  });

  it('reads the structure indices by hand: sectors, strong, reciprocal, stressful, local, formal, family nearby', () => {
    const a = withNetwork(
      empty(),
      [
        person('p-soeur', 'Jeannine', { relationType: 'sister', proximity: 'region' }),
        person('p-voisin', 'Paul', { relationType: 'neighbour', proximity: 'same_building' }),
        { id: 's-clsc', kind: 'system', name: 'CLSC', sector: 'health_network' },
      ],
      [
        tie('t-soeur', 'p-soeur', 'family', { strength: 'strong', flow: 'both' }),
        tie('t-voisin', 'p-voisin', 'neighbours', { stressful: true }),
        tie('t-clsc', 's-clsc', 'health_network', { formal: true, flow: 'toward_person' }),
        tie('t-clsc2', 's-clsc', 'health_network', { formal: true, strength: 'strong' }),
      ],
    );
    const st = score(a).indices.structure;
    expect(st.size).to.equal(2);
    expect(st.tieCount).to.equal(4);
    expect(st.sectors).to.deep.equal(['family', 'neighbours', 'health_network']);
    // A strong formal tie is not a strong informal tie.
    expect(st.strongInformalTieIds).to.deep.equal(['t-soeur']);
    expect(st.reciprocalTieIds).to.deep.equal(['t-soeur']);
    expect(st.stressfulTieIds).to.deep.equal(['t-voisin']);
    expect(st.stressfulShare).to.equal(0.25);
    expect(st.formalTieIds).to.deep.equal(['t-clsc', 't-clsc2']);
    expect(st.formalShare).to.equal(0.5);
    expect(st.localIds).to.deep.equal(['p-voisin']);
    expect(st.familyNearbyIds).to.deep.equal(['p-soeur']);
  });

  it('gives no points to a cohabiting partner and one to a partner living elsewhere', () => {
    const partner = (proximity: 'same_household' | 'region'): Assessment =>
      withNetwork(empty(), [
        person('p-c', 'Guy', { relationType: 'partner', proximity, atLeastMonthly: 'yes' }),
      ]);
    expect(score(partner('same_household')).indices.steptoe.noPartner.value).to.equal(0);
    expect(score(partner('region')).indices.steptoe.noPartner.value).to.equal(1);
  });

  it('leaves a summer-only tie out in winter', () => {
    const a = withNetwork(
      empty(),
      [{ id: 's-jardin', kind: 'system', name: 'Jardin', sector: 'leisure_culture' }],
      [tie('t-jardin', 's-jardin', 'leisure_culture', { flow: 'both', seasonal: 'summer' })],
    );
    expect(score(a, undefined, '2026-07-01').indices.steptoe.noParticipation.value).to.equal(0);
    expect(score(a, undefined, '2027-01-15').indices.steptoe.noParticipation.value).to.equal(1);
  });
});

describe('scoreIsolationRisk: guardrails', () => {
  it('never adds points for group identity alone', () => {
    const rich = buildRichAssessment();
    const without: Assessment = { ...rich, tenant: { ...rich.tenant } };
    delete (without.tenant as { identity?: unknown }).identity;
    const other: Assessment = {
      ...rich,
      tenant: {
        ...rich.tenant,
        identity: {
          indigenous: 'first_nations',
          culturalCommunity: 'Atikamekw',
          disability: 'Surdité',
          immigrant: false,
        },
      },
    };
    const s = score(rich);
    expect(score(without).score).to.equal(s.score);
    expect(score(other).score).to.equal(s.score);
    expect(score(other).factors).to.deep.equal(s.factors);
    const g = score(ginette, undefined, '2026-11-02').score;
    const gi: Assessment = {
      ...ginette,
      tenant: {
        ...ginette.tenant,
        identity: { immigrant: true, indigenous: 'inuit', arrivedInCanadaYear: 2026 },
      },
    };
    expect(score(gi, undefined, '2026-11-02').score).to.equal(g);
  });

  it('counts the situation, not the identity: arriving in the region this year adds points', () => {
    const a: Assessment = { ...ginette, tenant: { ...ginette.tenant, arrivedInRegionYear: 2026 } };
    const r = score(a, undefined, '2026-11-02');
    expect(points(r).recently_arrived).to.equal(5);
  });

  it('never scores a preference for private space as risk', () => {
    for (const p of PERSONAS) {
      const base = score(p.assessment, undefined, '2026-11-02').score;
      for (const needPrivateSpace of [1, 2, 3, 4]) {
        for (const needSocialisation of [1, 4]) {
          const a: Assessment = {
            ...p.assessment,
            preferences: { ...p.assessment.preferences, needPrivateSpace, needSocialisation },
          };
          expect(score(a, undefined, '2026-11-02').score).to.equal(base);
        }
      }
    }
  });

  it('is deterministic', () => {
    for (const p of PERSONAS) {
      const a = score(p.assessment, undefined, '2026-11-02');
      const b = score(structuredClone(p.assessment), undefined, '2026-11-02');
      expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
    }
  });

  it('does not modify the record', () => {
    const copy = structuredClone(ginette);
    score(ginette, undefined, '2026-11-02');
    expect(ginette).to.deep.equal(copy);
  });
});

describe('scoreIsolationRisk: what would lower it', () => {
  it('re-scores every suggestion, and each one lowers the score', () => {
    for (const a of [empty(), ...PERSONAS.map((p) => p.assessment)]) {
      const r = score(a, undefined, '2026-11-02');
      const network = readNetwork(
        a,
        DEFAULT_VOCABULARIES,
        '2026-11-02',
        DEFAULT_RISK_CONFIG.reassess.winterMonths,
      );
      const candidates = candidateChanges(a, network, DEFAULT_VOCABULARIES, DEFAULT_RISK_CONFIG);
      for (const s of r.whatWouldLower) {
        const cand = candidates.find((c) => c.id === s.id);
        expect(cand, s.id).to.not.equal(undefined);
        const rescored = computeRiskCore(
          cand!.apply(a),
          DEFAULT_RISK_CONFIG,
          DEFAULT_VOCABULARIES,
          '2026-11-02',
        );
        expect(rescored.score).to.equal(s.to);
        expect(s.from).to.equal(r.score);
        expect(s.to).to.be.lessThan(s.from);
      }
    }
  });

  it('on an empty map: a neighbour 57 → 43, a weekly friend 57 → 47, a group 57 → 49', () => {
    const r = score(empty());
    // Neighbour: as the friend below, and a tie in the building (−4): 43.
    // Friend: LSNS 1 → round(20 × 11/12) = 18 (−2), friends monthly (−4), reciprocal (−4): 47.
    // Group: participation (−4), reciprocal (−4): 49.
    expect(r.whatWouldLower.map((s) => [s.id, s.from, s.to])).to.deep.equal([
      ['add_local_neighbour', 57, 43],
      ['add_weekly_friend', 57, 47],
      ['add_group_participation', 57, 49],
    ]);
    expect(r.whatWouldLower[1]?.change.en).to.equal('One more weekly contact with a friend');
  });

  it('marks social suggestions that go against a stated preference for privacy', () => {
    const a: Assessment = {
      ...empty(),
      preferences: { ...empty().preferences, needPrivateSpace: 4 },
    };
    expect(score(a).whatWouldLower.every((s) => !s.fitsPreferences)).to.equal(true);
    expect(score(empty()).whatWouldLower.every((s) => s.fitsPreferences)).to.equal(true);
  });
});

describe('scoreIsolationRisk: configuration', () => {
  it('returns clear issues for an invalid configuration, never throws', () => {
    const r = scoreIsolationRisk(
      empty(),
      { weights: { livesAlone: -1 }, colour: 'red' },
      { today: JUNE },
    );
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.jsonPath);
    expect(paths).to.include('$.config.weights.livesAlone');
    expect(r.issues.find((i) => i.code === 'unrecognized_keys')?.message.en).to.contain('colour');
    expect(r.issues.find((i) => i.jsonPath === '$.config.weights.livesAlone')?.message.fr).to.equal(
      'Doit être au moins 0.',
    );
  });

  it('refuses thresholds in the wrong order', () => {
    const r = resolveRiskConfig({ thresholds: { moderate: 70, high: 40 } });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]?.code).to.equal('threshold_order');
  });

  it('refuses a malformed date', () => {
    const r = scoreIsolationRisk(empty(), undefined, { today: '15/06/2026' });
    expect(r.ok).to.equal(false);
  });

  it('applies weights and thresholds from the configuration', () => {
    const r = score(empty(), { weights: { lsnsLow: 0 }, thresholds: { high: 80 } });
    expect(r.score).to.equal(37);
    expect(r.level).to.equal('moderate');
    expect(r.config.thresholds.moderate).to.equal(30);
  });
});

describe('scoreIsolationRisk: watch flag and reassessment', () => {
  it('reassesses sooner before winter', () => {
    expect(score(ginette, undefined, '2026-11-02').reassessBy).to.equal('2026-12-14');
    const low: Assessment = { ...ginette, context: {} };
    const june = score(low, undefined, JUNE);
    expect(june.level).to.not.equal('high');
    expect(june.reassessBy).to.equal('2026-12-14');
    expect(score(empty()).reassessBy).to.equal('2026-08-10');
  });

  it('watches a low self-management score at the threshold', () => {
    const at: Assessment = {
      ...ginette,
      selfManagement: 4,
      tenant: { ...ginette.tenant, livesAlone: false },
    };
    expect(score(at, undefined, JUNE).watch.reasons.map((r) => r.id)).to.include('self_management');
    const above: Assessment = { ...at, selfManagement: 5 };
    expect(score(above, undefined, JUNE).watch.reasons.map((r) => r.id)).to.not.include(
      'self_management',
    );
  });

  it('shows the administered LSNS-6 beside the estimate', () => {
    const r = score(ginette, undefined, '2026-11-02');
    expect(r.instruments.lsns6?.total).to.equal(null);
    const answers = ginette.instruments.lsns6?.answers ?? [];
    expect(r.instruments.lsns6?.family).to.equal(
      (answers[0] ?? 0) + (answers[1] ?? 0) + (answers[2] ?? 0),
    );
    expect(r.lsnsComparison?.estimate.total).to.equal(r.indices.lsns6.total);
  });
});
