import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  createAssessment,
  ENUM_LABELS,
  TENURES,
  type Assessment,
  type Label,
  type ValidationIssue,
} from '@toile/core';
import { PERSONAS } from '@toile/core/personas';
import {
  createMemoryStore,
  createStore,
  StoreError,
  type AssessmentStore,
  type EncryptionStatus,
  type StoreChange,
  type StoredSummary,
} from '@toile/storage';
import type { ToileChangeEvent, ToileStepEvent } from '@toile/elements';
import '@toile/elements/define/toile-interview';
import { downloadJson, exportFileName } from './download.js';
import { M, P } from './messages.js';
import { listViews, type AssessmentHost } from './views.js';
import { PM, PP } from './privacy-messages.js';
import { renderBadge } from './privacy.js';

type Lang = 'fr' | 'en';

/** The namespace the demo keeps its records in (IndexedDB database `toile:toile-demo`). */
export const DEMO_NAMESPACE = 'toile-demo';

interface Opened {
  /** The record as the views last emitted it (the element's own revision). */
  readonly record: Assessment;
  /** The revision in storage, which the next `put` must carry. */
  readonly storedRevision: number;
}

interface PendingDelete {
  readonly id: string;
  readonly name: string;
  readonly returnFocus: HTMLElement | null;
}

/** The welcome interview's entry point: `#entrevue`, `#entrevue/<id>` or `#entrevue/<id>/<step>`. */
interface InterviewRoute {
  readonly id: string | undefined;
  readonly step: string | undefined;
}

const INTERVIEW_M = {
  open: { fr: 'Entrevue', en: 'Interview' },
  openNamed: (name: string): Label => ({
    fr: `Entrevue avec ${name}`,
    en: `Interview with ${name}`,
  }),
  start: { fr: 'Nouvelle entrevue d’accueil', en: 'New welcome interview' },
};

