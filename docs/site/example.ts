// Runtime of the docs' live examples: fills each `[data-example]` section's persona picker and
// sets the element's `assessment`. Text goes in with textContent only (never HTML).
import { PERSONAS, type Persona } from '@toile/core/personas';
import type { ToileChangeEvent, ToileErrorEvent } from '@toile/elements';
import { createMemoryStore, type AssessmentStore } from '@toile/storage';

/** What the example sets, by mode: `assessment` (maps) or `store` + `assessmentId` (interview). */
interface ExampleHost extends HTMLElement {
  assessment?: unknown;
  store?: AssessmentStore;
  assessmentId?: string;
}

// The interview owns a store: the docs give it one in memory, so nothing is written to the
// browser's storage and a reload starts afresh.
let memory: AssessmentStore | undefined;
async function storeWith(persona: Persona): Promise<AssessmentStore> {
  memory ??= createMemoryStore({ namespace: 'toile-docs' });
  const stored = await memory.get(persona.assessment.id);
  if (!stored) await memory.put({ ...persona.assessment, revision: 0 });
  return memory;
}

const lang = (): 'fr' | 'en' => (document.documentElement.lang === 'en' ? 'en' : 'fr');

function mount(section: HTMLElement): void {
  const select = section.querySelector<HTMLSelectElement>('select[data-persona]');
  const element = section.querySelector<ExampleHost>('[data-element]');
  const mode = section.dataset['mode'];
  const summary = section.querySelector<HTMLElement>('[data-summary]');
  const log = section.querySelector<HTMLOutputElement>('output[data-log]');
  if (!select || !element) return;
  const l = lang();
  for (const persona of PERSONAS) {
    const option = document.createElement('option');
    option.value = persona.id;
    option.textContent = persona.title[l];
    select.append(option);
  }
  const show = (persona: Persona | undefined): void => {
    if (!persona) return;
    if (summary) summary.textContent = persona.summary[l];
    if (mode === 'store') {
      void storeWith(persona).then((store) => {
        element.store = store;
        element.assessmentId = persona.assessment.id;
      });
    } else if (mode === 'assessment') {
      element.assessment = persona.assessment;
    }
  };
  select.addEventListener('change', () => {
    show(PERSONAS.find((p) => p.id === select.value));
  });
  // Echo edits back into the property (keeps undo), as a host page would.
  element.addEventListener('toile-change', (event: ToileChangeEvent) => {
    if (mode === 'assessment' && event.target === element) element.assessment = event.assessment;
    if (log) log.textContent = `toile-change (${event.change.kind}) : ${event.change.label[l]}`;
  });
  element.addEventListener('toile-error', (event: ToileErrorEvent) => {
    if (log) log.textContent = `toile-error (${event.source}) : ${String(event.issues.length)}`;
  });
  show(PERSONAS[0]);
}

/** Mounts every live example of the page; safe to call more than once. */
export function mountExamples(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-example]')) {
    if (section.dataset['mounted'] === 'true') continue;
    section.dataset['mounted'] = 'true';
    mount(section);
  }
}
