import { expect } from '@open-wc/testing';
import type { Assessment } from '../schemas/assessment.js';
import { parseAssessment } from './parse.js';
import type { ValidationIssue } from './issues.js';
import { toJsonPath } from './issues.js';
import { buildRichAssessment, withValue, without } from '../test-support/assessment-builders.js';

/** Parses, expects failure, and returns the issue with `code` at `jsonPath` (asserting fr/en messages). */
function expectIssue(input: unknown, code: string, jsonPath: string): ValidationIssue {
  const result = parseAssessment(input);
  expect(result.ok, 'expected the record to be rejected').to.equal(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.issues.length).to.be.greaterThan(0);
  const found = result.issues.find((i) => i.code === code && i.jsonPath === jsonPath);
  expect(found, `no ${code} at ${jsonPath} in ${JSON.stringify(result.issues)}`).to.not.equal(
    undefined,
  );
  if (!found) throw new Error('unreachable');
  expect(found.message.fr).to.be.a('string').and.not.equal('');
  expect(found.message.en).to.be.a('string').and.not.equal('');
  expect(found.message.fr).to.not.equal(found.message.en);
  expect(toJsonPath(found.path)).to.equal(found.jsonPath);
  for (const i of result.issues) {
    expect(i.message.fr, i.code).to.not.equal('');
    expect(i.message.en, i.code).to.not.equal('');
  }
  return found;
}

/** A rich record changed by `edit`, which may break integrity but not types. */
function rich(edit: (a: Assessment) => void): Assessment {
  const a = buildRichAssessment();
  edit(a);
  return a;
}

function personIndex(a: Assessment, id: string): number {
  return a.registry.findIndex((e) => e.id === id);
}

describe('parseAssessment: wrong types', () => {
  it('a name that is a number', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['registry', 0, 'name'], 42),
      'invalid_type',
      '$.registry[0].name',
    );
  });
  it('revision -1', () => {
    expectIssue(withValue(buildRichAssessment(), ['revision'], -1), 'too_small', '$.revision');
  });
  it('a fractional revision', () => {
    expectIssue(withValue(buildRichAssessment(), ['revision'], 1.5), 'invalid_type', '$.revision');
  });
  it('a string year', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['registry', 0, 'birthYear'], '1950'),
      'invalid_type',
      '$.registry[0].birthYear',
    );
  });
  it('a year out of range', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['registry', 0, 'birthYear'], 1492),
      'too_small',
      '$.registry[0].birthYear',
    );
  });
  it('a list that is an object', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['ecomap', 'ties'], {}),
      'invalid_type',
      '$.ecomap.ties',
    );
  });
  it('an empty name', () => {
    const found = expectIssue(
      withValue(buildRichAssessment(), ['registry', 1, 'name'], ''),
      'too_small',
      '$.registry[1].name',
    );
    expect(found.message.en).to.equal('This text cannot be empty.');
  });
  it('an id with forbidden characters', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['ecomap', 'ties', 0, 'id'], 'tie 1'),
      'invalid_format',
      '$.ecomap.ties[0].id',
    );
  });
  it('the wrong number of LSNS-6 answers', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['instruments', 'lsns6', 'answers'], [1, 2]),
      'too_small',
      '$.instruments.lsns6.answers',
    );
  });
});

describe('parseAssessment: missing and unknown fields', () => {
  it('a missing required field', () => {
    const found = expectIssue(
      without(buildRichAssessment(), ['ecomap', 'ties', 1, 'strength']),
      'required',
      '$.ecomap.ties[1].strength',
    );
    expect(found.message.en).to.equal('Required value is missing.');
  });
  it('a missing top-level section', () => {
    expectIssue(without(buildRichAssessment(), ['genogram']), 'required', '$.genogram');
  });
  it('an unknown field on a strict object', () => {
    const found = expectIssue(
      withValue(buildRichAssessment(), ['tenant', 'favouriteColour'], 'blue'),
      'unrecognized_keys',
      '$.tenant',
    );
    expect(found.message.en).to.contain('favouriteColour');
  });
  it('an unknown field in a nested contact', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['registry', 11, 'contact', 'mood'], 'happy'),
      'unrecognized_keys',
      '$.registry[11].contact',
    );
  });
  it('an unknown registry kind', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['registry', 2, 'kind'], 'robot'),
      'invalid_union',
      '$.registry[2].kind',
    );
  });
});

