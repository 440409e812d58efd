import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  buildProfile,
  collectIds,
  nextId,
  type Assessment,
  type Profile,
  type ProfileConfigInput,
  type ProfileEntry,
  type ProfileItem,
  type ProfileList,
  type ProfileOutcome,
  type Suggestion,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import { ToileElement } from '../../base/toile-element.js';
import { AssessmentController } from '../../controllers/assessment-controller.js';
import { ToileErrorEvent } from '../../events/toile-error.js';
import { localToday } from '../isolation-risk/local-today.js';
import { printProfile, type PrintProfileOptions, type PrintSection } from './print-profile.js';
import { profileStyles } from './profile.styles.js';
import { frProfile } from '../../i18n/fr/profile.js';
import { enProfile } from '../../i18n/en/profile.js';
import { registerMessages } from '../../i18n/translate.js';

registerMessages(frProfile, enProfile);

const LISTS: readonly ProfileList[] = ['strength', 'need', 'risk', 'vulnerability'];
const KEYS: Record<ProfileList, 'strengths' | 'needs' | 'risks' | 'vulnerabilities'> = {
  strength: 'strengths',
  need: 'needs',
  risk: 'risks',
  vulnerability: 'vulnerabilities',
};

/**
 * The strengths, needs, risks and vulnerabilities profile (strengths first) with preferences,
 * self-management and suggested actions drawn from the organization's rules table and local
 * resource directory. Lists are editable; a plain-language view for the person (vous or tu) can be
 * shown and printed.
 *
 * @summary Strengths/needs profile with editable lists, suggested actions and a tenant view.
 * @tag toile-profile
 * @since 0.1.0
 * @status experimental
 * @event toile-change - Once per added, edited or removed item or plan action, and on undo/redo (Ctrl/Cmd+Z, Ctrl+Shift+Z or Ctrl+Y), with the new `assessment`.
 * @event toile-error - The assessment (source `assessment`) or the configuration (source `config`) was refused.
 * @csspart base - The wrapper.
 * @csspart toolbar - The view toggle, print, undo and redo buttons.
 * @csspart list - Each of the four lists.
 * @csspart preferences - Preferences and self-management.
 * @csspart suggestions - Suggested actions.
 * @csspart error - The error state.
 * @cssproperty [--toile-profile-muted-color=#49454f] - Secondary text.
 * @cssproperty [--toile-profile-border-color=#c4c7c5] - Item borders.
 * @cssproperty [--toile-profile-accent-color=#0b57d0] - Pressed toggle outline.
 * @cssproperty [--toile-profile-watch-color=#b3261e] - The « à surveiller » text.
 * @cssproperty [--toile-profile-gap=0.75rem] - Space between blocks.
 */
export class ToileProfile extends ToileElement {
  static override styles = [ToileElement.styles, profileStyles];

  readonly #data = new AssessmentController(this, { vocabularies: () => this.vocabularies });

  /** The assessment whose profile is shown; invalid input shows the error state. Undefined by default. */
  @property({ attribute: false })
  get assessment(): Assessment | undefined {
    return this.#data.value;
  }
  set assessment(value: unknown) {
    this.#data.set(value);
  }

  /** The organization's settings: `{ risk, rules, resources }`; the defaults and the example directory when undefined. */
  @property({ attribute: false }) config: ProfileConfigInput | undefined = undefined;

  /** The vocabularies in force; core's defaults when undefined. */
  @property({ attribute: false }) vocabularies: Vocabularies | undefined = undefined;

  /** The date used (long tenancy, season), `YYYY-MM-DD`; today's browser date by default. */
  @property({ reflect: true }) today: string | undefined = undefined;

  /** `worker` (default) shows everything with editing; `tenant` shows the plain-language view. */
  @property({ reflect: true }) view: 'worker' | 'tenant' = 'worker';

  /** Shows the profile without editing affordances; false by default. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The print function, replaceable for tests and hosts; prints through a hidden about:blank frame by default. */
  @property({ attribute: false }) printer: (options: PrintProfileOptions) => Promise<void> =
    printProfile;

  #cacheKey: readonly unknown[] = [];
  #cache: ProfileOutcome | undefined;
  #reported: readonly ValidationIssue[] | undefined;

  /** Reverts the last edit (item or plan action); returns whether there was one (false when readonly). */
  undo(): boolean {
    return !this.readonly && this.#data.undo();
  }

