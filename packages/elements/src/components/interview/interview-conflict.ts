import { html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_SECTIONS,
  ENUM_LABELS,
  type Assessment,
  type Label,
  type ValidationIssue,
} from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import type { MessageParams } from '../../i18n/types.js';
import {
  MERGE_SECTIONS,
  sameSection,
  type MergeSection,
  type MergeSide,
} from './interview-merge.js';
import { answeredQuestions } from './interview-steps.js';

/** The two versions being reconciled and the worker's choices so far. */
export interface ConflictState {
  /** This page's version (unsaved edits included). */
  readonly mine: Assessment;
  /** The version another tab saved (the latest in storage). */
  readonly theirs: Assessment;
  /** The version both started from, when known (for the defaults and the "changed on both sides" flag). */
  readonly base: Assessment | undefined;
  readonly choices: Record<MergeSection, MergeSide>;
  /** Why the last merge attempt was refused, if it was. */
  readonly issues?: readonly ValidationIssue[];
}

interface Text {
  t(key: MessageKey, params?: MessageParams): string;
  label(l: Label): string;
}

/** A one-line summary of `section` in `a`, so the worker can tell the versions apart. */
export function summarizeSection(x: Text, a: Assessment, section: MergeSection): string {
  switch (section) {
    case 'consent': {
      const values = CONSENT_SECTIONS.map((s) => a.consent[s]?.granted);
      return x.t('interview.sum.consent', {
        granted: values.filter((v) => v === true).length,
        refused: values.filter((v) => v === false).length,
      });
    }
    case 'tenant': {
      const person = a.registry.find((e) => e.id === a.tenant.personId);
      return x.t('interview.sum.tenant', {
        name: person?.name ?? a.id,
        tenure: x.label(ENUM_LABELS.tenure[a.tenant.tenure]),
        address: a.tenant.formOfAddress,
      });
    }
    case 'genogram':
      return x.t('interview.sum.genogram', {
        people: a.genogram.memberIds.length,
        unions: a.genogram.unions.length,
      });
    case 'ecomap':
      return x.t('interview.sum.ecomap', { ties: a.ecomap.ties.length });
    case 'questions':
      return x.t('interview.sum.questions', { answered: answeredQuestions(a) });
    case 'profile':
      return x.t('interview.sum.profile', { items: a.profile.length, actions: a.plan.length });
    case 'notes':
      return x.t('interview.sum.notes', { notes: a.notes.length });
  }
}

/** The conflict view: both versions per section side by side, a choice each, download and save. */
export function renderConflict(
  x: Text,
  state: ConflictState,
  on: {
    readonly choose: (section: MergeSection, side: MergeSide) => void;
    readonly downloadBoth: () => void;
    readonly save: () => void;
  },
): TemplateResult {
  const { mine, theirs, base } = state;
  return html`<section part="conflict" class="conflict" aria-labelledby="conflict-title">
    <h2 id="conflict-title" tabindex="-1">${x.t('interview.conflictTitle')}</h2>
    <p>${x.t('interview.conflictBody')}</p>
    <button type="button" class="download-both" @click=${on.downloadBoth}>
      ${x.t('interview.downloadBoth')}
    </button>
    <table>
      <thead>
        <tr>
          <th scope="col">${x.t('interview.conflictSection')}</th>
          <th scope="col">${x.t('interview.conflictMine')}</th>
          <th scope="col">${x.t('interview.conflictTheirs')}</th>
        </tr>
      </thead>
      <tbody>
        ${MERGE_SECTIONS.map((section) => {
          const name = x.t(`interview.section.${section}`);
          const same = sameSection(mine, theirs, section);
          const both =
            !same &&
            base !== undefined &&
            !sameSection(base, mine, section) &&
            !sameSection(base, theirs, section);
          const choice = state.choices[section];
          const cell = (side: MergeSide, a: Assessment): TemplateResult =>
            html`<td>
              ${
                same
                  ? html`<span>${summarizeSection(x, a, section)}</span>`
                  : html`<label class="choice"
                      ><input
                        type="radio"
                        name=${`merge-${section}`}
                        value=${side}
                        aria-label=${x.t(
                          side === 'mine' ? 'interview.keepMine' : 'interview.keepTheirs',
                          {
                            section: name,
                          },
                        )}
                        .checked=${choice === side}
                        @change=${() => {
                          on.choose(section, side);
                        }}
                      />
                      ${summarizeSection(x, a, section)}</label
                    >`
              }
            </td>`;
          return html`<tr data-section=${section} class=${same ? 'same' : 'differs'}>
            <th scope="row">
              ${name}
              ${
                same
                  ? html`<span class="muted">(${x.t('interview.conflictSame')})</span>`
                  : both
                    ? html`<span class="muted">(${x.t('interview.conflictBoth')})</span>`
                    : nothing
              }
            </th>
            ${cell('mine', mine)} ${cell('theirs', theirs)}
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      state.issues
        ? html`<div role="alert" class="fault">
            <p>${x.t('interview.mergeInvalid')}</p>
            <ul>
              ${state.issues.map((i) => html`<li><code>${i.jsonPath}</code> : ${x.label(i.message)}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    <button type="button" class="primary save-merge" @click=${on.save}>
      ${x.t('interview.saveMerge')}
    </button>
  </section>`;
}
