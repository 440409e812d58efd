import { expect } from '@open-wc/testing';
import { ginette } from '../personas/ginette.js';
import { PERSONAS } from '../personas/index.js';
import { parseAssessment } from '../validation/parse.js';
import type { Assessment } from '../schemas/assessment.js';
import { diffAssessments } from './diff.js';
import { startReassessment } from './reassessment.js';

/** Ginette six weeks later, edited by hand so every expected line of the diff is known. */
function ginetteLater(): Assessment {
  const next = startReassessment(ginette, {
    id: 'g-2',
    now: '2026-12-14T10:00:00-05:00',
    today: '2026-12-14',
  });
  return {
    ...next,
    registry: [
      ...next.registry.map((e) =>
        e.id === 'p-huguette'
          ? { ...e, contact: { ...e.contact, frequency: 'sometimes' as const } }
          : e,
      ),
      {
        id: 'p-new-friend',
        kind: 'person' as const,
        name: 'Colette',
        contact: { relationType: 'friend' },
      },
    ],
    genogram: {
      ...next.genogram,
      memberIds: next.genogram.memberIds.filter((id) => id !== 'p-laurence'),
      unions: next.genogram.unions.map((u) =>
        u.id === 'u-adelard-rita' ? { ...u, status: 'ended' as const } : u,
      ),
      parentChild: next.genogram.parentChild.filter(
        (pc) => pc.childId !== 'p-laurence' && pc.parentId !== 'p-laurence',
      ),
    },
    ecomap: {
      links: next.ecomap.links.filter((l) => l.aId !== 's-ccr' && l.bId !== 's-ccr'),
      ties: [
        ...next.ecomap.ties
          .filter((t) => t.targetId !== 's-ccr')
          .map((t) =>
            t.targetId === 'p-sylvain'
              ? { ...t, strength: 'moderate' as const, stressful: false }
              : t,
          ),
        {
          id: 't-colette',
          targetId: 'p-new-friend',
          sector: 'friends',
          strength: 'moderate' as const,
          stressful: false,
          flow: 'both' as const,
          supportTypes: ['social' as const],
          formal: false,
          seasonal: 'all_year' as const,
        },
      ],
    },
    profile: [
      ...next.profile.filter((p) => p.id !== 'pr-g-6'),
      {
        id: 'pr-new',
        list: 'strength' as const,
        label: 'Nouvelle amie au café',
        status: 'present' as const,
        source: 'worker' as const,
        shareable: true,
      },
    ],
  };
}

