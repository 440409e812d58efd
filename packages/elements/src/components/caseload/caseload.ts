import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  importSingleRecord,
  RISK_LEVEL_LABELS,
  startReassessment,
  type Assessment,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import { createStore, StoreError, type AssessmentStore, type StoredSummary } from '@toile/storage';
import { ToileElement } from '../../base/toile-element.js';
import { Announcer } from '../../controllers/announcer.js';
import { ToileErrorEvent } from '../../events/toile-error.js';
import type { MessageKey } from '../../i18n/fr.js';
import { localToday } from '../isolation-risk/local-today.js';
import { ToileCompareEvent, ToileOpenEvent } from './caseload-events.js';
import { buildRows, sortRows, type CaseloadColumn, type CaseloadRow } from './caseload-rows.js';
import { caseloadStyles } from './caseload.styles.js';
import { frCaseload } from '../../i18n/fr/caseload.js';
import { enCaseload } from '../../i18n/en/caseload.js';
import { registerMessages } from '../../i18n/translate.js';

registerMessages(frCaseload, enCaseload);

/** Which rows the caseload shows. */
export type CaseloadFilter = 'all' | 'due' | 'watch';

const COLUMNS: readonly { readonly id: CaseloadColumn; readonly key: MessageKey }[] = [
  { id: 'name', key: 'caseload.col.name' },
  { id: 'date', key: 'caseload.col.date' },
  { id: 'level', key: 'caseload.col.level' },
  { id: 'watch', key: 'caseload.col.watch' },
  { id: 'reassess', key: 'caseload.col.reassess' },
];

/**
 * The caseload of one namespace: every assessment with the tenant, the interview date, the
 * isolation-risk level, the « à surveiller » flag and the reassess-by date, filtered by who is due or
 * to watch, sortable by each column. Starts a reassessment from an assessment (written to the store,
 * the one exception to "elements never write", like <toile-interview>), compares an assessment with
 * the previous one, and imports a single-record file. A locked (encrypted) store shows ids and dates only.
 *
 * @summary The list of a namespace's assessments, for follow-up.
 * @tag toile-caseload
 * @since 0.1.0
 * @status experimental
 * @csspart base - The wrapper.
 * @csspart table - The table.
 * @csspart compare - The comparison shown under the table.
 * @cssproperty --toile-caseload-border-color - Row borders; `#c4c4c8` by default.
 * @cssproperty --toile-caseload-watch-color - The « à surveiller » badge; `#8a4b00` by default.
 * @cssproperty --toile-caseload-due-color - The « échue » badge; `#a4262c` by default.
 * @cssproperty --toile-caseload-selected-color - The pressed filter; `#dde6f7` by default.
 * @event toile-open - Open this assessment (`id`); the host navigates.
 * @event toile-compare - Compare `beforeId` with `afterId`; cancelable (default: shown under the table).
 * @event toile-error - The store failed or an imported file was refused (`source` `import`).
 */
export class ToileCaseload extends ToileElement {
  static override styles = [ToileElement.styles, caseloadStyles];

  /** The store to list; when unset, one is created from `namespace`. */
  @property({ attribute: false }) store: AssessmentStore | undefined;

  /** The namespace to open with `createStore` when no `store` is given; none by default. */
  @property({ reflect: true }) namespace: string | undefined;

  /** Today, `YYYY-MM-DD`: who is due depends on it; the browser's local date by default. */
  @property() today: string = localToday();

  /** Which rows to show: `all` (default), `due` or `watch`. */
  @property({ reflect: true }) filter: CaseloadFilter = 'all';

  /** The organization's risk configuration; the defaults when undefined. */
  @property({ attribute: false }) riskConfig: unknown;

