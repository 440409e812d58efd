import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  CADRE_CATEGORIES,
  ENUM_LABELS,
  CONSENT_SECTIONS,
  collectIds,
  nextId,
  scoreIsolationRisk,
  type PlanAction,
} from '@toile/core';
import { withField, type StepContext } from './interview-context.js';
import { selectField } from './interview-fields.js';

const STATUSES = ['proposed', 'agreed', 'done', 'declined'] as const;
const CATEGORIES = [1, 2, 3, 4, 5, 6, 7] as const;

/** A text field of a submitted form; empty when absent. */
function formText(data: FormData, name: string): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : '';
}

/** Reads the add-action form and returns its values, or undefined when the label is empty. */
function readActionForm(form: HTMLFormElement): Omit<PlanAction, 'id'> | undefined {
  const data = new FormData(form);
  const label = formText(data, 'label').trim().slice(0, 300);
  if (!label) return undefined;
  const category = CATEGORIES.find((n) => String(n) === data.get('category')) ?? 1;
  const due = formText(data, 'due');
  return { label, category, status: 'proposed', ...(due ? { dueDate: due } : {}) };
}

/** The plan step: agreed actions (Cadre de référence category, status, due date), notes, retention. */
export function renderPlan(c: StepContext): TemplateResult {
  const a = c.record;
  const setAction = (action: PlanAction): void => {
    c.edit(
      { ...a, plan: a.plan.map((x) => (x.id === action.id ? action : x)) },
      'interview.planStatus',
    );
  };
  return html`<p>${c.t('interview.planIntro')}</p>
    <section aria-labelledby="plan-list">
      <h3 id="plan-list" class="h4">${c.t('interview.planList')}</h3>
      ${
        a.plan.length === 0
          ? html`<p class="muted">${c.t('interview.planEmpty')}</p>`
          : html`<ul class="plan">
              ${repeat(
                a.plan,
                (x) => x.id,
                (x) =>
                  html`<li>
                    <span class="plan-label">${x.label}</span>
                    <span class="muted">${c.label(CADRE_CATEGORIES[x.category as 1])}</span>
                    ${selectField({
                      id: `status-${x.id}`,
                      label: c.t('interview.planStatus'),
                      value: x.status,
                      choices: STATUSES.map((s) => [s, c.t(`interview.status.${s}`)] as const),
                      onChange: (v) => {
                        const status = STATUSES.find((s) => s === v);
                        if (status) setAction({ ...x, status });
                      },
                    })}
                    <button
                      type="button"
                      aria-label=${c.t('interview.planRemove', { label: x.label })}
                      @click=${() => {
                        c.edit(
                          { ...a, plan: a.plan.filter((y) => y.id !== x.id) },
                          'interview.planList',
                        );
                      }}
                    >
                      ✕
                    </button>
                  </li>`,
              )}
            </ul>`
      }
      <form
        class="add"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const form = e.currentTarget as HTMLFormElement;
          const values = readActionForm(form);
          if (!values) return;
          const id = nextId('action', collectIds(a));
          c.edit({ ...a, plan: [...a.plan, { id, ...values }] }, 'interview.planAdd');
          form.reset();
        }}
      >
        <div class="field">
          <label for="plan-label">${c.t('interview.planLabel')}</label>
          <input id="plan-label" name="label" maxlength="300" autocomplete="off" required />
        </div>
        <div class="field">
          <label for="plan-category">${c.t('interview.planCategory')}</label>
          <select id="plan-category" name="category">
            ${CATEGORIES.map((n) => html`<option value=${n}>${n}. ${c.label(CADRE_CATEGORIES[n])}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="plan-due">${c.t('interview.planDue')}</label>
          <input id="plan-due" name="due" type="date" />
        </div>
        <button type="submit">${c.t('interview.planAdd')}</button>
      </form>
    </section>
    <section aria-labelledby="notes-title">
      <h3 id="notes-title" class="h4">${c.t('interview.notesTitle')}</h3>
      ${
        a.notes.length === 0
          ? html`<p class="muted">${c.t('interview.notesEmpty')}</p>`
          : html`<ul class="notes">
              ${repeat(
                a.notes,
                (n) => n.id,
                (n) =>
                  html`<li>
                    <span class="muted"
                      >${c.formatDate(n.date)}${n.author ? ` · ${n.author}` : ''}</span
                    >
                    ${n.text}
                  </li>`,
              )}
            </ul>`
      }
      <form
        class="add"
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          const form = e.currentTarget as HTMLFormElement;
          const text = formText(new FormData(form), 'note').trim().slice(0, 5000);
          if (!text) return;
          const id = nextId('note', collectIds(a));
          const note = {
            id,
            date: c.today,
            text,
            ...(c.worker ? { author: c.worker.slice(0, 200) } : {}),
          };
          c.edit({ ...a, notes: [...a.notes, note] }, 'interview.noteAdd');
          form.reset();
        }}
      >
        <div class="field">
          <label for="note-text">${c.t('interview.noteText')}</label>
          <textarea id="note-text" name="note" rows="3" maxlength="5000"></textarea>
        </div>
        <button type="submit">${c.t('interview.noteAdd')}</button>
      </form>
    </section>
    ${renderRetention(c)}`;
}

function renderRetention(c: StepContext): TemplateResult {
  const a = c.record;
  return html`<div class="field">
    <label for="retainUntil">${c.t('interview.retainUntil')}</label>
    <input
      id="retainUntil"
      type="date"
      aria-describedby="retainUntil-hint"
      .value=${a.retention.retainUntil ?? ''}
      @change=${(e: Event) => {
        const v = (e.currentTarget as HTMLInputElement).value;
        const ok = /^\d{4}-\d{2}-\d{2}$/.test(v);
        c.edit(
          { ...a, retention: withField(a.retention, 'retainUntil', ok ? v : undefined) },
          'interview.retainUntil',
        );
      }}
    />
    <p class="hint" id="retainUntil-hint">${c.t('interview.retainHint')}</p>
  </div>`;
}

/** The summary step: what was gathered, the risk level, and an export of the record. */
export function renderSummary(c: StepContext, onExport: () => void): TemplateResult {
  const a = c.record;
  const outcome = scoreIsolationRisk(a, undefined, { today: c.today });
  const granted = CONSENT_SECTIONS.filter((s) => a.consent[s]?.granted).map((s) =>
    c.label(ENUM_LABELS.consentSection[s]),
  );
  const risk = outcome.ok
    ? c.t('interview.summaryRiskValue', {
        level: c.label(outcome.value.levelLabel),
        score: outcome.value.score,
      }) + (outcome.value.watch.flag ? ` · ${c.t('interview.summaryWatch')}` : '')
    : c.t('interview.summaryNotAvailable');
  return html`<p>${c.t('interview.summaryIntro')}</p>
    <dl class="summary">
      <dt>${c.t('interview.summaryConsent')}</dt>
      <dd>${granted.length ? granted.join(', ') : '—'}</dd>
      <dt>${c.t('interview.summaryPeople')}</dt>
      <dd>${a.genogram.memberIds.length}</dd>
      <dt>${c.t('interview.summaryTies')}</dt>
      <dd>${a.ecomap.ties.length}</dd>
      <dt>${c.t('interview.summaryRisk')}</dt>
      <dd>${risk}</dd>
      <dt>${c.t('interview.summaryProfile')}</dt>
      <dd>${a.profile.length}</dd>
      <dt>${c.t('interview.summaryPlan')}</dt>
      <dd>
        ${
          a.plan.length === 0
            ? '—'
            : html`<ul>
                ${a.plan.map((x) => html`<li>${x.label} (${c.t(`interview.status.${x.status}`)})</li>`)}
              </ul>`
        }
      </dd>
    </dl>
    <button type="button" @click=${onExport}>${c.t('interview.exportJson')}</button>`;
}
