import { expect } from '@open-wc/testing';
import { filterByConsent } from '../export/consent-filter.js';
import { otherNames, withConsent } from '../export/consent.test-helpers.js';
import { PERSONAS, famille, ginette, marcAndre } from '../personas/index.js';
import { DEFAULT_FHIR_BASE_URL, TOILE_INDICES } from './codes.js';
import { exportFhirBundle } from './export.js';
import {
  GENERATED_AT,
  linkIdsIn,
  referencesIn,
  resourcesOf,
  scoresOf,
} from './fhir-test-support.test-helpers.js';
import {
  bundleSchema,
  observationSchema,
  questionnaireResponseItemSchema,
  FHIR_DATE_TIME,
  FHIR_INSTANT,
} from './schemas.js';

describe('exportFhirBundle', () => {
  it('exports every persona as a Bundle that validates against the R4 schemas', () => {
    for (const p of PERSONAS) {
      for (const embedRecord of [false, true]) {
        const b = exportFhirBundle(p.assessment, {
          generatedAt: GENERATED_AT,
          scores: scoresOf(p.assessment),
          embedRecord,
        });
        const json: unknown = JSON.parse(JSON.stringify(b));
        const parsed = bundleSchema.safeParse(json);
        expect(
          parsed.success,
          `${p.id}: ${JSON.stringify(parsed.error?.issues.slice(0, 3))}`,
        ).to.equal(true);
        expect(b.type).to.equal('collection');
        expect(b.timestamp).to.equal(GENERATED_AT);
      }
    }
  });

  it('resolves every reference to an entry of the Bundle', () => {
    for (const p of PERSONAS) {
      const b = exportFhirBundle(p.assessment, {
        generatedAt: GENERATED_AT,
        scores: scoresOf(p.assessment),
      });
      const urls = new Set((b.entry ?? []).map((e) => e.fullUrl));
      const refs = referencesIn(b);
      expect(refs.length).to.be.greaterThan(5);
      for (const r of refs) expect(urls.has(r), `${p.id}: ${r}`).to.equal(true);
      for (const e of b.entry ?? []) expect(e.fullUrl).to.equal(`urn:uuid:${e.resource?.id ?? ''}`);
    }
  });

  it('answers the Toile Questionnaire with linkIds for context, preferences, self-management and instruments', () => {
    const b = exportFhirBundle(ginette, { generatedAt: GENERATED_AT });
    const [qr] = resourcesOf(b, 'QuestionnaireResponse');
    expect(qr?.questionnaire).to.equal(`${DEFAULT_FHIR_BASE_URL}/Questionnaire/entrevue-accueil|2`);
    expect(qr?.status).to.equal('completed');
    expect(qr?.authored).to.equal(ginette.updatedAt);
    const ids = linkIdsIn(qr);
    for (const id of [
      'context.feelsAlone',
      'context.lossOfAutonomy',
      'context.recentLoss',
      'context.recentLoss.year',
      'preferences.needSocialisation',
      'preferences.contactModes',
      'selfManagement',
      'instruments.lsns6.item1',
      'instruments.ucla3.item3',
      'instruments.djg6.item6',
      'consent.sharing.granted',
    ]) {
      expect(ids, id).to.include(id);
    }
    // The unanswered LSNS-6 item 5 is absent, not written as a fake answer.
    expect(ids).not.to.include('instruments.lsns6.item5');
    for (const item of qr?.item ?? [])
      expect(questionnaireResponseItemSchema.safeParse(item).success).to.equal(true);
  });

  it('writes the isolation risk as an SDOHCC Observation Assessment (SNOMED CT 422650009)', () => {
    const b = exportFhirBundle(ginette, { generatedAt: GENERATED_AT, scores: scoresOf(ginette) });
    const [qr] = resourcesOf(b, 'QuestionnaireResponse');
    const obs = resourcesOf(b, 'Observation');
    const risk = obs.find((o) =>
      o.code.coding?.some((c) => c.system === 'http://snomed.info/sct' && c.code === '422650009'),
    );
    expect(risk).to.not.equal(undefined);
    expect(risk?.category?.flatMap((c) => c.coding?.map((x) => x.code))).to.include.members([
      'social-connection',
      'social-history',
    ]);
    expect(risk?.valueCodeableConcept?.coding?.[0]?.code).to.equal(scoresOf(ginette).level);
    expect(risk?.derivedFrom?.[0]?.reference).to.equal(`urn:uuid:${qr?.id ?? ''}`);
    // The assessment points at the score and index Observations it summarises.
    expect(risk?.derivedFrom?.length).to.be.greaterThan(2);
    for (const o of obs) expect(o.derivedFrom?.[0]?.reference).to.equal(`urn:uuid:${qr?.id ?? ''}`);
    for (const o of obs) expect(observationSchema.safeParse(o).success).to.equal(true);
  });

  it('codes scores and indices with the Toile CodeSystem and never with LOINC', () => {
    const b = exportFhirBundle(ginette, { generatedAt: GENERATED_AT, scores: scoresOf(ginette) });
    const codes = resourcesOf(b, 'Observation').flatMap((o) => [
      ...(o.code.coding ?? []),
      ...(o.component ?? []).flatMap((c) => c.code.coding ?? []),
    ]);
    const toile = codes.filter(
      (c) => c.system === `${DEFAULT_FHIR_BASE_URL}/CodeSystem/toile-indices`,
    );
    for (const c of toile) expect(Object.keys(TOILE_INDICES)).to.include(c.code);
    const used = new Set(toile.map((c) => c.code));
    for (const code of [
      'isolation-risk-score',
      'lsns6-total',
      'ucla3-total',
      'djg6-total',
      'lsns6-estimate',
      'steptoe-index',
      'network-size',
    ]) {
      expect(used.has(code), code).to.equal(true);
    }
    expect(JSON.stringify(b)).not.to.include('loinc.org');
  });

  it('writes the administered instrument totals (LSNS-6 missing item → data absent)', () => {
    const b = exportFhirBundle(ginette, { generatedAt: GENERATED_AT });
    const byCode = (code: string) =>
      resourcesOf(b, 'Observation').find((o) => o.code.coding?.[0]?.code === code);
    // Ginette left LSNS-6 item 5 unanswered: no total, friends subscale absent, family 3+1+3 = 7.
    const lsns = byCode('lsns6-total');
    expect(lsns?.valueInteger).to.equal(undefined);
    expect(lsns?.dataAbsentReason?.coding?.[0]?.code).to.equal('unknown');
    expect(
      lsns?.component?.find((c) => c.code.coding?.[0]?.code === 'lsns6-family')?.valueInteger,
    ).to.equal(7);
    expect(byCode('ucla3-total')?.valueInteger).to.equal(7);
    // DJG-6 yes,yes,no | more_or_less,no,yes → emotional 2, social 2, total 4.
    expect(byCode('djg6-total')?.valueInteger).to.equal(4);
    // Without scores, no risk Observation.
    expect(byCode('isolation-risk-score')).to.equal(undefined);
  });

  it('sends no RelatedPerson and no network name without sharing consent', () => {
    for (const p of PERSONAS) {
      const a = withConsent(p.assessment, { sharing: false });
      const b = exportFhirBundle(a, {
        generatedAt: GENERATED_AT,
        scores: scoresOf(a),
        embedRecord: true,
      });
      expect(resourcesOf(b, 'RelatedPerson'), p.id).to.have.length(0);
      const json = JSON.stringify(b);
      expect(otherNames(a).length).to.be.greaterThan(3);
      for (const name of otherNames(a)) expect(json, `${p.id}: ${name}`).not.to.include(name);
      // Nor any free text: notes and interests stay home.
      for (const note of a.notes) expect(json).not.to.include(note.text);
      const [qr] = resourcesOf(b, 'QuestionnaireResponse');
      expect(qr?.extension, 'no embedded record without sharing').to.equal(undefined);
    }
  });

  it('sends network members as RelatedPerson with v3 RoleCode relationships when consented', () => {
    const b = exportFhirBundle(ginette, { generatedAt: GENERATED_AT });
    const rps = resourcesOf(b, 'RelatedPerson');
    const byId = new Map(rps.map((r) => [r.identifier?.[0]?.value, r] as const));
    // Living people only: Rosaire, Adélard and Rita are deceased.
    expect([...byId.keys()].sort()).to.deep.equal([
      'p-daniel',
      'p-huguette',
      'p-jeannine',
      'p-laurence',
      'p-martine',
      'p-sylvain',
    ]);
    const jeannine = byId.get('p-jeannine');
    expect(jeannine?.name?.[0]?.text).to.equal('Jeannine Lavoie');
    expect(jeannine?.relationship?.[0]?.coding?.[0]).to.deep.include({
      system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
      code: 'SIS',
    });
    expect(jeannine?.relationship?.[0]?.text).to.equal('Sœur');
    expect(byId.get('p-huguette')?.relationship?.[0]?.coding?.[0]?.code).to.equal('NBOR');
    expect(byId.get('p-sylvain')?.birthDate).to.equal('1971');
    // Daniel has no relation type: no relationship at all rather than a guess.
    expect(byId.get('p-daniel')?.relationship).to.equal(undefined);
    expect(rps.map((r) => r.name?.[0]?.text)).not.to.include('Rosaire Bérubé');
  });

  it('follows the section consents: genogram-only people need the genogram consent', () => {
    const b = exportFhirBundle(withConsent(ginette, { genogram: false }), {
      generatedAt: GENERATED_AT,
    });
    const ids = resourcesOf(b, 'RelatedPerson').map((r) => r.identifier?.[0]?.value);
    expect(ids).not.to.include('p-daniel');
    expect(ids).to.include('p-jeannine');
    expect(JSON.stringify(b)).not.to.include('Daniel Gagnon');
    const none = exportFhirBundle(ginette, { generatedAt: GENERATED_AT, includeNetwork: false });
    expect(resourcesOf(none, 'RelatedPerson')).to.have.length(0);
  });

  it('leaves out health answers without health consent, and identity without identity consent', () => {
    const refused = exportFhirBundle(withConsent(marcAndre, { health: false }), {
      generatedAt: GENERATED_AT,
      embedRecord: true,
    });
    const ids = linkIdsIn(refused);
    expect(ids).not.to.include('context.mentalHealthConcern');
    expect(ids).not.to.include('context.lossOfAutonomy');
    expect(JSON.stringify(refused)).not.to.include('mentalHealthConcern');
    const granted = exportFhirBundle(marcAndre, { generatedAt: GENERATED_AT });
    expect(linkIdsIn(granted)).to.include('context.mentalHealthConcern');

    expect(famille.tenant.identity).to.not.equal(undefined);
    const noIdentity = exportFhirBundle(withConsent(famille, { identity: false }), {
      generatedAt: GENERATED_AT,
    });
    expect(linkIdsIn(noIdentity).some((id) => id.startsWith('tenant.identity'))).to.equal(false);
    const withIdentity = exportFhirBundle(withConsent(famille, { identity: true }), {
      generatedAt: GENERATED_AT,
    });
    expect(linkIdsIn(withIdentity)).to.include('tenant.identity.immigrant');
  });

  it('embeds only the consent-filtered record', () => {
    const a = withConsent(marcAndre, { health: false, genogram: false });
    const b = exportFhirBundle(a, { generatedAt: GENERATED_AT, embedRecord: true });
    const [qr] = resourcesOf(b, 'QuestionnaireResponse');
    const embedded = qr?.extension?.[0]?.valueString ?? '';
    expect(JSON.parse(embedded)).to.deep.equal(filterByConsent(a));
  });

  it('is deterministic: the same input gives the same JSON, other records other ids', () => {
    const opts = { generatedAt: GENERATED_AT, scores: scoresOf(famille), embedRecord: true };
    expect(JSON.stringify(exportFhirBundle(famille, opts))).to.equal(
      JSON.stringify(exportFhirBundle(famille, opts)),
    );
    const ids = PERSONAS.map(
      (p) => resourcesOf(exportFhirBundle(p.assessment, opts), 'QuestionnaireResponse')[0]?.id,
    );
    expect(new Set(ids).size).to.equal(PERSONAS.length);
    for (const id of ids)
      expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('puts every canonical URL under the partner base URL', () => {
    const base = 'https://fhir.cisss-exemple.qc.ca/toile';
    const json = JSON.stringify(
      exportFhirBundle(ginette, {
        generatedAt: GENERATED_AT,
        scores: scoresOf(ginette),
        baseUrl: `${base}/`,
      }),
    );
    expect(json).to.include(`"${base}/Questionnaire/entrevue-accueil|2"`);
    expect(json).to.include(`${base}/CodeSystem/toile-indices`);
    expect(json).not.to.include('toile.example');
  });

  it('refuses an invalid generatedAt or base URL', () => {
    expect(() => exportFhirBundle(ginette, { generatedAt: '2026-11-15' })).to.throw(TypeError);
    expect(() =>
      exportFhirBundle(ginette, { generatedAt: GENERATED_AT, baseUrl: 'toile' }),
    ).to.throw(TypeError);
  });
});

describe('FHIR R4 schemas', () => {
  const good = () => ({
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://snomed.info/sct', code: '422650009' }] },
    valueBoolean: true,
  });

  it('accepts a minimal Observation and rejects broken ones', () => {
    expect(observationSchema.safeParse(good()).success).to.equal(true);
    expect(
      observationSchema.safeParse({ ...good(), valueInteger: 3 }).success,
      'two value[x]',
    ).to.equal(false);
    expect(
      observationSchema.safeParse({ ...good(), status: 'done' }).success,
      'status code',
    ).to.equal(false);
    expect(observationSchema.safeParse({ ...good(), id: 'has_underscore' }).success, 'id').to.equal(
      false,
    );
    expect(
      observationSchema.safeParse({ ...good(), effectiveDateTime: '2026-11-15T14:30' }).success,
      'dateTime',
    ).to.equal(false);
    expect(
      observationSchema.safeParse({ ...good(), dataAbsentReason: { text: 'x' } }).success,
      'obs-6',
    ).to.equal(false);
    const { code: _code, ...noCode } = good();
    expect(observationSchema.safeParse(noCode).success, 'code is required').to.equal(false);
    expect(
      observationSchema.safeParse({ ...good(), category: [] }).success,
      'empty array',
    ).to.equal(false);
  });

  it('checks QuestionnaireResponse items (qrs-1) and Bundle rules (bdl-7)', () => {
    expect(
      questionnaireResponseItemSchema.safeParse({
        linkId: 'a',
        answer: [{ valueBoolean: true }],
        item: [{ linkId: 'b' }],
      }).success,
    ).to.equal(false);
    expect(
      questionnaireResponseItemSchema.safeParse({
        linkId: 'a',
        answer: [{ valueBoolean: true, valueString: 'x' }],
      }).success,
    ).to.equal(false);
    expect(
      questionnaireResponseItemSchema.safeParse({ linkId: 'a', answer: [{ valueString: '' }] })
        .success,
      'empty string',
    ).to.equal(false);
    const entry = { fullUrl: 'urn:uuid:1', resource: good() };
    expect(
      bundleSchema.safeParse({ resourceType: 'Bundle', type: 'collection', entry: [entry] })
        .success,
    ).to.equal(true);
    expect(
      bundleSchema.safeParse({ resourceType: 'Bundle', type: 'collection', entry: [entry, entry] })
        .success,
    ).to.equal(false);
    expect(bundleSchema.safeParse({ resourceType: 'Bundle', type: 'pile' }).success).to.equal(
      false,
    );
  });

  it('uses the R4 date-time and instant formats', () => {
    expect(FHIR_DATE_TIME.test('2026')).to.equal(true);
    expect(FHIR_DATE_TIME.test('2026-11-02T14:00:00-05:00')).to.equal(true);
    expect(FHIR_DATE_TIME.test('2026-13-02')).to.equal(false);
    expect(FHIR_INSTANT.test('2026-11-02T14:00:00Z')).to.equal(true);
    expect(FHIR_INSTANT.test('2026-11-02')).to.equal(false);
  });
});