  /** The vocabularies in force; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined;

  @state() private rows: CaseloadRow[] | undefined;
  @state() private locked = false;
  @state() private sortColumn: CaseloadColumn = 'reassess';
  @state() private ascending = true;
  @state() private compared: { before: Assessment; after: Assessment } | undefined;
  @state() private issues: readonly ValidationIssue[] | undefined;
  @state() private failure: string | undefined;

  readonly #announcer = new Announcer(this);
  #records = new Map<string, Assessment>();
  #unsubscribe: (() => void) | undefined;
  #subscribed: AssessmentStore | undefined;
  #ownStore: AssessmentStore | undefined;
  #loadToken = 0;

  /** The store in use: `store`, or the one opened from `namespace`. */
  get activeStore(): AssessmentStore | undefined {
    if (this.store) return this.store;
    if (!this.namespace) return undefined;
    if (this.#ownStore?.namespace !== this.namespace) {
      this.#ownStore?.close();
      this.#ownStore = createStore({ namespace: this.namespace });
    }
    return this.#ownStore;
  }

  /** Re-reads the store; resolves when the table is up to date. */
  async refresh(): Promise<void> {
    const store = this.activeStore;
    if (!store) {
      this.rows = [];
      return;
    }
    const token = ++this.#loadToken;
    try {
      const status = store.encryption ? await store.encryption.status() : 'none';
      const summaries: StoredSummary[] = await store.list();
      const records = new Map<string, Assessment>();
      if (status !== 'locked') {
        for (const s of summaries) {
          if (s.status !== 'ok' || s.locked === true) continue;
          try {
            const r = await store.get(s.id);
            if (r) records.set(s.id, r);
          } catch {
            // An unreadable record is listed as such; the store keeps it for repair.
          }
        }
      }
      if (token !== this.#loadToken) return;
      this.locked = status === 'locked';
      this.#records = records;
      this.rows = buildRows(summaries, records, this.today, {
        riskConfig: this.riskConfig,
        vocabularies: this.vocabularies,
      });
      this.failure = undefined;
    } catch (error) {
      if (token !== this.#loadToken) return;
      this.#fail(error);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#subscribed = undefined;
    this.#ownStore?.close();
    this.#ownStore = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store') || changed.has('namespace')) this.#subscribe();
    else if (
      (changed.has('today') || changed.has('riskConfig') || changed.has('vocabularies')) &&
      this.rows
    ) {
      void this.refresh();
    }
  }

  #subscribe(): void {
    const store = this.activeStore;
    if (store === this.#subscribed && store !== undefined) return;
    this.#unsubscribe?.();
    this.#subscribed = store;
    this.#unsubscribe = store?.subscribe(() => void this.refresh());
    void this.refresh();
  }

  #fail(error: unknown): void {
    const lang = this.l10n.lang;
    this.failure = error instanceof StoreError ? error.messages[lang] : String(error);
    if (error instanceof StoreError) {
      this.dispatchEvent(
        new ToileErrorEvent(
          [{ path: [], jsonPath: '$', code: error.code, message: error.messages }],
          'config',
        ),
      );
    }
  }

  #visible(): CaseloadRow[] {
    const rows = this.rows ?? [];
    const filtered =
      this.filter === 'due'
        ? rows.filter((r) => r.due)
        : this.filter === 'watch'
          ? rows.filter((r) => r.watch && !r.reassessed)
          : rows;
    return sortRows(filtered, this.sortColumn, this.ascending);
  }

  #sort(column: CaseloadColumn): void {
    if (this.sortColumn === column) this.ascending = !this.ascending;
    else {
      this.sortColumn = column;
      this.ascending = true;
    }
  }

