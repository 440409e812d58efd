import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Assessment } from '../schemas/assessment.js';
import { PERSONAS } from '../personas/index.js';
import { parseAssessment } from '../validation/parse.js';
import { resolveVocabularies } from '../vocabulary/resolve.js';
import { layoutGenogram, GENOGRAM_METRICS as M, type GenogramLayout } from './genogram.js';
import { generateFamily } from './genogram-fixtures.js';
import { parentChildCrossings } from './genogram-testing.js';

/** Random valid multi-generation families: remarriages, half-siblings, in-laws' parents, adoptions, twins. */
export const familyArb = fc
  .record({
    size: fc.integer({ min: 1, max: 70 }),
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    remarriage: fc.double({ min: 0, max: 0.6, noNaN: true }),
    inLawParents: fc.double({ min: 0, max: 0.5, noNaN: true }),
    adoption: fc.double({ min: 0, max: 0.3, noNaN: true }),
    twins: fc.double({ min: 0, max: 0.5, noNaN: true }),
    pregnancy: fc.double({ min: 0, max: 0.3, noNaN: true }),
  })
  .map(({ size, seed, ...shape }) => generateFamily(size, seed, shape));

function byId(l: GenogramLayout): Map<string, { x: number; y: number }> {
  return new Map(l.persons.map((p) => [p.id, p] as const));
}

/** Checks the layout invariants; returns the first broken one, or undefined. */
function invariants(a: Assessment, l: GenogramLayout): string | undefined {
  const ids = l.persons.map((p) => p.id);
  if (new Set(ids).size !== ids.length) return 'someone is drawn twice';
  const members = new Set(a.genogram.memberIds);
  if (ids.length !== members.size || ids.some((id) => !members.has(id)))
    return 'not every member drawn once';
  const at = byId(l);
  // No overlapping symbols (persons and pregnancy glyphs): boxes at least a symbol apart.
  const boxes = [
    ...l.persons.map((p) => ({ id: p.id, x: p.x, y: p.y, r: M.symbol / 2 })),
    ...l.pregnancies.map((p) => ({ id: p.id, x: p.x, y: p.y, r: 12 })),
  ].sort((p, q) => p.y - q.y || p.x - q.x);
  for (let i = 1; i < boxes.length; i += 1) {
    const p = boxes[i - 1];
    const q = boxes[i];
    if (p && q && Math.abs(p.y - q.y) < 1 && q.x - p.x < p.r + q.r + 8)
      return `overlap ${p.id} ${q.id}`;
  }
  for (const link of a.genogram.parentChild) {
    const p = at.get(link.parentId);
    const c = at.get(link.childId);
    if (!p || !c || !(c.y > p.y)) return `child ${link.childId} not below parent ${link.parentId}`;
  }
  for (const u of a.genogram.unions) {
    const p = at.get(u.partnerIds[0]);
    const q = at.get(u.partnerIds[1]);
    if (!p || !q || Math.abs(p.y - q.y) > 0.01) return `partners of ${u.id} not on one row`;
  }
  return undefined;
}

