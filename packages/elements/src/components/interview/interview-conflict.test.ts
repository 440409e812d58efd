import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryBackend, createMemoryStore, type AssessmentStore } from '@toile/storage';
import '../../define/toile-interview.js';
import type { ToileInterview } from './interview.js';
import { defaultChoices, mergeVersions, sameSection } from './interview-merge.js';
import { q, root, sampleRecord, until } from './interview-test-helpers.js';

let channel = 0;

/** Two "tabs": two stores on one backend, telling each other of changes over one channel name. */
function twoTabs(): [AssessmentStore, AssessmentStore] {
  const backend = createMemoryBackend();
  const channelName = `toile-interview-test-${String(++channel)}-${String(Date.now())}`;
  return [
    createMemoryStore({ namespace: 'interview-test', backend, channelName }),
    createMemoryStore({ namespace: 'interview-test', backend, channelName }),
  ];
}

async function tab(store: AssessmentStore, step: string, delay: number): Promise<ToileInterview> {
  const el = await fixture<ToileInterview>(
    html`<toile-interview
      .store=${store}
      assessment-id="a1"
      step=${step}
      save-delay=${delay}
      worker="Julie"
      today="2026-03-05"
    ></toile-interview>`,
  );
  await until(() => el.assessment);
  await el.updateComplete;
  return el;
}

function select(el: ToileInterview, id: string, value: string): void {
  const s = q<HTMLSelectElement>(el, `#${id}`);
  s.value = value;
  s.dispatchEvent(new Event('change'));
}

describe('<toile-interview> with two tabs', function () {
  this.timeout(20_000);

  it('reloads quietly when the other tab saves and there are no edits here', async () => {
    const [s1, s2] = twoTabs();
    await s1.put(sampleRecord());
    const a = await tab(s1, 'questions', 30);
    const b = await tab(s2, 'questions', 30);
    select(a, 'feelsAlone', 'often');
    await until(() => b.assessment?.context.feelsAlone === 'often');
    await b.updateComplete;
    expect(q<HTMLSelectElement>(b, '#feelsAlone').value).to.equal('often');
    expect(root(b).querySelector('[part="conflict"]')).to.equal(null);
  });

  it('shows both versions per section and saves the per-section choices on top of the latest revision', async () => {
    const [s1, s2] = twoTabs();
    await s1.put(sampleRecord());
    const a = await tab(s1, 'about', 30);
    // Tab B keeps its edits unsaved (long debounce) while tab A saves.
    const b = await tab(s2, 'about', 60_000);
    select(b, 'tenure', 'coop');
    b.step = 'questions';
    await b.updateComplete;
    select(b, 'feelsAlone', 'very_often');
    select(a, 'tenure', 'osbl');
    a.step = 'questions';
    await a.updateComplete;
    select(a, 'asksForHelp', 'often');
    // A's consent is a section only A changed: B should default to A's version there.
    a.step = 'consent';
    await a.updateComplete;
    const granted = q<HTMLInputElement>(a, 'input[name="consent-ecomap"][value="granted"]');
    granted.checked = true;
    granted.dispatchEvent(new Event('change'));
    await a.save();

    const view = await until(() => root(b).querySelector('[part="conflict"]'));
    expect(view.textContent).to.contain('Cette page');
    expect(view.textContent).to.contain('L’autre onglet');
    const row = (s: string): HTMLElement => q(b, `[part="conflict"] tr[data-section="${s}"]`);
    expect(row('tenant').className).to.equal('differs');
    expect(row('tenant').textContent).to.contain('Coopérative');
    expect(row('tenant').textContent).to.contain('OSBL');
    expect(row('genogram').className).to.equal('same');
    expect(
      row('consent').querySelector<HTMLInputElement>('input[value="theirs"]')?.checked,
    ).to.equal(true);
    expect(row('tenant').querySelector<HTMLInputElement>('input[value="mine"]')?.checked).to.equal(
      true,
    );
    expect(row('questions').textContent).to.contain('modifiée des deux côtés');
    expect(view.querySelector('button.download-both')).to.exist;
    await expect(b).to.be.accessible();
    // Keep the other tab's person (tenure), and this page's questions.
    const theirs = row('tenant').querySelector<HTMLInputElement>('input[value="theirs"]');
    if (!theirs) throw new Error('no radio');
    theirs.checked = true;
    theirs.dispatchEvent(new Event('change'));
    await b.updateComplete;
    q<HTMLButtonElement>(b, 'button.save-merge').click();
    await until(() => !root(b).querySelector('[part="conflict"]'));
    const stored = await s1.get('a1');
    expect(stored?.revision).to.equal(3);
    expect(stored?.tenant.tenure).to.equal('osbl');
    expect(stored?.context.feelsAlone).to.equal('very_often');
    expect(stored?.context.asksForHelp).to.equal(undefined);
    expect(stored?.consent.ecomap?.granted).to.equal(true);
    // Tab A, with nothing unsaved, picks the merge up quietly.
    await until(() => a.assessment?.context.feelsAlone === 'very_often');
  });
});

describe('interview merge', () => {
  it('takes each section from the chosen side and keeps every registry entry', () => {
    const base = sampleRecord();
    const mine = {
      ...base,
      registry: [...base.registry, { id: 'p-mine', kind: 'person' as const, name: 'Marie' }],
      genogram: { ...base.genogram, memberIds: ['tenant', 'p-mine'] },
      context: { feelsAlone: 'often' as const },
    };
    const theirs = {
      ...base,
      revision: 2,
      registry: [...base.registry, { id: 'p-theirs', kind: 'person' as const, name: 'Paul' }],
      tenant: { ...base.tenant, tenure: 'coop' as const },
    };
    const choices = defaultChoices(base, mine, theirs);
    expect(choices.tenant).to.equal('theirs');
    expect(choices.genogram).to.equal('mine');
    expect(choices.questions).to.equal('mine');
    const merged = mergeVersions(mine, theirs, choices);
    expect(merged.revision).to.equal(2);
    expect(merged.tenant.tenure).to.equal('coop');
    expect(merged.context.feelsAlone).to.equal('often');
    expect(merged.genogram.memberIds).to.deep.equal(['tenant', 'p-mine']);
    expect(merged.registry.map((e) => e.id).sort()).to.deep.equal(['p-mine', 'p-theirs', 'tenant']);
    expect(sameSection(merged, mine, 'genogram')).to.equal(true);
    const flipped = mergeVersions(mine, theirs, { ...choices, questions: 'theirs' });
    expect(flipped.context).to.deep.equal({});
  });
});
