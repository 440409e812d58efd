import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Label } from '@toile/core';
import {
  namespaceKey,
  StoreError,
  type AssessmentStore,
  type EncryptionStatus,
  type ExpiredSummary,
} from '@toile/storage';
import { downloadJson, exportFileName } from './download.js';
import { passphraseStrength } from './passphrase-strength.js';
import { printKeySheet } from './print-key.js';
import { fill, PM, PP } from './privacy-messages.js';

type Lang = 'fr' | 'en';

/** The local calendar date, `YYYY-MM-DD` (retention dates are calendar dates). */
export function localDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface Expired extends ExpiredSummary {
  /** The tenant's name when the namespace is unlocked (or not encrypted). */
  readonly name?: string;
}

/**
 * The demo's « Protection des données » panel: encryption set-up (with the recovery key shown
 * once and printed alone), unlock by passphrase or recovery key, passphrase change, auto-lock
 * delay, exports (encrypted by default, in clear only when unlocked and confirmed, consent
 * filtered on request), records past their retention date, and destroying the whole namespace.
 * Light DOM, so demo/styles.css applies. The app owns the store; this panel only calls it.
 */
export class ToileDemoPrivacy extends LitElement {
  static override properties = {
    store: { attribute: false },
    lang: {},
    autoLockMinutes: { attribute: false },
  };

  /** The store of the demo namespace; none until the app sets it. */
  declare store: AssessmentStore | undefined;
  /** The panel's language; French by default. */
  declare lang: Lang;
  /** The auto-lock delay in minutes, as the app applies it; 15 by default. */
  declare autoLockMinutes: number;
  /** Asks the app to apply a new auto-lock delay; returns what to tell the user. */
  onAutoLock: ((minutes: number) => Label) | undefined;
  /** Asks the app to destroy the namespace (the app releases and forgets its store). */
  onDestroyAll: (() => Promise<void>) | undefined;

  #status: EncryptionStatus | undefined;
  #unsubscribe: (() => void) | undefined;
  #subscribed: AssessmentStore | undefined;
  #recoveryKey: string | undefined;
  #recoveryCreated: string | undefined;
  #useRecovery = false;
  #busy = false;
  #strength = passphraseStrength('');
  #setupError: Label | undefined;
  #unlockError: Label | undefined;
  #changeError: Label | undefined;
  #message: Label | undefined;
  #expired: Expired[] = [];
  #pendingDestroy: Expired | undefined;
  #destroyAllTyped = '';
  #destroyAllError: Label | undefined;
  #consentFiltered = false;

