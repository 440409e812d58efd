import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseAssessment } from '../validation/parse.js';
import type { Assessment } from '../schemas/assessment.js';
import { PERSONAS } from '../personas/index.js';
import { boxesIntersect, circleBox } from './geometry.js';
import { addTie } from '../edit/ecomap.js';
import {
  ECOMAP_MIN_RADIUS,
  ECOMAP_RADIUS_STEP,
  ecomapRing,
  layoutEcomap,
  type EcomapLayout,
} from './ecomap.js';
import { generateEcomapAssessment } from './ecomap-generate.js';

function overlaps(layout: EcomapLayout): string[] {
  const labels = [...layout.nodes.map((n) => n.label), ...layout.sectors.map((s) => s.label)];
  const found: string[] = [];
  labels.forEach((l, i) => {
    for (const m of labels.slice(i + 1))
      if (boxesIntersect(l, m)) found.push(`${l.ownerId} × ${m.ownerId}`);
    for (const n of layout.nodes)
      if (boxesIntersect(l, circleBox(n.x, n.y, n.r))) found.push(`${l.ownerId} × node ${n.id}`);
  });
  return found;
}

function withoutTie(a: Assessment, index: number): Assessment {
  const tie = a.ecomap.ties[index];
  return {
    ...a,
    ecomap: {
      ties: a.ecomap.ties.filter((_, i) => i !== index),
      links: a.ecomap.links.filter((l) => l.aId !== tie?.targetId && l.bId !== tie?.targetId),
    },
  };
}

/** Largest move of a node present in both layouts, in fractions of the radius; and sector changes. */
function movement(p: EcomapLayout, q: EcomapLayout): { move: number; sectorChanged: boolean } {
  const byId = new Map(q.nodes.map((n) => [n.id, n] as const));
  let move = 0;
  let sectorChanged = false;
  for (const n of p.nodes) {
    const m = byId.get(n.id);
    if (!m) continue;
    if (m.sector !== n.sector) sectorChanged = true;
    move = Math.max(
      move,
      Math.hypot(n.x / p.radius - m.x / q.radius, n.y / p.radius - m.y / q.radius),
    );
  }
  return { move, sectorChanged };
}