describe('parseAssessment: unknown vocabulary and enum values', () => {
  it("a tie sector 'martian'", () => {
    const found = expectIssue(
      rich((a) => {
        a.ecomap.ties[0]!.sector = 'martian';
      }),
      'unknown_vocabulary',
      '$.ecomap.ties[0].sector',
    );
    expect(found.message.en).to.contain('martian');
  });
  it('a system sector outside the vocabulary', () => {
    const a = buildRichAssessment();
    const i = personIndex(a, 'sys-clsc');
    const entry = a.registry[i];
    if (entry?.kind !== 'system') throw new Error('fixture changed');
    entry.sector = 'martian';
    expectIssue(a, 'unknown_vocabulary', `$.registry[${String(i)}].sector`);
  });
  it('an emotional relation type outside the vocabulary', () => {
    expectIssue(
      rich((a) => {
        a.genogram.emotionalRelations[1]!.type = 'telepathic';
      }),
      'unknown_vocabulary',
      '$.genogram.emotionalRelations[1].type',
    );
  });
  it('a union type outside the vocabulary', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[0]!.type = 'pacs';
      }),
      'unknown_vocabulary',
      '$.genogram.unions[0].type',
    );
  });
  it('a relationType outside the vocabulary', () => {
    const a = buildRichAssessment();
    const i = personIndex(a, 'p-friend');
    a.registry[i]!.contact = { relationType: 'nemesis' };
    expectIssue(a, 'unknown_vocabulary', `$.registry[${String(i)}].contact.relationType`);
  });
  it("an unknown enum value (strength 'huge')", () => {
    const found = expectIssue(
      withValue(buildRichAssessment(), ['ecomap', 'ties', 2, 'strength'], 'huge'),
      'invalid_value',
      '$.ecomap.ties[2].strength',
    );
    expect(found.message.en).to.contain('"strong"');
  });
  it('an unknown support type', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['ecomap', 'ties', 0, 'supportTypes', 1], 'magic'),
      'invalid_value',
      '$.ecomap.ties[0].supportTypes[1]',
    );
  });
});

describe('parseAssessment: dates', () => {
  it('February 30th', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['interviewDate'], '2026-02-30'),
      'invalid_format',
      '$.interviewDate',
    );
  });
  it('month 13', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['consent', 'ecomap', 'date'], '2026-13-01'),
      'invalid_format',
      '$.consent.ecomap.date',
    );
  });
  it('a French-style date', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['notes', 0, 'date'], '01/10/2026'),
      'invalid_format',
      '$.notes[0].date',
    );
  });
  it('a date-time without time', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['createdAt'], '2026-10-01'),
      'invalid_format',
      '$.createdAt',
    );
  });
  it('a date-time without offset is refused', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['updatedAt'], '2026-10-01T10:00:00'),
      'invalid_format',
      '$.updatedAt',
    );
  });
  it('a leap day is accepted', () => {
    expect(
      parseAssessment(withValue(buildRichAssessment(), ['interviewDate'], '2024-02-29')).ok,
    ).to.equal(true);
  });
});

