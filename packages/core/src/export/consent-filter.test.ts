import { expect } from '@open-wc/testing';
import { PERSONAS, ginette, marcAndre } from '../personas/index.js';
import { CONSENT_SECTIONS } from '../schemas/consent.js';
import { parseAssessment } from '../validation/parse.js';
import { filterByConsent, isConsented } from './consent-filter.js';
import { otherNames, withConsent } from './consent.test-helpers.js';

describe('filterByConsent', () => {
  it('keeps every valid record valid under every combination of consents', () => {
    let checked = 0;
    for (const p of PERSONAS) {
      for (let mask = 0; mask < 1 << CONSENT_SECTIONS.length; mask++) {
        const granted = Object.fromEntries(
          CONSENT_SECTIONS.map((s, i) => [s, (mask & (1 << i)) !== 0]),
        );
        const filtered = filterByConsent(withConsent(p.assessment, granted));
        const parsed = parseAssessment(filtered);
        expect(
          parsed.ok,
          `${p.id} mask ${String(mask)}: ${JSON.stringify(parsed.ok ? [] : parsed.issues.slice(0, 2))}`,
        ).to.equal(true);
        checked += 1;
      }
    }
    expect(checked).to.equal(PERSONAS.length * 32);
  });

  it('treats a section never asked as refused', () => {
    expect(isConsented({}, 'sharing')).to.equal(false);
    expect(isConsented(ginette.consent, 'identity')).to.equal(false);
    expect(isConsented(ginette.consent, 'sharing')).to.equal(true);
  });

  it('without sharing consent keeps only the tenant and no text that could name anyone', () => {
    for (const p of PERSONAS) {
      const a = withConsent(p.assessment, { sharing: false });
      const out = filterByConsent(a);
      expect(out.registry.map((e) => e.id)).to.deep.equal([a.tenant.personId]);
      expect(out.ecomap.ties).to.have.length(0);
      expect(out.genogram.memberIds).to.have.length(0);
      expect(out.notes).to.have.length(0);
      expect(out.profile).to.have.length(0);
      expect(out.plan).to.have.length(0);
      const json = JSON.stringify(out);
      for (const name of otherNames(a)) expect(json, `${p.id}: ${name}`).not.to.include(name);
    }
  });

  it('drops health answers when health is refused, and keeps them when granted', () => {
    const refused = filterByConsent(withConsent(marcAndre, { health: false }));
    expect(refused.context.mentalHealthConcern).to.equal(undefined);
    expect(refused.context.lossOfAutonomy).to.equal(undefined);
    expect(refused.profile.some((i) => i.code === 'mental_health')).to.equal(false);
    const granted = filterByConsent(withConsent(marcAndre, { health: true }));
    expect(granted.context.mentalHealthConcern).to.equal(true);
  });

  it('drops identity fields when identity is refused', () => {
    const withIdentity = PERSONAS.find((p) => p.assessment.tenant.identity)?.assessment;
    expect(withIdentity).to.not.equal(undefined);
    if (!withIdentity) return;
    expect(
      filterByConsent(withConsent(withIdentity, { identity: false })).tenant.identity,
    ).to.equal(undefined);
    expect(
      filterByConsent(withConsent(withIdentity, { identity: true, sharing: true })).tenant.identity,
    ).to.deep.equal(withIdentity.tenant.identity);
  });

  it('keeps people drawn only on the genogram out when the genogram is refused', () => {
    // Daniel is on Ginette's genogram but has no ecomap tie.
    const out = filterByConsent(withConsent(ginette, { genogram: false }));
    expect(out.registry.some((e) => e.id === 'p-daniel')).to.equal(false);
    expect(out.registry.some((e) => e.id === 'p-jeannine')).to.equal(true);
    expect(out.tenant.householdId).to.equal(undefined);
    const noMap = filterByConsent(withConsent(ginette, { ecomap: false }));
    expect(noMap.registry.some((e) => e.id === 's-popote')).to.equal(false);
    expect(noMap.registry.some((e) => e.id === 'p-daniel')).to.equal(true);
    const jeannine = noMap.registry.find((e) => e.id === 'p-jeannine');
    expect(jeannine?.contact).to.deep.equal({ relationType: 'sister' });
  });

  it('does not change its input', () => {
    const before = JSON.stringify(ginette);
    filterByConsent(withConsent(ginette, { sharing: false, health: false }));
    filterByConsent(ginette);
    expect(JSON.stringify(ginette)).to.equal(before);
  });
});
