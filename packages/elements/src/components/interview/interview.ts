import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  ENUM_LABELS,
  TENURES,
  createAssessment,
  type Assessment,
  type Label,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import {
  StoreError,
  StoreInvalidRecordError,
  StoreValidationError,
  createStore,
  type AssessmentStore,
  type StoreChange,
  type StoredSummary,
} from '@toile/storage';
import { ToileElement } from '../../base/toile-element.js';
import { AssessmentController } from '../../controllers/assessment-controller.js';
import type { ToileChangeEvent } from '../../events/toile-change.js';
import type { ToileHighlightEvent } from '../../events/toile-highlight.js';
import { downloadBlob, fileSlug } from '../../export/download.js';
import type { MessageKey } from '../../i18n/fr.js';
import { registerMessages, translate } from '../../i18n/translate.js';
import { localToday } from '../isolation-risk/local-today.js';
import { Autosaver, type SaveState } from './interview-autosave.js';
import { renderConflict, type ConflictState } from './interview-conflict.js';
import type { StepContext } from './interview-context.js';
import { ToileSavedEvent, ToileStepEvent } from './interview-events.js';
import { renderLock } from './interview-lock.js';
import { defaultChoices, mergeVersions } from './interview-merge.js';
import {
  INTERVIEW_STEPS,
  firstIncompleteStep,
  isInterviewStep,
  overallProgress,
  stepProgress,
  type InterviewStep,
} from './interview-steps.js';
import { interviewStyles } from './interview.styles.js';
import { renderAbout } from './step-about.js';
import { consentGate, renderConsent } from './step-consent.js';
import { renderPlan, renderSummary } from './step-plan.js';
import { renderQuestions } from './step-questions.js';
import { frInterview } from '../../i18n/fr/interview.js';
import { enInterview } from '../../i18n/en/interview.js';

registerMessages(frInterview, enInterview);

type Phase = 'idle' | 'loading' | 'start' | 'notfound' | 'ready' | 'invalid' | 'error';

/** A save problem shown above the step; the in-memory record is kept in every case. */
type Fault =
  | { readonly kind: 'quota' | 'unavailable' | 'removed' }
  | { readonly kind: 'other'; readonly message: Label };

interface Draft {
  readonly field: string;
  readonly apply: (a: Assessment) => Assessment | undefined;
  readonly what: MessageKey;
}

/**
 * A guided welcome interview (entrevue d'accueil): consent, the person, genogram, ecomap,
 * questions, results (isolation risk and profile), plan and summary, with free navigation and
 * progress per step. It owns its storage: it autosaves to the store within half a second of an
 * edit and at once when the page is hidden, shows the save state, resumes later, reconciles two
 * tabs section by section, keeps edits in memory when the disk is full, and shows a lock screen
 * when the store is encrypted and locked. It makes no network call: it works offline.
 *
 * @summary Guided, autosaved welcome interview built from the other Toile elements.
 * @tag toile-interview
 * @since 0.1.0
 * @status experimental
 * @event toile-step - The worker moved to another step, or an interview was opened: `step`, `assessmentId`.
 * @event toile-saved - An autosave (or a merge) was written: `assessment` is the stored copy.
 * @event toile-change - An edit was committed (the interview's own fields, or a map element inside it).
 * @event toile-error - An edit or a stored record was refused (see the contract).
 * @event toile-highlight - Re-emitted from the risk element inside (composed), as every inner event.
 * @csspart base - The wrapper.
 * @csspart header - Title, save state and lock button.
 * @csspart status - The save state (an aria-live region).
 * @csspart steps - The step list.
 * @csspart progress - The overall progress bar.
 * @csspart step - The current step's content.
 * @csspart fault - A save problem (disk full, storage unavailable, removed elsewhere).
 * @csspart conflict - The two-version reconciliation view.
 * @csspart lock - The lock screen.
 * @csspart start - The start screen (list and new interview).
 * @csspart gate - The note shown instead of a section without consent.
 * @csspart error - The error state (unreadable record).
 * @cssproperty --toile-interview-muted-color - Secondary text; #49454f.
 * @cssproperty --toile-interview-border-color - Borders; #c4c7c5.
 * @cssproperty --toile-interview-accent-color - Current step and primary buttons; #0b57d0.
 * @cssproperty --toile-interview-error-color - Save errors; #b3261e.
 * @cssproperty --toile-interview-ok-color - The « Enregistré » state and complete steps; #1b6e2d.
 * @cssproperty --toile-interview-gap - Space between blocks; 1rem.
 * @cssproperty --toile-interview-nav-width - Width of the step list; 13rem.
 */
