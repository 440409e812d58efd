import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ginette } from '../personas/ginette.js';
import { PERSONAS } from '../personas/index.js';
import { generateEcomapAssessment } from '../layout/ecomap-generate.js';
import { parseAssessment } from '../validation/parse.js';
import type { Assessment } from '../schemas/assessment.js';
import {
  addLink,
  addTie,
  moveTie,
  removeLink,
  removeTie,
  updateEntry,
  updateTie,
  type EcomapEditResult,
} from './ecomap.js';

function ok(r: EcomapEditResult): { assessment: Assessment; id: string } {
  if (!r.ok) throw new Error(`${r.code}: ${r.message.en}`);
  const parsed = parseAssessment(r.assessment);
  expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues.slice(0, 3))).to.equal(true);
  return r;
}

describe('ecomap edits', () => {
  const frozen = structuredClone(ginette);

  afterEach(() => {
    expect(ginette).to.deep.equal(frozen); // never mutates its input
  });

  it('adds a tie to a new person, with defaults and fresh ids', () => {
    const { assessment, id } = ok(
      addTie(ginette, { kind: 'person', name: '  Rose  ', contact: { frequency: 'often' } }),
    );
    const tie = assessment.ecomap.ties.find((t) => t.id === id);
    expect(tie).to.include({
      sector: 'other',
      strength: 'moderate',
      stressful: false,
      flow: 'both',
      formal: false,
    });
    const entry = assessment.registry.find((e) => e.id === tie?.targetId);
    expect(entry).to.deep.include({
      kind: 'person',
      name: 'Rose',
      contact: { frequency: 'often' },
    });
    expect(assessment.registry).to.have.length(ginette.registry.length + 1);
  });

  it('adds a tie to a new system in its sector, formal by default', () => {
    const { assessment, id } = ok(
      addTie(
        ginette,
        { kind: 'system', name: 'Popote roulante', sector: 'community_org' },
        { strength: 'strong' },
      ),
    );
    expect(assessment.ecomap.ties.find((t) => t.id === id)).to.include({
      sector: 'community_org',
      formal: true,
      strength: 'strong',
    });
  });

  it('adds a tie to an existing registry entry (a genogram relative) without duplicating it', () => {
    const untied = ginette.registry.find(
      (e) =>
        e.id !== ginette.tenant.personId && !ginette.ecomap.ties.some((t) => t.targetId === e.id),
    );
    expect(untied, 'persona has an untied relative').to.not.equal(undefined);
    const { assessment } = ok(
      addTie(ginette, { existingId: untied?.id ?? '' }, { sector: 'family' }),
    );
    expect(assessment.registry).to.have.length(ginette.registry.length);
    expect(assessment.ecomap.ties.some((t) => t.targetId === untied?.id)).to.equal(true);
  });

  it('refuses a tie to the tenant, to an unknown entry, a duplicate, or an empty name', () => {
    expect(addTie(ginette, { existingId: ginette.tenant.personId }).ok).to.equal(false);
    expect(addTie(ginette, { existingId: 'nobody' }).ok).to.equal(false);
    const tied = ginette.ecomap.ties[0]?.targetId ?? '';
    const r = addTie(ginette, { existingId: tied });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.code).to.equal('duplicate_tie');
    expect(addTie(ginette, { kind: 'person', name: '   ' }).ok).to.equal(false);
  });

  it('updates tie attributes and clears optional ones', () => {
    const tie = ginette.ecomap.ties[0];
    const { assessment } = ok(
      updateTie(ginette, tie?.id ?? '', {
        strength: 'tenuous',
        stressful: true,
        flow: 'from_person',
        supportTypes: ['linking'],
        seasonal: 'winter',
        formal: true,
        notes: undefined,
      }),
    );
    const t = assessment.ecomap.ties[0];
    expect(t).to.include({
      strength: 'tenuous',
      stressful: true,
      flow: 'from_person',
      seasonal: 'winter',
      formal: true,
      id: tie?.id,
    });
    expect(t).to.not.have.property('notes');
    expect(updateTie(ginette, 'nope', {}).ok).to.equal(false);
  });

  it('moves a tie by an offset and clears it', () => {
    const id = ginette.ecomap.ties[1]?.id ?? '';
    const moved = ok(moveTie(ginette, id, { dx: 5, dy: -2.5 })).assessment;
    expect(moved.ecomap.ties[1]?.offset).to.deep.equal({ dx: 5, dy: -2.5 });
    expect(ok(moveTie(moved, id, undefined)).assessment.ecomap.ties[1]).to.not.have.property(
      'offset',
    );
  });

  it('updates the contact information of the registry entry', () => {
    const target = ginette.ecomap.ties[0]?.targetId ?? '';
    const { assessment } = ok(
      updateEntry(ginette, target, {
        name: 'Jeannine B.',
        contact: { confidant: true, canHelp: false, frequency: 'very_often' },
        notes: 'x',
      }),
    );
    const e = assessment.registry.find((x) => x.id === target);
    expect(e?.name).to.equal('Jeannine B.');
    expect(e?.contact).to.include({ confidant: true, canHelp: false, frequency: 'very_often' });
    const cleared = ok(
      updateEntry(assessment, target, { contact: { confidant: undefined }, notes: '' }),
    ).assessment.registry.find((x) => x.id === target);
    expect(cleared?.contact).to.not.have.property('confidant');
    expect(cleared).to.not.have.property('notes');
    expect(updateEntry(ginette, target, { name: ' ' }).ok).to.equal(false);
  });

  it('removes a tie and its links, keeping a registry entry the genogram uses', () => {
    const tie = ginette.ecomap.ties.find((t) => ginette.genogram.memberIds.includes(t.targetId));
    expect(tie).to.not.equal(undefined);
    const { assessment } = ok(removeTie(ginette, tie?.id ?? ''));
    expect(assessment.ecomap.ties.some((t) => t.id === tie?.id)).to.equal(false);
    expect(assessment.registry.some((e) => e.id === tie?.targetId)).to.equal(true);
    expect(
      assessment.ecomap.links.some((l) => l.aId === tie?.targetId || l.bId === tie?.targetId),
    ).to.equal(false);
  });

  it('removes the registry entry of a tie nothing else uses', () => {
    const added = ok(
      addTie(ginette, { kind: 'system', name: 'Friperie', sector: 'community_org' }),
    );
    const targetId = added.assessment.ecomap.ties.find((t) => t.id === added.id)?.targetId;
    const { assessment } = ok(removeTie(added.assessment, added.id));
    expect(assessment.registry.some((e) => e.id === targetId)).to.equal(false);
    expect(assessment.registry).to.have.length(ginette.registry.length);
  });

  it('adds and removes a link between two contacts; refuses bad links', () => {
    const [a, b] = ginette.ecomap.ties
      .map((t) => t.targetId)
      .filter((id) => !ginette.ecomap.links.some((l) => l.aId === id || l.bId === id));
    expect(b).to.not.equal(undefined);
    const { assessment, id } = ok(addLink(ginette, a ?? '', b ?? ''));
    expect(assessment.ecomap.links.find((l) => l.id === id)).to.deep.include({ aId: a, bId: b });
    expect(addLink(assessment, b ?? '', a ?? '').ok).to.equal(false);
    expect(addLink(ginette, a ?? '', a ?? '').ok).to.equal(false);
    expect(addLink(ginette, a ?? '', ginette.tenant.personId).ok).to.equal(false);
    expect(ok(removeLink(assessment, id)).assessment.ecomap.links).to.have.length(
      ginette.ecomap.links.length,
    );
    expect(removeLink(ginette, 'nope').ok).to.equal(false);
  });

  // <toile-ecomap> commits moves and removals as trusted (no re-parse): this is the proof.
  it('moving or removing any tie of a valid record keeps it valid (personas and random maps)', function () {
    this.timeout(120_000);
    const valid = (a: Assessment): void => {
      const r = parseAssessment(a);
      expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 3))).to.equal(true);
    };
    for (const p of PERSONAS) {
      for (const t of p.assessment.ecomap.ties) {
        const moved = moveTie(p.assessment, t.id, { dx: -100000, dy: 12.3 });
        const removed = removeTie(p.assessment, t.id);
        if (!moved.ok || !removed.ok) throw new Error(`${p.id} ${t.id}`);
        valid(moved.assessment);
        valid(removed.assessment);
      }
    }
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.nat(),
        fc.double({ min: -1e5, max: 1e5, noNaN: true }),
        (seed, ties, which, d) => {
          const a = generateEcomapAssessment({ ties, seed, household: seed % 3, links: ties >> 2 });
          const id = a.ecomap.ties[which % ties]?.id ?? '';
          const moved = moveTie(a, id, { dx: d, dy: -d });
          const removed = removeTie(a, id);
          if (!moved.ok || !removed.ok) throw new Error(id);
          valid(moved.assessment);
          valid(removed.assessment);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
  });
});
