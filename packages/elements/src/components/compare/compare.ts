import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  diffAssessments,
  ENUM_LABELS,
  parseAssessment,
  RISK_LEVEL_LABELS,
  type Assessment,
  type AssessmentDiff,
  type ScoreSnapshot,
  type TieAttributeChange,
  type Vocabularies,
} from '@toile/core';
import { ToileElement } from '../../base/toile-element.js';
import { ToileErrorEvent } from '../../events/toile-error.js';
import type { MessageKey } from '../../i18n/fr.js';
import { compareStyles } from './compare.styles.js';
import { frCompare } from '../../i18n/fr/compare.js';
import { enCompare } from '../../i18n/en/compare.js';
import { registerMessages } from '../../i18n/translate.js';

registerMessages(frCompare, enCompare);

/**
 * Two assessments of one tenant side by side: the score then and now (risk level and score, the
 * LSNS-6 estimate, the Steptoe index), ties gained, lost and changed, genogram changes, and profile
 * items added or resolved. Read-only; the diff itself is core's `diffAssessments`.
 *
 * @summary Compares an assessment with the previous one.
 * @tag toile-compare
 * @since 0.1.0
 * @status experimental
 * @csspart base - The wrapper.
 * @csspart scores - The score table.
 * @cssproperty --toile-compare-gain-color - The "+" of gains; `#1b6e3a` by default.
 * @cssproperty --toile-compare-loss-color - The "−" of losses; `#a4262c` by default.
 * @cssproperty --toile-compare-border-color - Table borders; `#c4c4c8` by default.
 * @event toile-error - `previous` or `current` is not a valid assessment.
 */
export class ToileCompare extends ToileElement {
  static override styles = [ToileElement.styles, compareStyles];

  #before: Assessment | undefined;
  #after: Assessment | undefined;
  #diff: AssessmentDiff | undefined;

  /** The organization's risk configuration; the defaults when undefined. */
  @property({ attribute: false }) riskConfig: unknown;

  /** The vocabularies in force; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined;

  /**
   * The earlier assessment; undefined by default. An invalid value fires `toile-error` and is
   * ignored. (Not named `before`: that would shadow the DOM's `ChildNode.before()`.)
   */
  @property({ attribute: false })
  get previous(): Assessment | undefined {
    return this.#before;
  }
  set previous(value: unknown) {
    this.#before = this.#accept(value);
    this.#diff = undefined;
    this.requestUpdate();
  }

  /** The later assessment (typically the reassessment); undefined by default. (Not `after`: see `previous`.) */
  @property({ attribute: false })
  get current(): Assessment | undefined {
    return this.#after;
  }
  set current(value: unknown) {
    this.#after = this.#accept(value);
    this.#diff = undefined;
    this.requestUpdate();
  }

