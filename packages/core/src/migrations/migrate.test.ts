import { expect } from '@open-wc/testing';
import v1Minimal from './fixtures/v1-minimal.json' with { type: 'json' };
import v1Full from './fixtures/v1-full.json' with { type: 'json' };
import { migrateAssessment } from './migrate.js';
import { assessmentV1Schema } from './v1.js';
import { MIGRATED_TENANT_ID, migrateV1ToV2 } from './v1-to-v2.js';
import { SCHEMA_VERSION, type Assessment } from '../schemas/assessment.js';
import type { Person, RegistryEntry } from '../schemas/registry.js';
import { parseAssessment } from '../validation/parse.js';
import {
  buildRichAssessment,
  deepFreeze,
  loose,
  withValue,
  without,
} from '../test-support/assessment-builders.js';

function parsedOk(input: unknown): { value: Assessment; migratedFrom: number | undefined } {
  const result = parseAssessment(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return { value: result.value, migratedFrom: result.migratedFrom };
}

function entry(a: Assessment, id: string): RegistryEntry {
  const found = a.registry.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('migrations: fixtures', () => {
  it('the fixtures are valid version-1 records', () => {
    expect(assessmentV1Schema.safeParse(v1Minimal).success).to.equal(true);
    expect(assessmentV1Schema.safeParse(v1Full).success).to.equal(true);
  });
});

describe('migrations: v1 → v2', () => {
  it('v1-minimal migrates to a v2 record that parses, reporting migratedFrom 1', () => {
    const { value, migratedFrom } = parsedOk(loose(v1Minimal));
    expect(migratedFrom).to.equal(1);
    expect(value.schemaVersion).to.equal(SCHEMA_VERSION);
    expect(value.id).to.equal('proto-1');
    expect(value.revision).to.equal(0);
    expect(value.tenant.personId).to.equal(MIGRATED_TENANT_ID);
    expect(value.tenant.tenure).to.equal('hlm');
    expect(value.tenant.formOfAddress).to.equal('vous');
    expect(value.registry).to.deep.equal([{ id: 'tenant', kind: 'person', name: 'Ginette' }]);
    expect(value.ecomap.ties).to.deep.equal([]);
  });

  it('v1-full keeps names, ties, frequency and tenant details', () => {
    const { value, migratedFrom } = parsedOk(loose(v1Full));
    expect(migratedFrom).to.equal(1);
    expect(value.id).to.equal('proto-2');
    expect(value.createdAt).to.equal(v1Full.createdAt);
    expect(value.updatedAt).to.equal(v1Full.updatedAt);
    expect(value.revision).to.equal(5, 'migration must not touch revision');
    expect(value.tenant).to.deep.equal({
      personId: 'tenant',
      tenure: 'coop',
      livesAlone: true,
      languages: ['fr', 'es'],
      formOfAddress: 'tu',
    });
    expect(entry(value, 'tenant')).to.deep.equal({
      id: 'tenant',
      kind: 'person',
      name: 'Ginette',
      birthYear: 1950,
    });

    // Names of every tie and family member are kept, each once.
    const names = value.registry.map((e) => e.name).sort();
    expect(names).to.deep.equal([
      'CLSC du quartier',
      'Chorale Saint-Roch',
      'Ginette',
      'Lise',
      'Marc',
      'Roger',
      'Sophie',
    ]);

    // Ties keep their drawing attributes and target their contact.
    expect(
      value.ecomap.ties.map((t) => [
        t.targetId,
        t.sector,
        t.strength,
        t.stressful,
        t.flow,
        t.notes,
      ]),
    ).to.deep.equal(
      v1Full.ties.map((t) => [
        t.id,
        t.sector,
        t.strength,
        t.stressful,
        t.flow,
        'notes' in t ? t.notes : undefined,
      ]),
    );
    for (const t of value.ecomap.ties) {
      expect(t.supportTypes).to.deep.equal([]);
      expect(t.seasonal).to.equal('all_year');
    }
    expect(value.ecomap.ties.find((t) => t.targetId === 'clsc')?.formal).to.equal(true);
    expect(value.ecomap.ties.find((t) => t.targetId === 'lise')?.formal).to.equal(false);

    // Frequency moves onto the contact, including for a tie to a family member.
    expect(entry(value, 'lise').contact?.frequency).to.equal('often');
    expect(entry(value, 'clsc').contact?.frequency).to.equal('sometimes');
    expect(entry(value, 'chorale').contact).to.equal(undefined);
    const sophie = entry(value, 'sophie') as Person;
    expect(sophie.contact).to.deep.equal({ relationType: 'daughter', frequency: 'very_often' });
    expect(sophie.sex).to.equal('female');
    expect(sophie.birthYear).to.equal(1975);
    const roger = entry(value, 'roger') as Person;
    expect(roger.deceased).to.equal(true);
    expect(roger.contact).to.deep.equal({ relationType: 'partner' });
    expect(entry(value, 'clsc')).to.include({ kind: 'system', sector: 'health_network' });

    // Nobody is placed on the genogram: v1 never recorded the tenant's sex.
    expect(value.genogram.memberIds).to.deep.equal([]);
  });

  it('migration is deterministic and does not mutate its input', () => {
    const input = deepFreeze(loose(v1Full));
    expect(parseAssessment(input)).to.deep.equal(parseAssessment(input));
    expect(input).to.deep.equal(loose(v1Full));
  });

  it("a v1 contact called 'tenant' moves the tenant to another id", () => {
    const input = withValue(v1Full, ['family', 2, 'id'], 'tenant');
    const { value } = parsedOk(input);
    expect(value.tenant.personId).to.not.equal('tenant');
    expect(entry(value, value.tenant.personId).name).to.equal('Ginette');
    expect(entry(value, 'tenant').name).to.equal('Marc');
  });

  it('a 64-character v1 id still gives valid tie ids', () => {
    const long = 'x'.repeat(64);
    const { value } = parsedOk(withValue(v1Full, ['ties', 3, 'id'], long));
    const tie = value.ecomap.ties.find((t) => t.targetId === long);
    expect(tie?.id.length).to.be.at.most(64);
  });

  it('a v1 tie id that collides with a generated tie id gets another one', () => {
    const { value } = parsedOk(withValue(v1Full, ['ties', 3, 'id'], 'tie-lise'));
    const ids = value.ecomap.ties.map((t) => t.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('migrateV1ToV2 output is the current shape before validation', () => {
    const parsed = assessmentV1Schema.safeParse(v1Full);
    if (!parsed.success) throw new Error('fixture');
    const out = migrateV1ToV2(parsed.data);
    expect(out['schemaVersion']).to.equal(2);
  });
});

describe('migrations: refusals and pass-through', () => {
  it('a current record passes through unchanged (same object, from = current)', () => {
    const record = buildRichAssessment();
    const result = migrateAssessment(record);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value).to.equal(record);
    expect(result.from).to.equal(SCHEMA_VERSION);
    const parsed = parseAssessment(record);
    expect(parsed.ok && parsed.migratedFrom).to.equal(undefined);
  });

  it('an invalid v1 record gives issues with paths into the v1 record', () => {
    const result = parseAssessment(withValue(v1Full, ['ties', 1, 'strength'], 'huge'));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.jsonPath])).to.deep.include([
      'invalid_value',
      '$.ties[1].strength',
    ]);
  });

  it('a v1 record missing its family list is refused', () => {
    const result = parseAssessment(without(v1Minimal, ['family']));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.jsonPath])).to.deep.include([
      'required',
      '$.family',
    ]);
  });

  it('a v1 record with a v2-only field is refused', () => {
    const result = parseAssessment(withValue(v1Minimal, ['genogram'], {}));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).to.equal('unrecognized_keys');
  });

  it('a v1 record whose ties break v2 integrity is refused after migration', () => {
    const result = parseAssessment(withValue(v1Full, ['ties', 3, 'sector'], 'martian'));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.some((i) => i.code === 'unknown_vocabulary')).to.equal(true);
  });

  it("schemaVersion 3 is 'future_version'", () => {
    const result = migrateAssessment(withValue(buildRichAssessment(), ['schemaVersion'], 3));
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]?.code).to.equal('future_version');
    expect(result.issues[0]?.jsonPath).to.equal('$.schemaVersion');
    expect(result.issues[0]?.message.fr).to.contain('plus récente');
  });

  it('a fractional or missing schemaVersion is missing_version', () => {
    for (const input of [
      withValue(v1Minimal, ['schemaVersion'], 1.5),
      without(v1Minimal, ['schemaVersion']),
    ]) {
      const result = migrateAssessment(input);
      expect(result.ok).to.equal(false);
      if (result.ok) return;
      expect(result.issues[0]?.code).to.equal('missing_version');
    }
  });
});
