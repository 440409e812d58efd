import { expect } from '@open-wc/testing';
import { filterByConsent } from '../export/consent-filter.js';
import { withConsent } from '../export/consent.test-helpers.js';
import { PERSONAS, ginette, samuel } from '../personas/index.js';
import type { Assessment } from '../schemas/assessment.js';
import type { Person } from '../schemas/registry.js';
import { exportFhirBundle, type FhirExportOptions } from './export.js';
import { GENERATED_AT, resourcesOf, scoresOf } from './fhir-test-support.test-helpers.js';
import { fhirNetworkMembers, importFhirBundle } from './import.js';
import { bundleSchema } from './schemas.js';
import type { Bundle } from './types.js';

function roundTrip(a: Assessment, options: Partial<FhirExportOptions> = {}) {
  const bundle = exportFhirBundle(a, { generatedAt: GENERATED_AT, ...options });
  // Through text, as a file or a message would carry it.
  return importFhirBundle(
    JSON.parse(JSON.stringify(bundle)),
    options.baseUrl ? { baseUrl: options.baseUrl } : {},
  );
}

/** The fields the QuestionnaireResponse carries. */
function answered(a: Assessment) {
  const { householdId: _h, ...tenant } = a.tenant;
  return {
    id: a.id,
    updatedAt: a.updatedAt,
    interviewDate: a.interviewDate,
    tenant,
    context: a.context,
    preferences: a.preferences,
    selfManagement: a.selfManagement,
    instruments: a.instruments,
    consent: a.consent,
  };
}