  /** The diff shown, computed on demand; undefined until both records are set. */
  get diff(): AssessmentDiff | undefined {
    if (!this.#diff && this.#before && this.#after) {
      this.#diff = diffAssessments(this.#before, this.#after, {
        riskConfig: this.riskConfig,
        ...(this.vocabularies ? { vocabularies: this.vocabularies } : {}),
      });
    }
    return this.#diff;
  }

  #accept(value: unknown): Assessment | undefined {
    if (value === undefined || value === null) return undefined;
    const parsed = parseAssessment(
      value,
      this.vocabularies ? { vocabularies: this.vocabularies } : {},
    );
    if (parsed.ok) return parsed.value;
    // Dispatched after the current task so a listener added right after setting still hears it.
    queueMicrotask(() => this.dispatchEvent(new ToileErrorEvent(parsed.issues, 'assessment')));
    return undefined;
  }

  override render(): TemplateResult {
    const diff = this.diff;
    if (!diff || !this.#before || !this.#after) {
      return html`<div part="base"><p>${this.l10n.t('compare.missing')}</p></div>`;
    }
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title">${this.l10n.t('compare.title')}</h2>
      ${this.#renderScores(diff)}
      <h3>${this.l10n.t('compare.ties')}</h3>
      <div class="columns">
        ${this.#list(
          'compare.gained',
          diff.tiesGained.map((t) => t.name),
          'gain',
        )}
        ${this.#list(
          'compare.lost',
          diff.tiesLost.map((t) => t.name),
          'loss',
        )}
        ${this.#list(
          'compare.changed',
          diff.tiesChanged.map(
            (c) => `${c.name} : ${c.changes.map((x) => this.#change(x)).join('; ')}`,
          ),
        )}
      </div>
      <h3>${this.l10n.t('compare.genogram')}</h3>
      <div class="columns">
        ${this.#list(
          'compare.peopleAdded',
          diff.genogram.peopleAdded.map((p) => p.name),
          'gain',
        )}
        ${this.#list(
          'compare.peopleRemoved',
          diff.genogram.peopleRemoved.map((p) => p.name),
          'loss',
        )}
        ${this.#list(
          'compare.unionsAdded',
          diff.genogram.unionsAdded.map((u) => u.partnerNames.join(' — ')),
          'gain',
        )}
        ${this.#list(
          'compare.unionsRemoved',
          diff.genogram.unionsRemoved.map((u) => u.partnerNames.join(' — ')),
          'loss',
        )}
        ${this.#list(
          'compare.unionsChanged',
          diff.genogram.unionsChanged.map(
            (u) =>
              `${u.partnerNames.join(' — ')} : ${this.l10n.label(ENUM_LABELS.unionStatus[u.before])} → ${this.l10n.label(ENUM_LABELS.unionStatus[u.after])}`,
          ),
        )}
      </div>
      <h3>${this.l10n.t('compare.profile')}</h3>
      <div class="columns">
        ${this.#list(
          'compare.profileAdded',
          diff.profileAdded.map((p) => p.label),
          'gain',
        )}
        ${this.#list(
          'compare.profileResolved',
          diff.profileResolved.map((p) => p.label),
          'loss',
        )}
      </div>
    </section>`;
  }

  #renderScores(diff: AssessmentDiff): TemplateResult {
    const s = diff.scores;
    if (!s) return html`<p role="alert">${this.l10n.t('compare.scoreUnavailable')}</p>`;
    const row = (key: MessageKey, pick: (x: ScoreSnapshot) => string): TemplateResult =>
      html`<tr>
        <th scope="row">${this.l10n.t(key)}</th>
        <td>${pick(s.before)}</td>
        <td>${pick(s.after)}</td>
      </tr>`;
    const range = (a: number, b: number): string =>
      a === b ? String(a) : `${String(a)}–${String(b)}`;
    return html`<table part="scores">
      <caption class="sr-only">
        ${this.l10n.t('compare.scores')}
      </caption>
      <thead>
        <tr>
          <th scope="col">${this.l10n.t('compare.measure')}</th>
          <th scope="col">
            ${this.l10n.t('compare.before', { date: this.l10n.formatDate(`${s.before.date}T12:00:00`) })}
          </th>
          <th scope="col">
            ${this.l10n.t('compare.after', { date: this.l10n.formatDate(`${s.after.date}T12:00:00`) })}
          </th>
        </tr>
      </thead>
      <tbody>
        ${row('compare.level', (x) => this.l10n.label(RISK_LEVEL_LABELS[x.level]))}
        ${row('compare.score', (x) => String(x.score))}
        ${row('compare.lsns', (x) => range(x.lsns6.total, x.lsns6.maxTotal))}
        ${row('compare.steptoe', (x) => range(x.steptoe.score, x.steptoe.maxScore))}
        ${row('compare.watch', (x) => this.l10n.t(x.watch ? 'compare.yes' : 'compare.no'))}
      </tbody>
    </table>`;
  }

  #change(c: TieAttributeChange): string {
    const field = this.l10n.t(`compare.field.${c.field}`);
    if (c.field === 'strength') {
      return `${field} ${this.l10n.label(ENUM_LABELS.strength[c.before])} → ${this.l10n.label(ENUM_LABELS.strength[c.after])}`;
    }
    if (c.field === 'stressful') {
      const say = (v: boolean): string =>
        this.l10n.t(v ? 'compare.stressful' : 'compare.notStressful');
      return `${field} : ${say(c.before)} → ${say(c.after)}`;
    }
    const freq = (v: typeof c.before): string =>
      v === undefined ? this.l10n.t('compare.notAsked') : this.l10n.label(ENUM_LABELS.frequency[v]);
    return `${field} ${freq(c.before)} → ${freq(c.after)}`;
  }

  #list(key: MessageKey, items: readonly string[], mark?: 'gain' | 'loss'): TemplateResult {
    return html`<div>
      <h4>${this.l10n.t(key)}</h4>
      ${
        items.length === 0
          ? html`<p class="none">${this.l10n.t('compare.none')}</p>`
          : html`<ul>
              ${items.map((i) => html`<li class=${mark ?? nothing}>${i}</li>`)}
            </ul>`
      }
    </div>`;
  }
}
