import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { famille, ginette, marcAndre } from '@toile/core/personas';
import type { Assessment } from '@toile/core';
import '../../define/toile-isolation-risk.js';
import type { ToileIsolationRisk } from './isolation-risk.js';
import type { ToileChangeEvent } from '../../events/toile-change.js';
import type { ToileErrorEvent } from '../../events/toile-error.js';
import { localToday } from './local-today.js';

async function mount(a: unknown, today = '2026-11-02', lang = 'fr'): Promise<ToileIsolationRisk> {
  const el = await fixture<ToileIsolationRisk>(
    html`<toile-isolation-risk
      lang=${lang}
      today=${today}
      .assessment=${a}
    ></toile-isolation-risk>`,
  );
  await el.updateComplete;
  return el;
}

/** Collects every event of `type` dispatched on `el` until `stop` is called. */
function collect<K extends 'toile-highlight' | 'toile-change'>(
  el: HTMLElement,
  type: K,
): { events: HTMLElementEventMap[K][]; stop: () => void } {
  const events: HTMLElementEventMap[K][] = [];
  const on = (e: HTMLElementEventMap[K]): void => {
    events.push(e);
  };
  el.addEventListener(type, on);
  return {
    events,
    stop: () => {
      el.removeEventListener(type, on);
    },
  };
}

/** Puts a focusable button just before `el`, to Tab from. */
function withButtonBefore(el: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'avant';
  el.before(button);
  return button;
}

