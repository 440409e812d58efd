import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  DEFAULT_INSTRUMENT_TEXTS,
  INSTRUMENT_VALUES,
  resolveInstrumentTexts,
  scoreIsolationRisk,
  type Assessment,
  type InstrumentId,
  type InstrumentText,
  type RiskOutcome,
  type RiskResult,
  type SteptoeComponent,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import { ToileElement } from '../../base/toile-element.js';
import { AssessmentController } from '../../controllers/assessment-controller.js';
import { ToileErrorEvent } from '../../events/toile-error.js';
import { ToileHighlightEvent } from '../../events/toile-highlight.js';
import { isolationRiskStyles } from './isolation-risk.styles.js';
import { localToday } from './local-today.js';
import { frRisk } from '../../i18n/fr/risk.js';
import { enRisk } from '../../i18n/en/risk.js';
import { registerMessages } from '../../i18n/translate.js';

registerMessages(frRisk, enRisk);

type Answer = number | string | null;

/**
 * The isolation-risk scale of one assessment: level and gauge, the factors with the people and
 * ties behind them, what would lower the score, completeness, the watch flag, the reassessment
 * date, the indices and the instrument forms. It supports the worker's judgment; it never says
 * "diagnosis".
 *
 * @summary Isolation-risk scale with its reasons and the LSNS-6, UCLA-3 and De Jong Gierveld forms.
 * @tag toile-isolation-risk
 * @since 0.1.0
 * @status experimental
 * @event toile-highlight - A factor was focused or activated: `ids` are the people and ties behind it (empty to clear).
 * @event toile-change - An instrument answer was committed.
 * @event toile-error - The assessment (source `assessment`) or the configuration (source `config`) was refused.
 * @csspart base - The wrapper.
 * @csspart summary - Level, gauge, watch flag and reassessment date.
 * @csspart gauge - The meter.
 * @csspart watch - The « à surveiller » badge.
 * @csspart factors - The list of factors.
 * @csspart lower - The what-would-lower list.
 * @csspart completeness - Confidence and missing information.
 * @csspart indices - LSNS-6 estimate, Steptoe index and structure.
 * @csspart forms - The instrument forms.
 * @csspart error - The error state.
 * @cssproperty --toile-risk-low-color - Gauge colour for a low level; #2e7d32.
 * @cssproperty --toile-risk-moderate-color - Gauge colour for a moderate level; #b26a00.
 * @cssproperty --toile-risk-high-color - Gauge colour for a high level and the watch badge; #b3261e.
 * @cssproperty --toile-risk-track-color - Gauge track; #e0e0e0.
 * @cssproperty --toile-risk-muted-color - Secondary text; #49454f.
 * @cssproperty --toile-risk-border-color - Borders; #c4c7c5.
 * @cssproperty --toile-risk-gap - Space between blocks; 0.75rem.
 */
export class ToileIsolationRisk extends ToileElement {
  static override styles = [ToileElement.styles, isolationRiskStyles];

  readonly #data = new AssessmentController(this, { vocabularies: () => this.vocabularies });

  /** The assessment to score; invalid input shows the error state. Undefined by default. */
  @property({ attribute: false })
  get assessment(): Assessment | undefined {
    return this.#data.value;
  }
  set assessment(value: unknown) {
    this.#data.set(value);
  }

  /** The organization's risk configuration (weights, thresholds); the built-in defaults when undefined. */
  @property({ attribute: false }) config: unknown = undefined;

  /** The organization's instrument wording (a validated translation); the built-in wording when undefined. */
  @property({ attribute: false }) instrumentTexts: unknown = undefined;

  /** The vocabularies in force; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined = undefined;

  /** The date scored, `YYYY-MM-DD`; today's date from the browser clock by default. */
  @property({ reflect: true }) today: string | undefined = undefined;

  /** Shows the scale without the instrument forms; false by default. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  @state() private selectedFactor: string | undefined = undefined;

  #cacheKey: readonly unknown[] = [];
  #cache: RiskOutcome | undefined;
  #reportedConfigIssues: readonly ValidationIssue[] | undefined;

  /** The current result (score, factors...), or undefined when empty or invalid. */
  get result(): RiskResult | undefined {
    const o = this.#outcome();
    return o?.ok ? o.value : undefined;
  }