/** What a RelatedPerson carries of a person. */
function carried(p: Person) {
  return {
    id: p.id,
    name: p.name,
    sex: p.sex,
    birthYear: p.birthYear,
    relationType: p.contact?.relationType,
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "Robert'); DROP TABLE tenants;--",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '"}]},{"resourceType":"Patient","id":"evil"}',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  'nul\u0000byte \\ "quoted" \\u0041',
  'Zoë 👩‍👩‍👧 ﷽ \uD83D\uDE00',
  'line\r\nbreak\ttab',
  '<![CDATA[x]]><!-- -->&amp;',
];

describe('importFhirBundle', () => {
  it('restores the consent-filtered record exactly when the record is embedded', () => {
    let embedded = 0;
    for (const p of PERSONAS) {
      const result = roundTrip(p.assessment, { embedRecord: true, scores: scoresOf(p.assessment) });
      expect(
        result.ok,
        `${p.id}: ${JSON.stringify(result.ok ? [] : result.issues.slice(0, 3))}`,
      ).to.equal(true);
      if (!result.ok) continue;
      // Without sharing consent nothing is embedded (the Famille persona): only the answers come back.
      if (p.assessment.consent.sharing?.granted === true) {
        expect(result.value, p.id).to.deep.equal(filterByConsent(p.assessment));
        embedded += 1;
      } else {
        expect(answered(result.value)).to.deep.equal(answered(filterByConsent(p.assessment)));
      }
    }
    expect(embedded).to.equal(3);
  });

  it('restores the answered fields and the consented network members from FHIR elements alone', () => {
    for (const p of PERSONAS) {
      const result = roundTrip(p.assessment, { scores: scoresOf(p.assessment) });
      expect(
        result.ok,
        `${p.id}: ${JSON.stringify(result.ok ? [] : result.issues.slice(0, 3))}`,
      ).to.equal(true);
      if (!result.ok) continue;
      const expected = filterByConsent(p.assessment);
      expect(answered(result.value)).to.deep.equal(answered(expected));
      const tenant = (a: Assessment) => a.registry.find((e) => e.id === a.tenant.personId);
      expect(tenant(result.value)).to.deep.equal(
        (({ notes: _n, genderIdentity: _g, ...rest }: Person) => rest)(tenant(expected) as Person),
      );
      const members = fhirNetworkMembers(expected);
      if (p.assessment.consent.sharing?.granted === true)
        expect(members.length, p.id).to.be.greaterThan(2);
      else expect(members, p.id).to.have.length(0);
      expect(fhirNetworkMembers(result.value).map(carried)).to.deep.equal(members.map(carried));
      // The drawings are not FHIR content.
      expect(result.value.ecomap.ties).to.have.length(0);
    }
  });

  it('round-trips a record whose sharing was refused: the tenant and the answers, nobody else', () => {
    const a = withConsent(samuel, { sharing: false });
    const result = roundTrip(a, { embedRecord: true });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.registry.map((e) => e.id)).to.deep.equal([a.tenant.personId]);
    expect(answered(result.value)).to.deep.equal(answered(filterByConsent(a)));
  });

  it('keeps hostile strings as inert data, exactly', () => {
    const a: Assessment = structuredClone(ginette);
    const person = (id: string) => a.registry.find((e) => e.id === id);
    HOSTILE.forEach((text, i) => {
      const entry = a.registry[i + 1];
      if (entry) entry.name = text;
    });
    const tenant = person('p-ginette');
    if (tenant) {
      tenant.name = HOSTILE[0] ?? '';
      tenant.notes = HOSTILE.join(' | ');
    }
    a.preferences.interests = [...HOSTILE];
    a.context.recentLoss = { year: 2024, description: HOSTILE.join('\n') };
    a.notes = HOSTILE.map((text, i) => ({ id: `n-h-${String(i)}`, date: '2026-11-02', text }));
    const first = a.ecomap.ties[0];
    if (first) first.notes = HOSTILE.join('');

    const bundle = exportFhirBundle(a, { generatedAt: GENERATED_AT, embedRecord: true });
    const text = JSON.stringify(bundle);
    expect(bundleSchema.safeParse(JSON.parse(text)).success).to.equal(true);
    // Exactly one resource per entry: the injected `"resourceType":"Patient"` stays inside a string.
    expect(resourcesOf(JSON.parse(text) as Bundle, 'Patient')).to.have.length(1);

    const back = importFhirBundle(JSON.parse(text));
    expect(back.ok, JSON.stringify(back.ok ? [] : back.issues.slice(0, 3))).to.equal(true);
    if (!back.ok) return;
    expect(back.value).to.deep.equal(filterByConsent(a));
    expect(back.value.preferences.interests).to.deep.equal(HOSTILE);
    const fromFhirOnly = importFhirBundle(
      JSON.parse(JSON.stringify(exportFhirBundle(a, { generatedAt: GENERATED_AT }))),
    );
    expect(fromFhirOnly.ok).to.equal(true);
    if (fromFhirOnly.ok) {
      const names = fhirNetworkMembers(fromFhirOnly.value).map((p) => p.name);
      for (const m of fhirNetworkMembers(filterByConsent(a))) expect(names).to.include(m.name);
    }
  });

  it('writes whitespace that R4 strings forbid as spaces, and keeps it in the embedded record', () => {
    const a: Assessment = structuredClone(ginette);
    const jeannine = a.registry.find((e) => e.id === 'p-jeannine');
    if (!jeannine) throw new Error('fixture');
    jeannine.name = 'Jeannine\u2028\fLavoie\u00a0B.';
    a.preferences.interests = ['tricot\u000bet couture'];
    const bundle = exportFhirBundle(a, { generatedAt: GENERATED_AT, embedRecord: true });
    const json: unknown = JSON.parse(JSON.stringify(bundle));
    expect(bundleSchema.safeParse(json).success).to.equal(true);
    const rp = resourcesOf(bundle, 'RelatedPerson').find(
      (r) => r.identifier?.[0]?.value === 'p-jeannine',
    );
    expect(rp?.name?.[0]?.text).to.equal('Jeannine  Lavoie B.');
    const embedded =
      resourcesOf(bundle, 'QuestionnaireResponse')[0]?.extension?.[0]?.valueString ?? '';
    expect((JSON.parse(embedded) as Assessment).preferences.interests).to.deep.equal([
      'tricot\u000bet couture',
    ]);
    const back = importFhirBundle(json);
    expect(back.ok).to.equal(true);
    // FHIR content wins: the conformant spelling comes back.
    if (back.ok)
      expect(back.value.registry.find((e) => e.id === 'p-jeannine')?.name).to.equal(
        'Jeannine  Lavoie B.',
      );
  });

  it('uses the partner base URL on both sides', () => {
    const baseUrl = 'https://fhir.cisss-exemple.qc.ca/toile';
    expect(roundTrip(ginette, { baseUrl }).ok).to.equal(true);
    const bundle = JSON.parse(
      JSON.stringify(exportFhirBundle(ginette, { generatedAt: GENERATED_AT, baseUrl })),
    ) as unknown;
    const wrongBase = importFhirBundle(bundle);
    expect(wrongBase.ok).to.equal(false);
    if (!wrongBase.ok) expect(wrongBase.issues[0]?.code).to.equal('missing_questionnaire_response');
  });

  it('rejects what is not a Toile Bundle with bilingual issues', () => {
    for (const input of [
      null,
      42,
      'Bundle',
      {},
      { resourceType: 'Bundle' },
      { resourceType: 'Patient' },
    ]) {
      const r = importFhirBundle(input);
      expect(r.ok).to.equal(false);
      if (!r.ok) {
        expect(r.issues.length).to.be.greaterThan(0);
        for (const i of r.issues) {
          expect(i.message.fr).to.be.a('string').and.not.equal('');
          expect(i.message.en).to.be.a('string').and.not.equal('');
          expect(i.jsonPath.startsWith('$')).to.equal(true);
        }
      }
    }
    const empty = importFhirBundle({ resourceType: 'Bundle', type: 'collection' });
    expect(empty.ok).to.equal(false);
  });

  it('points a wrong answer at its place in the Bundle', () => {
    const bundle = JSON.parse(
      JSON.stringify(exportFhirBundle(ginette, { generatedAt: GENERATED_AT })),
    ) as Bundle;
    const qr = resourcesOf(bundle, 'QuestionnaireResponse')[0];
    const qrIndex = (bundle.entry ?? []).findIndex((e) => e.resource === qr);
    const context = qr?.item?.find((i) => i.linkId === 'context');
    const feels = context?.item?.find((i) => i.linkId === 'context.feelsAlone');
    const answer = feels?.answer?.[0];
    if (!answer?.valueCoding) throw new Error('fixture');
    answer.valueCoding.code = 'always';
    const r = importFhirBundle(bundle);
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    const ctxIndex = qr?.item?.indexOf(context as never) ?? -1;
    const feelsIndex = context?.item?.indexOf(feels as never) ?? -1;
    expect(r.issues[0]?.code).to.equal('invalid_value');
    expect(r.issues[0]?.jsonPath).to.equal(
      `$.entry[${String(qrIndex)}].resource.item[${String(ctxIndex)}].item[${String(feelsIndex)}].answer`,
    );

    // A wrong type and an unknown question are reported too.
    delete answer.valueCoding;
    answer.valueInteger = 3;
    context?.item?.push({ linkId: 'context.favouriteColour', answer: [{ valueString: 'bleu' }] });
    const r2 = importFhirBundle(bundle);
    expect(r2.ok).to.equal(false);
    if (!r2.ok)
      expect(r2.issues.map((i) => i.code)).to.include.members(['invalid_answer', 'unknown_item']);
  });

  it('never throws on a corrupted embedded record', () => {
    const bundle = JSON.parse(
      JSON.stringify(exportFhirBundle(ginette, { generatedAt: GENERATED_AT, embedRecord: true })),
    ) as Bundle;
    const qr = resourcesOf(bundle, 'QuestionnaireResponse')[0];
    const ext = qr?.extension?.[0];
    if (!ext) throw new Error('fixture');
    ext.valueString = '{not json';
    const r = importFhirBundle(bundle);
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.issues[0]?.code).to.equal('invalid_json');
    ext.valueString = JSON.stringify({ ...ginette, registry: 'nope' });
    const r2 = importFhirBundle(bundle);
    expect(r2.ok).to.equal(false);
    if (!r2.ok) expect(r2.issues[0]?.jsonPath).to.match(/extension\[0\]\.valueString\.registry$/);
  });
});