async function ctrl(key: string, shift = false): Promise<void> {
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

/** The text of the `<dd>` that follows the `<dt>` reading `term`. */
function definition(el: ToileIsolationRisk, term: string): string | undefined {
  const dt = [...el.shadowRoot!.querySelectorAll('dt')].find((d) => d.textContent.trim() === term);
  return dt?.nextElementSibling?.textContent.replace(/\s+/g, ' ').trim();
}

/** Opens the form of `id` and answers it by keyboard: Tab into each group, Space, then arrows. */
async function answerByKeyboard(
  el: ToileIsolationRisk,
  id: 'lsns6' | 'ucla3' | 'djg6',
  picks: readonly number[],
): Promise<void> {
  const index = ['lsns6', 'ucla3', 'djg6'].indexOf(id);
  const summary = el.shadowRoot!.querySelectorAll<HTMLElement>('[part="forms"] summary')[index]!;
  summary.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(summary.parentElement?.hasAttribute('open')).to.equal(true);
  for (const [i, pick] of picks.entries()) {
    await sendKeys({ press: 'Tab' });
    const active = el.shadowRoot!.activeElement as HTMLInputElement | null;
    expect(active?.name, `item ${String(i + 1)}`).to.equal(`${id}-${String(i)}`);
    await sendKeys({ press: 'Space' });
    for (let k = 0; k < pick; k++) await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
  }
}

describe('<toile-isolation-risk>', () => {
  it('renders the level, an accessible meter, the factors and the disclaimer', async () => {
    const el = await mount(ginette);
    const root = el.shadowRoot!;
    const meter = root.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(el.result?.score));
    expect(meter.getAttribute('aria-valuetext')).to.contain('sur 100');
    expect(root.querySelectorAll('[part="factors"] button').length).to.equal(
      el.result?.factors.length,
    );
    expect(root.textContent).to.contain('soutient le jugement');
    expect(root.textContent).to.contain('n’est pas un diagnostic');
    expect(root.querySelector('[part="watch"]')).to.not.equal(null);
  });

  it('passes axe', async () => {
    const el = await mount(ginette);
    await expect(el).to.be.accessible();
  });

  it('speaks English when lang is en', async () => {
    const el = await mount(ginette, '2026-11-02', 'en');
    expect(el.shadowRoot!.textContent).to.contain('supports the worker’s judgment');
  });

  it('emits toile-highlight with the ids behind a factor on focus, and clears on leaving', async () => {
    // Chromium fires focus events only in the page that has focus, and test pages run side by side
    // in the background: programmatic focus() is silent there. A real key press gives the page
    // focus and moves focus within that same input event, so Tab drives it here. (A fixture rooted
    // at a plain <div> would wait for an animation frame, which hidden pages never get: mount the
    // element itself and put a button before it.)
    const el = await mount(ginette);
    const before = withButtonBefore(el);
    const index = el.result!.factors.findIndex((f) => f.evidence.length > 0);
    const factor = el.result!.factors[index]!;
    const previous =
      index > 0
        ? el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="factors"] button')[index - 1]!
        : [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="strengths"] button')].at(
            -1,
          )!;
    previous.focus();
    const got = collect(el, 'toile-highlight');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal(factor.id);
    expect(factor.evidence.length).to.be.greaterThan(0);
    expect([...got.events.at(-1)!.ids]).to.deep.equal([...factor.evidence]);
    // Focus moving out of the list (the page has focus now) clears the highlight.
    before.focus();
    expect(got.events.at(-1)?.ids).to.deep.equal([]);
    got.stop();
  });

  it('commits an instrument answer as one toile-change', async () => {
    const el = await mount(ginette);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('[part="forms"] details')!;
    details.open = true;
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="lsns6-4"]')!;
    setTimeout(() => {
      radio.click();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.change.kind).to.equal('instrument-answer');
    expect(e.assessment.instruments.lsns6?.answers[4]).to.equal(0);
    expect(e.assessment.instruments.lsns6?.answers[0]).to.equal(
      ginette.instruments.lsns6?.answers[0],
    );
  });

  it('starts an instrument that was never asked', async () => {
    const a: Assessment = { ...ginette, instruments: {} };
    const el = await mount(a);
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="ucla3-0"]')!;
    setTimeout(() => {
      radio.click();
    });
    const e = await oneEvent<ToileChangeEvent>(el, 'toile-change');
    expect(e.assessment.instruments.ucla3?.answers).to.deep.equal([1, null, null]);
    expect(e.assessment.instruments.ucla3?.date).to.equal('2026-11-02');
  });

  it('shows the error state and fires toile-error for invalid data', async () => {
    const el = document.createElement('toile-isolation-risk');
    const wait = oneEvent<ToileErrorEvent>(el, 'toile-error');
    el.assessment = { schemaVersion: 2, id: 'x' };
    document.body.append(el);
    const e = await wait;
    expect(e.source).to.equal('assessment');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.remove();
  });

  it('shows the error state and fires toile-error for an invalid configuration', async () => {
    const el = document.createElement('toile-isolation-risk');
    el.today = '2026-11-02';
    el.assessment = ginette;
    el.config = { weights: { livesAlone: 'beaucoup' } };
    const wait = oneEvent<ToileErrorEvent>(el, 'toile-error');
    document.body.append(el);
    const e = await wait;
    expect(e.source).to.equal('config');
    expect(e.issues[0]?.jsonPath).to.equal('$.config.weights.livesAlone');
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    el.remove();
  });

  it('renders user text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const a: Assessment = {
      ...ginette,
      registry: ginette.registry.map((e) => (e.id === 'p-jeannine' ? { ...e, name: evil } : e)),
    };
    const el = await mount(a);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(evil);
  });

  it('keyboard: Tab through the strengths to a factor highlights its ids, Escape clears, leaving the list clears', async () => {
    const el = await mount(ginette);
    const before = withButtonBefore(el);
    const r = el.result!;
    const got = collect(el, 'toile-highlight');
    before.focus();
    // Strengths come first: Tab reaches them, then the factors.
    const strengths = el.shadowRoot!.querySelectorAll('[part="strengths"] button');
    expect(strengths.length).to.be.greaterThan(0);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(strengths[0]);
    for (let i = 0; i < strengths.length; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('data-key')).to.equal(r.factors[0]!.id);
    // Leaving the strengths list for the factors list: clear, then the factor's ids.
    expect([...got.events.at(-1)!.ids]).to.deep.equal([...r.factors[0]!.evidence]);
    expect(got.events.at(-2)?.ids).to.deep.equal([]);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    expect(got.events.at(-1)?.ids).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect([...got.events.at(-1)!.ids]).to.deep.equal([...r.factors[1]!.evidence]);
    // Shift+Tab twice leaves the factors for the last strength: a clearing event, then its ids.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    const count = got.events.length;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(strengths[strengths.length - 1]);
    expect(got.events[count]?.ids).to.deep.equal([]);
    // Escape clears the highlight.
    await sendKeys({ press: 'Escape' });
    expect(got.events.at(-1)?.ids).to.deep.equal([]);
    got.stop();
  });

  it('adds the people and systems at the ends of the ties and relations behind a factor', async () => {
    const el = await mount(marcAndre);
    const formal = el.result!.factors.find((f) => f.id === 'mostly_formal')!;
    const ties = marcAndre.ecomap.ties.filter((t) => formal.evidence.includes(t.id));
    expect(ties.length).to.equal(formal.evidence.length);
    const got = collect(el, 'toile-highlight');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-key="mostly_formal"]')!.click();
    expect([...got.events[0]!.ids]).to.have.members([
      ...formal.evidence,
      ...new Set(ties.map((t) => t.targetId)),
    ]);
    const family = await mount(famille);
    const cut = family.result!.factors.find((f) => f.id === 'family_cut_off')!;
    const relation = famille.genogram.emotionalRelations.find((r) => r.id === cut.evidence[0])!;
    const got2 = collect(family, 'toile-highlight');
    family.shadowRoot!.querySelector<HTMLButtonElement>('[data-key="family_cut_off"]')!.click();
    expect([...got2.events[0]!.ids]).to.have.members([relation.id, relation.fromId, relation.toId]);
    got.stop();
    got2.stop();
  });

  it('keyboard: Enter or Space on a what-would-lower item highlights the people and ties it is about', async () => {
    const el = await mount(ginette);
    const r = el.result!;
    const index = r.whatWouldLower.findIndex((s) => s.ids.length > 0);
    expect(index).to.be.greaterThan(-1);
    const s = r.whatWouldLower[index]!;
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="lower"] button');
    expect(buttons.length).to.equal(r.whatWouldLower.length);
    expect(buttons[index]!.textContent).to.contain(`${String(s.from)} → ${String(s.to)}`);
    // Tab from the previous item (a key press gives the page focus), then Enter and Space.
    (index > 0
      ? buttons[index - 1]!
      : el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="factors"] button')[
          el.result!.factors.length - 1
        ]!
    ).focus();
    const got = collect(el, 'toile-highlight');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons[index]);
    expect([...got.events.at(-1)!.ids]).to.deep.equal([...s.ids]);
    const before = got.events.length;
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(got.events.slice(before).map((e) => [...e.ids])).to.deep.equal([[...s.ids], [...s.ids]]);
    got.stop();
  });

  it('keyboard: answers UCLA-3 with arrows, one toile-change per answer, the score updates, Ctrl+Z undoes', async () => {
    const el = await mount({ ...ginette, instruments: {} });
    expect(definition(el, 'UCLA-3 (3 à 9)')).to.equal(undefined);
    const got = collect(el, 'toile-change');
    await answerByKeyboard(el, 'ucla3', [1, 0, 2]);
    // Space + one arrow, Space, Space + two arrows.
    expect(got.events.map((e) => e.assessment.instruments.ucla3?.answers)).to.deep.equal([
      [1, null, null],
      [2, null, null],
      [2, 1, null],
      [2, 1, 1],
      [2, 1, 2],
      [2, 1, 3],
    ]);
    expect(got.events.every((e) => e.change.kind === 'instrument-answer')).to.equal(true);
    expect(el.result?.instruments.ucla3).to.deep.include({ total: 6, lonely: true });
    expect(definition(el, 'UCLA-3 (3 à 9)')).to.equal('6');
    await ctrl('z');
    expect(got.events.at(-1)?.change.kind).to.equal('undo');
    expect(got.events.at(-1)?.assessment.instruments.ucla3?.answers).to.deep.equal([2, 1, 2]);
    await el.updateComplete;
    expect(definition(el, 'UCLA-3 (3 à 9)')).to.equal('5');
    await ctrl('z', true);
    expect(got.events.at(-1)?.change.kind).to.equal('redo');
    expect(got.events.at(-1)?.assessment.instruments.ucla3?.answers).to.deep.equal([2, 1, 3]);
    got.stop();
  });

  it('keyboard: answers LSNS-6 and De Jong Gierveld 6 and shows their scores', async () => {
    const el = await mount({ ...ginette, instruments: {} });
    const got = collect(el, 'toile-change');
    await answerByKeyboard(el, 'lsns6', [3, 1, 2, 2, 1, 1]);
    expect(got.events.at(-1)?.assessment.instruments.lsns6?.answers).to.deep.equal([
      3, 1, 2, 2, 1, 1,
    ]);
    expect(el.result?.instruments.lsns6).to.deep.include({ total: 10, family: 6, friends: 4 });
    expect(definition(el, 'LSNS-6 (0 à 30)')).to.equal('10 · Famille 6 · Amis 4');
    await answerByKeyboard(el, 'djg6', [0, 1, 2, 2, 1, 0]);
    expect(got.events.at(-1)?.assessment.instruments.djg6?.answers).to.deep.equal([
      'yes',
      'more_or_less',
      'no',
      'no',
      'more_or_less',
      'yes',
    ]);
    expect(definition(el, 'De Jong Gierveld (0 à 6)')).to.equal('4 (émotionnelle 2, sociale 2)');
    // Each keystroke that changed an answer is one commit: 6 Space + 10 arrows, 6 Space + 6 arrows.
    expect(got.events).to.have.length(28);
    got.stop();
  });

  it('offers no undo and commits nothing when readonly', async () => {
    const el = await fixture<ToileIsolationRisk>(
      html`<toile-isolation-risk
        readonly
        today="2026-11-02"
        .assessment=${ginette}
      ></toile-isolation-risk>`,
    );
    expect(el.shadowRoot!.querySelector('[part="forms"]')).to.equal(null);
    expect(el.undo()).to.equal(false);
  });

  it('defaults today to the browser date', async () => {
    const el = await fixture<ToileIsolationRisk>(
      html`<toile-isolation-risk .assessment=${ginette}></toile-isolation-risk>`,
    );
    expect(el.result?.today).to.equal(localToday());
  });
});