function readInterviewRoute(hash: string): InterviewRoute | undefined {
  const [head, id, step] = hash
    .replace(/^#/, '')
    .split('/')
    .map((s) => decodeURIComponent(s));
  if (head !== 'entrevue') return undefined;
  return { id: id || undefined, step: step || undefined };
}

function writeInterviewRoute(route: InterviewRoute | undefined): void {
  const parts = route ? ['entrevue', route.id, route.id ? route.step : undefined] : [];
  const hash = parts
    .filter((p): p is string => !!p)
    .map(encodeURIComponent)
    .join('/');
  history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}

/** Events that count as activity for the auto-lock. */
const ACTIVITY = ['input', 'keydown', 'pointerdown'] as const;

function writeHash(hash: string): void {
  history.replaceState(null, '', hash || location.pathname + location.search);
}

const langOf = (): Lang => (document.documentElement.lang.startsWith('en') ? 'en' : 'fr');

/**
 * The demo shell: lists the records of the `toile-demo` namespace, creates, opens, deletes,
 * exports and imports them, and mounts the registered views (views.ts) on an opened record.
 * Rendered in the light DOM so demo/styles.css (and its print rules) apply directly.
 */
export class ToileDemoApp extends LitElement {
  #store: AssessmentStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #lang: Lang = langOf();
  #summaries: StoredSummary[] | undefined;
  #opened: Opened | undefined;
  #viewElements = new Map<string, AssessmentHost>();
  #issues: readonly ValidationIssue[] | undefined;
  #error: Label | undefined;
  #status: Label | undefined;
  #pendingDelete: PendingDelete | undefined;
  #focusHeading = false;
  #saving: Promise<void> = Promise.resolve();
  #interview: InterviewRoute | undefined = readInterviewRoute(location.hash);
  // Privacy panel (demo/privacy.ts): `#protection` in the URL opens it.
  #privacy = location.hash === '#protection';
  #encStatus: EncryptionStatus | undefined;
  #autoLockMinutes = 15;
  #pendingAutoLock: number | undefined;
  #destroyed = false;

  /** Injects a store (tests); a `createStore({ namespace: 'toile-demo' })` by default. */
  set store(store: AssessmentStore) {
    this.#useStore(store);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#store && !this.#destroyed) this.#useStore(this.#makeStore());
    document.title = this.#t(M.appTitle);
    // Any input counts as activity for the auto-lock.
    for (const type of ACTIVITY) document.addEventListener(type, this.#onActivity, true);
  }

  #makeStore(): AssessmentStore {
    return createStore({
      namespace: DEMO_NAMESPACE,
      encryption: { autoLockMs: this.#autoLockMinutes * 60_000 },
    });
  }

  readonly #onActivity = (): void => {
    this.#store?.encryption?.touch();
  };

  // The auto-lock delay is fixed when a store is created: apply it now if no key is held,
  // otherwise from the next lock (swapping stores would forget the key).
  #setAutoLock(minutes: number): Label {
    this.#autoLockMinutes = minutes;
    if (this.#encStatus === 'unlocked') {
      this.#pendingAutoLock = minutes;
      return PP.autoLock(minutes, true);
    }
    this.#pendingAutoLock = undefined;
    this.#store?.close();
    this.#useStore(this.#makeStore());
    return PP.autoLock(minutes, false);
  }

  #onStoreChange(change: StoreChange): void {
    if (change.type === 'destroyed') {
      // Destroyed (here or in another tab): let go without reading, or the read would recreate
      // the database.
      this.#forgetStore();
      return;
    }
    if (change.type === 'locked') {
      this.#say(PM.lockedReason[change.reason ?? 'manual']);
      if (this.#pendingAutoLock !== undefined) {
        this.#pendingAutoLock = undefined;
        this.#store?.close();
        this.#useStore(this.#makeStore());
        return;
      }
    }
    void this.#refresh();
  }

  // The app lets go of its store before destroying, so nothing reopens (and so recreates) the
  // database afterwards; a fresh, empty one is made only when the worker asks for it.
  async #destroyAll(): Promise<void> {
    const store = this.#store;
    if (!store?.destroyAll) return;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    try {
      await store.destroyAll({ confirm: true });
    } catch (error) {
      this.#unsubscribe = store.subscribe((c) => {
        this.#onStoreChange(c);
      });
      throw error;
    }
    this.#forgetStore();
  }

  #forgetStore(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store?.close();
    this.#store = undefined;
    this.#summaries = [];
    this.#encStatus = undefined;
    this.#opened = undefined;
    this.#interview = undefined;
    this.#destroyed = true;
    this.#privacy = false;
    writeHash('');
    this.#say({
      fr: PM.destroyedAll.fr.replace('{ns}', DEMO_NAMESPACE),
      en: PM.destroyedAll.en.replace('{ns}', DEMO_NAMESPACE),
    });
    this.#focusHeading = true;
  }

  #startAgain(): void {
    this.#destroyed = false;
    this.#useStore(this.#makeStore());
    this.#focusHeading = true;
  }

  #showPrivacy(show: boolean): void {
    this.#privacy = show;
    if (show) {
      this.#interview = undefined;
      this.#opened = undefined;
    }
    writeHash(show ? '#protection' : '');
    this.#focusHeading = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const type of ACTIVITY) document.removeEventListener(type, this.#onActivity, true);
    this.#unsubscribe?.();
    this.#store?.close();
    this.#store = undefined;
  }

  #useStore(store: AssessmentStore): void {
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe((change) => {
      this.#onStoreChange(change);
    });
    void this.#refresh();
  }

  #t(label: Label): string {
    return label[this.#lang];
  }

  async #refresh(): Promise<void> {
    const store = this.#store;
    if (!store) return;
    try {
      this.#summaries = await store.list();
      this.#encStatus = store.encryption ? await store.encryption.status() : undefined;
    } catch (error) {
      if (error instanceof StoreError && error.code === 'unavailable' && store === this.#store) {
        // Private browsing or a host page that blocks IndexedDB: keep working in memory.
        this.#error = error.messages;
        this.#useStore(createMemoryStore({ namespace: DEMO_NAMESPACE }));
        return;
      }
      this.#fail(error);
    }
    this.requestUpdate();
  }

  #fail(error: unknown): void {
    this.#error =
      error instanceof StoreError
        ? error.messages
        : { fr: `Erreur inattendue : ${String(error)}`, en: `Unexpected error: ${String(error)}` };
    this.requestUpdate();
  }

  #say(status: Label): void {
    this.#status = status;
    this.requestUpdate();
  }

  #switchLang(): void {
    this.#lang = this.#lang === 'fr' ? 'en' : 'fr';
    document.documentElement.lang = this.#lang === 'fr' ? 'fr-CA' : 'en-CA';
    document.title = this.#t(M.appTitle);
    this.requestUpdate();
  }

  async #create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rawName = data.get('name');
    const rawTenure = data.get('tenure');
    const name = typeof rawName === 'string' ? rawName.trim() : '';
    const tenure = TENURES.find((t) => t === rawTenure) ?? 'other';
    if (!name || !this.#store) return;
    const record = createAssessment({
      id: crypto.randomUUID(),
      now: new Date().toISOString(),
      tenantName: name,
      tenure,
    });
    try {
      const stored = await this.#store.put(record);
      form.reset();
      this.#say(P.created(name));
      await this.#open(stored.id);
    } catch (error) {
      this.#fail(error);
    }
  }

  async #open(id: string): Promise<void> {
    if (!this.#store) return;
    try {
      const record = await this.#store.get(id);
      if (!record) {
        this.#error = M.notFound;
        this.requestUpdate();
        return;
      }
      this.#opened = { record, storedRevision: record.revision };
      this.#issues = undefined;
      this.#viewElements = new Map(
        listViews().map((view) => {
          const el: AssessmentHost = view.create();
          el.assessment = record;
          return [view.id, el];
        }),
      );
      this.#focusHeading = true;
      this.requestUpdate();
    } catch (error) {
      this.#fail(error);
    }
  }

  #close(): void {
    this.#opened = undefined;
    this.#viewElements = new Map();
    this.#focusHeading = true;
    this.requestUpdate();
  }

  // A view committed an edit: echo it to the other views, and save it on top of the stored
  // revision so the emitting element keeps its undo history (docs/element-contract.md).
  #onViewChange(event: ToileChangeEvent): void {
    const opened = this.#opened;
    const store = this.#store;
    if (!opened || !store) return;
    const record = event.assessment;
    for (const el of this.#viewElements.values()) {
      if (!event.composedPath().includes(el)) el.assessment = record;
    }
    this.#opened = { ...opened, record };
    this.#saving = this.#saving.then(async () => {
      const current = this.#opened;
      if (current?.record.id !== record.id) return;
      try {
        const stored = await store.put({ ...record, revision: current.storedRevision });
        if (this.#opened?.record.id === record.id) {
          this.#opened = { ...this.#opened, storedRevision: stored.revision };
        }
      } catch (error) {
        this.#fail(error);
      }
    });
    this.requestUpdate();
  }

  #askDelete(id: string, name: string, event: Event): void {
    this.#pendingDelete = { id, name, returnFocus: event.currentTarget as HTMLElement };
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLDialogElement>('#confirm-delete');
      if (dialog && !dialog.open) dialog.showModal();
      this.querySelector<HTMLButtonElement>('#confirm-delete .cancel')?.focus();
    });
  }

  #onDialogClose(): void {
    const pending = this.#pendingDelete;
    this.#pendingDelete = undefined;
    this.requestUpdate();
    // Back to the button that opened the dialog, or to the heading if that row is gone.
    void this.updateComplete.then(() => {
      const target = pending?.returnFocus;
      if (target?.isConnected) target.focus();
      else this.querySelector<HTMLElement>('main h2')?.focus();
    });
  }

  async #confirmDelete(): Promise<void> {
    const pending = this.#pendingDelete;
    const dialog = this.querySelector<HTMLDialogElement>('#confirm-delete');
    if (!pending || !this.#store) return;
    try {
      await this.#store.remove(pending.id);
      // The opener is gone with its row: focus then goes to the page heading (see #onDialogClose).
      this.#pendingDelete = { ...pending, returnFocus: null };
      if (this.#opened?.record.id === pending.id) this.#close();
      this.#say(P.deleted(pending.name));
      await this.#refresh();
    } catch (error) {
      this.#fail(error);
    }
    dialog?.close();
  }

  async #exportAll(): Promise<void> {
    if (!this.#store) return;
    try {
      const file = await this.#store.exportAll();
      const name = exportFileName(new Date());
      downloadJson(file, name);
      this.#say(P.exported(file.records.length, name));
    } catch (error) {
      this.#fail(error);
    }
  }

  async #importFile(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file || !this.#store) return;
    await this.#import(file);
    input.value = '';
  }

  async #import(
    file: unknown,
    options?: Parameters<AssessmentStore['importAll']>[1],
  ): Promise<void> {
    if (!this.#store) return;
    this.#issues = undefined;
    this.#error = undefined;
    try {
      const result = await this.#store.importAll(file, options);
      if (result.ok) this.#say(P.imported(result.written, result.skippedUnchanged));
      else this.#issues = result.issues;
      await this.#refresh();
    } catch (error) {
      this.#fail(error);
    }
    this.requestUpdate();
    if (this.#issues) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('#import-issues')?.focus();
    }
  }

  async #loadPersonas(): Promise<void> {
    await this.#import(
      PERSONAS.map((p) => p.assessment),
      { onExisting: 'replace-if-newer' },
    );
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusHeading) {
      this.#focusHeading = false;
      this.querySelector<HTMLElement>('main h2')?.focus();
    }
  }

  override render(): TemplateResult {
    return html`
      <header class="app-header">
        <div>
          <h1>${this.#t(M.appTitle)}</h1>
          <p class="tagline">${this.#t(M.tagline)}</p>
        </div>
        ${this.#renderLockState()}
        <a class="trainer-link" href="#/formation"
          >${this.#lang === 'fr' ? 'Mode formation' : 'Training mode'}</a
        >
        <button
          type="button"
          class="lang-switch"
          lang=${this.#lang === 'fr' ? 'en' : 'fr'}
          aria-label=${this.#t(M.switchLangLabel)}
          @click=${this.#switchLang}
        >
          ${this.#t(M.switchLang)}
        </button>
      </header>
      <div class="messages">
        <div role="status" class="status">${this.#status ? this.#t(this.#status) : nothing}</div>
        ${this.#renderError()} ${this.#renderIssues()}
      </div>
      <main>
        ${
          this.#destroyed
            ? this.#renderDestroyed()
            : this.#privacy
              ? this.#renderPrivacy()
              : this.#interview
                ? this.#renderInterview(this.#interview)
                : this.#opened
                  ? this.#renderDetail(this.#opened)
                  : this.#renderList()
        }
      </main>
      ${this.#renderDialog()}
    `;
  }

  #renderLockState(): TemplateResult {
    const status = this.#encStatus;
    return html`<div class="header-privacy">
      ${status ? renderBadge(status, this.#lang) : nothing}
      ${
        status === 'unlocked'
          ? html`<button
              type="button"
              class="header-lock"
              @click=${() => {
                this.#store?.encryption?.lock();
              }}
            >
              ${this.#t(PM.lockNow)}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="privacy-link"
        aria-pressed=${this.#privacy ? 'true' : 'false'}
        @click=${() => {
          this.#showPrivacy(!this.#privacy);
        }}
      >
        ${this.#t(PM.open)}
      </button>
    </div>`;
  }

  #renderPrivacy(): TemplateResult {
    return html`<nav class="toolbar detail-nav">
        <button
          type="button"
          @click=${() => {
            this.#showPrivacy(false);
          }}
        >
          ${this.#t(PM.back)}
        </button>
      </nav>
      <toile-demo-privacy
        .store=${this.#store}
        .lang=${this.#lang}
        .autoLockMinutes=${this.#autoLockMinutes}
        .onAutoLock=${(minutes: number) => this.#setAutoLock(minutes)}
        .onDestroyAll=${() => this.#destroyAll()}
      ></toile-demo-privacy>`;
  }

  #renderDestroyed(): TemplateResult {
    return html`<h2 tabindex="-1">${this.#t(M.listTitle)}</h2>
      <p class="destroyed">
        ${this.#t({
          fr: PM.destroyedAll.fr.replace('{ns}', DEMO_NAMESPACE),
          en: PM.destroyedAll.en.replace('{ns}', DEMO_NAMESPACE),
        })}
      </p>
      <button type="button" class="primary" @click=${this.#startAgain}>
        ${this.#t(PM.startAgain)}
      </button>`;
  }

  #renderError(): TemplateResult | typeof nothing {
    if (!this.#error) return nothing;
    return html`<div role="alert" class="alert">
      <p><strong>${this.#t(M.errorTitle)}</strong> ${this.#t(this.#error)}</p>
      <button
        type="button"
        @click=${() => {
          this.#error = undefined;
          this.requestUpdate();
        }}
      >
        ${this.#t(M.dismiss)}
      </button>
    </div>`;
  }

  #renderIssues(): TemplateResult | typeof nothing {
    const issues = this.#issues;
    if (!issues) return nothing;
    const other: Lang = this.#lang === 'fr' ? 'en' : 'fr';
    return html`<div role="alert" class="alert" id="import-issues" tabindex="-1">
      <h2 class="alert-title">
        ${this.#t(M.issuesTitle)} (${this.#t(P.issueCount(issues.length))})
      </h2>
      <p>${this.#t(M.issuesIntro)}</p>
      <ul class="issues">
        ${issues.map(
          (i) =>
            html`<li>
              <code class="path">${i.jsonPath}</code>
              <span class="message">${i.message[this.#lang]}</span>
              <span class="message-other" lang=${other}>${i.message[other]}</span>
            </li>`,
        )}
      </ul>
      <button
        type="button"
        @click=${() => {
          this.#issues = undefined;
          this.requestUpdate();
        }}
      >
        ${this.#t(M.dismiss)}
      </button>
    </div>`;
  }

  #openInterview(id: string | undefined): void {
    this.#interview = { id, step: undefined };
    this.#opened = undefined;
    writeInterviewRoute(this.#interview);
    this.requestUpdate();
  }

  #closeInterview(): void {
    this.#interview = undefined;
    writeInterviewRoute(undefined);
    this.#focusHeading = true;
    void this.#refresh();
    this.requestUpdate();
  }

  // The interview owns its store (same namespace); the demo only keeps its id and step in the URL,
  // so closing the tab and reopening the URL resumes at the same place.
  #renderInterview(route: InterviewRoute): TemplateResult {
    return html`<nav class="toolbar detail-nav">
        <button type="button" @click=${this.#closeInterview}>← ${this.#t(M.back)}</button>
      </nav>
      <toile-interview
        namespace=${DEMO_NAMESPACE}
        .store=${this.#store}
        assessment-id=${route.id ?? nothing}
        step=${route.step ?? nothing}
        @toile-step=${(e: ToileStepEvent) => {
          this.#interview = { id: e.assessmentId, step: e.step };
          writeInterviewRoute(this.#interview);
        }}
      ></toile-interview>`;
  }

  #renderList(): TemplateResult {
    const list = this.#summaries;
    return html`
      <h2 tabindex="-1">${this.#t(M.listTitle)}</h2>
      ${
        this.#encStatus === 'locked'
          ? html`<div class="locked-note">
              <p>${this.#t(PM.unlockIntro)}</p>
              <button
                type="button"
                class="primary"
                @click=${() => {
                  this.#showPrivacy(true);
                }}
              >
                ${this.#t(PM.unlockShort)}
              </button>
            </div>`
          : nothing
      }
      ${
        list === undefined
          ? html`<p>${this.#t(M.loading)}</p>`
          : list.length === 0
            ? html`<p class="empty">${this.#t(M.empty)}</p>`
            : html`<ul class="records">
                ${repeat(
                  list,
                  (s) => s.id,
                  (s) => this.#renderRow(s),
                )}
              </ul>`
      }
      <section class="create" aria-labelledby="create-title">
        <h2 id="create-title" class="h3">${this.#t(M.createTitle)}</h2>
        <form @submit=${this.#create}>
          <div class="field">
            <label for="tenant-name">${this.#t(M.tenantName)}</label>
            <input
              id="tenant-name"
              name="name"
              required
              maxlength="200"
              autocomplete="off"
              aria-describedby="tenant-name-hint"
            />
            <p id="tenant-name-hint" class="hint">${this.#t(M.tenantNameHint)}</p>
          </div>
          <div class="field">
            <label for="tenure">${this.#t(M.tenure)}</label>
            <select id="tenure" name="tenure">
              ${TENURES.map(
                (t) => html`<option value=${t}>${this.#t(ENUM_LABELS.tenure[t])}</option>`,
              )}
            </select>
          </div>
          <button type="submit" class="primary">${this.#t(M.create)}</button>
        </form>
      </section>
      <section class="data-actions" aria-labelledby="data-title">
        <h2 id="data-title" class="h3">${this.#t(M.actions)}</h2>
        <div class="toolbar">
          <button
            type="button"
            class="primary"
            @click=${() => {
              this.#openInterview(undefined);
            }}
          >
            ${this.#t(INTERVIEW_M.start)}
          </button>
          <button type="button" @click=${this.#exportAll}>${this.#t(M.exportAll)}</button>
          <button type="button" @click=${this.#loadPersonas}>${this.#t(M.loadPersonas)}</button>
          <div class="field file">
            <label for="import-file">${this.#t(M.importFile)}</label>
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              @change=${this.#importFile}
            />
          </div>
        </div>
      </section>
    `;
  }

  #renderRow(s: StoredSummary): TemplateResult {
    if (s.status === 'ok' && s.locked) {
      // Locked: only what the envelope keeps in clear, the id and the dates.
      return html`<li class="record locked" data-id=${s.id}>
        <div class="record-text">
          <span class="record-name record-id">${s.id}</span>
          <span class="record-meta">${this.#t(M.updated)} ${this.#formatDate(s.updatedAt)}</span>
        </div>
      </li>`;
    }
    const name = s.status === 'ok' ? (s.tenantName ?? this.#t(M.locked)) : s.id;
    return html`<li class="record ${s.status}">
      <div class="record-text">
        <span class="record-name">${name}</span>
        ${
          s.status === 'ok'
            ? html`<span class="record-meta"
                >${this.#t(M.updated)} ${this.#formatDate(s.updatedAt)}</span
              >`
            : html`<span class="record-meta">${this.#t(M.unreadable)}</span>`
        }
      </div>
      <div class="record-actions">
        ${
          s.status === 'ok'
            ? html`<button
                type="button"
                aria-label=${this.#t(INTERVIEW_M.openNamed(name))}
                @click=${() => {
                  this.#openInterview(s.id);
                }}
              >
                ${this.#t(INTERVIEW_M.open)}
              </button>`
            : nothing
        }
        ${
          s.status === 'ok'
            ? html`<button
                type="button"
                aria-label=${this.#t(P.openNamed(name))}
                @click=${() => void this.#open(s.id)}
              >
                ${this.#t(M.open)}
              </button>`
            : nothing
        }
        <button
          type="button"
          class="danger"
          aria-label=${this.#t(P.deleteNamed(name))}
          @click=${(e: Event) => {
            this.#askDelete(s.id, name, e);
          }}
        >
          ${this.#t(M.delete)}
        </button>
      </div>
    </li>`;
  }

  #renderDetail({ record }: Opened): TemplateResult {
    const tenant = record.registry.find((e) => e.id === record.tenant.personId);
    const name = tenant?.name ?? record.id;
    const views = listViews();
    return html`
      <nav class="toolbar detail-nav">
        <button type="button" @click=${this.#close}>← ${this.#t(M.back)}</button>
        <button
          type="button"
          @click=${() => {
            this.#openInterview(record.id);
          }}
        >
          ${this.#t(INTERVIEW_M.open)}
        </button>
        <button
          type="button"
          class="danger"
          @click=${(e: Event) => {
            this.#askDelete(record.id, name, e);
          }}
        >
          ${this.#t(M.delete)}
        </button>
      </nav>
      <h2 tabindex="-1">${name}</h2>
      <section class="summary" aria-labelledby="summary-title">
        <h3 id="summary-title">${this.#t(M.summaryTitle)}</h3>
        <dl>
          <dt>${this.#t(M.tenure)}</dt>
          <dd>${this.#t(ENUM_LABELS.tenure[record.tenant.tenure])}</dd>
          <dt>${this.#t(M.languages)}</dt>
          <dd>${record.tenant.languages.join(', ') || '—'}</dd>
          <dt>${this.#t(M.address)}</dt>
          <dd>${this.#t(M[record.tenant.formOfAddress])}</dd>
          <dt>${this.#t(M.people)}</dt>
          <dd>${record.registry.length}</dd>
          <dt>${this.#t(M.genogram)}</dt>
          <dd>${record.genogram.memberIds.length}</dd>
          <dt>${this.#t(M.ties)}</dt>
          <dd>${record.ecomap.ties.length}</dd>
          <dt>${this.#t(M.created)}</dt>
          <dd>${this.#formatDate(record.createdAt)}</dd>
          <dt>${this.#t(M.updated)}</dt>
          <dd>${this.#formatDate(record.updatedAt)}</dd>
        </dl>
      </section>
      <section
        id="views"
        aria-labelledby="views-title"
        @toile-change=${(e: ToileChangeEvent) => {
          this.#onViewChange(e);
        }}
      >
        <h3 id="views-title">${this.#t(M.viewsTitle)}</h3>
        ${
          views.length === 0
            ? html`<p class="empty">${this.#t(M.noViews)}</p>`
            : views.map(
                (v) =>
                  html`<section class="view" id=${`view-${v.id}`} aria-label=${this.#t(v.title)}>
                    <h4>${this.#t(v.title)}</h4>
                    ${this.#viewElements.get(v.id) ?? nothing}
                  </section>`,
              )
        }
      </section>
    `;
  }

  #renderDialog(): TemplateResult {
    const pending = this.#pendingDelete;
    return html`<dialog
      id="confirm-delete"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.#onDialogClose}
    >
      <h2 id="confirm-title" class="h3">${this.#t(M.deleteTitle)}</h2>
      <p id="confirm-body"><strong>${pending?.name ?? ''}</strong> — ${this.#t(M.deleteBody)}</p>
      <div class="toolbar">
        <button
          type="button"
          class="cancel"
          @click=${() => {
            this.querySelector<HTMLDialogElement>('#confirm-delete')?.close();
          }}
        >
          ${this.#t(M.cancel)}
        </button>
        <button type="button" class="danger confirm" @click=${this.#confirmDelete}>
          ${this.#t(M.delete)}
        </button>
      </div>
    </dialog>`;
  }

  #formatDate(iso: string): string {
    return new Intl.DateTimeFormat(this.#lang === 'en' ? 'en-CA' : 'fr-CA', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  }
}