describe('diffAssessments', () => {
  it('lists ties gained and lost by registry entry, with the names', () => {
    const d = diffAssessments(ginette, ginetteLater());
    expect(d.tiesGained.map((t) => [t.id, t.name])).to.deep.equal([['p-new-friend', 'Colette']]);
    expect(d.tiesLost.map((t) => t.id)).to.deep.equal(['s-ccr']);
    expect(d.tiesLost[0]?.kind).to.equal('system');
  });

  it('lists changed strength, stress and frequency, and nothing for unchanged ties', () => {
    const d = diffAssessments(ginette, ginetteLater());
    const byId = new Map(d.tiesChanged.map((c) => [c.id, c.changes] as const));
    expect([...byId.keys()].sort()).to.deep.equal(['p-huguette', 'p-sylvain']);
    expect(byId.get('p-sylvain')).to.deep.equal([
      { field: 'strength', before: 'tenuous', after: 'moderate' },
      { field: 'stressful', before: true, after: false },
    ]);
    const huguetteBefore = ginette.registry.find((e) => e.id === 'p-huguette')?.contact?.frequency;
    expect(byId.get('p-huguette')).to.deep.equal([
      { field: 'frequency', before: huguetteBefore, after: 'sometimes' },
    ]);
  });

  it('lists genogram people removed and union status changes', () => {
    const d = diffAssessments(ginette, ginetteLater());
    expect(d.genogram.peopleRemoved.map((p) => p.id)).to.deep.equal(['p-laurence']);
    expect(d.genogram.peopleAdded).to.deep.equal([]);
    expect(d.genogram.unionsChanged).to.deep.equal([
      {
        id: 'u-adelard-rita',
        partnerNames: ['Adélard Lavoie', 'Rita Pelletier'],
        before: 'widowed',
        after: 'ended',
      },
    ]);
    expect(d.genogram.unionsAdded).to.deep.equal([]);
    expect(d.genogram.unionsRemoved).to.deep.equal([]);
  });

  it('lists profile items added and resolved (carried « à revoir » items are not changes)', () => {
    const d = diffAssessments(ginette, ginetteLater());
    expect(d.profileAdded.map((p) => p.label)).to.deep.equal(['Nouvelle amie au café']);
    expect(d.profileResolved.map((p) => p.id)).to.deep.equal(['pr-g-6']);
  });

  it('scores each record at its own interview date', () => {
    const d = diffAssessments(ginette, ginetteLater());
    expect(d.scores?.before.date).to.equal('2026-11-02');
    expect(d.scores?.after.date).to.equal('2026-12-14');
    expect(d.scores?.before.score).to.be.within(0, 100);
    expect(d.scores?.before.lsns6.maxTotal).to.be.at.least(d.scores?.before.lsns6.total ?? 99);
  });

  it('is empty for a record compared with itself, for every persona', () => {
    for (const p of PERSONAS) {
      const d = diffAssessments(p.assessment, p.assessment);
      expect(d.tiesGained, p.id).to.deep.equal([]);
      expect(d.tiesLost, p.id).to.deep.equal([]);
      expect(d.tiesChanged, p.id).to.deep.equal([]);
      expect(d.genogram.peopleAdded.length + d.genogram.peopleRemoved.length, p.id).to.equal(0);
      expect(d.profileAdded.length + d.profileResolved.length, p.id).to.equal(0);
      expect(d.scores?.before, p.id).to.deep.equal(d.scores?.after);
    }
  });

  it('reports score issues for an invalid configuration instead of throwing', () => {
    const d = diffAssessments(ginette, ginette, { riskConfig: { weights: { nope: 1 } } });
    expect(d.scores).to.equal(undefined);
    expect(d.scoreIssues?.length).to.be.greaterThan(0);
  });

  it('is deterministic', () => {
    expect(diffAssessments(ginette, ginetteLater())).to.deep.equal(
      diffAssessments(ginette, ginetteLater()),
    );
  });
});

describe('startReassessment', () => {
  it('makes a valid new record pointing back, with profile and plan « à revoir »', () => {
    const next = startReassessment(ginette, {
      id: 'g-2',
      now: '2026-12-14T10:00:00-05:00',
      today: '2026-12-14',
    });
    expect(parseAssessment(next).ok).to.equal(true);
    expect(next.id).to.equal('g-2');
    expect(next.revision).to.equal(0);
    expect(next.previousAssessmentId).to.equal(ginette.id);
    expect(next.interviewDate).to.equal('2026-12-14');
    expect(next.registry).to.deep.equal(ginette.registry);
    expect(next.ecomap).to.deep.equal(ginette.ecomap);
    expect(next.genogram).to.deep.equal(ginette.genogram);
    expect(next.instruments).to.deep.equal({});
    expect(next.profile.every((p) => p.status === 'to_explore')).to.equal(true);
    expect(next.plan.every((a) => a.status === 'proposed')).to.equal(true);
    expect(next.notes).to.have.length(1);
    expect(next.notes[0]?.text).to.contain('2026-11-02');
  });

  it('is valid for every persona', () => {
    for (const p of PERSONAS) {
      const next = startReassessment(p.assessment, {
        id: `${p.id}-2`,
        now: '2027-01-10T10:00:00Z',
        today: '2027-01-10',
      });
      expect(parseAssessment(next).ok, p.id).to.equal(true);
    }
  });
});