export class ToileInterview extends ToileElement {
  static override styles = [ToileElement.styles, interviewStyles];

  /** The namespace of the store the interview creates (`createStore`); ignored when `store` is set. None by default. */
  @property({ reflect: true }) namespace: string | undefined = undefined;

  /** The id of the interview to open; none by default (the start screen lists the namespace's interviews). */
  @property({ attribute: 'assessment-id', reflect: true }) assessmentId: string | undefined =
    undefined;

  /** The step shown, reflected; the first step not complete yet when an interview opens without one. */
  @property({ reflect: true }) step: string | undefined = undefined;

  /** The worker's name, recorded with each consent; empty by default (a field asks for it). */
  @property() worker = '';

  /** Milliseconds of quiet after an edit before it is saved; 400 by default. */
  @property({ type: Number, attribute: 'save-delay' }) saveDelay = 400;

  /** The date used for consents, notes and scores, `YYYY-MM-DD`; today's local date by default. */
  @property({ reflect: true }) today: string | undefined = undefined;

  /** The vocabularies records are checked against; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined = undefined;

  @state() private phase: Phase = 'idle';

  readonly #data = new AssessmentController(this, { vocabularies: () => this.vocabularies });
  readonly #saver = new Autosaver({
    current: () => this.#current(),
    saved: (stored) => {
      this.#saved(stored);
    },
    failed: (error) => {
      this.#saveFailed(error);
    },
    changed: () => {
      this.requestUpdate();
    },
  });

  #hostStore: AssessmentStore | undefined;
  #ownStore: AssessmentStore | undefined;
  #subscribed: AssessmentStore | undefined;
  #unsubscribe: (() => void) | undefined;
  #openToken = 0;
  #summaries: StoredSummary[] = [];
  #base: Assessment | undefined;
  #draft: Draft | undefined;
  #fault: Fault | undefined;
  #conflict: ConflictState | undefined;
  #invalid: { readonly issues: readonly ValidationIssue[]; readonly raw: unknown } | undefined;
  #loadError: Label | undefined;
  #highlight: readonly string[] = [];
  #workerName: string | undefined;
  #encrypted = false;
  #locked = false;
  #lockRecovery = false;
  #lockMessage = '';
  #lockBusy = false;
  #navFocus: number | undefined;
  #focusAfterRender: string | undefined;
  #notice = '';

  /** The store to use instead of one created from `namespace` (e.g. a host's EMR-backed store). */
  @property({ attribute: false })
  get store(): AssessmentStore | undefined {
    return this.#hostStore ?? this.#ownStore;
  }
  set store(value: AssessmentStore | undefined) {
    const old = this.#hostStore;
    this.#hostStore = value;
    this.requestUpdate('store', old);
  }

  /** The record being edited, unsaved edits included; undefined until one is open. */
  get assessment(): Assessment | undefined {
    return this.#data.value;
  }

  /** The save indicator's state: `idle`, `saving`, `saved`, `offline` or `error`. */
  get saveState(): SaveState {
    return this.#saver.state;
  }

  /** Whether the store is locked (the lock screen is shown). */
  get locked(): boolean {
    return this.#locked;
  }

