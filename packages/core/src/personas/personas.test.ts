import { expect } from '@open-wc/testing';
import { parseAssessment } from '../validation/parse.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Person } from '../schemas/registry.js';
import { PERSONAS, famille, ginette, marcAndre, personaById, samuel } from './index.js';

function persons(a: Assessment): Map<string, Person> {
  const out = new Map<string, Person>();
  for (const e of a.registry) if (e.kind === 'person') out.set(e.id, e);
  return out;
}

/** Generation of each genogram member: 0 for people with no parent on the genogram, else 1 + the deepest parent. */
function generations(a: Assessment): Map<string, number> {
  const parents = new Map<string, string[]>();
  for (const l of a.genogram.parentChild)
    parents.set(l.childId, [...(parents.get(l.childId) ?? []), l.parentId]);
  const memo = new Map<string, number>();
  const gen = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const ps = parents.get(id) ?? [];
    const g = ps.length === 0 ? 0 : 1 + Math.max(...ps.map(gen));
    memo.set(id, g);
    return g;
  };
  for (const id of a.genogram.memberIds) gen(id);
  // Partners without parents on the genogram sit in their partner's generation.
  for (const u of a.genogram.unions) {
    const [x, y] = u.partnerIds;
    if (!parents.has(x) && parents.has(y)) memo.set(x, gen(y));
    if (!parents.has(y) && parents.has(x)) memo.set(y, gen(x));
  }
  return memo;
}