describe('parseAssessment: dangling references', () => {
  it('a tie target', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.ties[1]!.targetId = 'nobody';
      }),
      'dangling_reference',
      '$.ecomap.ties[1].targetId',
    );
  });
  it('a union partner', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[1]!.partnerIds = ['nobody', 'tenant'];
      }),
      'dangling_reference',
      '$.genogram.unions[1].partnerIds[0]',
    );
  });
  it('a parent', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild[0]!.parentId = 'nobody';
      }),
      'dangling_reference',
      '$.genogram.parentChild[0].parentId',
    );
  });
  it('a child', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild[3]!.childId = 'nobody';
      }),
      'dangling_reference',
      '$.genogram.parentChild[3].childId',
    );
  });
  it('an emotional relation end', () => {
    expectIssue(
      rich((a) => {
        a.genogram.emotionalRelations[0]!.toId = 'nobody';
      }),
      'dangling_reference',
      '$.genogram.emotionalRelations[0].toId',
    );
  });
  it('a household member', () => {
    expectIssue(
      rich((a) => {
        a.households[0]!.memberIds.push('nobody');
      }),
      'dangling_reference',
      '$.households[0].memberIds[2]',
    );
  });
  it("the tenant's household", () => {
    expectIssue(
      rich((a) => {
        a.tenant.householdId = 'h-9';
      }),
      'dangling_reference',
      '$.tenant.householdId',
    );
  });
  it('tenant.personId', () => {
    expectIssue(
      rich((a) => {
        a.tenant.personId = 'nobody';
      }),
      'dangling_reference',
      '$.tenant.personId',
    );
  });
  it('a network link end outside the registry', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.links[0]!.bId = 'nobody';
      }),
      'dangling_reference',
      '$.ecomap.links[0].bId',
    );
  });
  it('a network link end with no tie', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.links[0]!.bId = 'p-ex';
      }),
      'link_without_tie',
      '$.ecomap.links[0].bId',
    );
  });
  it('an offsets key', () => {
    expectIssue(
      rich((a) => {
        a.genogram.offsets['nobody'] = { dx: 1, dy: 1 };
      }),
      'dangling_reference',
      '$.genogram.offsets.nobody',
    );
  });
  it('a twin', () => {
    expectIssue(
      rich((a) => {
        a.genogram.multipleBirths[0]!.childIds[1] = 'nobody';
      }),
      'dangling_reference',
      '$.genogram.multipleBirths[0].childIds[1]',
    );
  });
  it('a pregnancy parent', () => {
    expectIssue(
      rich((a) => {
        a.genogram.pregnancies[1]!.parentIds = ['nobody'];
      }),
      'dangling_reference',
      '$.genogram.pregnancies[1].parentIds[0]',
    );
  });
  it('a profile item link', () => {
    expectIssue(
      rich((a) => {
        a.profile[0]!.linkedIds = ['tie-2', 'nobody'];
      }),
      'dangling_reference',
      '$.profile[0].linkedIds[1]',
    );
  });
  it('a genogram member who is in the registry but a union partner who is not on the genogram', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[1]!.partnerIds = ['p-friend', 'tenant'];
      }),
      'not_in_genogram',
      '$.genogram.unions[1].partnerIds[0]',
    );
  });
});

describe('parseAssessment: duplicate ids', () => {
  it('two registry entries with the same id', () => {
    const found = expectIssue(
      rich((a) => {
        a.registry.push({ id: 'p-friend', kind: 'person', name: 'Autre Lise' });
      }),
      'duplicate_id',
      '$.registry[14].id',
    );
    expect(found.message.en).to.contain('$.registry[11]');
  });
  it('a tie id equal to a person id', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.ties[2]!.id = 'p-ex';
      }),
      'duplicate_id',
      '$.ecomap.ties[2].id',
    );
  });
  it('a genogram member listed twice', () => {
    expectIssue(
      rich((a) => {
        a.genogram.memberIds.push('tenant');
      }),
      'duplicate_member',
      '$.genogram.memberIds[11]',
    );
  });
  it('a child in two multiple births', () => {
    expectIssue(
      rich((a) => {
        a.genogram.multipleBirths.push({
          id: 'mb-2',
          childIds: ['p-twin-b', 'p-adopted'],
          zygosity: 'DZ',
        });
      }),
      'duplicate_member',
      '$.genogram.multipleBirths[1].childIds[0]',
    );
  });
  it('the same parent-child link twice', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild.push({
          id: 'pc-11',
          parentId: 'tenant',
          childId: 'p-step',
          kind: 'foster',
        });
      }),
      'duplicate_link',
      '$.genogram.parentChild[10]',
    );
  });
});