  /** Saves pending edits now; resolves when the store has answered. */
  async save(): Promise<void> {
    this.#commitDraft();
    await this.#saver.flush();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
    window.addEventListener('pagehide', this.#onPageHide);
    // Moved in the DOM, or reattached: reopen (the store was released on disconnect).
    if (this.hasUpdated) void this.#open();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.removeEventListener('pagehide', this.#onPageHide);
    this.#commitDraft();
    const own = this.#ownStore;
    this.#ownStore = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
    this.#openToken += 1;
    // Save what is pending before releasing the store this element created.
    void this.#saver.flush().finally(() => own?.close());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#saver.delay = this.saveDelay;
    const reopen = changed.has('namespace') || changed.has('store') || changed.has('assessmentId');
    if (reopen && this.isConnected) {
      const current = this.#data.value;
      // Setting the id of the interview already open (e.g. after creating it) is not a reopen.
      const same =
        !changed.has('namespace') && !changed.has('store') && current?.id === this.assessmentId;
      if (!same) void this.#open();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.#focusAfterRender;
    if (target) {
      this.#focusAfterRender = undefined;
      this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    }
  }

  // Storage

  #resolveStore(): AssessmentStore | undefined {
    if (this.#hostStore) {
      if (this.#ownStore) {
        this.#ownStore.close();
        this.#ownStore = undefined;
      }
      return this.#hostStore;
    }
    const ns = this.namespace;
    if (this.#ownStore && this.#ownStore.namespace !== ns) {
      this.#ownStore.close();
      this.#ownStore = undefined;
    }
    if (!this.#ownStore && ns) this.#ownStore = createStore({ namespace: ns });
    return this.#ownStore;
  }

  async #open(): Promise<void> {
    const token = ++this.#openToken;
    this.#commitDraft();
    await this.#saver.flush();
    if (token !== this.#openToken) return;
    let store: AssessmentStore | undefined;
    try {
      store = this.#resolveStore();
    } catch (error) {
      this.#loadFailed(error);
      return;
    }
    this.#saver.store = store;
    if (!store) {
      this.phase = 'error';
      this.#loadError = {
        fr: translate('fr', 'interview.noStore'),
        en: translate('en', 'interview.noStore'),
      };
      return;
    }
    if (this.#subscribed !== store) {
      this.#unsubscribe?.();
      this.#subscribed = store;
      this.#unsubscribe = store.subscribe((change) => {
        this.#onStoreChange(change);
      });
    }
    this.phase = 'loading';
    this.#fault = undefined;
    this.#conflict = undefined;
    this.#invalid = undefined;
    this.#loadError = undefined;
    try {
      const status = store.encryption ? await store.encryption.status() : 'none';
      if (token !== this.#openToken) return;
      this.#encrypted = status !== 'none';
      if (status === 'locked') {
        this.#lock();
        return;
      }
      const id = this.assessmentId;
      if (!id) {
        this.#summaries = await store.list();
        if (token !== this.#openToken) return;
        this.#data.set(undefined);
        this.phase = 'start';
        return;
      }
      const record = await store.get(id);
      if (token !== this.#openToken) return;
      if (!record) {
        this.#data.set(undefined);
        this.phase = 'notfound';
        return;
      }
      this.#load(record);
      this.phase = 'ready';
      const step = isInterviewStep(this.step) ? this.step : firstIncompleteStep(record);
      this.step = step;
      this.emit(new ToileStepEvent(step, record.id));
    } catch (error) {
      if (token === this.#openToken) this.#loadFailed(error);
    }
  }

  #loadFailed(error: unknown): void {
    if (error instanceof StoreError && error.code === 'locked') {
      this.#lock();
      return;
    }
    if (error instanceof StoreInvalidRecordError) {
      this.#invalid = { issues: error.issues, raw: error.raw };
      this.phase = 'invalid';
      return;
    }
    this.#loadError =
      error instanceof StoreError ? error.messages : { fr: String(error), en: String(error) };
    this.phase = 'error';
  }

  /** Takes a record read from (or just written to) the store as the one being edited. */
  #load(record: Assessment): void {
    this.#draft = undefined;
    this.#data.set(record);
    this.#base = record;
    this.#saver.reset(record.revision);
    this.#conflict = undefined;
    this.#fault = undefined;
  }

  #current(): Assessment | undefined {
    this.#commitDraft();
    return this.#data.value;
  }

