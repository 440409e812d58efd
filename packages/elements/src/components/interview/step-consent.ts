import { html, nothing, type TemplateResult } from 'lit';
import { CONSENT_SECTIONS, ENUM_LABELS, type ConsentSection } from '@toile/core';
import { withField, type StepContext } from './interview-context.js';
import { radioGroup, textField } from './interview-fields.js';

/** The consent step: one decision per section, dated, with who recorded it. */
export function renderConsent(c: StepContext): TemplateResult {
  const consent = c.record.consent;
  const choose = (section: ConsentSection, value: string): void => {
    const next =
      value === 'unasked'
        ? undefined
        : {
            granted: value === 'granted',
            date: c.today,
            recordedBy: c.worker || c.t('interview.workerUnknown'),
          };
    const previous = consent[section];
    // Re-choosing the same answer keeps its original date and recorder.
    if (next && previous && previous.granted === next.granted) return;
    c.edit({ ...c.record, consent: withField(consent, section, next) }, 'interview.step.consent');
  };
  return html`<p>${c.t('interview.consentIntro')}</p>
    ${textField({
      id: 'worker',
      label: c.t('interview.worker'),
      hint: c.t('interview.workerHint'),
      value: c.worker,
      onInput: (v) => {
        c.setWorker(v.trim());
      },
      onChange: () => undefined,
    })}
    ${CONSENT_SECTIONS.map((section) => {
      const rec = consent[section];
      const value = rec === undefined ? 'unasked' : rec.granted ? 'granted' : 'refused';
      const detail = rec
        ? c.t('interview.consentRecorded', {
            decision: c.t(rec.granted ? 'interview.consentGranted' : 'interview.consentRefused'),
            date: c.formatDate(rec.date),
            by: rec.recordedBy,
          })
        : undefined;
      return html`<div class="consent" data-section=${section}>
        <h3 class="h4">${c.label(ENUM_LABELS.consentSection[section])}</h3>
        ${radioGroup({
          name: `consent-${section}`,
          legend: c.t(`interview.consentQuestion.${section}`),
          value,
          choices: [
            ['unasked', c.t('interview.consentNotAsked')],
            ['granted', c.t('interview.consentGranted')],
            ['refused', c.t('interview.consentRefused')],
          ],
          onChange: (v) => {
            choose(section, v);
          },
          ...(detail ? { detail } : {}),
        })}
      </div>`;
    })}
    ${nothing}`;
}

/**
 * What a consent-gated step shows instead of its content: nothing when consent was given, a note
 * and a way to the consent step otherwise.
 */
export function consentGate(c: StepContext, section: ConsentSection): TemplateResult | undefined {
  const rec = c.record.consent[section];
  if (rec?.granted) return undefined;
  const name = c.label(ENUM_LABELS.consentSection[section]);
  return html`<div class="gate" part="gate">
    <p>
      ${
        rec === undefined
          ? c.t('interview.consentNeeded', { section: name })
          : c.t('interview.consentRefusedBody', { section: name })
      }
    </p>
    <button
      type="button"
      @click=${() => {
        c.goTo('consent');
      }}
    >
      ${c.t('interview.goToConsent')}
    </button>
  </div>`;
}
