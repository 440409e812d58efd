import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildProfile,
  DEFAULT_INSTRUMENT_TEXTS,
  INSTRUMENT_VALUES,
  resolveInstrumentTexts,
  scoreIsolationRisk,
  type Assessment,
  type InstrumentId,
  type InstrumentText,
  type ProfileEntry,
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
 * @event toile-highlight - A factor or a what-would-lower change was focused or activated: `ids` are the people, systems, ties and relations behind it, with the people or systems at the ends of each tie or relation (empty to clear).
 * @event toile-change - Once per committed instrument answer, and on undo/redo (Ctrl/Cmd+Z, Ctrl+Shift+Z or Ctrl+Y), with the new `assessment`.
 * @event toile-error - The assessment (source `assessment`) or the configuration (source `config`) was refused.
 * @csspart base - The wrapper.
 * @csspart summary - Level, gauge, watch flag and reassessment date.
 * @csspart gauge - The meter.
 * @csspart watch - The « à surveiller » badge.
 * @csspart strengths - The strengths to build on, shown before the factors.
 * @csspart factors - The list of factors.
 * @csspart lower - The what-would-lower list.
 * @csspart completeness - Confidence and missing information.
 * @csspart indices - LSNS-6 estimate, Steptoe index and structure.
 * @csspart forms - The instrument forms.
 * @csspart error - The error state.
 * @cssproperty [--toile-risk-low-color=#2e7d32] - Gauge colour for a low level.
 * @cssproperty [--toile-risk-moderate-color=#b26a00] - Gauge colour for a moderate level.
 * @cssproperty [--toile-risk-high-color=#b3261e] - Gauge colour for a high level and the watch badge.
 * @cssproperty [--toile-risk-track-color=#e0e0e0] - Gauge track.
 * @cssproperty [--toile-risk-muted-color=#49454f] - Secondary text.
 * @cssproperty [--toile-risk-border-color=#c4c7c5] - Borders.
 * @cssproperty [--toile-risk-gap=0.75rem] - Space between blocks.
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

  /** Reverts the last instrument answer; returns whether there was one (false when readonly). */
  undo(): boolean {
    return !this.readonly && this.#data.undo();
  }

  /** Reapplies the last undone answer; returns whether there was one (false when readonly). */
  redo(): boolean {
    return !this.readonly && this.#data.redo();
  }

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

  #strengthsKey: readonly unknown[] = [];
  #strengthsCache: readonly ProfileEntry[] = [];

  /** The profile's strengths that are present (recorded) or read from the maps, cached per input. */
  #strengths(a: Assessment): readonly ProfileEntry[] {
    const today = this.today ?? localToday();
    const key = [a, this.config, today, this.vocabularies];
    if (key.every((k, i) => k === this.#strengthsKey[i])) return this.#strengthsCache;
    const p = buildProfile(
      a,
      { risk: this.config },
      { today, ...(this.vocabularies ? { vocabularies: this.vocabularies } : {}) },
    );
    this.#strengthsKey = key;
    this.#strengthsCache = p.ok
      ? p.value.strengths.filter((e) => e.status === 'present' || e.origin === 'derived')
      : [];
    return this.#strengthsCache;
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
    return html`<section part="base" aria-labelledby="title" @keydown=${this.#onKeydown}>
        <h2 id="title">${this.l10n.t('risk.title')}</h2>
        <p class="muted">${this.l10n.t('risk.disclaimer')}</p>
        ${this.#renderSummary(r)} ${this.#renderStrengths(a)} ${this.#renderFactors(r, a)}
        ${this.#renderLower(r, a)} ${this.#renderCompleteness(r)} ${this.#renderIndices(r)}
        ${this.readonly ? nothing : this.#renderForms(a)}
      </section>
      ${live}`;
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this.readonly || !(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) this.redo();
    else this.undo();
  };

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
    this.emit(new ToileHighlightEvent(this.#withEnds(ids)));
  }

  /**
   * The ids behind a factor plus, for a tie or an emotional relation, the people or systems at its
   * ends: the ecomap highlights ties, the genogram only people, and both should light up.
   */
  #withEnds(ids: readonly string[]): string[] {
    const a = this.#data.value;
    if (!a || ids.length === 0) return [...ids];
    const ends = new Map<string, readonly string[]>();
    for (const t of a.ecomap.ties) ends.set(t.id, [t.targetId]);
    for (const r of a.genogram.emotionalRelations) ends.set(r.id, [r.fromId, r.toId]);
    const out = new Set(ids);
    for (const id of ids) for (const end of ends.get(id) ?? []) out.add(end);
    return [...out];
  }

  /**
   * A list of buttons that each point at people and ties: focusing or activating one (Enter,
   * Space, click) emits `toile-highlight` with its ids; Escape or leaving the list clears it.
   */
  #highlightList(
    part: string,
    items: readonly { key: string; ids: readonly string[]; content: TemplateResult }[],
  ): TemplateResult {
    return html`<ul
      part=${part}
      @focusout=${(e: FocusEvent) => {
        const to = e.relatedTarget;
        if (!(to instanceof Node) || !(e.currentTarget as HTMLElement).contains(to))
          this.#highlight(undefined, []);
      }}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Escape' || this.selectedFactor === undefined) return;
        e.preventDefault();
        this.#highlight(undefined, []);
      }}
    >
      ${items.map(
        (item) =>
          html`<li>
            <button
              type="button"
              data-key=${item.key}
              aria-pressed=${this.selectedFactor === item.key ? 'true' : 'false'}
              @focus=${() => {
                this.#highlight(item.key, item.ids);
              }}
              @click=${() => {
                this.#highlight(item.key, item.ids);
              }}
            >
              ${item.content}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /** Strengths come before risk factors (strength-based stance): the profile's present strengths. */
  #renderStrengths(a: Assessment): TemplateResult {
    const strengths = this.#strengths(a);
    return html`<section aria-labelledby="strengths-title">
      <h3 id="strengths-title">${this.l10n.t('risk.strengths')}</h3>
      ${
        strengths.length === 0
          ? html`<p>${this.l10n.t('risk.noStrengths')}</p>`
          : this.#highlightList(
              'strengths',
              strengths.map((e) => {
                const names = this.#names(a, e.evidence);
                return {
                  key: `strength:${e.key}`,
                  ids: e.evidence,
                  content: html`<span>${this.l10n.label(e.label)}</span>
                    ${names ? html`<span class="detail">${this.l10n.t('risk.evidence')} : ${names}</span>` : nothing}`,
                };
              }),
            )
      }
    </section>`;
  }

  #renderFactors(r: RiskResult, a: Assessment): TemplateResult {
    return html`<section aria-labelledby="factors-title" aria-describedby="factors-help">
      <h3 id="factors-title">${this.l10n.t('risk.factors')}</h3>
      <p class="muted" id="factors-help">${this.l10n.t('risk.factorsHelp')}</p>
      ${
        r.factors.length === 0
          ? html`<p>${this.l10n.t('risk.noFactors')}</p>`
          : this.#highlightList(
              'factors',
              r.factors.map((f) => {
                const names = this.#names(a, f.evidence);
                return {
                  key: f.id,
                  ids: f.evidence,
                  content: html`<span>${this.l10n.label(f.label)}</span>
                    <span class="pts">+${this.l10n.t('risk.points', { points: f.points })}</span>
                    ${names ? html`<span class="detail">${this.l10n.t('risk.evidence')} : ${names}</span>` : nothing}
                    <span class="detail">${this.l10n.t('risk.source')} : ${f.source}</span>`,
                };
              }),
            )
      }
    </section>`;
  }

  #renderLower(r: RiskResult, a: Assessment): TemplateResult {
    return html`<section aria-labelledby="lower-title">
      <h3 id="lower-title">${this.l10n.t('risk.lower')}</h3>
      ${
        r.whatWouldLower.length === 0
          ? html`<p>${this.l10n.t('risk.lowerNone')}</p>`
          : this.#highlightList(
              'lower',
              r.whatWouldLower.map((s) => {
                const names = this.#names(a, s.ids);
                return {
                  key: `lower:${s.id}`,
                  ids: s.ids,
                  content: html`<span>${this.l10n.label(s.change)}</span>
                    <span class="pts"
                      >${this.l10n.t('risk.fromTo', { from: s.from, to: s.to })}</span
                    >
                    ${names ? html`<span class="detail">${this.l10n.t('risk.evidence')} : ${names}</span>` : nothing}
                    ${s.fitsPreferences ? nothing : html`<span class="detail">${this.l10n.t('risk.againstPreference')}</span>`}`,
                };
              }),
            )
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
    const sub = (min: number, max: number): string =>
      min === max
        ? this.l10n.t('risk.subscaleValue', { value: min })
        : this.l10n.t('risk.subscaleRange', { min, max });
    const adm = r.instruments;
    const missing = this.l10n.t('risk.notScored');
    return html`<section part="indices" aria-labelledby="indices-title">
      <h3 id="indices-title">${this.l10n.t('risk.indices')}</h3>
      <dl>
        <dt>${this.l10n.t('risk.lsnsEstimate')}</dt>
        <dd>
          ${range(l.total, l.maxTotal)}
          (${l.flagged ? this.l10n.t('risk.flagged') : this.l10n.t('risk.notFlagged')}) ·
          ${this.l10n.t('risk.family')} ${sub(l.family.score, l.family.maxScore)} ·
          ${this.l10n.t('risk.friends')} ${sub(l.friends.score, l.friends.maxScore)}
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
      <div class="tools">
        <button type="button" ?disabled=${!this.#data.canUndo} @click=${() => this.undo()}>
          ${this.l10n.t('common.undo')}
        </button>
        <button type="button" ?disabled=${!this.#data.canRedo} @click=${() => this.redo()}>
          ${this.l10n.t('common.redo')}
        </button>
      </div>
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