describe('layoutGenogram', () => {
  it('generates valid records of the requested size (the arbitrary is sound)', () => {
    for (const n of [1, 2, 3, 10, 40]) expect(generateFamily(n, 7).registry.length).to.equal(n);
    fc.assert(
      fc.property(familyArb, (a) => {
        const r = parseAssessment(a);
        if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 2)));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the invariants on random valid families', () => {
    fc.assert(
      fc.property(familyArb, (a) => {
        const broken = invariants(a, layoutGenogram(a));
        if (broken) throw new Error(broken);
      }),
      { numRuns: 150 },
    );
  });

  it('detects a broken invariant (the check can fail)', () => {
    const a = generateFamily(12, 3);
    const l = layoutGenogram(a);
    const moved = { ...l, persons: l.persons.map((p, i) => (i === 1 ? { ...p, y: p.y + 5 } : p)) };
    expect(invariants(a, moved)).to.be.a('string');
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(familyArb, (a) => {
        expect(JSON.stringify(layoutGenogram(a))).to.equal(
          JSON.stringify(layoutGenogram(structuredClone(a))),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('draws every persona without crossing parent-child lines and keeps the invariants', () => {
    for (const p of PERSONAS) {
      const l = layoutGenogram(p.assessment);
      expect(parentChildCrossings(l), p.id).to.deep.equal([]);
      expect(invariants(p.assessment, l), p.id).to.equal(undefined);
    }
  });

  it('finds crossings when lines do cross (the crossing check can fail)', () => {
    const l = layoutGenogram(generateFamily(30, 11));
    const sorted = [...l.sibships].sort((p, q) => q.line.x2 - q.line.x1 - (p.line.x2 - p.line.x1));
    const s0 = sorted[0];
    const s1 = sorted[1];
    expect(s0 && s1).to.not.equal(undefined);
    if (!s0 || !s1) return;
    const crossing = {
      ...l,
      sibships: [
        s0,
        {
          ...s1,
          drop: [
            { x: (s0.line.x1 + s0.line.x2) / 2, y: s0.line.y1 - 20 },
            { x: (s0.line.x1 + s0.line.x2) / 2 + 1, y: s0.line.y1 + 20 },
          ],
        },
      ],
    };
    expect(parentChildCrossings(crossing).length).to.be.greaterThan(0);
  });

  it('draws the blended family: half-siblings under their own couple, twins, adoption, cut-off', () => {
    const persona = PERSONAS.find((p) => p.id === 'famille-tremblay-diallo');
    expect(persona).to.not.equal(undefined);
    if (!persona) return;
    const a = persona.assessment;
    const l = layoutGenogram(a);
    // Every child hangs from a sibling line whose unit holds its parents.
    const glyphs = new Set(a.genogram.pregnancies.map((p) => p.id));
    for (const c of l.childLinks.filter((x) => !x.secondary && !glyphs.has(x.childId))) {
      const s = l.sibships.find((x) => x.unitId === c.unitId);
      expect(s, c.childId).to.not.equal(undefined);
      for (const p of s?.parentIds ?? []) {
        expect(
          a.genogram.parentChild.some((k) => k.parentId === p && k.childId === c.childId),
          `${p}>${c.childId}`,
        ).to.equal(true);
      }
    }
    expect(l.twins.length).to.equal(a.genogram.multipleBirths.length);
    expect(l.households.length).to.be.greaterThan(0);
    expect(l.emotional.length).to.equal(a.genogram.emotionalRelations.length);
    expect(l.unions.some((u) => u.status === 'divorced' && u.slashes.length === 2)).to.equal(true);
  });

  it('places several partners in order around the person', () => {
    const a = generateFamily(1, 1);
    const base: Assessment = {
      ...a,
      registry: [
        { id: 'x', kind: 'person', name: 'X', sex: 'male' },
        { id: 'a', kind: 'person', name: 'A', sex: 'female' },
        { id: 'b', kind: 'person', name: 'B', sex: 'female' },
        { id: 'c', kind: 'person', name: 'C', sex: 'female' },
      ],
      tenant: { ...a.tenant, personId: 'x' },
      genogram: {
        ...a.genogram,
        memberIds: ['x', 'c', 'b', 'a'],
        unions: [
          { id: 'u3', partnerIds: ['x', 'c'], type: 'married', status: 'active', startYear: 2010 },
          {
            id: 'u1',
            partnerIds: ['x', 'a'],
            type: 'married',
            status: 'divorced',
            startYear: 1980,
            order: 0,
          },
          {
            id: 'u2',
            partnerIds: ['x', 'b'],
            type: 'cohabiting',
            status: 'separated',
            startYear: 1995,
          },
        ],
      },
    };
    const at = byId(layoutGenogram(base));
    const order = ['a', 'b', 'x', 'c'].map((id) => at.get(id)?.x ?? NaN);
    expect([...order].sort((p, q) => p - q)).to.deep.equal(order);
  });

  it('places a partner who has no parents on their partner row (unions across generations)', () => {
    fc.assert(
      fc.property(familyArb, (a) => {
        const l = layoutGenogram(a);
        const at = byId(l);
        for (const u of a.genogram.unions) {
          expect(at.get(u.partnerIds[0])?.y).to.equal(at.get(u.partnerIds[1])?.y);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('draws union line styles and custom relations from the vocabularies', () => {
    const vocab = resolveVocabularies({
      emotionalRelations: [
        {
          id: 'spiritual',
          label: { fr: 'Lien spirituel', en: 'Spiritual bond' },
          line: 'dashed',
          color: '#00796b',
          strained: false,
        },
      ],
    });
    expect(vocab.ok).to.equal(true);
    if (!vocab.ok) return;
    const a = generateFamily(6, 5);
    const rel: Assessment = {
      ...a,
      genogram: {
        ...a.genogram,
        emotionalRelations: [{ id: 'e1', fromId: 'p0', toId: 'p2', type: 'spiritual' }],
      },
    };
    const l = layoutGenogram(rel, { vocabularies: vocab.value });
    expect(l.emotional[0]?.line).to.equal('dashed');
    expect(l.emotional[0]?.color).to.equal('#00796b');
    expect(l.emotional[0]?.stroke.dash).to.equal('8 5');
    const cohab = l.unions.find((u) => u.type === 'cohabiting');
    if (cohab) expect(cohab.line).to.equal('dashed');
  });

  it('routes relations around other symbols', () => {
    const a = generateFamily(20, 9);
    const row = layoutGenogram(a).rows.find((r) => r.length >= 3);
    expect(row).to.not.equal(undefined);
    if (!row) return;
    const from = row[0] ?? '';
    const to = row[row.length - 1] ?? '';
    const rel: Assessment = {
      ...a,
      genogram: {
        ...a.genogram,
        emotionalRelations: [{ id: 'e1', fromId: from, toId: to, type: 'conflict' }],
      },
    };
    const l = layoutGenogram(rel);
    const path = l.emotional[0]?.path ?? [];
    const others = l.persons.filter((p) => p.id !== from && p.id !== to);
    for (const q of path) {
      for (const p of others) {
        const inside = Math.abs(q.x - p.x) < M.symbol / 2 && Math.abs(q.y - p.y) < M.symbol / 2;
        expect(inside, p.id).to.equal(false);
      }
    }
    expect(l.emotional[0]?.stroke.polylines[0]?.length).to.be.greaterThan(path.length);
  });

  it('applies manual offsets', () => {
    const a = generateFamily(8, 2);
    const before = byId(layoutGenogram(a)).get('p3');
    const moved = { ...a, genogram: { ...a.genogram, offsets: { p3: { dx: 30, dy: -10 } } } };
    const after = byId(layoutGenogram(moved)).get('p3');
    expect((after?.x ?? 0) - (before?.x ?? 0)).to.equal(30);
    expect((after?.y ?? 0) - (before?.y ?? 0)).to.equal(-10);
  });
});
