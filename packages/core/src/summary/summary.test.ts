import { expect } from '@open-wc/testing';
import { PERSONAS } from '../personas/index.js';
import { ginette } from '../personas/ginette.js';
import { samuel } from '../personas/samuel.js';
import { famille } from '../personas/famille-tremblay-diallo.js';
import { HEALTH_PROFILE_CODES } from '../export/consent-filter.js';
import { otherNames, withConsent } from '../export/consent.test-helpers.js';
import { buildSummary, summaryText } from './build.js';
import { buildFileSummary } from './file.js';
import { buildReferralSummary } from './referral.js';
import { buildTenantSummary } from './tenant.js';

const today = '2026-11-20';

describe('buildTenantSummary', () => {
  it('puts strengths first, speaks plainly, and never shows a score or a level', () => {
    for (const p of PERSONAS) {
      for (const lang of ['fr', 'en'] as const) {
        const s = buildTenantSummary(p.assessment, { today, lang });
        expect(s.sections[0]?.id, p.id).to.equal('strengths');
        const text = summaryText(s);
        for (const jargon of [
          'score',
          'LSNS',
          'Steptoe',
          'risque',
          'risk',
          'élevé',
          '/100',
          'UCLA',
        ]) {
          expect(text.toLowerCase(), `${p.id} ${lang}: ${jargon}`).not.to.contain(
            jargon.toLowerCase(),
          );
        }
        expect(
          s.sections.some((x) => x.id === 'support'),
          p.id,
        ).to.equal(true);
      }
    }
  });

  it('follows the form of address: tu for Samuel, vous for Ginette', () => {
    expect(buildTenantSummary(samuel, { today }).title).to.equal('Ton résumé');
    expect(buildTenantSummary(ginette, { today }).title).to.equal('Votre résumé');
    expect(buildTenantSummary(samuel, { today, lang: 'en' }).title).to.equal('Your summary');
  });

  it('lists Ginette’s recorded strengths and her sister among the people she can count on', () => {
    const s = buildTenantSummary(ginette, { today });
    const strengths = s.sections.find((x) => x.id === 'strengths')?.blocks[0];
    const recorded = ginette.profile
      .filter((p) => p.list === 'strength' && p.status !== 'not_applicable')
      .map((p) => p.label);
    expect(
      strengths?.type === 'list' ? strengths.items.slice(0, recorded.length) : [],
    ).to.deep.equal(recorded);
    expect(summaryText(s)).to.contain('Jeannine');
    // The deceased husband is not someone she can count on.
    const people = s.sections.find((x) => x.id === 'people')?.blocks[0];
    expect(people?.type === 'list' ? people.items.join(' ') : '').not.to.contain('Rosaire');
  });
});

describe('buildFileSummary', () => {
  it('holds tenant, consent, maps, risk with factors and completeness, profile, plan and notes', () => {
    const s = buildFileSummary(ginette, { today });
    const ids = s.sections.map((x) => x.id);
    for (const id of ['tenant', 'consent', 'genogram', 'ecomap', 'risk', 'profile'])
      expect(ids).to.include(id);
    const text = summaryText(s);
    expect(text).to.contain('Ginette Lavoie');
    expect(text).to.contain('Identité : non demandé');
    expect(text).to.contain('/100');
    expect(text).to.contain('Complétude');
    for (const p of ginette.profile) expect(text).to.contain(p.label);
    for (const e of ginette.registry)
      if (ginette.genogram.memberIds.includes(e.id)) expect(text).to.contain(e.name);
  });

  it('builds for every persona in both languages', () => {
    for (const p of PERSONAS) {
      expect(
        buildFileSummary(p.assessment, { today, lang: 'en' }).sections.length,
        p.id,
      ).to.be.greaterThan(4);
    }
  });
});

describe('buildReferralSummary', () => {
  it('holds no personal information when sharing is refused (the Tremblay-Diallo family)', () => {
    const s = buildReferralSummary(famille, { today });
    const text = summaryText(s);
    expect(s.sections.map((x) => x.id)).to.deep.equal(['refused']);
    for (const name of [...otherNames(famille), 'Catherine']) expect(text).not.to.contain(name);
  });

  it('leaves out non-shareable items, notes and scores (Ginette)', () => {
    const text = summaryText(buildReferralSummary(ginette, { today }));
    for (const p of ginette.profile) {
      if (p.shareable) expect(text).to.contain(p.label);
      else expect(text).not.to.contain(p.label);
    }
    for (const n of ginette.notes) expect(text).not.to.contain(n.text);
    expect(text).not.to.contain('/100');
  });

  it('leaves out health items when health is refused (Samuel)', () => {
    const s = buildReferralSummary(samuel, { today });
    const text = summaryText(s);
    for (const p of samuel.profile) {
      if (p.code !== undefined && HEALTH_PROFILE_CODES.includes(p.code))
        expect(text).not.to.contain(p.label);
    }
  });

  it('never names a person of a section that is not consented, for every persona and every refusal', () => {
    for (const p of PERSONAS) {
      for (const refused of ['genogram', 'ecomap', 'sharing', 'health', 'identity'] as const) {
        const a = withConsent(p.assessment, { [refused]: false });
        const text = summaryText(buildSummary(a, 'referral', { today }));
        if (refused === 'sharing')
          for (const name of otherNames(a)) expect(text, `${p.id} ${name}`).not.to.contain(name);
        if (refused === 'ecomap') {
          // Without the ecomap no service contact nor caregiver can be named.
          expect(
            buildReferralSummary(a, { today }).sections.some((x) => x.id === 'contacts'),
            p.id,
          ).to.equal(false);
        }
        if (refused === 'identity' && a.tenant.identity?.culturalCommunity) {
          expect(text, p.id).not.to.contain(a.tenant.identity.culturalCommunity);
        }
        if (refused === 'health') {
          for (const item of a.profile) {
            if (item.code !== undefined && HEALTH_PROFILE_CODES.includes(item.code))
              expect(text, p.id).not.to.contain(item.label);
          }
        }
      }
    }
  });

  it('names services’ contact persons when the ecomap is shared', () => {
    const a = withConsent(ginette, { sharing: true, ecomap: true });
    const contacts = a.registry.flatMap((e) =>
      e.kind === 'system' && e.contactPerson ? [e.contactPerson] : [],
    );
    const text = summaryText(buildReferralSummary(a, { today }));
    for (const c of contacts) expect(text).to.contain(c);
  });

  it('is deterministic', () => {
    expect(buildReferralSummary(ginette, { today })).to.deep.equal(
      buildReferralSummary(ginette, { today }),
    );
  });
});
