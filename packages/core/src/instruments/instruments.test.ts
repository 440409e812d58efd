import { expect } from '@open-wc/testing';
import { scoreDjg6 } from './djg6.js';
import { scoreLsns6 } from './lsns6.js';
import { DEFAULT_INSTRUMENT_TEXTS, resolveInstrumentTexts } from './texts.js';
import { scoreUcla3 } from './ucla3.js';

describe('LSNS-6', () => {
  it('sums six items 0-5 with family and friends subscales, flagged under 12', () => {
    expect(scoreLsns6([3, 1, 2, 2, 1, 1])).to.deep.equal({
      total: 10,
      family: 6,
      friends: 4,
      flagged: true,
      missingItems: [],
    });
    expect(scoreLsns6([2, 2, 2, 2, 2, 2]).flagged).to.equal(false);
    expect(scoreLsns6([5, 5, 5, 5, 5, 5]).total).to.equal(30);
  });
  it('computes no total with an item missing, but a complete subscale', () => {
    const s = scoreLsns6([3, 1, 2, 2, null, 1]);
    expect(s.total).to.equal(null);
    expect(s.flagged).to.equal(null);
    expect(s.family).to.equal(6);
    expect(s.friends).to.equal(null);
    expect(s.missingItems).to.deep.equal([5]);
  });
});

describe('UCLA-3', () => {
  it('sums 3-9 and groups 6-9 as lonely', () => {
    expect(scoreUcla3([1, 1, 1])).to.deep.equal({ total: 3, lonely: false, missingItems: [] });
    expect(scoreUcla3([2, 2, 2]).lonely).to.equal(true);
    expect(scoreUcla3([2, 2, 1]).lonely).to.equal(false);
    expect(scoreUcla3([3, 3, 3]).total).to.equal(9);
  });
  it('is not scored with an item missing', () => {
    expect(scoreUcla3([3, null, 3])).to.deep.equal({
      total: null,
      lonely: null,
      missingItems: [2],
    });
  });
});

describe('De Jong Gierveld 6', () => {
  it('scores emotional items on yes / more or less and social items on no / more or less', () => {
    const s = scoreDjg6(['yes', 'more_or_less', 'no', 'no', 'more_or_less', 'yes']);
    expect(s).to.deep.equal({
      emotional: 2,
      social: 2,
      total: 4,
      band: 'moderate',
      missingItems: [],
    });
    expect(scoreDjg6(['no', 'no', 'no', 'yes', 'yes', 'yes']).band).to.equal('not_lonely');
    expect(scoreDjg6(['yes', 'yes', 'yes', 'no', 'no', 'no'])).to.include({
      total: 6,
      band: 'severe',
    });
  });
  it('keeps the total with one item missing, drops its subscale', () => {
    const s = scoreDjg6(['yes', null, 'no', 'no', 'no', 'yes']);
    expect(s.emotional).to.equal(null);
    expect(s.social).to.equal(2);
    expect(s.total).to.equal(3);
  });
  it('drops the total with two items missing', () => {
    const s = scoreDjg6([null, 'yes', 'no', null, 'no', 'yes']);
    expect(s.total).to.equal(null);
    expect(s.band).to.equal(null);
    expect(s.missingItems).to.deep.equal([1, 4]);
  });
});

describe('instrument wording', () => {
  it('ships French as an unvalidated translation', () => {
    for (const t of Object.values(DEFAULT_INSTRUMENT_TEXTS)) {
      expect(t.validated.fr).to.equal(false);
      expect(t.items.length).to.be.greaterThan(2);
    }
  });
  it('lets an organization supply its own wording, keeping the item count', () => {
    const items = Array.from({ length: 3 }, (_, i) => ({ fr: `Q${i + 1}`, en: `Q${i + 1}` }));
    const r = resolveInstrumentTexts({ ucla3: { items, validated: { fr: true, en: true } } });
    expect(r.ok).to.equal(true);
    if (r.ok) {
      expect(r.value.ucla3.items[0]?.fr).to.equal('Q1');
      expect(r.value.ucla3.validated.fr).to.equal(true);
      expect(r.value.lsns6).to.equal(DEFAULT_INSTRUMENT_TEXTS.lsns6);
    }
    const bad = resolveInstrumentTexts({ ucla3: { items: items.slice(0, 2) } });
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues[0]?.jsonPath).to.equal('$.instrumentTexts.ucla3.items');
  });
});