  #outcome(): RiskOutcome | undefined {
    const a = this.#data.value;
    if (!a) return undefined;
    const today = this.today ?? localToday();
    const key = [a, this.config, today, this.vocabularies];
    if (this.#cache && key.every((k, i) => k === this.#cacheKey[i])) return this.#cache;
    this.#cacheKey = key;
    this.#cache = scoreIsolationRisk(a, this.config, {
      today,
      ...(this.vocabularies ? { vocabularies: this.vocabularies } : {}),
    });
    return this.#cache;
  }

  #texts(): Readonly<Record<InstrumentId, InstrumentText>> {
    const r = resolveInstrumentTexts(this.instrumentTexts);
    return r.ok ? r.value : DEFAULT_INSTRUMENT_TEXTS;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const o = this.#outcome();
    const issues = o && !o.ok ? o.issues : undefined;
    if (issues && issues !== this.#reportedConfigIssues) {
      this.#reportedConfigIssues = issues;
      this.emit(new ToileErrorEvent(issues, 'config'));
    }
    const texts = resolveInstrumentTexts(this.instrumentTexts);
    if (changed.has('instrumentTexts') && !texts.ok)
      this.emit(new ToileErrorEvent(texts.issues, 'config'));
  }

  override render(): TemplateResult {
    const a = this.#data.value;
    this.l10n.address = a?.tenant.formOfAddress ?? 'vous';
    const live = html`<div class="sr-only" role="status" aria-live="polite">
      ${this.#data.announcer.message}
    </div>`;
    if (this.#data.issues)
      return html`${this.#renderIssues(this.#data.issues, this.l10n.t('common.invalid'))}${live}`;
    const o = this.#outcome();
    if (!a || !o)
      return html`<p part="base">${this.l10n.t('common.empty')}</p>
        ${live}`;
    if (!o.ok) return html`${this.#renderIssues(o.issues, this.l10n.t('risk.configError'))}${live}`;
    const r = o.value;
    return html`<section part="base" aria-labelledby="title">
        <h2 id="title">${this.l10n.t('risk.title')}</h2>
        <p class="muted">${this.l10n.t('risk.disclaimer')}</p>
        ${this.#renderSummary(r)} ${this.#renderFactors(r, a)} ${this.#renderLower(r)}
        ${this.#renderCompleteness(r)} ${this.#renderIndices(r)}
        ${this.readonly ? nothing : this.#renderForms(a)}
      </section>
      ${live}`;
  }

  #renderIssues(issues: readonly ValidationIssue[], title: string): TemplateResult {
    return html`<div part="error" role="alert">
      <p>${title} ${this.l10n.t('common.issueCount', { count: issues.length })}</p>
      <ul>
        ${issues.map((i) => html`<li><code>${i.jsonPath}</code> : ${this.l10n.label(i.message)}</li>`)}
      </ul>
    </div>`;
  }

  #renderSummary(r: RiskResult): TemplateResult {
    const level = this.l10n.label(r.levelLabel);
    // A half-circle gauge; the arc length is proportional to the score.
    const length = Math.PI * 40;
    const filled = (length * r.score) / 100;
    const date = this.l10n.formatDate(`${r.reassessBy}T12:00:00`);
    return html`<div part="summary">
      <div
        part="gauge"
        role="meter"
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${r.score}
        aria-valuetext=${this.l10n.t('risk.gauge', { score: r.score, level })}
        aria-label=${this.l10n.t('risk.score')}
      >
        <svg viewBox="0 0 100 56" aria-hidden="true" focusable="false">
          ${svg`<path class="track" d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke-width="10" />
            <path class="value ${r.level}" d="M10 50 A40 40 0 0 1 90 50" fill="none" stroke-width="10"
              stroke-dasharray="${filled} ${length}" />
            <text x="50" y="48" text-anchor="middle" font-size="16" fill="currentColor">${r.score}</text>`}
        </svg>
      </div>
      <div>
        <p>
          <span class="muted">${this.l10n.t('risk.level')} :</span>
          <span class="level">${level}</span>
        </p>
        <p>
          ${this.l10n.t('risk.reassessBy', { date })}
          (${this.l10n.t(`risk.reason.${r.reassessReason}`)})
        </p>
      </div>
      ${
        r.watch.flag
          ? html`<div>
              <span part="watch">${this.l10n.t('risk.watch')}</span>
              <ul class="muted">
                ${r.watch.reasons.map((w) => html`<li>${this.l10n.label(w.label)}</li>`)}
              </ul>
            </div>`
          : html`<p class="muted">${this.l10n.t('risk.noWatch')}</p>`
      }
    </div>`;
  }

  #names(a: Assessment, ids: readonly string[]): string {
    const byId = new Map(a.registry.map((e) => [e.id, e.name] as const));
    const ties = new Map(a.ecomap.ties.map((t) => [t.id, t.targetId] as const));
    const names = ids
      .map((id) => byId.get(id) ?? byId.get(ties.get(id) ?? ''))
      .filter((n): n is string => n !== undefined);
    return [...new Set(names)].join(', ');
  }

  #highlight(id: string | undefined, ids: readonly string[]): void {
    this.selectedFactor = id;
    this.emit(new ToileHighlightEvent(ids));
  }

  #renderFactors(r: RiskResult, a: Assessment): TemplateResult {
    return html`<section aria-labelledby="factors-title">
      <h3 id="factors-title">${this.l10n.t('risk.factors')}</h3>
      <p class="muted" id="factors-help">${this.l10n.t('risk.factorsHelp')}</p>
      ${
        r.factors.length === 0
          ? html`<p>${this.l10n.t('risk.noFactors')}</p>`
          : html`<ul
              part="factors"
              aria-describedby="factors-help"
              @focusout=${(e: FocusEvent) => {
                const to = e.relatedTarget;
                if (!(to instanceof Node) || !(e.currentTarget as HTMLElement).contains(to))
                  this.#highlight(undefined, []);
              }}
            >
              ${r.factors.map((f) => {
                const names = this.#names(a, f.evidence);
                return html`<li>
                  <button
                    type="button"
                    data-factor=${f.id}
                    aria-pressed=${this.selectedFactor === f.id ? 'true' : 'false'}
                    @focus=${() => {
                      this.#highlight(f.id, f.evidence);
                    }}
                    @click=${() => {
                      this.#highlight(f.id, f.evidence);
                    }}
                  >
                    <span>${this.l10n.label(f.label)}</span>
                    <span class="pts">+${this.l10n.t('risk.points', { points: f.points })}</span>
                    ${names ? html`<span class="detail">${this.l10n.t('risk.evidence')} : ${names}</span>` : nothing}
                    <span class="detail">${this.l10n.t('risk.source')} : ${f.source}</span>
                  </button>
                </li>`;
              })}
            </ul>`
      }
    </section>`;
  }

  #renderLower(r: RiskResult): TemplateResult {
    return html`<section part="lower" aria-labelledby="lower-title">
      <h3 id="lower-title">${this.l10n.t('risk.lower')}</h3>
      ${
        r.whatWouldLower.length === 0
          ? html`<p>${this.l10n.t('risk.lowerNone')}</p>`
          : html`<ul>
              ${r.whatWouldLower.map(
                (s) =>
                  html`<li>
                    ${this.l10n.label(s.change)} : <strong>${s.from} → ${s.to}</strong>
                    ${s.fitsPreferences ? nothing : html`<span class="muted"> (${this.l10n.t('risk.againstPreference')})</span>`}
                  </li>`,
              )}
            </ul>`
      }
    </section>`;
  }

  #renderCompleteness(r: RiskResult): TemplateResult {
    const c = r.completeness;
    return html`<section part="completeness" aria-labelledby="compl-title">
      <h3 id="compl-title">
        ${this.l10n.t('risk.confidence')} : ${this.l10n.t(`risk.confidence.${r.confidence}`)}
      </h3>
      <p>${this.l10n.t('risk.completeness', { percent: Math.round(c.ratio * 100) })}</p>
      ${r.scoreRange.max > r.scoreRange.min ? html`<p class="muted">${this.l10n.t('risk.range', { max: r.scoreRange.max })}</p>` : nothing}
      ${
        c.missing.length === 0
          ? html`<p class="muted">${this.l10n.t('risk.noMissing')}</p>`
          : html`<details>
              <summary>${this.l10n.t('risk.missing')} (${c.missing.length})</summary>
              <ul>
                ${c.missing.map((m) => html`<li>${this.l10n.label(m.label)}</li>`)}
              </ul>
            </details>`
      }
    </section>`;
  }

  #component(c: SteptoeComponent): string {
    if (c.notApplicable) return this.l10n.t('risk.notApplicable');
    if (c.value === null) return this.l10n.t('risk.unknown');
    return c.value === 1 ? this.l10n.t('risk.yes') : this.l10n.t('risk.no');
  }

  #renderIndices(r: RiskResult): TemplateResult {
    const l = r.indices.lsns6;
    const s = r.indices.steptoe;
    const st = r.indices.structure;
    const pct = (v: number): string =>
      this.l10n.formatNumber(v, { style: 'percent', maximumFractionDigits: 0 });
    const range = (min: number, max: number): string =>
      min === max
        ? this.l10n.t('risk.lsnsValue', { value: min })
        : this.l10n.t('risk.lsnsRange', { min, max });
    const adm = r.instruments;
    const missing = this.l10n.t('risk.notScored');
    return html`<section part="indices" aria-labelledby="indices-title">
      <h3 id="indices-title">${this.l10n.t('risk.indices')}</h3>
      <dl>
        <dt>${this.l10n.t('risk.lsnsEstimate')}</dt>
        <dd>
          ${range(l.total, l.maxTotal)}
          (${l.flagged ? this.l10n.t('risk.flagged') : this.l10n.t('risk.notFlagged')}) ·
          ${this.l10n.t('risk.family')}
          ${range(l.family.score, l.family.maxScore).replace(/ (sur|out of) 30/, '/15')} ·
          ${this.l10n.t('risk.friends')}
          ${range(l.friends.score, l.friends.maxScore).replace(/ (sur|out of) 30/, '/15')}
        </dd>
        ${
          adm.lsns6
            ? html`<dt>${this.l10n.t('risk.lsns.total')}</dt>
                <dd>
                  ${adm.lsns6.total ?? missing} · ${this.l10n.t('risk.family')}
                  ${adm.lsns6.family ?? missing} · ${this.l10n.t('risk.friends')}
                  ${adm.lsns6.friends ?? missing}
                </dd>`
            : nothing
        }
        ${
          adm.ucla3
            ? html`<dt>${this.l10n.t('risk.ucla.total')}</dt>
                <dd>${adm.ucla3.total ?? missing}</dd>`
            : nothing
        }
        ${
          adm.djg6
            ? html`<dt>${this.l10n.t('risk.djg.total')}</dt>
                <dd>
                  ${adm.djg6.total ?? missing} (${this.l10n.t('risk.djg.emotional')}
                  ${adm.djg6.emotional ?? missing}, ${this.l10n.t('risk.djg.social')}
                  ${adm.djg6.social ?? missing})
                </dd>`
            : nothing
        }
      </dl>
      ${r.lsnsComparison?.disagree ? html`<p role="note">${this.l10n.t('risk.disagree')}</p>` : nothing}
      <h3>${this.l10n.t('risk.steptoe')} : ${s.score}/5</h3>
      <dl>
        <dt>${this.l10n.t('risk.steptoe.noPartner')}</dt>
        <dd>${this.#component(s.noPartner)}</dd>
        <dt>${this.l10n.t('risk.steptoe.children')}</dt>
        <dd>${this.#component(s.children)}</dd>
        <dt>${this.l10n.t('risk.steptoe.family')}</dt>
        <dd>${this.#component(s.family)}</dd>
        <dt>${this.l10n.t('risk.steptoe.friends')}</dt>
        <dd>${this.#component(s.friends)}</dd>
        <dt>${this.l10n.t('risk.steptoe.noParticipation')}</dt>
        <dd>${this.#component(s.noParticipation)}</dd>
      </dl>
      <h3>${this.l10n.t('risk.structure')}</h3>
      <dl>
        <dt>${this.l10n.t('risk.structure.size')}</dt>
        <dd>${st.size}</dd>
        <dt>${this.l10n.t('risk.structure.sectors')}</dt>
        <dd>${st.sectors.length}</dd>
        <dt>${this.l10n.t('risk.structure.strong')}</dt>
        <dd>${st.strongInformalTieIds.length}</dd>
        <dt>${this.l10n.t('risk.structure.reciprocal')}</dt>
        <dd>${st.reciprocalTieIds.length}</dd>
        <dt>${this.l10n.t('risk.structure.local')}</dt>
        <dd>${st.localIds.length}</dd>
        <dt>${this.l10n.t('risk.structure.familyNearby')}</dt>
        <dd>${st.familyNearbyIds.length}</dd>
        <dt>${this.l10n.t('risk.structure.formal')}</dt>
        <dd>${pct(st.formalShare)}</dd>
        <dt>${this.l10n.t('risk.structure.stressful')}</dt>
        <dd>${pct(st.stressfulShare)}</dd>
      </dl>
    </section>`;
  }

  #renderForms(a: Assessment): TemplateResult {
    const texts = this.#texts();
    const ids: readonly InstrumentId[] = ['lsns6', 'ucla3', 'djg6'];
    return html`<section part="forms" aria-labelledby="forms-title">
      <h3 id="forms-title">${this.l10n.t('risk.forms')}</h3>
      ${ids.map((id) => this.#renderForm(a, id, texts[id]))}
    </section>`;
  }

  #renderForm(a: Assessment, id: InstrumentId, text: InstrumentText): TemplateResult {
    const answers: readonly Answer[] = a.instruments[id]?.answers ?? text.items.map(() => null);
    const values: readonly (number | string)[] = INSTRUMENT_VALUES[id];
    const validated = text.validated[this.l10n.lang];
    return html`<details>
      <summary>${this.l10n.label(text.title)}</summary>
      ${validated ? nothing : html`<p class="muted">${this.l10n.t('risk.unvalidated')}</p>`}
      <p class="muted">${text.source}</p>
      ${text.items.map((item, i) => {
        const intro = text.intros[i];
        return html`${intro ? html`<p><strong>${this.l10n.label(intro)}</strong></p>` : nothing}
          <fieldset>
            <legend>${i + 1}. ${this.l10n.label(item)}</legend>
            <div class="options">
              ${text.options.map((opt, k) => {
                const v = values[k] ?? null;
                return html`<label>
                  <input
                    type="radio"
                    name="${id}-${i}"
                    .checked=${answers[i] === v}
                    @change=${() => {
                      this.#answer(id, i, v);
                    }}
                  />
                  ${this.l10n.label(opt)}
                </label>`;
              })}
            </div>
          </fieldset>`;
      })}
    </details>`;
  }

  #answer(id: InstrumentId, index: number, value: Answer): void {
    const a = this.#data.value;
    if (!a || this.readonly) return;
    const length = id === 'ucla3' ? 3 : 6;
    const prev = a.instruments[id];
    const answers: Answer[] = prev ? [...prev.answers] : Array.from({ length }, () => null);
    answers[index] = value;
    const today = this.today ?? localToday();
    const next = {
      ...a,
      instruments: { ...a.instruments, [id]: { ...prev, date: prev?.date ?? today, answers } },
    } as Assessment;
    this.#data.commit(next, {
      kind: 'instrument-answer',
      label: {
        fr: `Réponse enregistrée (${id}, question ${String(index + 1)})`,
        en: `Answer saved (${id}, question ${String(index + 1)})`,
      },
    });
  }
}