describe('parseAssessment: genealogy', () => {
  it('A parent of B parent of C parent of A', () => {
    const found = expectIssue(
      rich((a) => {
        a.genogram.parentChild.push({
          id: 'pc-11',
          parentId: 'p-twin-a',
          childId: 'p-mother',
          kind: 'adoptive',
        });
      }),
      'ancestry_cycle',
      // Reported once, at the link that closes the cycle in a walk from the sorted roots.
      '$.genogram.parentChild[0]',
    );
    expect(found.message.en).to.contain('tenant → p-twin-a → p-mother → tenant');
  });
  it('a two-person cycle', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild.push({
          id: 'pc-11',
          parentId: 'p-grandchild',
          childId: 'tenant',
          kind: 'step',
        });
      }),
      'ancestry_cycle',
      '$.genogram.parentChild[10]',
    );
  });
  it('a self-parent', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild.push({
          id: 'pc-11',
          parentId: 'p-ex',
          childId: 'p-ex',
          kind: 'biological',
        });
      }),
      'own_parent',
      '$.genogram.parentChild[10]',
    );
  });
  it('a union of a person with themself', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[1]!.partnerIds = ['p-ex', 'p-ex'];
      }),
      'self_union',
      '$.genogram.unions[1].partnerIds',
    );
  });
  it('an emotional relation of a person with themself', () => {
    expectIssue(
      rich((a) => {
        a.genogram.emotionalRelations[0]!.toId = 'tenant';
      }),
      'self_relation',
      '$.genogram.emotionalRelations[0]',
    );
  });
  it('three biological parents', () => {
    expectIssue(
      rich((a) => {
        a.genogram.parentChild.push({
          id: 'pc-11',
          parentId: 'p-ex',
          childId: 'p-twin-a',
          kind: 'biological',
        });
      }),
      'too_many_biological_parents',
      '$.genogram.parentChild[10]',
    );
  });
  it('a third, non-biological parent is fine', () => {
    const a = rich((r) => {
      r.genogram.parentChild.push({
        id: 'pc-11',
        parentId: 'p-ex',
        childId: 'p-twin-a',
        kind: 'step',
      });
    });
    expect(parseAssessment(a).ok).to.equal(true);
  });
  it('a genogram member without sex is an issue (sex is never defaulted)', () => {
    const a = buildRichAssessment();
    const i = personIndex(a, 'p-ex');
    const entry = a.registry[i];
    if (entry?.kind !== 'person') throw new Error('fixture changed');
    delete entry.sex;
    const found = expectIssue(a, 'sex_required', `$.registry[${String(i)}].sex`);
    expect(found.message.fr).to.contain('Marcel');
  });
  it('a person off the genogram may have no sex', () => {
    const a = buildRichAssessment();
    const friend = a.registry[personIndex(a, 'p-friend')];
    expect(friend?.kind === 'person' && friend.sex === undefined).to.equal(true);
    expect(parseAssessment(a).ok).to.equal(true);
  });
  it('the tenant must be on a non-empty genogram', () => {
    expectIssue(
      rich((a) => {
        a.genogram = {
          ...a.genogram,
          memberIds: ['p-friend-2'],
          unions: [],
          parentChild: [],
          multipleBirths: [],
          pregnancies: [],
          emotionalRelations: [],
          offsets: {},
        };
        a.registry.push({ id: 'p-friend-2', kind: 'person', name: 'Zoé', sex: 'female' });
      }),
      'tenant_not_in_genogram',
      '$.genogram.memberIds',
    );
  });
  it('death before birth', () => {
    const a = buildRichAssessment();
    const i = personIndex(a, 'p-mother');
    const entry = a.registry[i];
    if (entry?.kind !== 'person') throw new Error('fixture changed');
    entry.deathYear = 1900;
    expectIssue(a, 'death_before_birth', `$.registry[${String(i)}].deathYear`);
  });
  it('a death year for a living person', () => {
    const a = buildRichAssessment();
    const i = personIndex(a, 'p-mother');
    const entry = a.registry[i];
    if (entry?.kind !== 'person') throw new Error('fixture changed');
    entry.deceased = false;
    expectIssue(a, 'deceased_mismatch', `$.registry[${String(i)}].deceased`);
  });
  it('a union that ends before it starts', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[0]!.endYear = 1960;
      }),
      'end_before_start',
      '$.genogram.unions[0].endYear',
    );
  });
});