  constructor() {
    super();
    this.store = undefined;
    this.lang = 'fr';
    this.autoLockMinutes = 15;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
    // The recovery key is shown once: leaving the panel forgets it.
    this.#recoveryKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#subscribed !== this.store) {
      this.#unsubscribe?.();
      this.#subscribed = this.store;
      // Nothing may read a destroyed namespace: a read would recreate its database.
      this.#unsubscribe = this.store?.subscribe((change) => {
        if (change.type !== 'destroyed') void this.#refresh();
      });
      void this.#refresh();
    }
  }

  #t(label: Label): string {
    return label[this.lang];
  }

  async #refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    try {
      this.#status = store.encryption ? await store.encryption.status() : 'none';
      const expired = store.listExpired ? await store.listExpired(localDate(new Date())) : [];
      const names = new Map<string, string>();
      if (this.#status !== 'locked') {
        for (const s of await store.list()) if (s.tenantName) names.set(s.id, s.tenantName);
      }
      this.#expired = expired.map((e) => {
        const name = names.get(e.id);
        return name === undefined ? e : { ...e, name };
      });
    } catch {
      // A destroyed or closed store: the app swaps it; nothing to show meanwhile.
    }
    this.requestUpdate();
  }

  #errorLabel(error: unknown): Label {
    return error instanceof StoreError
      ? error.messages
      : { fr: `Erreur inattendue : ${String(error)}`, en: `Unexpected error: ${String(error)}` };
  }

  async #run(task: () => Promise<void>): Promise<void> {
    this.#busy = true;
    this.requestUpdate();
    try {
      await task();
    } finally {
      this.#busy = false;
      this.requestUpdate();
    }
  }

  #say(label: Label): void {
    this.#message = label;
    this.requestUpdate();
  }

  #field(form: HTMLFormElement, name: string): string {
    const value = new FormData(form).get(name);
    return typeof value === 'string' ? value : '';
  }

  // Set-up

  async #setup(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const enc = this.store?.encryption;
    if (!enc) return;
    const passphrase = this.#field(form, 'passphrase');
    if (passphrase !== this.#field(form, 'passphrase-again')) {
      this.#setupError = PM.mismatch;
      this.requestUpdate();
      return;
    }
    this.#setupError = undefined;
    await this.#run(async () => {
      try {
        const result = await enc.setup(passphrase);
        form.reset();
        this.#strength = 'empty';
        this.#recoveryKey = result.recoveryKey;
        this.#recoveryCreated = localDate(new Date());
        this.#say(PP.encrypted(result.encrypted));
        await this.#refresh();
        await this.updateComplete;
        this.querySelector<HTMLElement>('#recovery-title')?.focus();
      } catch (error) {
        this.#setupError = this.#errorLabel(error);
      }
    });
  }

  #print(): void {
    const key = this.#recoveryKey;
    if (!key || !this.store) return;
    printKeySheet({
      lang: this.lang === 'fr' ? 'fr-CA' : 'en-CA',
      title: this.#t(PM.sheetTitle),
      key,
      body: this.#t(PM.sheetBody),
      lines: [
        [this.#t(PM.sheetNamespace), this.store.namespace],
        [this.#t(PM.sheetDate), this.#recoveryCreated ?? localDate(new Date())],
      ],
    });
  }

  // Unlock, lock, change

  async #unlock(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const enc = this.store?.encryption;
    if (!enc) return;
    const secret = this.#field(form, this.#useRecovery ? 'recovery-key' : 'unlock-passphrase');
    this.#unlockError = undefined;
    await this.#run(async () => {
      try {
        if (this.#useRecovery) await enc.unlockWithRecoveryKey(secret);
        else await enc.unlock(secret);
        form.reset();
        this.#useRecovery = false;
        this.#say(PM.unlocked);
        await this.#refresh();
      } catch (error) {
        this.#unlockError = this.#errorLabel(error);
        await this.updateComplete;
        this.querySelector<HTMLInputElement>('#unlock-form input')?.select();
      }
    });
  }

  #lock(): void {
    this.store?.encryption?.lock();
    this.#recoveryKey = undefined;
    void this.#refresh();
  }

  async #change(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const enc = this.store?.encryption;
    if (!enc) return;
    const next = this.#field(form, 'new-passphrase');
    if (next !== this.#field(form, 'new-passphrase-again')) {
      this.#changeError = PM.mismatch;
      this.requestUpdate();
      return;
    }
    this.#changeError = undefined;
    await this.#run(async () => {
      try {
        await enc.changePassphrase(this.#field(form, 'current-passphrase'), next);
        form.reset();
        this.#say(PM.changed);
      } catch (error) {
        this.#changeError = this.#errorLabel(error);
      }
    });
  }

  #applyAutoLock(event: SubmitEvent): void {
    event.preventDefault();
    const raw = Number(this.#field(event.currentTarget as HTMLFormElement, 'auto-lock'));
    const minutes = Number.isFinite(raw) ? Math.min(480, Math.max(0, Math.round(raw))) : 15;
    const said = this.onAutoLock?.(minutes);
    if (said) this.#say(said);
  }

  // Exports

  async #export(plaintext: boolean): Promise<void> {
    const store = this.store;
    if (!store) return;
    this.#closeDialog('#plain-dialog');
    await this.#run(async () => {
      try {
        const file = await store.exportAll({
          ...(plaintext ? { plaintext: true } : {}),
          ...(this.#consentFiltered ? { consentFiltered: true } : {}),
        });
        const encrypted = file.format === 'toile-encrypted-export';
        const suffix = encrypted ? '-chiffre' : plaintext ? '-en-clair' : '';
        const name = exportFileName(new Date()).replace(/\.json$/, `${suffix}.json`);
        downloadJson(file, name);
        this.#say(
          PP.exported(
            file.records.length,
            name,
            encrypted ? 'encrypted' : plaintext ? 'plain' : 'json',
          ),
        );
      } catch (error) {
        this.#say(this.#errorLabel(error));
      }
    });
  }

  // Dialogs

  #openDialog(selector: string, focus: string): void {
    this.requestUpdate();
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLDialogElement>(selector);
      if (dialog && !dialog.open) dialog.showModal();
      this.querySelector<HTMLElement>(`${selector} ${focus}`)?.focus();
    });
  }

  #closeDialog(selector: string): void {
    const dialog = this.querySelector<HTMLDialogElement>(selector);
    if (dialog?.open) dialog.close();
  }

  async #destroyOne(): Promise<void> {
    const pending = this.#pendingDestroy;
    const store = this.store;
    if (!pending || !store?.destroy) return;
    await this.#run(async () => {
      try {
        const n = await store.destroy?.([pending.id], { confirm: true });
        this.#say(PP.destroyed(n ?? 0));
        await this.#refresh();
      } catch (error) {
        this.#say(this.#errorLabel(error));
      }
    });
    this.#closeDialog('#destroy-dialog');
    this.querySelector<HTMLElement>('#retention-title')?.focus();
  }

  async #destroyAll(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const ns = this.store?.namespace;
    if (!ns || !this.onDestroyAll) return;
    if (this.#destroyAllTyped.trim() !== ns) {
      this.#destroyAllError = PM.destroyAllMismatch;
      this.requestUpdate();
      return;
    }
    await this.#run(async () => {
      try {
        await this.onDestroyAll?.();
        this.#closeDialog('#destroy-all-dialog');
      } catch (error) {
        this.#destroyAllError = this.#errorLabel(error);
      }
    });
  }

  // Rendering

  override render(): TemplateResult {
    const store = this.store;
    if (!store) return html``;
    const status = this.#status;
    const ns = store.namespace;
    return html`<section class="privacy" aria-labelledby="privacy-title">
      <h2 id="privacy-title" tabindex="-1">${this.#t(PM.title)}</h2>
      <p>${fill(this.#t(PM.intro), { ns })}</p>
      <p class="privacy-state">
        <span>${this.#t(PM.stateLabel)}</span>
        ${status ? renderBadge(status, this.lang) : nothing}
        ${
          status === 'unlocked'
            ? html`<button type="button" class="lock-now" @click=${this.#lock}>
                ${this.#t(PM.lockNow)}
              </button>`
            : nothing
        }
      </p>
      <div role="status" class="status">${this.#message ? this.#t(this.#message) : nothing}</div>
      ${store.encryption ? nothing : html`<p>${this.#t(PM.notSupported)}</p>`}
      ${this.#recoveryKey ? this.#renderRecovery(this.#recoveryKey) : nothing}
      ${status === 'none' && store.encryption ? this.#renderSetup() : nothing}
      ${status === 'locked' ? this.#renderUnlock() : nothing}
      ${status === 'unlocked' ? this.#renderChange() : nothing}
      ${store.encryption ? this.#renderAutoLock() : nothing} ${this.#renderExport(status)}
      ${store.listExpired ? this.#renderRetention() : nothing}
      ${store.destroyAll ? this.#renderDestroyAll(ns) : nothing}
    </section>`;
  }

  #renderSetup(): TemplateResult {
    return html`<section class="privacy-block" aria-labelledby="setup-title">
      <h3 id="setup-title">${this.#t(PM.setupTitle)}</h3>
      <p>${this.#t(PM.setupIntro)}</p>
      <p class="warning" id="setup-warning"><strong>${this.#t(PM.warning)}</strong></p>
      <form id="setup-form" @submit=${this.#setup}>
        <div class="field">
          <label for="setup-passphrase">${this.#t(PM.passphrase)}</label>
          <input
            id="setup-passphrase"
            name="passphrase"
            type="password"
            autocomplete="new-password"
            minlength="8"
            required
            aria-describedby="setup-passphrase-hint setup-strength"
            @input=${(e: Event) => {
              this.#strength = passphraseStrength((e.currentTarget as HTMLInputElement).value);
              this.requestUpdate();
            }}
          />
          <p id="setup-passphrase-hint" class="hint">${this.#t(PM.passphraseHint)}</p>
          <p id="setup-strength" class="hint strength" data-strength=${this.#strength}>
            ${this.#t(PM.strengthLabel)} ${this.#t(PM.strength[this.#strength])}
          </p>
        </div>
        <div class="field">
          <label for="setup-passphrase-again">${this.#t(PM.passphraseAgain)}</label>
          <input
            id="setup-passphrase-again"
            name="passphrase-again"
            type="password"
            autocomplete="new-password"
            minlength="8"
            required
          />
        </div>
        <div class="check">
          <input
            id="setup-understood"
            name="understood"
            type="checkbox"
            required
            aria-describedby="setup-warning"
          />
          <label for="setup-understood">${this.#t(PM.understood)}</label>
        </div>
        ${this.#renderError(this.#setupError, 'setup-error')}
        <button type="submit" class="primary" ?disabled=${this.#busy}>
          ${this.#busy ? this.#t(PM.working) : this.#t(PM.setup)}
        </button>
      </form>
    </section>`;
  }

  #renderRecovery(key: string): TemplateResult {
    return html`<section class="privacy-block recovery" aria-labelledby="recovery-title">
      <h3 id="recovery-title" tabindex="-1">${this.#t(PM.recoveryTitle)}</h3>
      <p>${this.#t(PM.recoveryIntro)}</p>
      <p class="recovery-key" id="recovery-key" translate="no">${key}</p>
      <p class="warning"><strong>${this.#t(PM.warning)}</strong></p>
      <div class="toolbar">
        <button type="button" class="primary print-key" @click=${this.#print}>
          ${this.#t(PM.print)}
        </button>
        <button
          type="button"
          class="recovery-done"
          @click=${() => {
            this.#recoveryKey = undefined;
            this.requestUpdate();
            void this.updateComplete.then(() => {
              this.querySelector<HTMLElement>('#privacy-title')?.focus();
            });
          }}
        >
          ${this.#t(PM.recoveryDone)}
        </button>
      </div>
    </section>`;
  }

  #renderUnlock(): TemplateResult {
    const recovery = this.#useRecovery;
    const id = recovery ? 'recovery-key-input' : 'unlock-passphrase';
    const error = this.#unlockError;
    return html`<section class="privacy-block" aria-labelledby="unlock-title">
      <h3 id="unlock-title">${this.#t(PM.unlockTitle)}</h3>
      <p>${this.#t(PM.unlockIntro)}</p>
      <form id="unlock-form" @submit=${this.#unlock}>
        <div class="field">
          <label for=${id}>${this.#t(recovery ? PM.recoveryKey : PM.passphrase)}</label>
          <input
            id=${id}
            name=${recovery ? 'recovery-key' : 'unlock-passphrase'}
            type=${recovery ? 'text' : 'password'}
            autocomplete="off"
            spellcheck="false"
            required
            aria-invalid=${error ? 'true' : nothing}
            aria-describedby=${error ? 'unlock-error' : nothing}
          />
        </div>
        ${
          error
            ? html`<div id="unlock-error" class="alert" role="alert">
                <p>${this.#t(error)}</p>
                <p>${this.#t(PM.nothingDestroyed)}</p>
                ${
                  this.store?.encryption?.failedAttempts
                    ? html`<p>${this.#t(PP.failed(this.store.encryption.failedAttempts))}</p>`
                    : nothing
                }
              </div>`
            : nothing
        }
        <div class="toolbar">
          <button type="submit" class="primary" ?disabled=${this.#busy}>
            ${this.#busy ? this.#t(PM.working) : this.#t(PM.unlock)}
          </button>
          <button
            type="button"
            @click=${() => {
              this.#useRecovery = !recovery;
              this.#unlockError = undefined;
              this.requestUpdate();
            }}
          >
            ${this.#t(recovery ? PM.usePassphrase : PM.useRecovery)}
          </button>
        </div>
      </form>
    </section>`;
  }

  #renderChange(): TemplateResult {
    const field = (id: string, label: Label, auto: string): TemplateResult =>
      html`<div class="field">
        <label for=${id}>${this.#t(label)}</label>
        <input id=${id} name=${id} type="password" autocomplete=${auto} required />
      </div>`;
    return html`<section class="privacy-block" aria-labelledby="change-title">
      <h3 id="change-title">${this.#t(PM.changeTitle)}</h3>
      <form id="change-form" @submit=${this.#change}>
        ${field('current-passphrase', PM.currentPassphrase, 'current-password')}
        ${field('new-passphrase', PM.newPassphrase, 'new-password')}
        ${field('new-passphrase-again', PM.newPassphraseAgain, 'new-password')}
        ${this.#renderError(this.#changeError, 'change-error')}
        <button type="submit" ?disabled=${this.#busy}>${this.#t(PM.change)}</button>
      </form>
    </section>`;
  }

  #renderAutoLock(): TemplateResult {
    return html`<section class="privacy-block" aria-labelledby="autolock-title">
      <h3 id="autolock-title">${this.#t(PM.autoLockTitle)}</h3>
      <form class="inline-form" @submit=${this.#applyAutoLock}>
        <div class="field">
          <label for="auto-lock">${this.#t(PM.autoLockMinutes)}</label>
          <input
            id="auto-lock"
            name="auto-lock"
            type="number"
            min="0"
            max="480"
            step="1"
            required
            .value=${String(this.autoLockMinutes)}
            aria-describedby="auto-lock-hint"
          />
          <p id="auto-lock-hint" class="hint">${this.#t(PM.autoLockHint)}</p>
        </div>
        <button type="submit">${this.#t(PM.autoLockApply)}</button>
      </form>
    </section>`;
  }

  #renderExport(status: EncryptionStatus | undefined): TemplateResult {
    const encrypted = status === 'locked' || status === 'unlocked';
    const consentDisabled = status === 'locked';
    return html`<section class="privacy-block" aria-labelledby="export-title">
      <h3 id="export-title">${this.#t(PM.exportTitle)}</h3>
      ${encrypted ? html`<p>${this.#t(PM.exportIntro)}</p>` : nothing}
      <div class="check">
        <input
          id="export-consent"
          type="checkbox"
          .checked=${this.#consentFiltered && !consentDisabled}
          ?disabled=${consentDisabled}
          aria-describedby=${consentDisabled ? 'export-consent-hint' : nothing}
          @change=${(e: Event) => {
            this.#consentFiltered = (e.currentTarget as HTMLInputElement).checked;
          }}
        />
        <label for="export-consent">${this.#t(PM.consentFiltered)}</label>
      </div>
      ${
        consentDisabled
          ? html`<p id="export-consent-hint" class="hint">${this.#t(PM.consentNeedsUnlock)}</p>`
          : nothing
      }
      <div class="toolbar">
        <button
          type="button"
          class="primary export-default"
          ?disabled=${this.#busy}
          @click=${() => void this.#export(false)}
        >
          ${this.#t(encrypted ? PM.exportEncrypted : PM.exportJson)}
        </button>
        ${
          status === 'unlocked'
            ? html`<button
                type="button"
                class="export-plain"
                @click=${() => {
                  this.#openDialog('#plain-dialog', '.cancel');
                }}
              >
                ${this.#t(PM.exportPlain)}
              </button>`
            : nothing
        }
      </div>
      <dialog id="plain-dialog" aria-labelledby="plain-title" aria-describedby="plain-body">
        <h2 id="plain-title" class="h3">${this.#t(PM.plainTitle)}</h2>
        <p id="plain-body">${this.#t(PM.plainBody)}</p>
        <div class="toolbar">
          <button
            type="button"
            class="cancel"
            @click=${() => {
              this.#closeDialog('#plain-dialog');
            }}
          >
            ${this.#t(PM.cancel)}
          </button>
          <button type="button" class="danger confirm" @click=${() => void this.#export(true)}>
            ${this.#t(PM.plainConfirm)}
          </button>
        </div>
      </dialog>
    </section>`;
  }

  #renderRetention(): TemplateResult {
    const today = localDate(new Date());
    const pending = this.#pendingDestroy;
    return html`<section class="privacy-block" aria-labelledby="retention-title">
      <h3 id="retention-title" tabindex="-1">${this.#t(PM.retentionTitle)}</h3>
      <p>${fill(this.#t(PM.retentionIntro), { today })}</p>
      ${
        this.#expired.length === 0
          ? html`<p class="empty retention-empty">${this.#t(PM.retentionNone)}</p>`
          : html`<ul class="records expired">
              ${this.#expired.map(
                (e) =>
                  html`<li class="record" data-id=${e.id}>
                    <div class="record-text">
                      <span class="record-name">${e.name ?? e.id}</span>
                      ${e.name ? html`<span class="record-meta">${e.id}</span>` : nothing}
                      <span class="record-meta">${this.#t(PM.retainedUntil)} ${e.retainUntil}</span>
                    </div>
                    <div class="record-actions">
                      <button
                        type="button"
                        class="danger"
                        aria-label=${`${this.#t(PM.destroy)} ${e.name ?? e.id}`}
                        @click=${() => {
                          this.#pendingDestroy = e;
                          this.#openDialog('#destroy-dialog', '.cancel');
                        }}
                      >
                        ${this.#t(PM.destroy)}
                      </button>
                    </div>
                  </li>`,
              )}
            </ul>`
      }
      <dialog
        id="destroy-dialog"
        aria-labelledby="destroy-title"
        aria-describedby="destroy-body"
        @close=${() => {
          this.#pendingDestroy = undefined;
          this.requestUpdate();
        }}
      >
        <h2 id="destroy-title" class="h3">${this.#t(PM.destroyTitle)}</h2>
        <p id="destroy-body">
          <strong>${pending?.name ?? pending?.id ?? ''}</strong> — ${this.#t(PM.destroyBody)}
        </p>
        <div class="toolbar">
          <button
            type="button"
            class="cancel"
            @click=${() => {
              this.#closeDialog('#destroy-dialog');
            }}
          >
            ${this.#t(PM.cancel)}
          </button>
          <button type="button" class="danger confirm" @click=${() => void this.#destroyOne()}>
            ${this.#t(PM.destroyConfirm)}
          </button>
        </div>
      </dialog>
    </section>`;
  }

  #renderDestroyAll(ns: string): TemplateResult {
    const matches = this.#destroyAllTyped.trim() === ns;
    return html`<section class="privacy-block danger-zone" aria-labelledby="destroy-all-title">
      <h3 id="destroy-all-title">${this.#t(PM.destroyAllTitle)}</h3>
      <p>${fill(this.#t(PM.destroyAllIntro), { db: namespaceKey(ns) })}</p>
      <button
        type="button"
        class="danger destroy-all"
        @click=${() => {
          this.#destroyAllTyped = '';
          this.#destroyAllError = undefined;
          this.#openDialog('#destroy-all-dialog', 'input');
        }}
      >
        ${this.#t(PM.destroyAllOpen)}
      </button>
      <dialog
        id="destroy-all-dialog"
        aria-labelledby="destroy-all-dialog-title"
        aria-describedby="destroy-all-body"
      >
        <h2 id="destroy-all-dialog-title" class="h3">${this.#t(PM.destroyAllDialogTitle)}</h2>
        <p id="destroy-all-body">${fill(this.#t(PM.destroyAllIntro), { db: namespaceKey(ns) })}</p>
        <form @submit=${this.#destroyAll}>
          <div class="field">
            <label for="destroy-all-name"
              >${this.#t(PM.destroyAllType)} <code class="ns">${ns}</code></label
            >
            <input
              id="destroy-all-name"
              name="namespace"
              autocomplete="off"
              spellcheck="false"
              required
              .value=${this.#destroyAllTyped}
              @input=${(e: Event) => {
                this.#destroyAllTyped = (e.currentTarget as HTMLInputElement).value;
                this.#destroyAllError = undefined;
                this.requestUpdate();
              }}
            />
          </div>
          ${this.#renderError(this.#destroyAllError, 'destroy-all-error')}
          <div class="toolbar">
            <button
              type="button"
              class="cancel"
              @click=${() => {
                this.#closeDialog('#destroy-all-dialog');
              }}
            >
              ${this.#t(PM.cancel)}
            </button>
            <button type="submit" class="danger confirm" ?disabled=${!matches || this.#busy}>
              ${this.#t(PM.destroyAllConfirm)}
            </button>
          </div>
        </form>
      </dialog>
    </section>`;
  }

  #renderError(error: Label | undefined, id: string): TemplateResult | typeof nothing {
    return error
      ? html`<p id=${id} class="form-error" role="alert">${this.#t(error)}</p>`
      : nothing;
  }
}

/** The lock state as a badge (used in the page header and in the panel). */
export function renderBadge(status: EncryptionStatus, lang: Lang): TemplateResult {
  const text =
    status === 'none' ? PM.stateNone : status === 'locked' ? PM.stateLocked : PM.stateUnlocked;
  return html`<span class="lock-badge" data-state=${status}>${text[lang]}</span>`;
}