  /** Reapplies the last undone edit; returns whether there was one (false when readonly). */
  redo(): boolean {
    return !this.readonly && this.#data.redo();
  }

  /** The current profile, or undefined when empty or invalid. */
  get profile(): Profile | undefined {
    const o = this.#outcome();
    return o?.ok ? o.value : undefined;
  }

  #today(): string {
    return this.today ?? localToday();
  }

  #outcome(): ProfileOutcome | undefined {
    const a = this.#data.value;
    if (!a) return undefined;
    const key = [a, this.config, this.#today(), this.vocabularies];
    if (this.#cache && key.every((k, i) => k === this.#cacheKey[i])) return this.#cache;
    this.#cacheKey = key;
    this.#cache = buildProfile(a, this.config, {
      today: this.#today(),
      ...(this.vocabularies ? { vocabularies: this.vocabularies } : {}),
    });
    return this.#cache;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const o = this.#outcome();
    if (o && !o.ok && o.issues !== this.#reported) {
      this.#reported = o.issues;
      this.emit(new ToileErrorEvent(o.issues, 'config'));
    }
  }

  override render(): TemplateResult {
    const a = this.#data.value;
    this.l10n.address = a?.tenant.formOfAddress ?? 'vous';
    const live = html`<div class="sr-only" role="status" aria-live="polite">
      ${this.#data.announcer.message}
    </div>`;
    if (this.#data.issues)
      return html`${this.#issues(this.#data.issues, this.l10n.t('common.invalid'))}${live}`;
    const o = this.#outcome();
    if (!a || !o)
      return html`<p part="base">${this.l10n.t('common.empty')}</p>
        ${live}`;
    if (!o.ok) return html`${this.#issues(o.issues, this.l10n.t('profile.configError'))}${live}`;
    const p = o.value;
    const tenant = this.view === 'tenant';
    return html`<section part="base" aria-labelledby="title" @keydown=${this.#onKeydown}>
        <h2 id="title">
          ${tenant ? this.l10n.t('profile.tenantTitle') : this.l10n.t('profile.title')}
        </h2>
        <div part="toolbar">
          <button
            type="button"
            aria-pressed=${tenant ? 'true' : 'false'}
            @click=${() => {
              this.view = tenant ? 'worker' : 'tenant';
            }}
          >
            ${this.l10n.t('profile.tenantView')}
          </button>
          <button type="button" @click=${() => void this.print()}>
            ${this.l10n.t('profile.print')}
          </button>
          ${
            this.readonly || tenant
              ? nothing
              : html`<button
                    type="button"
                    ?disabled=${!this.#data.canUndo}
                    @click=${() => this.undo()}
                  >
                    ${this.l10n.t('common.undo')}
                  </button>
                  <button
                    type="button"
                    ?disabled=${!this.#data.canRedo}
                    @click=${() => this.redo()}
                  >
                    ${this.l10n.t('common.redo')}
                  </button>`
          }
        </div>
        ${tenant ? this.#renderTenant(a, p) : this.#renderWorker(a, p)}
      </section>
      ${live}`;
  }

  #onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this.readonly || !(e.ctrlKey || e.metaKey)) return;
    const key = e.key.toLowerCase();
    if (key !== 'z' && key !== 'y') return;
    // Inside a text field being typed in, Ctrl+Z belongs to the field.
    const target = e.composedPath()[0];
    if (target instanceof HTMLInputElement && target.type === 'text' && target.value) return;
    e.preventDefault();
    if (key === 'y' || e.shiftKey) this.redo();
    else this.undo();
  };

  #issues(issues: readonly ValidationIssue[], title: string): TemplateResult {
    return html`<div part="error" role="alert">
      <p>${title} ${this.l10n.t('common.issueCount', { count: issues.length })}</p>
      <ul>
        ${issues.map((i) => html`<li><code>${i.jsonPath}</code> : ${this.l10n.label(i.message)}</li>`)}
      </ul>
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

  #renderWorker(a: Assessment, p: Profile): TemplateResult {
    const editable = !this.readonly;
    return html`${LISTS.map((list) => this.#renderList(a, list, p[KEYS[list]], editable))}
    ${this.#renderPreferences(p)} ${this.#renderSuggestions(a, p, editable)}`;
  }

  #renderList(
    a: Assessment,
    list: ProfileList,
    entries: readonly ProfileEntry[],
    editable: boolean,
  ): TemplateResult {
    const title = this.l10n.t(`profile.list.${list}`);
    return html`<section part="list" aria-labelledby="list-${list}">
      <h3 id="list-${list}">${title}</h3>
      ${entries.length === 0 ? html`<p class="muted">${this.l10n.t('profile.empty')}</p>` : nothing}
      <ul>
        ${entries.map((e) => this.#renderEntry(a, e, editable))}
      </ul>
      ${
        editable
          ? html`<form
              @submit=${(ev: SubmitEvent) => {
                ev.preventDefault();
                const input = (ev.currentTarget as HTMLFormElement).querySelector('input');
                const label = input?.value.trim() ?? '';
                if (!input || !label) return;
                this.#addItem(list, label);
                input.value = '';
              }}
            >
              <input
                type="text"
                maxlength="300"
                aria-label=${this.l10n.t('profile.addLabel', { list: title })}
              />
              <button type="submit">${this.l10n.t('profile.add')}</button>
            </form>`
          : nothing
      }
    </section>`;
  }

  #renderEntry(a: Assessment, e: ProfileEntry, editable: boolean): TemplateResult {
    const label = this.l10n.label(e.label);
    const names = this.#names(a, e.evidence);
    const item = e.origin === 'recorded' ? a.profile.find((i) => i.id === e.key) : undefined;
    return html`<li class="entry" data-key=${e.key}>
      <span
        >${label}
        <span class="tag"
          >(${this.l10n.t(e.origin === 'recorded' ? 'profile.recorded' : 'profile.derived')})</span
        ></span
      >
      ${names ? html`<span class="muted">${this.l10n.t('profile.evidence')} : ${names}</span>` : nothing}
      ${
        editable && item
          ? html`<div class="controls">
              <label
                >${this.l10n.t('profile.status')}
                <select
                  @change=${(ev: Event) => {
                    this.#updateItem(item, {
                      status: (ev.target as HTMLSelectElement).value as ProfileItem['status'],
                    });
                  }}
                >
                  ${(['present', 'to_explore', 'not_applicable'] as const).map(
                    (s) =>
                      html`<option value=${s} ?selected=${item.status === s}>
                        ${this.l10n.t(`profile.status.${s}`)}
                      </option>`,
                  )}
                </select></label
              >
              <label
                >${this.l10n.t('profile.priority')}
                <select
                  @change=${(ev: Event) => {
                    const v = Number((ev.target as HTMLSelectElement).value);
                    const next: ProfileItem = { ...item };
                    if (v) next.priority = v;
                    else delete next.priority;
                    this.#replaceItem(next);
                  }}
                >
                  <option value="0" ?selected=${item.priority === undefined}>
                    ${this.l10n.t('profile.priority.none')}
                  </option>
                  ${[1, 2, 3].map((n) => html`<option value=${n} ?selected=${item.priority === n}>${n}</option>`)}
                </select></label
              >
              <label
                ><input
                  type="checkbox"
                  .checked=${item.shareable}
                  @change=${(ev: Event) => {
                    this.#updateItem(item, { shareable: (ev.target as HTMLInputElement).checked });
                  }}
                />
                ${this.l10n.t('profile.shareable')}</label
              >
              <button
                type="button"
                aria-label=${this.l10n.t('profile.remove', { label })}
                @click=${() => {
                  this.#removeItem(item);
                }}
              >
                ${this.l10n.t('profile.removeShort')}
              </button>
            </div>`
          : nothing
      }
      ${
        editable && e.origin === 'derived'
          ? html`<div class="controls">
              <button
                type="button"
                aria-label=${this.l10n.t('profile.confirm', { label })}
                @click=${() => {
                  this.#confirm(e);
                }}
              >
                ${this.l10n.t('profile.confirmShort')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  #renderPreferences(p: Profile): TemplateResult {
    const pr = p.preferences;
    const na = this.l10n.t('profile.notAsked');
    const sm = p.selfManagement;
    return html`<section part="preferences" aria-labelledby="prefs-title">
      <h3 id="prefs-title">${this.l10n.t('profile.preferences')}</h3>
      <dl>
        <dt>${this.l10n.t('profile.socialisation')}</dt>
        <dd>${pr.needSocialisation ?? na}</dd>
        <dt>${this.l10n.t('profile.privacy')}</dt>
        <dd>${pr.needPrivateSpace ?? na}</dd>
        <dt>${this.l10n.t('profile.balance')}</dt>
        <dd>${this.l10n.t(`profile.balance.${pr.balance}`)}</dd>
        <dt>${this.l10n.t('profile.support')}</dt>
        <dd>
          ${pr.supportPreference ? this.l10n.t(`profile.support.${pr.supportPreference}`) : na}
        </dd>
        <dt>${this.l10n.t('profile.interests')}</dt>
        <dd>${pr.interests.length ? pr.interests.join(', ') : na}</dd>
        <dt>${this.l10n.t('profile.contactModes')}</dt>
        <dd>
          ${pr.contactModes.length ? pr.contactModes.map((m) => this.l10n.t(`profile.mode.${m}`)).join(', ') : na}
        </dd>
        <dt>${this.l10n.t('profile.selfManagement')}</dt>
        <dd>
          ${sm.value === undefined ? na : this.l10n.t('profile.selfManagementValue', { value: sm.value, threshold: sm.threshold })}
          ${sm.watch ? html` <span class="watch">${this.l10n.t('profile.watch')}</span>` : nothing}
        </dd>
      </dl>
    </section>`;
  }

  #renderSuggestions(a: Assessment, p: Profile, editable: boolean): TemplateResult {
    const example = p.suggestions.some((s) => s.resources.some((r) => r.example === true));
    return html`<section part="suggestions" aria-labelledby="sugg-title">
      <h3 id="sugg-title">${this.l10n.t('profile.suggestions')}</h3>
      <p class="muted">${this.l10n.t('profile.suggestionsHelp')}</p>
      ${example ? html`<p class="muted">${this.l10n.t('profile.exampleDirectory')}</p>` : nothing}
      ${
        p.suggestions.length === 0
          ? html`<p>${this.l10n.t('profile.noSuggestion')}</p>`
          : html`<ul>
              ${p.suggestions.map((s) => this.#renderSuggestion(a, s, editable))}
            </ul>`
      }
    </section>`;
  }

  #renderSuggestion(a: Assessment, s: Suggestion, editable: boolean): TemplateResult {
    const names = this.#names(a, s.evidence);
    return html`<li class="entry" data-rule=${s.ruleId}>
      <strong>${this.l10n.label(s.action)}</strong>
      <span class="muted"
        >${this.l10n.t('profile.category', { n: s.category, label: this.l10n.label(s.categoryLabel) })}</span
      >
      <span class="muted"
        >${this.l10n.t('profile.because')} :
        ${s.triggerLabels.map((l) => this.l10n.label(l)).join(', ')}${names ? ` (${names})` : ''} ·
        ${s.source}</span
      >
      ${
        s.resourceTypes.length
          ? html`<span
              >${this.l10n.t('profile.resources')} :
              ${
                s.resources.length
                  ? s.resources.map((r) => `${r.name}${r.phone ? ` (${r.phone})` : ''}`).join('; ')
                  : this.l10n.t('profile.noResource')
              }</span
            >`
          : nothing
      }
      ${
        editable
          ? html`<div class="controls">
              <button
                type="button"
                aria-disabled=${s.inPlan ? 'true' : 'false'}
                @click=${() => {
                  this.#accept(s);
                }}
              >
                ${s.inPlan ? this.l10n.t('profile.inPlan') : this.l10n.t('profile.accept')}
              </button>
            </div>`
          : nothing
      }
    </li>`;
  }

  #renderTenant(a: Assessment, p: Profile): TemplateResult {
    return html`${this.#tenantSections(a, p).map(
      (s) =>
        html`<section part="list">
          <h3>${s.title}</h3>
          ${
            s.items.length
              ? html`<ul>
                  ${s.items.map((i) => html`<li>${i}</li>`)}
                </ul>`
              : html`<p class="muted">${this.l10n.t('profile.tenant.none')}</p>`
          }
        </section>`,
    )}`;
  }

  /** The plain-language sections (strengths first): present recorded items and derived strengths. */
  #tenantSections(a: Assessment, p: Profile): PrintSection[] {
    const shown = (list: ProfileList): string[] =>
      p[KEYS[list]]
        .filter((e) => (e.origin === 'recorded' ? e.status === 'present' : list === 'strength'))
        .map((e) => this.l10n.label(e.label));
    const pr = p.preferences;
    const prefs = [
      ...(pr.interests.length
        ? [`${this.l10n.t('profile.tenant.interests')} : ${pr.interests.join(', ')}`]
        : []),
      ...(pr.supportPreference
        ? [
            `${this.l10n.t('profile.tenant.support')} : ${this.l10n.t(`profile.support.${pr.supportPreference}`)}`,
          ]
        : []),
      ...(pr.contactModes.length
        ? [
            `${this.l10n.t('profile.tenant.contactModes')} : ${pr.contactModes.map((m) => this.l10n.t(`profile.mode.${m}`)).join(', ')}`,
          ]
        : []),
    ];
    return [
      ...LISTS.map((list) => ({
        title: this.l10n.t(`profile.tenant.${list}`),
        items: shown(list),
      })),
      { title: this.l10n.t('profile.tenant.prefs'), items: prefs },
      {
        title: this.l10n.t('profile.tenant.actions'),
        items: a.plan
          .filter((x) => x.status === 'agreed' || x.status === 'proposed')
          .map((x) => x.label),
      },
    ];
  }

  /** Prints only the profile (the plain-language view for the person), through a hidden frame. */
  async print(): Promise<void> {
    const a = this.#data.value;
    const p = this.profile;
    if (!a || !p) return;
    const tenant = a.registry.find((e) => e.id === a.tenant.personId);
    await this.printer({
      title: this.l10n.t('profile.tenantTitle'),
      ...(tenant ? { subtitle: tenant.name } : {}),
      sections: this.#tenantSections(a, p),
      lang: this.l10n.lang,
    });
  }

  #commit(next: Assessment, kind: string, fr: string, en: string): void {
    if (this.readonly) return;
    this.#data.commit(next, { kind, label: { fr, en } });
  }

  #replaceItem(item: ProfileItem): void {
    const a = this.#data.value;
    if (!a) return;
    this.#commit(
      { ...a, profile: a.profile.map((i) => (i.id === item.id ? item : i)) },
      'profile-edit',
      `Modifié : ${item.label}`,
      `Edited: ${item.label}`,
    );
  }

  #updateItem(item: ProfileItem, patch: Partial<ProfileItem>): void {
    this.#replaceItem({ ...item, ...patch });
  }

  #removeItem(item: ProfileItem): void {
    const a = this.#data.value;
    if (!a) return;
    this.#commit(
      { ...a, profile: a.profile.filter((i) => i.id !== item.id) },
      'profile-remove',
      `Retiré : ${item.label}`,
      `Removed: ${item.label}`,
    );
    this.#focusList(item.list);
  }

  /** The focused button went with its entry: keeps the keyboard in the same list (its add field). */
  #focusList(list: ProfileList): void {
    void this.updateComplete.then(() => {
      this.renderRoot
        .querySelector<HTMLInputElement>(`[aria-labelledby="list-${list}"] form input`)
        ?.focus();
    });
  }

  #addItem(list: ProfileList, label: string, extra: Partial<ProfileItem> = {}): void {
    const a = this.#data.value;
    if (!a) return;
    const item: ProfileItem = {
      id: nextId('pr', collectIds(a)),
      list,
      label: label.slice(0, 300),
      status: 'present',
      source: 'worker',
      date: this.#today(),
      shareable: false,
      ...extra,
    };
    this.#commit(
      { ...a, profile: [...a.profile, item] },
      'profile-add',
      `Ajouté : ${item.label}`,
      `Added: ${item.label}`,
    );
  }

  #confirm(e: ProfileEntry): void {
    this.#addItem(e.list, this.l10n.label(e.label), {
      ...(e.code ? { code: e.code } : {}),
      ...(e.evidence.length ? { linkedIds: [...e.evidence] } : {}),
    });
    this.#focusList(e.list);
  }

  #accept(s: Suggestion): void {
    const a = this.#data.value;
    if (!a || s.inPlan) return;
    const label = this.l10n.label(s.action).slice(0, 300);
    const first = s.resources[0];
    this.#commit(
      {
        ...a,
        plan: [
          ...a.plan,
          {
            id: nextId('pa', collectIds(a)),
            label,
            category: s.category,
            ruleId: s.ruleId,
            ...(first ? { resourceId: first.id } : {}),
            status: 'proposed',
          },
        ],
      },
      'plan-add',
      `Ajouté au plan : ${label}`,
      `Added to the plan: ${label}`,
    );
  }
}