describe('personas', () => {
  it('lists four personas with unique ids and unique record ids', () => {
    expect(PERSONAS).to.have.length(4);
    expect(new Set(PERSONAS.map((p) => p.id)).size).to.equal(4);
    expect(new Set(PERSONAS.map((p) => p.assessment.id)).size).to.equal(4);
    expect(PERSONAS.map((p) => p.id)).to.deep.equal([
      'ginette',
      'samuel',
      'famille-tremblay-diallo',
      'marc-andre',
    ]);
  });

  it('finds a persona by id and returns undefined for an unknown id', () => {
    expect(personaById('ginette')?.assessment).to.equal(ginette);
    expect(personaById('marc-andre')?.assessment).to.equal(marcAndre);
    expect(personaById('nobody')).to.equal(undefined);
  });

  for (const persona of PERSONAS) {
    describe(persona.id, () => {
      it('passes parseAssessment', () => {
        const result = parseAssessment(persona.assessment);
        const issues = result.ok
          ? []
          : result.issues.map((i) => `${i.jsonPath} ${i.code}: ${i.message.en}`);
        expect(result.ok, issues.join('\n')).to.equal(true);
        if (result.ok) expect(result.migratedFrom).to.equal(undefined);
      });

      it('round-trips through JSON unchanged', () => {
        const copy: unknown = JSON.parse(JSON.stringify(persona.assessment));
        expect(copy).to.deep.equal(persona.assessment);
        const reparsed = parseAssessment(copy);
        expect(reparsed.ok).to.equal(true);
        if (reparsed.ok) expect(reparsed.value).to.deep.equal(persona.assessment);
      });

      it('has titles and summaries in French and English', () => {
        for (const label of [persona.title, persona.summary]) {
          expect(label.fr.length).to.be.greaterThan(0);
          expect(label.en.length).to.be.greaterThan(0);
        }
      });

      it('uses fixed dates, revision 0 and an interview date', () => {
        const a = persona.assessment;
        expect(a.revision).to.equal(0);
        expect(a.interviewDate).to.match(/^2026-11-\d\d$/);
        expect(a.createdAt.startsWith(a.interviewDate ?? '')).to.equal(true);
        expect(a.retention.retainUntil).to.be.a('string');
      });

      it('lists strengths first in the profile', () => {
        const lists = persona.assessment.profile.map((p) => p.list);
        expect(lists[0]).to.equal('strength');
        const firstOther = lists.findIndex((l) => l !== 'strength');
        expect(lists.slice(firstOther).includes('strength')).to.equal(false);
      });

      it('records consent with a date and a worker', () => {
        const records = Object.values(persona.assessment.consent);
        expect(records.length).to.be.greaterThan(0);
        for (const r of records) expect(r.recordedBy.length).to.be.greaterThan(0);
      });
    });
  }

  it('leaves some information missing for the scores to report', () => {
    const answers = [ginette, samuel, famille, marcAndre].flatMap((a) => [
      ...(a.instruments.lsns6?.answers ?? []),
      ...(a.instruments.ucla3?.answers ?? []),
      ...(a.instruments.djg6?.answers ?? []),
    ]);
    expect(answers).to.include(null);
    const contacts = [ginette, samuel, famille, marcAndre].flatMap((a) =>
      a.registry.flatMap((e) => (e.kind === 'person' && e.contact ? [e.contact] : [])),
    );
    expect(contacts.some((c) => c.frequency === undefined)).to.equal(true);
    expect(contacts.some((c) => c.atLeastMonthly === 'unknown')).to.equal(true);
  });

  it('ginette: a widow living alone in an HLM, with a recent loss and a winter-only tie', () => {
    expect(ginette.tenant.tenure).to.equal('hlm');
    expect(ginette.tenant.livesAlone).to.equal(true);
    expect(ginette.context.recentLoss?.year).to.equal(2024);
    expect(
      ginette.genogram.unions.some(
        (u) => u.status === 'widowed' && u.partnerIds.includes('p-ginette'),
      ),
    ).to.equal(true);
    expect(ginette.ecomap.ties.some((t) => t.seasonal === 'winter')).to.equal(true);
    expect(ginette.preferences.supportPreference).to.equal('individual');
  });

  it('samuel: tu, not from the region, divorce of parents, foster and half-sibling links', () => {
    expect(samuel.tenant.formOfAddress).to.equal('tu');
    expect(samuel.context.notFromRegion).to.equal(true);
    expect(samuel.tenant.arrivedInRegionYear).to.equal(2025);
    expect(samuel.genogram.unions.some((u) => u.status === 'divorced')).to.equal(true);
    expect(
      samuel.genogram.parentChild.some((l) => l.kind === 'foster' && l.childId === 'p-samuel'),
    ).to.equal(true);
    expect(
      samuel.registry.some(
        (e) => e.kind === 'person' && e.contact?.relationType === 'half_sibling',
      ),
    ).to.equal(true);
  });

  describe('famille-tremblay-diallo', () => {
    const g = famille.genogram;
    const people = persons(famille);
    const parentsOf = (id: string): string[] =>
      g.parentChild.filter((l) => l.childId === id).map((l) => l.parentId);

    it('has at least 18 genogram members over three generations', () => {
      expect(g.memberIds.length).to.be.at.least(18);
      const gens = generations(famille);
      const levels = new Set(g.memberIds.map((id) => gens.get(id)));
      expect([...levels].sort()).to.deep.equal([0, 1, 2]);
    });

    it('has a divorce, then a remarriage of the tenant', () => {
      const tenantUnions = g.unions.filter((u) => u.partnerIds.includes(famille.tenant.personId));
      expect(tenantUnions.some((u) => u.status === 'divorced')).to.equal(true);
      expect(
        tenantUnions.some(
          (u) => u.status === 'active' && (u.type === 'married' || u.type === 'civil_union'),
        ),
      ).to.equal(true);
      expect(g.unions.filter((u) => u.status === 'divorced').length).to.be.at.least(2);
    });

    it('has half-siblings, a step link and an adoption', () => {
      const bio = (id: string): Set<string> =>
        new Set(
          g.parentChild
            .filter((l) => l.childId === id && l.kind === 'biological')
            .map((l) => l.parentId),
        );
      const children = g.memberIds.filter((id) => bio(id).size === 2);
      const half = children.some((a) =>
        children.some((b) => {
          if (a === b) return false;
          const shared = [...bio(a)].filter((p) => bio(b).has(p)).length;
          return shared === 1;
        }),
      );
      expect(half).to.equal(true);
      expect(g.parentChild.some((l) => l.kind === 'step')).to.equal(true);
      expect(g.parentChild.some((l) => l.kind === 'adoptive')).to.equal(true);
      expect(parentsOf('p-noah')).to.have.length(2);
    });

    it('has a deceased grandparent, twins, a miscarriage, emotional relations and two households', () => {
      const gens = generations(famille);
      expect(
        g.memberIds.some((id) => people.get(id)?.deceased === true && gens.get(id) === 0),
      ).to.equal(true);
      expect(g.multipleBirths.some((m) => m.childIds.length === 2)).to.equal(true);
      expect(g.pregnancies.some((p) => p.outcome === 'miscarriage')).to.equal(true);
      const types = new Set(g.emotionalRelations.map((r) => r.type));
      for (const t of ['cut_off', 'conflict', 'close', 'caregiving'])
        expect(types.has(t), t).to.equal(true);
      expect(famille.households.length).to.be.at.least(2);
      expect(famille.context.engagedOverloaded).to.equal(true);
      expect(
        famille.registry.some((e) => e.kind === 'person' && e.contact?.financialTie === 'sends'),
      ).to.equal(true);
    });
  });

  it('marc-andre: at least 15 ties over at least 6 sectors, stressful, reciprocal, tenuous and seasonal', () => {
    const ties = marcAndre.ecomap.ties;
    expect(ties.length).to.be.at.least(15);
    expect(new Set(ties.map((t) => t.sector)).size).to.be.at.least(6);
    expect(ties.some((t) => t.stressful)).to.equal(true);
    expect(ties.some((t) => t.flow === 'both')).to.equal(true);
    expect(ties.some((t) => t.strength === 'tenuous')).to.equal(true);
    expect(ties.some((t) => t.seasonal === 'summer')).to.equal(true);
    expect(marcAndre.context.mentalHealthConcern).to.equal(true);
    expect(marcAndre.context.shameUsingServices).to.equal(true);
  });

  it('keeps wording respectful', () => {
    const text = JSON.stringify(PERSONAS).toLowerCase();
    for (const word of [
      /malade mental/,
      /\bfou\b/,
      /\bfolle\b/,
      /schizo/,
      /\bb\.s\./,
      /assisté social/,
    ]) {
      expect(word.test(text), String(word)).to.equal(false);
    }
  });
});