  #saved(stored: Assessment): void {
    this.#base = stored;
    this.#fault = undefined;
    this.emit(new ToileSavedEvent(stored));
  }

  #saveFailed(error: unknown): void {
    const code = error instanceof StoreError ? error.code : undefined;
    if (code === 'conflict') {
      void this.#enterConflict();
      return;
    }
    if (code === 'locked') {
      this.#lock();
      return;
    }
    if (code === 'quota-exceeded') this.#fault = { kind: 'quota' };
    else if (code === 'unavailable') this.#fault = { kind: 'unavailable' };
    else if (code === 'not-found') this.#fault = { kind: 'removed' };
    else
      this.#fault = {
        kind: 'other',
        message:
          error instanceof StoreError ? error.messages : { fr: String(error), en: String(error) },
      };
    this.requestUpdate();
  }

  #onStoreChange(change: StoreChange): void {
    if (change.type === 'locked') {
      this.#lock();
      return;
    }
    if (change.type === 'unlocked') {
      if (this.#locked) this.#afterUnlock();
      return;
    }
    if (this.phase === 'start') {
      void this.#refreshList();
      return;
    }
    const id = this.#data.value?.id;
    if (!id || this.phase !== 'ready') return;
    const concerns =
      change.type === 'destroyed' ||
      change.id === id ||
      (change.ids !== undefined && change.ids.includes(id));
    if (concerns) void this.#checkRemote();
  }

  async #refreshList(): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      this.#summaries = await store.list();
      this.requestUpdate();
    } catch {
      // The list stays as it was; the next change or a reload will try again.
    }
  }

  /** Another tab changed the open record: reload it quietly, or reconcile if there are edits here. */
  async #checkRemote(): Promise<void> {
    await this.#saver.idle();
    const store = this.store;
    const id = this.#data.value?.id;
    if (!store || !id || this.#conflict || this.#locked) return;
    let remote: Assessment | undefined;
    try {
      remote = await store.get(id);
    } catch (error) {
      if (error instanceof StoreError && error.code === 'locked') this.#lock();
      return;
    }
    if (this.assessment?.id !== id || this.#inConflict()) return;
    if (!remote) {
      this.#fault = { kind: 'removed' };
      this.requestUpdate();
      return;
    }
    if (remote.revision <= this.#saver.storedRevision) return;
    if (!this.#saver.dirty && !this.#draft) {
      this.#load(remote);
      this.#say('interview.reloaded');
      return;
    }
    await this.#enterConflict(remote);
  }

  // A method, not a field read, because the conflict may start while a read is awaited.
  #inConflict(): boolean {
    return this.#conflict !== undefined;
  }

  async #enterConflict(latest?: Assessment): Promise<void> {
    this.#saver.paused = true;
    this.#saver.cancel();
    const mine = this.#current();
    const store = this.store;
    if (!mine || !store) return;
    let theirs = latest;
    try {
      theirs ??= await store.get(mine.id);
    } catch (error) {
      this.#saver.paused = false;
      this.#saveFailed(error);
      return;
    }
    if (!theirs) {
      this.#saver.paused = false;
      this.#fault = { kind: 'removed' };
      this.requestUpdate();
      return;
    }
    const base = this.#base;
    this.#conflict = { mine, theirs, base, choices: defaultChoices(base, mine, theirs) };
    this.#focusAfterRender = '#conflict-title';
    this.requestUpdate();
  }

  async #saveMerge(): Promise<void> {
    const conflict = this.#conflict;
    const store = this.store;
    if (!conflict || !store) return;
    const merged = mergeVersions(conflict.mine, conflict.theirs, conflict.choices);
    try {
      const stored = await store.put(merged);
      this.#saver.paused = false;
      this.#load(stored);
      this.#saver.savedAt = new Date();
      this.emit(new ToileSavedEvent(stored));
      this.#say('interview.merged');
      this.#focusAfterRender = '[part="step"] h2';
    } catch (error) {
      if (error instanceof StoreError && error.code === 'conflict') {
        // Yet another save meanwhile: compare against that one, keeping the choices made.
        const theirs = await store.get(conflict.mine.id).catch(() => undefined);
        if (theirs) this.#conflict = { ...conflict, theirs, base: conflict.theirs };
      } else if (error instanceof StoreValidationError) {
        this.#conflict = { ...conflict, issues: error.issues };
      } else {
        this.#saveFailed(error);
      }
    }
    this.requestUpdate();
  }

  #downloadBoth(): void {
    const c = this.#conflict;
    if (!c) return;
    const file = {
      format: 'toile-interview-versions',
      id: c.mine.id,
      thisPage: c.mine,
      otherTab: c.theirs,
    };
    this.#download(file, `${fileSlug(this.#tenantName(c.mine))}-deux-versions`);
  }

  #download(value: unknown, name: string): void {
    const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
    downloadBlob(blob, `${name}.json`);
  }

  #exportCurrent(): void {
    const a = this.#current();
    if (a) this.#download(a, `entrevue-${fileSlug(this.#tenantName(a))}`);
  }

  // Lock

  #lock(): void {
    this.#locked = true;
    this.#encrypted = true;
    this.#saver.paused = true;
    this.#saver.cancel();
    this.#lockMessage = '';
    this.#focusAfterRender = '#lock-title';
    this.requestUpdate();
  }

  #afterUnlock(): void {
    this.#locked = false;
    this.#saver.paused = false;
    this.#lockMessage = '';
    this.requestUpdate();
    if (this.phase === 'ready' && this.#data.value) {
      if (this.#saver.dirty) void this.#saver.flush();
      void this.#checkRemote();
      this.#focusAfterRender = '[part="step"] h2';
    } else {
      void this.#open();
    }
  }

  async #unlock(secret: string): Promise<void> {
    const enc = this.store?.encryption;
    if (!enc) return;
    this.#lockBusy = true;
    this.#lockMessage = '';
    this.requestUpdate();
    try {
      if (this.#lockRecovery) await enc.unlockWithRecoveryKey(secret);
      else await enc.unlock(secret);
      this.#lockBusy = false;
      if (this.#locked) this.#afterUnlock();
    } catch (error) {
      this.#lockBusy = false;
      this.#lockMessage =
        error instanceof StoreError ? this.l10n.label(error.messages) : String(error);
      this.requestUpdate();
    }
  }

  // Edits

  #label(what: MessageKey): Label {
    const address = this.l10n.address;
    const fr = translate('fr', 'interview.changed', { what: translate('fr', what, {}, address) });
    const en = translate('en', 'interview.changed', { what: translate('en', what, {}, address) });
    return { fr, en };
  }

  #edit(next: Assessment, what: MessageKey): void {
    const draft = this.#draft;
    this.#draft = undefined;
    // A text draft not committed yet is kept: applied on top of this edit.
    const withDraft = draft ? (draft.apply(next) ?? next) : next;
    if (this.#data.commit(withDraft, { kind: 'interview-edit', label: this.#label(what) })) {
      this.#afterEdit();
    }
  }

  #draftEdit(field: string, apply: Draft['apply'], what: MessageKey): void {
    if (this.#draft && this.#draft.field !== field) this.#commitDraft();
    this.#draft = { field, apply, what };
    this.#afterEdit();
  }

  #commitDraft(): void {
    const draft = this.#draft;
    const value = this.#data.value;
    this.#draft = undefined;
    if (!draft || !value) return;
    const next = draft.apply(value);
    if (next && next !== value) {
      this.#data.commit(next, { kind: 'interview-edit', label: this.#label(draft.what) });
    }
  }

  #afterEdit(): void {
    this.#saver.schedule();
    this.store?.encryption?.touch();
  }

  #onChildChange(e: ToileChangeEvent): void {
    // The interview's own commits are dispatched on the host, outside this listener's subtree.
    if (e.target === this) return;
    this.#draft = undefined;
    this.#data.set(e.assessment);
    this.#afterEdit();
  }

  #onHighlight(e: ToileHighlightEvent): void {
    this.#highlight = e.ids;
    this.requestUpdate();
  }

  #goTo(step: InterviewStep): void {
    this.#commitDraft();
    this.step = step;
    this.#navFocus = undefined;
    this.#focusAfterRender = '[part="step"] h2';
    this.emit(new ToileStepEvent(step, this.#data.value?.id));
  }

  #say(key: MessageKey): void {
    this.#notice = this.l10n.t(key);
    this.requestUpdate();
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void this.save();
  };

  readonly #onPageHide = (): void => {
    void this.save();
  };

  #onNavKey(e: KeyboardEvent, index: number): void {
    const last = INTERVIEW_STEPS.length - 1;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: last,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    this.#navFocus = Math.min(last, Math.max(0, to));
    this.#focusAfterRender = `[part="steps"] li:nth-child(${String(this.#navFocus + 1)}) button`;
    this.requestUpdate();
  }

  #tenantName(a: Assessment): string {
    return a.registry.find((e) => e.id === a.tenant.personId)?.name ?? a.id;
  }

  #today(): string {
    return this.today ?? localToday();
  }

  // Rendering

  override render(): TemplateResult {
    const a = this.#data.value;
    this.l10n.address = a?.tenant.formOfAddress ?? 'vous';
    const live = html`<div class="sr-only" role="status" aria-live="polite">
      ${this.#data.announcer.message} ${this.#notice}
    </div>`;
    return html`<div part="base">${this.#renderBody()}</div>
      ${live}`;
  }

  #renderBody(): TemplateResult {
    if (this.#locked) {
      return html`${this.#renderHeader()}
      ${renderLock(
        (k) => this.l10n.t(k),
        {
          recovery: this.#lockRecovery,
          keptEdits: this.#saver.dirty,
          message: this.#lockMessage,
          busy: this.#lockBusy,
        },
        {
          submit: (secret) => void this.#unlock(secret),
          toggle: () => {
            this.#lockRecovery = !this.#lockRecovery;
            this.#lockMessage = '';
            this.requestUpdate();
          },
        },
      )}`;
    }
    switch (this.phase) {
      case 'idle':
      case 'loading':
        return html`<p>${this.l10n.t('interview.loading')}</p>`;
      case 'start':
      case 'notfound':
        return this.#renderStart();
      case 'invalid':
        return this.#renderInvalid();
      case 'error':
        return html`<div part="error" role="alert">
          <p>${this.l10n.t('interview.loadError')}</p>
          <p>${this.#loadError ? this.l10n.label(this.#loadError) : ''}</p>
          <button type="button" @click=${() => void this.#open()}>
            ${this.l10n.t('interview.retry')}
          </button>
        </div>`;
      case 'ready':
        return this.#renderInterview();
    }
  }

  #renderHeader(a?: Assessment): TemplateResult {
    const state = this.#saver.state;
    const text: Record<SaveState, string> = {
      idle: '',
      saved: this.l10n.t('interview.saved'),
      saving: this.l10n.t('interview.saving'),
      offline: this.l10n.t('interview.offline'),
      error: this.l10n.t('interview.error'),
    };
    return html`<div part="header" class="header">
      <h2>
        ${a ? this.l10n.t('interview.titleFor', { name: this.#tenantName(a) }) : this.l10n.t('interview.title')}
      </h2>
      <p
        part="status"
        role="status"
        aria-live="polite"
        data-state=${state}
        aria-label=${this.l10n.t('interview.saveState')}
      >
        ${text[state]}
      </p>
      ${
        this.#encrypted && !this.#locked
          ? html`<button type="button" @click=${() => this.store?.encryption?.lock()}>
              ${this.l10n.t('interview.lock')}
            </button>`
          : nothing
      }
      ${
        a && !this.#locked
          ? html`<button
              type="button"
              @click=${() => {
                this.#commitDraft();
                this.step = undefined;
                this.assessmentId = undefined;
              }}
            >
              ${this.l10n.t('interview.all')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #renderStart(): TemplateResult {
    const notFound = this.phase === 'notfound';
    return html`${this.#renderHeader()}
      <section part="start">
        ${
          notFound
            ? html`<p role="alert">
                ${this.l10n.t('interview.notFound', { id: this.assessmentId ?? '' })}
              </p>`
            : html`<h3>${this.l10n.t('interview.startList')}</h3>
                ${
                  this.#summaries.length === 0
                    ? html`<p class="muted">${this.l10n.t('interview.startEmpty')}</p>`
                    : html`<ul class="records">
                        ${repeat(
                          this.#summaries,
                          (s) => s.id,
                          (s) => this.#renderSummaryRow(s),
                        )}
                      </ul>`
                }`
        }
        <h3 id="new-title">${this.l10n.t('interview.newTitle')}</h3>
        <form class="add" aria-labelledby="new-title" @submit=${this.#create}>
          <div class="field">
            <label for="new-name">${this.l10n.t('interview.newName')}</label>
            <input
              id="new-name"
              name="name"
              required
              maxlength="200"
              autocomplete="off"
              aria-describedby="new-name-hint"
            />
            <p class="hint" id="new-name-hint">${this.l10n.t('interview.newNameHint')}</p>
          </div>
          <div class="field">
            <label for="new-tenure">${this.l10n.t('interview.tenure')}</label>
            <select id="new-tenure" name="tenure">
              ${TENURES.map((t) => html`<option value=${t}>${this.l10n.label(ENUM_LABELS.tenure[t])}</option>`)}
            </select>
          </div>
          <button type="submit" class="primary">${this.l10n.t('interview.create')}</button>
        </form>
        <p class="muted">${this.l10n.t('interview.localOnly')}</p>
      </section>`;
  }

  #renderSummaryRow(s: StoredSummary): TemplateResult {
    const name =
      s.status === 'invalid'
        ? this.l10n.t('interview.unreadableEntry')
        : (s.tenantName ?? (s.locked ? this.l10n.t('interview.lockedEntry') : s.id));
    return html`<li>
      <span>
        <span>${name}</span>
        ${
          s.updatedAt
            ? html`<span class="muted"
                >${this.l10n.t('interview.updated', { date: this.l10n.formatDate(s.updatedAt) })}</span
              >`
            : nothing
        }
      </span>
      <button
        type="button"
        aria-label=${this.l10n.t('interview.resume', { name })}
        @click=${() => {
          this.step = undefined;
          this.assessmentId = s.id;
        }}
      >
        ${this.l10n.t('interview.resumeShort')}
      </button>
    </li>`;
  }

  readonly #create = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const store = this.store;
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const rawName = data.get('name');
    const name = (typeof rawName === 'string' ? rawName : '').trim().slice(0, 200);
    const tenure = TENURES.find((t) => t === data.get('tenure')) ?? 'other';
    if (!name || !store) return;
    const id = this.assessmentId ?? crypto.randomUUID();
    const record: Assessment = {
      ...createAssessment({ id, now: new Date().toISOString(), tenantName: name, tenure }),
      interviewDate: this.#today(),
    };
    try {
      const stored = await store.put(record);
      this.#load(stored);
      this.assessmentId = id;
      this.phase = 'ready';
      this.step = 'consent';
      this.#focusAfterRender = '[part="step"] h2';
      this.emit(new ToileStepEvent('consent', id));
    } catch (error) {
      this.#loadFailed(error);
    }
  };

  #renderInvalid(): TemplateResult {
    const inv = this.#invalid;
    return html`${this.#renderHeader()}
      <div part="error" role="alert">
        <h3>${this.l10n.t('interview.invalidTitle')}</h3>
        <p>${this.l10n.t('interview.invalidBody')}</p>
        <p>${this.l10n.t('common.issueCount', { count: inv?.issues.length ?? 0 })}</p>
        <ul>
          ${(inv?.issues ?? []).map((i) => html`<li><code>${i.jsonPath}</code> : ${this.l10n.label(i.message)}</li>`)}
        </ul>
        <button
          type="button"
          @click=${() => {
            this.#download(inv?.raw, `entrevue-${fileSlug(this.assessmentId ?? 'illisible')}`);
          }}
        >
          ${this.l10n.t('interview.downloadRaw')}
        </button>
      </div>`;
  }

  #renderInterview(): TemplateResult {
    const a = this.#data.value;
    if (!a) return html`<p>${this.l10n.t('interview.loading')}</p>`;
    const current: InterviewStep = isInterviewStep(this.step) ? this.step : 'consent';
    const index = INTERVIEW_STEPS.indexOf(current);
    const focusIndex = this.#navFocus ?? index;
    const percent = overallProgress(a);
    return html`${this.#renderHeader(a)} ${this.#renderFault()}
    ${
      this.#conflict
        ? renderConflict(
            { t: (k, p) => this.l10n.t(k, p), label: (l) => this.l10n.label(l) },
            this.#conflict,
            {
              choose: (section, side) => {
                const c = this.#conflict;
                if (!c) return;
                this.#conflict = { ...c, choices: { ...c.choices, [section]: side } };
                this.requestUpdate();
              },
              downloadBoth: () => {
                this.#downloadBoth();
              },
              save: () => void this.#saveMerge(),
            },
          )
        : html`<div class="layout">
            <nav part="steps" aria-label=${this.l10n.t('interview.steps')}>
              <div part="progress">
                <label for="progress" class="muted">${this.l10n.t('interview.progress')}</label>
                <progress id="progress" max="100" .value=${percent}></progress>
                <span class="muted">${this.l10n.t('interview.progressText', { percent })}</span>
              </div>
              <ol aria-describedby="steps-help">
                ${INTERVIEW_STEPS.map((step, i) => {
                  const p = stepProgress(a, step);
                  const complete = p.total > 0 && p.done === p.total;
                  return html`<li>
                    <button
                      type="button"
                      aria-current=${step === current ? 'step' : nothing}
                      tabindex=${i === focusIndex ? 0 : -1}
                      data-step=${step}
                      @click=${() => {
                        this.#goTo(step);
                      }}
                      @keydown=${(e: KeyboardEvent) => {
                        this.#onNavKey(e, i);
                      }}
                    >
                      <span>${this.l10n.t(`interview.step.${step}`)}</span>
                      ${
                        p.total > 0
                          ? html`<span class="count ${complete ? 'complete' : ''}"
                              >${complete ? '✓ ' : ''}${this.l10n.t('interview.stepDone', { done: p.done, total: p.total })}</span
                            >`
                          : nothing
                      }
                    </button>
                  </li>`;
                })}
              </ol>
              <p id="steps-help" class="sr-only">${this.l10n.t('interview.stepsHelp')}</p>
            </nav>
            <section
              part="step"
              data-step=${current}
              aria-labelledby="step-title"
              @toile-change=${(e: ToileChangeEvent) => {
                this.#onChildChange(e);
              }}
              @toile-highlight=${(e: ToileHighlightEvent) => {
                this.#onHighlight(e);
              }}
            >
              <h2 id="step-title" tabindex="-1">${this.l10n.t(`interview.step.${current}`)}</h2>
              <p class="muted">
                ${this.l10n.t('interview.stepOf', { n: index + 1, total: INTERVIEW_STEPS.length })}
              </p>
              ${this.#renderStep(current, a)}
              <div class="pager">
                ${
                  index > 0
                    ? html`<button
                        type="button"
                        class="previous"
                        @click=${() => {
                          this.#goTo(INTERVIEW_STEPS[index - 1] ?? 'consent');
                        }}
                      >
                        ← ${this.l10n.t('interview.previous')}
                      </button>`
                    : html`<span></span>`
                }
                ${
                  index < INTERVIEW_STEPS.length - 1
                    ? html`<button
                        type="button"
                        class="next primary"
                        @click=${() => {
                          this.#goTo(INTERVIEW_STEPS[index + 1] ?? 'summary');
                        }}
                      >
                        ${this.l10n.t('interview.next')} →
                      </button>`
                    : nothing
                }
              </div>
            </section>
          </div>`
    }`;
  }

  #renderFault(): TemplateResult | typeof nothing {
    const f = this.#fault;
    if (!f) return nothing;
    const text =
      f.kind === 'other'
        ? this.l10n.t('interview.saveFailed', { message: this.l10n.label(f.message) })
        : this.l10n.t(
            f.kind === 'quota'
              ? 'interview.quota'
              : f.kind === 'unavailable'
                ? 'interview.unavailable'
                : 'interview.removedElsewhere',
          );
    return html`<div part="fault" class="fault" role="alert">
      <p>${text}</p>
      <button
        type="button"
        class="export-current"
        @click=${() => {
          this.#exportCurrent();
        }}
      >
        ${this.l10n.t('interview.exportCurrent')}
      </button>
      ${
        f.kind === 'removed'
          ? html`<button
              type="button"
              @click=${() => {
                this.#saver.storedRevision = 0;
                this.#saver.schedule();
                void this.#saver.flush();
              }}
            >
              ${this.l10n.t('interview.saveAgain')}
            </button>`
          : nothing
      }
    </div>`;
  }

  #context(a: Assessment): StepContext {
    return {
      record: a,
      lang: this.l10n.lang,
      worker: this.#workerName ?? this.worker,
      today: this.#today(),
      highlight: this.#highlight,
      t: (k, p) => this.l10n.t(k, p),
      label: (l) => this.l10n.label(l),
      formatDate: (d) => this.l10n.formatDate(`${d}T12:00:00`),
      edit: (next, what) => {
        this.#edit(next, what);
      },
      draft: (field, apply, what) => {
        this.#draftEdit(field, apply, what);
      },
      commitDraft: () => {
        this.#commitDraft();
      },
      goTo: (step) => {
        this.#goTo(step);
      },
      setWorker: (name) => {
        this.#workerName = name;
        this.requestUpdate();
      },
    };
  }

  #renderStep(step: InterviewStep, a: Assessment): TemplateResult {
    const c = this.#context(a);
    switch (step) {
      case 'consent':
        return renderConsent(c);
      case 'about':
        return renderAbout(c);
      case 'genogram':
        return (
          consentGate(c, 'genogram') ??
          html`<toile-genogram .assessment=${a} .highlight=${this.#highlight}></toile-genogram>`
        );
      case 'ecomap':
        return (
          consentGate(c, 'ecomap') ??
          html`<toile-ecomap .assessment=${a} .highlight=${this.#highlight}></toile-ecomap>`
        );
      case 'questions':
        return renderQuestions(c);
      case 'results':
        return this.#renderResults(c, a);
      case 'plan':
        return renderPlan(c);
      case 'summary':
        return renderSummary(c, () => {
          this.#exportCurrent();
        });
    }
  }

  #renderResults(c: StepContext, a: Assessment): TemplateResult {
    const today = this.#today();
    return html`<p>${c.t('interview.resultsIntro')}</p>
      <div class="maps">
        <toile-isolation-risk .assessment=${a} today=${today}></toile-isolation-risk>
        ${
          a.consent.ecomap?.granted
            ? html`<section aria-labelledby="hl-title">
                <h3 id="hl-title">${c.t('interview.highlightTitle')}</h3>
                <p class="muted">
                  ${
                    this.#highlight.length
                      ? c.t('interview.highlighted', { count: this.#highlight.length })
                      : c.t('interview.highlightNone')
                  }
                </p>
                <toile-ecomap
                  readonly
                  .assessment=${a}
                  .highlight=${this.#highlight}
                ></toile-ecomap>
              </section>`
            : nothing
        }
        <section aria-labelledby="profile-title">
          <h3 id="profile-title">${c.t('interview.profileTitle')}</h3>
          <toile-profile .assessment=${a} today=${today}></toile-profile>
        </section>
      </div>`;
  }
}