describe('parseAssessment: kinds and ecomap rules', () => {
  it('a system used where a person is required (genogram member)', () => {
    expectIssue(
      rich((a) => {
        a.genogram.memberIds.push('sys-clsc');
      }),
      'wrong_kind',
      '$.genogram.memberIds[11]',
    );
  });
  it('a system as the tenant', () => {
    expectIssue(
      rich((a) => {
        a.tenant.personId = 'sys-clsc';
      }),
      'wrong_kind',
      '$.tenant.personId',
    );
  });
  it('a system in a household', () => {
    expectIssue(
      rich((a) => {
        a.households[0]!.memberIds.push('sys-food');
      }),
      'wrong_kind',
      '$.households[0].memberIds[2]',
    );
  });
  it('a system as a union partner', () => {
    expectIssue(
      rich((a) => {
        a.genogram.unions[1]!.partnerIds = ['sys-food', 'tenant'];
      }),
      'wrong_kind',
      '$.genogram.unions[1].partnerIds[0]',
    );
  });
  it('a tie to the tenant', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.ties[1]!.targetId = 'tenant';
      }),
      'tie_to_self',
      '$.ecomap.ties[1].targetId',
    );
  });
  it('two ties to the same target', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.ties[3]!.targetId = 'p-twin-a';
      }),
      'duplicate_tie',
      '$.ecomap.ties[3].targetId',
    );
  });
  it('a network link of a contact with themself', () => {
    expectIssue(
      rich((a) => {
        a.ecomap.links[0]!.bId = 'p-twin-a';
      }),
      'self_link',
      '$.ecomap.links[0]',
    );
  });
  it('livesAlone with a multi-person household', () => {
    expectIssue(
      rich((a) => {
        a.tenant.livesAlone = true;
      }),
      'lives_alone_mismatch',
      '$.tenant.livesAlone',
    );
  });
  it('livesAlone with a multi-person household the tenant is listed in (no householdId)', () => {
    expectIssue(
      rich((a) => {
        a.tenant.livesAlone = true;
        delete a.tenant.householdId;
      }),
      'lives_alone_mismatch',
      '$.tenant.livesAlone',
    );
  });
  it("a household that does not list the tenant as the tenant's household", () => {
    expectIssue(
      rich((a) => {
        a.households[0]!.memberIds = ['p-grandchild'];
      }),
      'tenant_not_in_household',
      '$.tenant.householdId',
    );
  });
});

describe('parseAssessment: not a record', () => {
  for (const [label, value] of [
    ['null', null],
    ['a string', 'assessment'],
    ['a number', 2],
    ['an array', [buildRichAssessment()]],
    ['undefined', undefined],
  ] as const) {
    it(`${label} is not an object`, () => {
      expectIssue(value, 'not_an_object', '$');
    });
  }
  it('a missing schemaVersion', () => {
    expectIssue(
      without(buildRichAssessment(), ['schemaVersion']),
      'missing_version',
      '$.schemaVersion',
    );
  });
  it('a string schemaVersion', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['schemaVersion'], '2'),
      'missing_version',
      '$.schemaVersion',
    );
  });
  it('schemaVersion 0', () => {
    expectIssue(
      withValue(buildRichAssessment(), ['schemaVersion'], 0),
      'missing_version',
      '$.schemaVersion',
    );
  });
  it('a future schemaVersion', () => {
    const found = expectIssue(
      withValue(buildRichAssessment(), ['schemaVersion'], 3),
      'future_version',
      '$.schemaVersion',
    );
    expect(found.message.en).to.contain('schema 3');
  });
  it('reports every issue, not only the first', () => {
    const result = parseAssessment(
      withValue(withValue(buildRichAssessment(), ['revision'], -1), ['id'], ''),
    );
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.jsonPath)).to.include.members(['$.revision', '$.id']);
  });
});
