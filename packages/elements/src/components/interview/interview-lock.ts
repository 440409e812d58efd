import { html, nothing, type TemplateResult } from 'lit';
import type { MessageKey } from '../../i18n/fr.js';

/** What the lock screen shows. */
export interface LockView {
  /** Unlock with the recovery key rather than the passphrase. */
  readonly recovery: boolean;
  /** Unsaved edits are held in memory (hidden) until unlocked. */
  readonly keptEdits: boolean;
  /** The last failure, already translated; empty when none. */
  readonly message: string;
  readonly busy: boolean;
}

/**
 * The lock screen: the interview's content is not rendered at all while locked (privacy on a
 * shared workstation); only the passphrase (or recovery key) form is.
 */
export function renderLock(
  t: (key: MessageKey) => string,
  view: LockView,
  on: { readonly submit: (secret: string) => void; readonly toggle: () => void },
): TemplateResult {
  const field = view.recovery ? 'recovery-key' : 'passphrase';
  return html`<section part="lock" class="lock" aria-labelledby="lock-title">
    <h2 id="lock-title" tabindex="-1">${t('interview.lockTitle')}</h2>
    <p>${t('interview.lockBody')}</p>
    ${view.keptEdits ? html`<p>${t('interview.lockKept')}</p>` : nothing}
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const input = (e.currentTarget as HTMLFormElement).elements.namedItem(field);
        if (input instanceof HTMLInputElement && input.value) on.submit(input.value);
      }}
    >
      <div class="field">
        <label for=${field}
          >${t(view.recovery ? 'interview.recoveryKey' : 'interview.passphrase')}</label
        >
        <input
          id=${field}
          name=${field}
          type=${view.recovery ? 'text' : 'password'}
          autocomplete="off"
          spellcheck="false"
          required
          aria-describedby=${view.message ? 'lock-message' : nothing}
          aria-invalid=${view.message ? 'true' : nothing}
        />
      </div>
      <p id="lock-message" class="fault-text" role="alert">${view.message}</p>
      <button type="submit" class="primary" ?disabled=${view.busy}>
        ${view.busy ? t('interview.unlocking') : t('interview.unlock')}
      </button>
      <button type="button" class="link" @click=${on.toggle}>
        ${t(view.recovery ? 'interview.usePassphrase' : 'interview.useRecovery')}
      </button>
    </form>
  </section>`;
}