  #open(id: string): void {
    this.dispatchEvent(new ToileOpenEvent(id));
  }

  /** Starts a reassessment from the record `id`, stores it and fires `toile-open` with the new id. */
  async reassess(id: string): Promise<Assessment | undefined> {
    const store = this.activeStore;
    const previous = this.#records.get(id);
    if (!store || !previous) return undefined;
    const next = startReassessment(previous, {
      id: crypto.randomUUID(),
      now: new Date().toISOString(),
      today: this.today,
    });
    try {
      const stored = await store.put(next);
      const name = stored.registry.find((e) => e.id === stored.tenant.personId)?.name ?? stored.id;
      void this.#announcer.announce(this.l10n.t('caseload.started', { name }));
      await this.refresh();
      this.dispatchEvent(new ToileOpenEvent(stored.id));
      return stored;
    } catch (error) {
      this.#fail(error);
      return undefined;
    }
  }

  #compare(row: CaseloadRow): void {
    const before = row.previousId !== undefined ? this.#records.get(row.previousId) : undefined;
    const after = this.#records.get(row.id);
    if (!before || !after) return;
    const go = this.dispatchEvent(new ToileCompareEvent(before.id, after.id));
    if (!go) return;
    this.compared = { before, after };
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('#compare-region')?.focus();
    });
  }

  async #import(event: Event): Promise<void> {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    const store = this.activeStore;
    if (!file || !store) return;
    this.issues = undefined;
    const parsed = importSingleRecord(
      await file.text(),
      this.vocabularies ? { vocabularies: this.vocabularies } : {},
    );
    input.value = '';
    if (!parsed.ok) {
      this.issues = parsed.issues;
      this.dispatchEvent(new ToileErrorEvent(parsed.issues, 'import'));
      return;
    }
    try {
      const result = await store.importAll([parsed.value], { onExisting: 'keep-both' });
      if (!result.ok) {
        this.issues = result.issues;
        this.dispatchEvent(new ToileErrorEvent(result.issues, 'import'));
        return;
      }
      const name =
        parsed.value.registry.find((e) => e.id === parsed.value.tenant.personId)?.name ??
        parsed.value.id;
      void this.#announcer.announce(this.l10n.t('caseload.imported', { name }));
      await this.refresh();
    } catch (error) {
      this.#fail(error);
    }
  }

  override render(): TemplateResult {
    const store = this.activeStore;
    return html`<section part="base" aria-labelledby="caseload-title">
      <h2 id="caseload-title">${this.l10n.t('caseload.title')}</h2>
      ${store ? this.#renderBody() : html`<p class="notice">${this.l10n.t('caseload.noStore')}</p>`}
      <div class="sr-only" role="status" aria-live="polite">${this.#announcer.message}</div>
    </section>`;
  }

  #renderBody(): TemplateResult {
    const rows = this.rows;
    const visible = this.#visible();
    return html`
      <div class="toolbar">
        <fieldset class="filters">
          <legend>${this.l10n.t('caseload.filter')}</legend>
          ${(['all', 'due', 'watch'] as const).map(
            (f) =>
              html`<button
                type="button"
                aria-pressed=${this.filter === f ? 'true' : 'false'}
                @click=${() => {
                  this.filter = f;
                }}
              >
                ${this.l10n.t(`caseload.filter.${f}`)}
              </button>`,
          )}
        </fieldset>
        ${
          this.locked
            ? nothing
            : html`<label class="file"
                >${this.l10n.t('caseload.import')}
                <input type="file" accept="application/json,.json" @change=${this.#import}
              /></label>`
        }
      </div>
      ${this.locked ? html`<p class="notice" role="note">${this.l10n.t('caseload.locked')}</p>` : nothing}
      ${
        this.failure
          ? html`<p class="notice" role="alert">
              ${this.l10n.t('caseload.error')} ${this.failure}
            </p>`
          : nothing
      }
      ${
        this.issues
          ? html`<div role="alert" class="notice">
              <p>${this.l10n.t('caseload.importIssues')}</p>
              <ul>
                ${this.issues.map((i) => html`<li><code>${i.jsonPath}</code> ${this.l10n.label(i.message)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        rows === undefined
          ? html`<p>${this.l10n.t('caseload.loading')}</p>`
          : rows.length === 0
            ? html`<p>${this.l10n.t('caseload.empty')}</p>`
            : html`<div class="scroll">${this.#renderTable(visible)}</div>
                ${visible.length === 0 ? html`<p>${this.l10n.t('caseload.emptyFilter')}</p>` : nothing}`
      }
      ${this.#renderCompare()}
    `;
  }

  #renderTable(visible: readonly CaseloadRow[]): TemplateResult {
    return html`<table part="table">
      <caption class="sr-only">
        ${this.l10n.t('caseload.caption', { count: visible.length })}
      </caption>
      <thead>
        <tr>
          ${COLUMNS.map((c) => {
            const sorted = this.sortColumn === c.id;
            const label = this.l10n.t(c.key);
            return html`<th
              scope="col"
              aria-sort=${sorted ? (this.ascending ? 'ascending' : 'descending') : 'none'}
            >
              <button
                type="button"
                class="arrow"
                @click=${() => {
                  this.#sort(c.id);
                }}
              >
                ${label}
              </button>
            </th>`;
          })}
          <th scope="col">${this.l10n.t('caseload.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        ${visible.map((r) => this.#renderRow(r))}
      </tbody>
    </table>`;
  }

  #renderRow(r: CaseloadRow): TemplateResult {
    const name =
      r.name ??
      (r.state === 'locked' ? this.l10n.t('caseload.lockedName') : this.l10n.t('caseload.invalid'));
    const day = (d: string | undefined): string =>
      d ? this.l10n.formatDate(`${d}T12:00:00`) : '—';
    const hasPrevious = r.previousId !== undefined && this.#records.has(r.previousId);
    return html`<tr data-id=${r.id}>
      <th scope="row">${r.state === 'ok' ? name : html`${name} <code>${r.id}</code>`}</th>
      <td>
        ${r.state === 'ok' ? day(r.date) : r.updatedAt ? this.l10n.formatDate(r.updatedAt) : '—'}
      </td>
      <td>${r.level ? this.l10n.label(RISK_LEVEL_LABELS[r.level]) : '—'}</td>
      <td>
        ${r.watch && !r.reassessed ? html`<span class="badge watch">${this.l10n.t('caseload.watch')}</span>` : nothing}
        ${r.reassessed ? html`<span class="badge">${this.l10n.t('caseload.reassessed')}</span>` : nothing}
      </td>
      <td>
        ${day(r.reassessBy)}
        ${r.due ? html` <span class="badge due">${this.l10n.t('caseload.due')}</span>` : nothing}
      </td>
      <td>
        <div class="actions">
          ${
            r.state === 'invalid'
              ? nothing
              : html`<button
                  type="button"
                  aria-label=${this.l10n.t('caseload.openNamed', { name })}
                  @click=${() => {
                    this.#open(r.id);
                  }}
                >
                  ${this.l10n.t('caseload.open')}
                </button>`
          }
          ${
            r.state === 'ok'
              ? html`<button
                  type="button"
                  aria-label=${this.l10n.t('caseload.reassessNamed', { name })}
                  @click=${() => void this.reassess(r.id)}
                >
                  ${this.l10n.t('caseload.reassess')}
                </button>`
              : nothing
          }
          ${
            hasPrevious
              ? html`<button
                  type="button"
                  aria-label=${this.l10n.t('caseload.compareNamed', { name })}
                  @click=${() => {
                    this.#compare(r);
                  }}
                >
                  ${this.l10n.t('caseload.compare')}
                </button>`
              : nothing
          }
        </div>
      </td>
    </tr>`;
  }

  #renderCompare(): TemplateResult | typeof nothing {
    const c = this.compared;
    if (!c) return nothing;
    return html`<section
      part="compare"
      id="compare-region"
      tabindex="-1"
      aria-label=${this.l10n.t('compare.title')}
    >
      <toile-compare
        .previous=${c.before}
        .current=${c.after}
        .riskConfig=${this.riskConfig}
      ></toile-compare>
      <button
        type="button"
        @click=${() => {
          this.compared = undefined;
        }}
      >
        ${this.l10n.t('caseload.closeCompare')}
      </button>
    </section>`;
  }
}
