import { expect } from '@open-wc/testing';
import { DEFAULT_SECTORS, DEFAULT_VOCABULARIES } from './defaults.js';
import { ENUM_LABELS, pickLabel } from './labels.js';
import { findEntry, resolveVocabularies } from './resolve.js';
import type { VocabularyConfig } from './types.js';
import { parseAssessment, parseAssessmentWithConfig } from '../validation/parse.js';
import { buildRichAssessment } from '../test-support/assessment-builders.js';
import type { Assessment } from '../schemas/assessment.js';

const ORG_CONFIG: VocabularyConfig = {
  sectors: [
    {
      id: 'garden',
      label: { fr: 'Jardin communautaire', en: 'Community garden' },
      formal: false,
      participation: true,
    },
  ],
  emotionalRelations: [
    { id: 'mentoring', label: { fr: 'Mentorat', en: 'Mentoring' }, line: 'arrow', strained: false },
  ],
};

function usesOrgVocabulary(): Assessment {
  const a = buildRichAssessment();
  a.ecomap.ties[3]!.sector = 'garden';
  a.genogram.emotionalRelations[0]!.type = 'mentoring';
  return a;
}

describe('vocabularies: defaults', () => {
  it('no configuration gives the built-in vocabularies', () => {
    const result = resolveVocabularies();
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value).to.equal(DEFAULT_VOCABULARIES);
  });

  it('every default entry has a unique id and French and English labels', () => {
    for (const list of Object.values(DEFAULT_VOCABULARIES) as readonly {
      id: string;
      label: { fr: string; en: string };
    }[][]) {
      expect(new Set(list.map((e) => e.id)).size).to.equal(list.length);
      for (const e of list) {
        expect(e.label.fr, e.id).to.not.equal('');
        expect(e.label.en, e.id).to.not.equal('');
      }
    }
  });

  it('the defaults are themselves a valid configuration', () => {
    expect(resolveVocabularies({ ...DEFAULT_VOCABULARIES }).ok).to.equal(true);
  });

  it('every enum label has French and English text', () => {
    for (const [group, values] of Object.entries(ENUM_LABELS)) {
      for (const [value, label] of Object.entries(values) as [
        string,
        { fr: string; en: string },
      ][]) {
        expect(label.fr, `${group}.${value}`).to.not.equal('');
        expect(label.en, `${group}.${value}`).to.not.equal('');
      }
    }
  });

  it('pickLabel reads English for en-*, French otherwise', () => {
    const label = { fr: 'Famille', en: 'Family' };
    expect(pickLabel(label, 'en-CA')).to.equal('Family');
    expect(pickLabel(label, 'fr-CA')).to.equal('Famille');
    expect(pickLabel(label, 'es')).to.equal('Famille');
  });
});

describe('vocabularies: organization configuration', () => {
  it('adds a sector and an emotional relation', () => {
    const result = resolveVocabularies(ORG_CONFIG);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(findEntry(result.value.sectors, 'garden')?.label.en).to.equal('Community garden');
    expect(findEntry(result.value.emotionalRelations, 'mentoring')?.line).to.equal('arrow');
    expect(result.value.sectors).to.have.length(DEFAULT_SECTORS.length + 1);
    expect(result.value.unionTypes).to.deep.equal(DEFAULT_VOCABULARIES.unionTypes);
  });

  it('an entry with a known id relabels it in place', () => {
    const result = resolveVocabularies({
      sectors: [{ id: 'family', label: { fr: 'Parenté', en: 'Kin' }, formal: false }],
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.sectors).to.have.length(DEFAULT_SECTORS.length);
    expect(result.value.sectors[0]?.label.fr).to.equal('Parenté');
  });

  it('does not change the built-in vocabularies', () => {
    const before = JSON.stringify(DEFAULT_VOCABULARIES);
    resolveVocabularies(ORG_CONFIG);
    expect(JSON.stringify(DEFAULT_VOCABULARIES)).to.equal(before);
  });

  it('a record using the additions parses with them and fails without', () => {
    const record = usesOrgVocabulary();
    const resolved = resolveVocabularies(ORG_CONFIG);
    if (!resolved.ok) throw new Error('expected ok');
    const withOrg = parseAssessment(record, { vocabularies: resolved.value });
    expect(withOrg.ok, JSON.stringify(withOrg)).to.equal(true);
    expect(parseAssessmentWithConfig(record, ORG_CONFIG).ok).to.equal(true);

    const without = parseAssessment(record);
    expect(without.ok).to.equal(false);
    if (without.ok) return;
    expect(without.issues.map((i) => [i.code, i.jsonPath])).to.deep.equal([
      ['unknown_vocabulary', '$.genogram.emotionalRelations[0].type'],
      ['unknown_vocabulary', '$.ecomap.ties[3].sector'],
    ]);
  });

  it('an invalid configuration gives issues under $.vocabularies', () => {
    const result = resolveVocabularies({
      sectors: [{ id: 'garden', label: { fr: 'Jardin' }, formal: 'yes' }],
      emotionalRelations: [
        { id: 'x', label: { fr: 'X', en: 'X' }, line: 'wavy', strained: false, color: 'red' },
      ],
      colours: [],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const found = result.issues.map((i) => [i.code, i.jsonPath]);
    expect(found).to.deep.include.members([
      ['required', '$.vocabularies.sectors[0].label.en'],
      ['invalid_type', '$.vocabularies.sectors[0].formal'],
      ['invalid_value', '$.vocabularies.emotionalRelations[0].line'],
      ['invalid_format', '$.vocabularies.emotionalRelations[0].color'],
      ['unrecognized_keys', '$.vocabularies'],
    ]);
    for (const i of result.issues) {
      expect(i.jsonPath.startsWith('$.vocabularies')).to.equal(true);
      expect(i.message.fr).to.not.equal('');
      expect(i.message.en).to.not.equal('');
    }
  });

  it('a configuration that is not an object is one issue at $.vocabularies', () => {
    const result = parseAssessmentWithConfig(buildRichAssessment(), 'garden');
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.jsonPath])).to.deep.equal([
      ['invalid_type', '$.vocabularies'],
    ]);
  });

  it('a configuration entry with a bad id is refused', () => {
    const result = resolveVocabularies({
      unionTypes: [
        { id: 'union libre', label: { fr: 'Union libre', en: 'Free union' }, line: 'dashed' },
      ],
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues[0]?.jsonPath).to.equal('$.vocabularies.unionTypes[0].id');
  });
});
