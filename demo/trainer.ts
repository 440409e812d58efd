import { html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Assessment, Label } from '@toile/core';
import { PERSONAS, personaById, type Persona } from '@toile/core/personas';
import { createMemoryStore, createStore, StoreError, type AssessmentStore } from '@toile/storage';
import { defineElement } from '@toile/elements';
import { parseTrainerRoute, trainerHash, type TrainerRoute } from './router.js';
import { availableSteps, STEP_ALIASES, type TrainerStep } from './trainer-steps.js';
import { adoptTrainerStyles } from './trainer-styles.js';

/** The namespace the demo keeps its records in; the reset clears this one only. */
const NAMESPACE = 'toile-demo';

type Lang = 'fr' | 'en';
const langOf = (): Lang => (document.documentElement.lang.startsWith('en') ? 'en' : 'fr');

const T = {
  title: { fr: 'Mode formation', en: 'Training mode' },
  intro: {
    fr: 'Quatre personas fictives tirées des situations de la recherche. Chaque vue a sa propre adresse : ajoutez-la à vos favoris.',
    en: 'Four fictional personas drawn from the research. Every view has its own address: bookmark it.',
  },
  back: { fr: 'Retour à l’application', en: 'Back to the app' },
  home: { fr: 'Toutes les personas', en: 'All personas' },
  present: { fr: 'Mode présentation', en: 'Presentation mode' },
  load: { fr: 'Charger les personas', en: 'Load the personas' },
  loaded: { fr: 'Personas chargées.', en: 'Personas loaded.' },
  reset: { fr: 'Réinitialiser la démo', en: 'Reset the demo' },
  resetConfirm: { fr: 'Confirmer : tout effacer de la démo', en: 'Confirm: erase the demo’s data' },
  resetDone: {
    fr: 'Démo réinitialisée : ses données ont été effacées (et seulement elles).',
    en: 'Demo reset: its data (and only its data) was erased.',
  },
  resetHelp: {
    fr: 'Efface seulement les évaluations de la démo (espace « toile-demo ») sur cet appareil.',
    en: 'Erases only the demo’s assessments (namespace “toile-demo”) on this device.',
  },
  previous: { fr: 'Précédent', en: 'Previous' },
  next: { fr: 'Suivant', en: 'Next' },
  stepOf: { fr: 'Étape {n} sur {total}', en: 'Step {n} of {total}' },
  steps: { fr: 'Étapes', en: 'Steps' },
  unknown: { fr: 'Persona inconnue.', en: 'Unknown persona.' },
  loading: { fr: 'Chargement…', en: 'Loading…' },
  open: { fr: 'Commencer', en: 'Start' },
} satisfies Record<string, Label>;

/**
 * The trainer's demo: the personas, one step per URL (`#/persona/<id>/<step>`), a presentation
 * mode (large type, one step at a time, big previous/next buttons) and a reset that clears only
 * the `toile-demo` namespace. Light DOM, so the demo's stylesheet applies.
 */
