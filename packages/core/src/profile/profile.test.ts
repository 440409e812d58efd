import { expect } from '@open-wc/testing';
import type { Assessment } from '../schemas/assessment.js';
import { ginette } from '../personas/ginette.js';
import { PERSONAS } from '../personas/index.js';
import { buildMinimalAssessment } from '../test-support/assessment-builders.js';
import { buildProfile, type Profile } from './build-profile.js';
import { DEFAULT_RULES, type Rule } from './rules.js';
import { EXAMPLE_RESOURCE_DIRECTORY } from './resources.js';
import { factLabel } from './taxonomies.js';

const TODAY = '2026-11-02';

function profile(
  a: Assessment,
  config?: Parameters<typeof buildProfile>[1],
  today = TODAY,
): Profile {
  const r = buildProfile(a, config, { today });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('buildProfile', () => {
  it('derives strengths from the maps: helps neighbours, confidant, participation', () => {
    const p = profile(ginette);
    const codes = p.strengths.map((s) => s.code);
    expect(codes).to.include.members([
      'helps_neighbours',
      'has_confidant',
      'participation',
      'long_tenancy',
    ]);
    // Recorded items come first, and a derived item with the same code is not repeated.
    expect(p.strengths[0]?.origin).to.equal('recorded');
    expect(codes.filter((c) => c === 'helps_neighbours')).to.have.length(1);
    const helps = p.strengths.find((s) => s.code === 'helps_neighbours');
    expect(helps?.evidence).to.include.members(['p-huguette', 't-huguette']);
    expect(p.strengths.find((s) => s.code === 'has_confidant')?.evidence).to.deep.equal([
      'p-jeannine',
    ]);
  });

  it('reads a neighbour helped by the tenant only when support flows from them', () => {
    const base = buildMinimalAssessment();
    const a: Assessment = {
      ...base,
      registry: [
        ...base.registry,
        { id: 'p-v', kind: 'person', name: 'Paul', contact: { relationType: 'neighbour' } },
      ],
      ecomap: {
        ...base.ecomap,
        ties: [
          {
            id: 't-v',
            targetId: 'p-v',
            sector: 'neighbours',
            strength: 'moderate',
            stressful: false,
            flow: 'toward_person',
            supportTypes: [],
            formal: false,
            seasonal: 'all_year',
          },
        ],
      },
    };
    expect(profile(a).strengths.map((s) => s.code)).to.not.include('helps_neighbours');
    const giving: Assessment = {
      ...a,
      ecomap: {
        ...a.ecomap,
        ties: a.ecomap.ties.map((t) => ({ ...t, flow: 'from_person' as const })),
      },
    };
    expect(
      profile(giving).strengths.find((s) => s.code === 'helps_neighbours')?.evidence,
    ).to.deep.equal(['t-v']);
  });

  it('keeps a stated preference for privacy as a preference, never a risk', () => {
    const p = profile(ginette);
    expect(p.preferences.balance).to.equal('privacy');
    expect(p.preferences.chosenSolitude).to.equal(true);
    expect(p.needs.map((n) => n.code)).to.include('private_space');
    expect([...p.risks, ...p.vulnerabilities].map((n) => n.code)).to.not.include('private_space');
  });

  it('marks self-management at or under the threshold', () => {
    expect(profile({ ...ginette, selfManagement: 4 }).selfManagement).to.deep.equal({
      value: 4,
      threshold: 4,
      watch: true,
    });
    expect(profile({ ...ginette, selfManagement: 5 }).selfManagement.watch).to.equal(false);
    expect(
      profile(ginette, { risk: { thresholds: { selfManagementWatch: 6 } } }).selfManagement.watch,
    ).to.equal(true);
  });

  it('produces the expected suggestions from the default rules for Ginette', () => {
    const p = profile(ginette);
    expect(p.suggestions.map((s) => s.ruleId)).to.deep.equal([
      'older-autonomy',
      'asking-help',
      'digital',
      'winter-older',
    ]);
    const clsc = p.suggestions[0]!;
    expect(clsc.category).to.equal(5);
    expect(clsc.categoryLabel.fr).to.contain('Dépistage');
    expect(clsc.trigger).to.deep.equal(['older_person', 'loss_of_autonomy']);
    expect(clsc.triggerLabels.map((l) => l.fr)).to.deep.equal([
      'Personne aînée',
      'Perte d’autonomie',
    ]);
    expect(clsc.resources.map((r) => r.id)).to.include('ex-clsc');
    expect(clsc.evidence).to.include('pr-g-8');
  });

  it('matches an edited rules table and a local directory', () => {
    const rules: Rule[] = [
      {
        id: 'chat',
        all: ['older_person'],
        action: { fr: 'Visite du club', en: 'Club visit' },
        categories: [1],
        resourceTypes: ['club'],
        source: 'local',
      },
      {
        id: 'never',
        any: ['risk_high'],
        action: { fr: 'x', en: 'x' },
        categories: [4],
        resourceTypes: [],
        source: 'local',
      },
    ];
    const resources = {
      name: 'Rimouski',
      resources: [{ id: 'r-club', name: 'Club des 50 ans et plus', types: ['club'] }],
    };
    const p = profile(ginette, { rules, resources });
    expect(p.suggestions).to.have.length(1);
    expect(p.suggestions[0]?.resources.map((r) => r.name)).to.deep.equal([
      'Club des 50 ans et plus',
    ]);
  });

  it('flags a suggestion already in the plan', () => {
    const a: Assessment = {
      ...ginette,
      plan: [
        ...ginette.plan,
        { id: 'pa-x', label: 'Ateliers', category: 7, ruleId: 'digital', status: 'agreed' },
      ],
    };
    expect(profile(a).suggestions.find((s) => s.ruleId === 'digital')?.inPlan).to.equal(true);
  });

  it('returns issues for an invalid rules table or directory', () => {
    const r = buildProfile(
      ginette,
      {
        rules: [
          { id: 'x', action: { fr: 'a', en: 'a' }, categories: [9], resourceTypes: [], source: '' },
        ],
      },
      { today: TODAY },
    );
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]?.jsonPath).to.equal('$.rules[0].categories[0]');
    const d = buildProfile(
      ginette,
      { resources: { name: 'x', resources: [{ id: 'a' }] } },
      { today: TODAY },
    );
    expect(d.ok).to.equal(false);
  });

  it('ships every default rule with a category and a source, and a clearly fictional directory', () => {
    for (const rule of DEFAULT_RULES) {
      expect(rule.categories.length).to.be.greaterThan(0);
      expect(rule.source).to.match(/\d{3}:L\d+/);
    }
    expect(EXAMPLE_RESOURCE_DIRECTORY.example).to.equal(true);
    expect(EXAMPLE_RESOURCE_DIRECTORY.resources.every((r) => r.example === true)).to.equal(true);
  });

  it('names every fact a default rule can match (no raw code reaches the worker)', () => {
    for (const rule of DEFAULT_RULES) {
      for (const code of [...(rule.all ?? []), ...(rule.any ?? [])]) {
        expect(factLabel(code).fr, `${rule.id}: ${code}`).to.not.equal(code);
      }
    }
  });

  it('is deterministic for every persona', () => {
    for (const p of PERSONAS) {
      expect(JSON.stringify(profile(p.assessment))).to.equal(
        JSON.stringify(profile(structuredClone(p.assessment))),
      );
    }
  });

  it('offers culturally safe services from identity without changing the score', () => {
    const a: Assessment = {
      ...ginette,
      tenant: { ...ginette.tenant, identity: { indigenous: 'first_nations' } },
    };
    const p = profile(a);
    expect(p.suggestions.map((s) => s.ruleId)).to.include('indigenous');
    expect(p.risk.score).to.equal(profile(ginette).risk.score);
  });
});