describe('layoutEcomap', () => {
  it('generated maps are valid records', () => {
    for (const ties of [0, 10, 150]) {
      const r = parseAssessment(generateEcomapAssessment({ ties, seed: ties + 3, household: 2 }));
      expect(r.ok, JSON.stringify(r.ok ? '' : r.issues.slice(0, 3))).to.equal(true);
    }
  });

  it('is deterministic', () => {
    const a = generateEcomapAssessment({ ties: 60, seed: 7, household: 2 });
    expect(JSON.stringify(layoutEcomap(a))).to.equal(
      JSON.stringify(layoutEcomap(structuredClone(a))),
    );
  });

  it('rings follow strength and frequency', () => {
    expect(ecomapRing({ strength: 'strong' }, 'very_often')).to.equal(0);
    expect(ecomapRing({ strength: 'moderate' }, undefined)).to.equal(1);
    expect(ecomapRing({ strength: 'tenuous' }, 'often')).to.equal(2);
    expect(ecomapRing({ strength: 'tenuous' }, 'not_at_all')).to.equal(3);
  });

  it('places the tenant at the centre, household inside the central circle, ties on their ring', () => {
    const a = generateEcomapAssessment({ ties: 30, seed: 2, household: 3 });
    const layout = layoutEcomap(a);
    const tenant = layout.nodes.find((n) => n.kind === 'tenant');
    expect(tenant?.x).to.equal(0);
    expect(tenant?.y).to.equal(0);
    const household = layout.nodes.filter((n) => n.kind === 'household');
    expect(household).to.have.length(3);
    for (const h of household) expect(Math.hypot(h.x, h.y)).to.be.below(layout.centreRadius);
    for (const n of layout.nodes.filter((x) => x.kind === 'tie')) {
      expect(Math.hypot(n.x, n.y)).to.be.closeTo(layout.rings[n.ring] ?? 0, 1e-6);
    }
  });

  it('groups ties in disjoint sector wedges', () => {
    const layout = layoutEcomap(generateEcomapAssessment({ ties: 80, seed: 5 }));
    const sorted = [...layout.sectors].sort((p, q) => p.startAngle - q.startAngle);
    sorted.slice(1).forEach((s, i) => {
      expect(s.startAngle).to.be.at.least((sorted[i]?.endAngle ?? 0) - 1e-9);
    });
    const last = sorted[sorted.length - 1];
    const first = sorted[0];
    if (first && last) expect(last.endAngle).to.be.at.most(first.startAngle + 2 * Math.PI + 1e-9);
    for (const n of layout.nodes.filter((x) => x.kind === 'tie')) {
      const s = layout.sectors.find((x) => x.id === n.sector);
      expect(s, n.id).to.not.equal(undefined);
      if (s) expect(n.angle).to.be.within(s.startAngle - 1e-9, s.endAngle + 1e-9);
    }
  });

  it('labels never overlap each other nor nodes (personas, 150 and 500 ties)', function () {
    this.timeout(30_000);
    for (const p of PERSONAS) expect(overlaps(layoutEcomap(p.assessment)), p.id).to.deep.equal([]);
    for (const ties of [150, 500]) {
      expect(
        overlaps(layoutEcomap(generateEcomapAssessment({ ties, seed: ties }))),
        String(ties),
      ).to.deep.equal([]);
    }
  });

  it('keeps labels apart with dragged nodes and English sector names', () => {
    const a = generateEcomapAssessment({ ties: 40, seed: 11 });
    const ties = a.ecomap.ties.map((t, i) =>
      i % 3 === 0 ? { ...t, offset: { dx: (i % 7) - 3, dy: 4 - (i % 5) } } : t,
    );
    expect(
      overlaps(layoutEcomap({ ...a, ecomap: { ...a.ecomap, ties } }, { lang: 'en' })),
    ).to.deep.equal([]);
  });

  it('applies offsets in hundredths of the radius', () => {
    const a = generateEcomapAssessment({ ties: 5, seed: 3 });
    const before = layoutEcomap(a);
    const ties = a.ecomap.ties.map((t, i) => (i === 0 ? { ...t, offset: { dx: 10, dy: -5 } } : t));
    const after = layoutEcomap({ ...a, ecomap: { ...a.ecomap, ties } });
    const n0 = before.nodes.find((n) => n.id === ties[0]?.id);
    const n1 = after.nodes.find((n) => n.id === ties[0]?.id);
    expect((n1?.x ?? 0) - (n0?.x ?? 0)).to.be.closeTo(before.radius * 0.1, 1e-9);
    expect((n1?.y ?? 0) - (n0?.y ?? 0)).to.be.closeTo(-before.radius * 0.05, 1e-9);
    expect(n1?.baseX).to.equal(n0?.x);
  });

  it('is stable: adding or removing one tie moves no other node more than 10% of the radius', function () {
    this.timeout(120_000); // 600 layouts of up to 160 ties; slow only on a loaded machine
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 160 }),
        fc.nat(),
        (seed, ties, which) => {
          const a = generateEcomapAssessment({ ties, seed, household: seed % 3 });
          const b = withoutTie(a, which % ties);
          const { move, sectorChanged } = movement(layoutEcomap(a), layoutEcomap(b));
          expect(sectorChanged).to.equal(false);
          expect(move, `seed ${String(seed)}, ${String(ties)} ties`).to.be.below(0.1);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  });

  it('grows the radius in steps, so most edits leave most nodes where they were', () => {
    let a = generateEcomapAssessment({ ties: 150, seed: 150, household: 2 });
    let before = layoutEcomap(a);
    let radiusChanges = 0;
    for (let k = 0; k < 10; k += 1) {
      const r = addTie(a, { kind: 'person', name: `Nouvelle ${String(k)}` }, { sector: 'friends' });
      if (!r.ok) throw new Error(r.code);
      a = r.assessment;
      const after = layoutEcomap(a);
      const steps = Math.log(after.radius / ECOMAP_MIN_RADIUS) / Math.log(1 + ECOMAP_RADIUS_STEP);
      expect(steps).to.be.closeTo(Math.round(steps), 1e-9);
      if (after.radius !== before.radius) radiusChanges += 1;
      else {
        const was = new Map(before.nodes.map((n) => [n.id, n] as const));
        const still = after.nodes.filter(
          (n) => was.get(n.id)?.x === n.x && was.get(n.id)?.y === n.y,
        );
        expect(still.length, `addition ${String(k)}`).to.be.at.least(before.nodes.length / 2);
      }
      before = after;
    }
    expect(radiusChanges).to.be.at.most(3);
  });

  it('links join the two contacts', () => {
    const a = generateEcomapAssessment({ ties: 30, seed: 9, links: 5 });
    const layout = layoutEcomap(a);
    expect(layout.links).to.have.length(a.ecomap.links.length);
    const l = layout.links[0];
    const n = layout.nodes.find((x) => x.entryId === l?.aId);
    expect(l?.x1).to.equal(n?.x);
  });
});
