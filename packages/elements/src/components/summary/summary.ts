import { html, nothing, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import {
  buildSummary,
  exportSingleRecord,
  singleRecordJson,
  type Summary,
  type SummaryBlock,
  type SummaryKind,
  type Vocabularies,
} from '@toile/core';
import { ToileElement } from '../../base/toile-element.js';
import { AssessmentController } from '../../controllers/assessment-controller.js';
import { downloadBlob, fileSlug } from '../../export/download.js';
import { localToday } from '../isolation-risk/local-today.js';
import { printElementContent } from './print-summary.js';
import { summaryPrintCss, summaryStyles } from './summary.styles.js';
import { frSummary } from '../../i18n/fr/summary.js';
import { enSummary } from '../../i18n/en/summary.js';
import { registerMessages } from '../../i18n/translate.js';

registerMessages(frSummary, enSummary);

const KINDS: readonly SummaryKind[] = ['tenant', 'file', 'referral'];

/**
 * A printable summary of one assessment: `tenant` (one page in plain language, strengths first,
 * addressed as the tenant chose, no scores), `file` (everything, for the organization's file) or
 * `referral` (only what the tenant consented to share: built from core's `filterByConsent`,
 * shareable profile items and named contact persons). « Imprimer » prints the summary alone,
 * without restyling the host page. « Télécharger » saves the record as a `toile-record` JSON file
 * (the referral kind saves the consent-filtered record). Read-only: never fires `toile-change`.
 *
 * @summary Tenant, file and referral summaries, printable.
 * @tag toile-summary
 * @since 0.1.0
 * @status experimental
 * @csspart base - The wrapper.
 * @csspart toolbar - The print and download buttons.
 * @csspart sheet - The summary itself (what is printed).
 * @cssproperty --toile-summary-border-color - Sheet and button borders; `#c4c4c8` by default.
 * @cssproperty --toile-summary-sheet-color - The sheet's background; `#fff` by default.
 * @event toile-error - `assessment` is not a valid record.
 */
export class ToileSummary extends ToileElement {
  static override styles = [ToileElement.styles, summaryStyles];

  readonly #data = new AssessmentController(this, { vocabularies: () => this.vocabularies });

  /** Which summary: `tenant` (default), `file` or `referral`. Unknown values give `tenant`. */
  @property({ reflect: true }) kind: SummaryKind = 'tenant';

  /** Today, `YYYY-MM-DD` (the next meeting and the scores depend on it); the browser's date by default. */
  @property() today: string = localToday();

  /** Hides the print and download buttons; `false` by default. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  /** The organization's risk configuration; the defaults when undefined. */
  @property({ attribute: false }) riskConfig: unknown;

  /** The vocabularies in force; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined;

  /** For tests: replaces the print dialog (receives the print frame's window and document). */
  @property({ attribute: false }) printer: ((win: Window, doc: Document) => void) | undefined;

  @query('.sheet') private sheet!: HTMLElement | null;

  /** The record summarized; `undefined` shows the empty state, an invalid one the error state. */
  @property({ attribute: false })
  get assessment(): unknown {
    return this.#data.value;
  }
  set assessment(value: unknown) {
    this.#data.set(value);
  }

  /** The summary as built for the current kind and language; undefined without a valid record. */
  get summary(): Summary | undefined {
    const a = this.#data.value;
    if (!a) return undefined;
    const kind = KINDS.includes(this.kind) ? this.kind : 'tenant';
    return buildSummary(a, kind, {
      lang: this.l10n.lang,
      today: this.today,
      riskConfig: this.riskConfig,
      ...(this.vocabularies ? { vocabularies: this.vocabularies } : {}),
    });
  }

  /** Prints the summary alone (a hidden frame; the host page is untouched); resolves when done. */
  async print(): Promise<void> {
    await this.updateComplete;
    const sheet = this.sheet;
    const summary = this.summary;
    if (!sheet || !summary) return;
    await printElementContent({
      content: sheet,
      title: `${summary.title} — ${summary.subtitle}`,
      css: summaryPrintCss,
      lang: this.l10n.lang,
      ...(this.printer ? { print: this.printer } : {}),
    });
    void this.#data.announcer.announce(this.l10n.t('summary.printed'));
  }

  /** Saves the record as a `toile-record` file (consent-filtered for `referral`); returns the file name. */
  download(): string | undefined {
    const a = this.#data.value;
    if (!a) return undefined;
    const filtered = this.kind === 'referral';
    const file = exportSingleRecord(a, {
      exportedAt: new Date().toISOString(),
      consentFiltered: filtered,
    });
    const name = `toile-${fileSlug(filtered ? 'partage' : (a.registry.find((e) => e.id === a.tenant.personId)?.name ?? a.id))}-${this.today}.json`;
    downloadBlob(new Blob([singleRecordJson(file)], { type: 'application/json' }), name);
    void this.#data.announcer.announce(this.l10n.t('summary.downloaded', { name }));
    return name;
  }

  override render(): TemplateResult {
    const issues = this.#data.issues;
    if (issues) {
      return html`<div part="base error" role="alert">
        <p>
          ${this.l10n.t('common.invalid')}
          ${this.l10n.t('common.issueCount', { count: issues.length })}
        </p>
        <ul>
          ${issues.map((i) => html`<li><code>${i.jsonPath}</code> ${this.l10n.label(i.message)}</li>`)}
        </ul>
      </div>`;
    }
    const s = this.summary;
    if (!s) return html`<p part="base">${this.l10n.t('common.empty')}</p>`;
    this.l10n.address = this.#data.value?.tenant.formOfAddress ?? 'vous';
    return html`<div part="base">
      ${
        this.noToolbar
          ? nothing
          : html`<div
              class="toolbar"
              part="toolbar"
              role="toolbar"
              aria-label=${this.l10n.t('summary.toolbar')}
            >
              <button
                type="button"
                aria-label=${this.l10n.t('summary.printNamed', { title: s.title })}
                @click=${() => void this.print()}
              >
                ${this.l10n.t('summary.print')}
              </button>
              <button type="button" @click=${() => this.download()}>
                ${this.l10n.t(this.kind === 'referral' ? 'summary.downloadReferral' : 'summary.download')}
              </button>
            </div>`
      }
      <article
        class="sheet"
        part="sheet"
        data-kind=${s.kind}
        lang=${s.lang}
        aria-labelledby="summary-title"
      >
        <h2 id="summary-title">${s.title}</h2>
        ${s.subtitle ? html`<p class="subtitle">${s.subtitle}</p>` : nothing}
        ${s.sections.map(
          (sec) =>
            html`<section data-section=${sec.id} aria-labelledby=${`s-${sec.id}`}>
              <h3 id=${`s-${sec.id}`}>${sec.title}</h3>
              ${sec.blocks.map((b) => this.#block(b))}
            </section>`,
        )}
      </article>
      <div class="sr-only" role="status" aria-live="polite">${this.#data.announcer.message}</div>
    </div>`;
  }

  #block(b: SummaryBlock): TemplateResult {
    if (b.type === 'paragraph') return html`<p>${b.text}</p>`;
    if (b.type === 'list')
      return html`<ul>
        ${b.items.map((i) => html`<li>${i}</li>`)}
      </ul>`;
    return html`<dl>
      ${b.rows.map(
        (r) =>
          html`<dt>${r.term}</dt>
            <dd>${r.value}</dd>`,
      )}
    </dl>`;
  }
}
