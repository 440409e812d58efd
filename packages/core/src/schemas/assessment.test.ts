import { expect } from '@open-wc/testing';
import { z } from '../zod.js';
import { assessmentSchema, SCHEMA_VERSION } from './assessment.js';
import { collectIds, createAssessment, nextId } from './create.js';
import { parseAssessment } from '../validation/parse.js';
import {
  buildMinimalAssessment,
  buildRichAssessment,
  deepFreeze,
  FIXED_NOW,
} from '../test-support/assessment-builders.js';

describe('assessment schema: round trips', () => {
  it('createAssessment output parses and equals its input', () => {
    const record = buildMinimalAssessment();
    const result = parseAssessment(record);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal(record);
    expect(result.migratedFrom).to.equal(undefined);
    expect(result.value.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(result.value.revision).to.equal(0);
    expect(result.value.createdAt).to.equal(FIXED_NOW);
  });

  it('createAssessment honours tenantPersonId and tenure', () => {
    const record = createAssessment({
      id: 'a-2',
      now: FIXED_NOW,
      tenantName: 'Ana',
      tenantPersonId: 'p-ana',
      tenure: 'coop',
    });
    expect(record.tenant.personId).to.equal('p-ana');
    expect(record.tenant.tenure).to.equal('coop');
    expect(record.registry).to.deep.equal([{ id: 'p-ana', kind: 'person', name: 'Ana' }]);
    expect(parseAssessment(record).ok).to.equal(true);
  });

  it('a rich record parses and its output deep-equals the input', () => {
    const record = buildRichAssessment();
    const result = parseAssessment(record);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal(record);
  });

  it('a rich record survives JSON.stringify/parse unchanged', () => {
    const record = buildRichAssessment();
    const text = JSON.stringify(record);
    const back: unknown = JSON.parse(text);
    expect(back).to.deep.equal(record);
    const result = parseAssessment(back);
    expect(result.ok, JSON.stringify(result)).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal(record);
    expect(JSON.stringify(result.value)).to.equal(text);
  });

  it('the shape schema alone accepts the rich record', () => {
    expect(assessmentSchema.safeParse(buildRichAssessment()).success).to.equal(true);
  });
});

describe('assessment schema: determinism', () => {
  it('the same input parses to deep-equal output twice', () => {
    const input: unknown = JSON.parse(JSON.stringify(buildRichAssessment()));
    const first = parseAssessment(input);
    const second = parseAssessment(input);
    expect(first).to.deep.equal(second);
    expect(first.ok).to.equal(true);
  });

  it('the same invalid input gives the same issues twice', () => {
    const record = buildRichAssessment();
    record.ecomap.ties.push({ ...record.ecomap.ties[0]!, id: 'tie-9', sector: 'martian' });
    expect(parseAssessment(record)).to.deep.equal(parseAssessment(record));
  });

  it('parse does not mutate a deep-frozen valid input', () => {
    const input = deepFreeze(buildRichAssessment());
    const result = parseAssessment(input);
    expect(result.ok).to.equal(true);
    expect(input).to.deep.equal(buildRichAssessment());
  });

  it('parse does not mutate a deep-frozen invalid input', () => {
    const record = buildRichAssessment();
    record.genogram.parentChild.push({
      id: 'pc-x',
      parentId: 'p-twin-a',
      childId: 'tenant',
      kind: 'biological',
    });
    const input = deepFreeze(record);
    const result = parseAssessment(input);
    expect(result.ok).to.equal(false);
  });

  it('parse returns a copy, not the input object', () => {
    const input = buildRichAssessment();
    const result = parseAssessment(input);
    if (!result.ok) throw new Error('expected ok');
    expect(result.value).not.to.equal(input);
  });
});

describe('assessment schema: ids', () => {
  it('nextId skips taken ids deterministically', () => {
    expect(nextId('tie', new Set())).to.equal('tie-1');
    expect(nextId('tie', new Set(['tie-1', 'tie-2']))).to.equal('tie-3');
  });

  it('collectIds lists every id of the rich record', () => {
    const ids = collectIds(buildRichAssessment());
    for (const id of [
      'tenant',
      'sys-food',
      'h-1',
      'u-3',
      'pc-10',
      'mb-1',
      'preg-2',
      'er-3',
      'tie-4',
      'link-2',
      'prof-4',
      'plan-2',
      'note-2',
    ]) {
      expect(ids.has(id), id).to.equal(true);
    }
  });
});

describe('CSP: zod runs without code generation', () => {
  it('z.config().jitless is true once core is imported', () => {
    expect(z.config().jitless).to.equal(true);
  });
});