export class ToileDemoTrainer extends LitElement {
  #store: AssessmentStore | undefined;
  #route: TrainerRoute = parseTrainerRoute(location.hash) ?? { presenting: false };
  #records = new Map<string, Assessment>();
  #status: Label | undefined;
  #confirming = false;
  #cached: { readonly key: string; readonly el: HTMLElement } | undefined;
  #lang: Lang = langOf();
  readonly #onHash = (): void => {
    const route = parseTrainerRoute(location.hash);
    if (route) this.#go(route, false);
  };

  /** Injects a store (tests); the `toile-demo` IndexedDB store by default. */
  set store(store: AssessmentStore) {
    this.#store = store;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#store ??= createStore({ namespace: NAMESPACE });
    window.addEventListener('hashchange', this.#onHash);
    this.#go(this.#route, false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHash);
    document.documentElement.classList.remove('toile-presenting');
  }

  #t(l: Label, params: Readonly<Record<string, string | number>> = {}): string {
    return l[this.#lang].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  }

  #go(route: TrainerRoute, push = true): void {
    const persona = route.persona;
    const step = route.step !== undefined ? (STEP_ALIASES[route.step] ?? route.step) : undefined;
    this.#route = {
      presenting: route.presenting,
      ...(persona ? { persona } : {}),
      ...(step ? { step } : {}),
    };
    if (push) location.hash = trainerHash(this.#route);
    document.documentElement.classList.toggle('toile-presenting', route.presenting);
    this.#lang = langOf();
    if (persona) void this.#ensure(persona);
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('h2')?.focus());
  }

  /** Loads a persona's record from the demo store, putting the persona there first if absent. */
  async #ensure(id: string): Promise<void> {
    const persona = personaById(id);
    if (!persona || this.#records.has(id)) return;
    try {
      const record = await this.#storeOrMemory().then(async (store) => {
        const stored = await store.get(persona.assessment.id);
        return stored ?? (await store.put(persona.assessment));
      });
      this.#records.set(id, record);
    } catch (error) {
      // A record edited elsewhere into an invalid state: show the persona as shipped.
      if (!(error instanceof StoreError)) throw error;
      this.#records.set(id, persona.assessment);
    }
    this.requestUpdate();
  }

  async #storeOrMemory(): Promise<AssessmentStore> {
    const store = this.#store ?? createStore({ namespace: NAMESPACE });
    try {
      await store.list();
      return store;
    } catch (error) {
      // Private browsing or file:// without IndexedDB: the demo still runs, in memory.
      if (error instanceof StoreError && error.code === 'unavailable') {
        this.#store = createMemoryStore({ namespace: NAMESPACE });
        return this.#store;
      }
      throw error;
    }
  }

  async #loadAll(): Promise<void> {
    const store = await this.#storeOrMemory();
    await store.importAll(
      PERSONAS.map((p) => p.assessment),
      { onExisting: 'replace-if-newer' },
    );
    this.#status = T.loaded;
    this.requestUpdate();
  }

  /** Clears the demo's own namespace (each record, through the store API) and nothing else. */
  async reset(): Promise<number> {
    const store = await this.#storeOrMemory();
    const list = await store.list();
    for (const s of list) await store.remove(s.id);
    this.#records.clear();
    this.#confirming = false;
    this.#status = T.resetDone;
    this.requestUpdate();
    return list.length;
  }

  override render(): TemplateResult {
    const route = this.#route;
    return html`<div class="trainer ${route.presenting ? 'presenting' : ''}">
      <nav class="trainer-nav" aria-label=${this.#t(T.title)}>
        <a href="#app">${this.#t(T.back)}</a>
        <a href=${trainerHash({ presenting: route.presenting })}>${this.#t(T.home)}</a>
        <label class="present-toggle">
          <input
            type="checkbox"
            .checked=${route.presenting}
            @change=${(e: Event) => {
              this.#go({ ...route, presenting: (e.currentTarget as HTMLInputElement).checked });
            }}
          />
          ${this.#t(T.present)}
        </label>
      </nav>
      <div role="status" class="status">${this.#status ? this.#t(this.#status) : nothing}</div>
      <main>${route.persona ? this.#renderPersona(route.persona) : this.#renderHome()}</main>
    </div>`;
  }

  #renderHome(): TemplateResult {
    const presenting = this.#route.presenting;
    return html`<h2 tabindex="-1">${this.#t(T.title)}</h2>
      <p>${this.#t(T.intro)}</p>
      <ul class="personas">
        ${PERSONAS.map(
          (p) =>
            html`<li class="persona-card">
              <h3><a href=${trainerHash({ presenting, persona: p.id })}>${this.#t(p.title)}</a></h3>
              <p>${this.#t(p.summary)}</p>
            </li>`,
        )}
      </ul>
      <section class="trainer-data" aria-labelledby="trainer-data-title">
        <h3 id="trainer-data-title">${this.#t({ fr: 'Données de la démo', en: 'Demo data' })}</h3>
        <div class="toolbar">
          <button type="button" @click=${() => void this.#loadAll()}>${this.#t(T.load)}</button>
          ${
            this.#confirming
              ? html`<button type="button" class="danger" @click=${() => void this.reset()}>
                    ${this.#t(T.resetConfirm)}
                  </button>
                  <button
                    type="button"
                    @click=${() => {
                      this.#confirming = false;
                      this.requestUpdate();
                    }}
                  >
                    ${this.#t({ fr: 'Annuler', en: 'Cancel' })}
                  </button>`
              : html`<button
                  type="button"
                  class="danger"
                  aria-describedby="reset-help"
                  @click=${() => {
                    this.#confirming = true;
                    this.requestUpdate();
                  }}
                >
                  ${this.#t(T.reset)}
                </button>`
          }
        </div>
        <p id="reset-help" class="hint">${this.#t(T.resetHelp)}</p>
      </section>`;
  }

  #renderPersona(id: string): TemplateResult {
    const persona = personaById(id);
    if (!persona) return html`<h2 tabindex="-1">${this.#t(T.unknown)}</h2>`;
    const steps = availableSteps();
    const index = Math.max(
      0,
      steps.findIndex((s) => s.id === this.#route.step),
    );
    const step = steps[index] ?? steps[0];
    if (!step) return html`<h2 tabindex="-1">${this.#t(persona.title)}</h2>`;
    const prev = steps[index - 1];
    const next = steps[index + 1];
    const presenting = this.#route.presenting;
    const link = (s: TrainerStep): string => trainerHash({ presenting, persona: id, step: s.id });
    return html`<h2 tabindex="-1">${this.#t(persona.title)} — ${this.#t(step.title)}</h2>
      <p class="step-count">${this.#t(T.stepOf, { n: index + 1, total: steps.length })}</p>
      <nav class="steps" aria-label=${this.#t(T.steps)}>
        <ol>
          ${steps.map(
            (s) =>
              html`<li>
                <a href=${link(s)} aria-current=${s === step ? 'step' : nothing}
                  >${this.#t(s.title)}</a
                >
              </li>`,
          )}
        </ol>
      </nav>
      <section class="step-view" data-step=${step.id}>${this.#renderStep(persona, step)}</section>
      <nav class="step-controls" aria-label=${this.#t(T.steps)}>
        ${prev ? html`<a class="big-button" href=${link(prev)} rel="prev">← ${this.#t(T.previous)}</a>` : html`<span></span>`}
        ${next ? html`<a class="big-button" href=${link(next)} rel="next">${this.#t(T.next)} →</a>` : nothing}
      </nav>`;
  }

  #renderStep(persona: Persona, step: TrainerStep): TemplateResult {
    if (step.tag === 'persona') {
      return html`<p class="persona-summary">${this.#t(persona.summary)}</p>`;
    }
    const record = this.#records.get(persona.id);
    if (!record) return html`<p>${this.#t(T.loading)}</p>`;
    // The same element across re-renders, so its own state (selection, undo) survives a status line.
    const key = `${persona.id}/${step.id}`;
    if (this.#cached?.key === key) return html`${this.#cached.el}`;
    const el = document.createElement(step.tag) as HTMLElement & {
      assessment?: unknown;
      store?: AssessmentStore;
    };
    for (const [k, v] of Object.entries(step.attributes ?? {})) el.setAttribute(k, v);
    if (step.tag === 'toile-caseload') {
      if (this.#store) el.store = this.#store;
      el.addEventListener('toile-open', (e) => {
        const opened = PERSONAS.find((p) => p.assessment.id === (e as Event & { id: string }).id);
        if (opened) this.#go({ presenting: this.#route.presenting, persona: opened.id });
      });
    } else {
      el.assessment = record;
      // Edits stay in this page (echoed back, not saved): a training session never changes the persona.
      el.addEventListener('toile-change', (e) => {
        el.assessment = (e as Event & { assessment: Assessment }).assessment;
      });
    }
    this.#cached = { key, el };
    return html`${el}`;
  }
}

defineElement('toile-demo-trainer', ToileDemoTrainer);

declare global {
  interface HTMLElementTagNameMap {
    'toile-demo-trainer': ToileDemoTrainer;
  }
}

/**
 * Shows the trainer in place of the app while the hash is a trainer route (`#/…`), and the app
 * otherwise. Called once by main.ts.
 */
export function mountTrainer(): void {
  adoptTrainerStyles();
  let trainer: ToileDemoTrainer | undefined;
  const sync = (): void => {
    const app = document.querySelector<HTMLElement>('toile-demo-app');
    const route = parseTrainerRoute(location.hash);
    if (route && !trainer) {
      trainer = document.createElement('toile-demo-trainer');
      (app ?? document.body.lastElementChild)?.after(trainer);
    } else if (!route && trainer) {
      trainer.remove();
      trainer = undefined;
    }
    if (app) app.hidden = route !== undefined;
  };
  window.addEventListener('hashchange', sync);
  sync();
}
