import { html, nothing, type TemplateResult } from 'lit';
import {
  ENUM_LABELS,
  FREQUENCIES,
  type Assessment,
  type Context,
  type Frequency,
  type Preferences,
} from '@toile/core';
import { withField, type StepContext } from './interview-context.js';
import { checkboxField, parseList, parseYear, selectField, textField } from './interview-fields.js';
import type { MessageKey } from '../../i18n/fr.js';

const CONTACT_MODES = ['home_visit', 'door_to_door', 'phone', 'group', 'digital', 'other'] as const;
const SUPPORTS = ['individual', 'collective', 'mixed'] as const;
const LEVELS = [1, 2, 3, 4] as const;

type BoolFactor =
  | 'notFromRegion'
  | 'engagedOverloaded'
  | 'shameUsingServices'
  | 'fearOfRejection'
  | 'lossOfAutonomy'
  | 'mentalHealthConcern';
type FrequencyFactor = 'feelsAlone' | 'asksForHelp' | 'foodInsecurity';
type LevelPreference = 'needSocialisation' | 'needPrivateSpace' | 'wantsCommitteeInvolvement';

const toBool = (v: string | undefined): boolean | undefined =>
  v === undefined ? undefined : v === 'yes';
const fromBool = (v: boolean | undefined): string | undefined =>
  v === undefined ? undefined : v ? 'yes' : 'no';
const toLevel = (v: string | undefined): 1 | 2 | 3 | 4 | undefined =>
  LEVELS.find((l) => String(l) === v);

/** The questions step: socialization versus privacy, support preferences, self-management, context. */
export function renderQuestions(c: StepContext): TemplateResult {
  const a = c.record;
  const p = a.preferences;
  const ctx = a.context;
  const setPref = (next: Preferences, what: MessageKey): void => {
    c.edit({ ...a, preferences: next }, what);
  };
  const setCtx = (next: Context, what: MessageKey): void => {
    c.edit({ ...a, context: next }, what);
  };
  const level = (key: LevelPreference, label: MessageKey): TemplateResult =>
    selectField({
      id: key,
      label: c.t(label),
      value: p[key]?.toString(),
      empty: c.t('interview.unanswered'),
      choices: LEVELS.map((l) => [String(l), c.t(`interview.level.${l}`)] as const),
      onChange: (v) => {
        setPref(withField(p, key, toLevel(v)), label);
      },
    });
  const frequency = (key: FrequencyFactor, label: MessageKey): TemplateResult =>
    selectField({
      id: key,
      label: c.t(label),
      value: ctx[key],
      empty: c.t('interview.unanswered'),
      choices: FREQUENCIES.map((f) => [f, c.label(ENUM_LABELS.frequency[f])] as const),
      onChange: (v) => {
        setCtx(
          withField(
            ctx,
            key,
            FREQUENCIES.find((f): f is Frequency => f === v),
          ),
          label,
        );
      },
    });
  const bool = (key: BoolFactor, label: MessageKey): TemplateResult =>
    selectField({
      id: key,
      label: c.t(label),
      value: fromBool(ctx[key]),
      empty: c.t('interview.unanswered'),
      choices: [
        ['yes', c.t('interview.yes')],
        ['no', c.t('interview.no')],
      ],
      onChange: (v) => {
        setCtx(withField(ctx, key, toBool(v)), label);
      },
    });
  const loss = ctx.recentLoss;
  const setLoss = (
    rec: Assessment,
    patch: { year?: number | undefined; description?: string | undefined },
  ): Assessment => {
    let next = { ...(rec.context.recentLoss ?? {}) };
    if ('year' in patch) next = withField(next, 'year', patch.year);
    if ('description' in patch) next = withField(next, 'description', patch.description);
    const empty = Object.keys(next).length === 0;
    return { ...rec, context: withField(rec.context, 'recentLoss', empty ? undefined : next) };
  };

  return html`<p>${c.t('interview.questionsIntro')}</p>
    <fieldset>
      <legend>${c.t('interview.socialTitle')}</legend>
      <div class="grid">
        ${level('needSocialisation', 'interview.needSocialisation')}
        ${level('needPrivateSpace', 'interview.needPrivateSpace')}
        ${selectField({
          id: 'supportPreference',
          label: c.t('interview.supportPreference'),
          value: p.supportPreference,
          empty: c.t('interview.unanswered'),
          choices: SUPPORTS.map((s) => [s, c.t(`interview.support.${s}`)] as const),
          onChange: (v) => {
            setPref(
              withField(
                p,
                'supportPreference',
                SUPPORTS.find((s) => s === v),
              ),
              'interview.supportPreference',
            );
          },
        })}
        ${level('wantsCommitteeInvolvement', 'interview.committee')}
        ${textField({
          id: 'interests',
          label: c.t('interview.interests'),
          hint: c.t('interview.interestsHint'),
          value: p.interests.join(', '),
          onInput: (v) => {
            c.draft(
              'interests',
              (rec) => ({ ...rec, preferences: { ...rec.preferences, interests: parseList(v) } }),
              'interview.interests',
            );
          },
          onChange: () => {
            c.commitDraft();
          },
        })}
        ${selectField({
          id: 'selfManagement',
          label: c.t('interview.selfManagement'),
          hint: c.t('interview.selfManagementHint'),
          value: a.selfManagement?.toString(),
          empty: c.t('interview.unanswered'),
          choices: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [String(n), String(n)] as const),
          onChange: (v) => {
            c.edit(
              withField(a, 'selfManagement', v === undefined ? undefined : Number(v)),
              'interview.selfManagement',
            );
          },
        })}
      </div>
      <fieldset class="checks">
        <legend>${c.t('interview.contactModes')}</legend>
        ${CONTACT_MODES.map((m) =>
          checkboxField({
            id: `contact-${m}`,
            label: c.t(`interview.contact.${m}`),
            checked: p.contactModes.includes(m),
            onChange: (on) => {
              const modes = CONTACT_MODES.filter((x) =>
                x === m ? on : p.contactModes.includes(x),
              );
              setPref({ ...p, contactModes: modes }, 'interview.contactModes');
            },
          }),
        )}
      </fieldset>
    </fieldset>
    <fieldset>
      <legend>${c.t('interview.contextTitle')}</legend>
      <div class="grid">
        ${frequency('feelsAlone', 'interview.feelsAlone')}
        ${frequency('asksForHelp', 'interview.asksForHelp')}
        ${frequency('foodInsecurity', 'interview.foodInsecurity')}
        ${selectField({
          id: 'digitalLiteracy',
          label: c.t('interview.digitalLiteracy'),
          value: ctx.digitalLiteracy?.toString(),
          empty: c.t('interview.unanswered'),
          choices: LEVELS.map((l) => [String(l), c.t(`interview.digital.${l}`)] as const),
          onChange: (v) => {
            setCtx(withField(ctx, 'digitalLiteracy', toLevel(v)), 'interview.digitalLiteracy');
          },
        })}
        ${bool('notFromRegion', 'interview.notFromRegion')}
        ${bool('engagedOverloaded', 'interview.engagedOverloaded')}
        ${bool('shameUsingServices', 'interview.shameUsingServices')}
        ${bool('fearOfRejection', 'interview.fearOfRejection')}
        ${textField({
          id: 'recentLossYear',
          label: c.t('interview.recentLossYear'),
          type: 'number',
          min: 1850,
          max: 2200,
          value: loss?.year?.toString() ?? '',
          onInput: (v) => {
            c.draft(
              'recentLossYear',
              (rec) => {
                const y = parseYear(v);
                return y === null ? undefined : setLoss(rec, { year: y });
              },
              'interview.recentLoss',
            );
          },
          onChange: () => {
            c.commitDraft();
          },
        })}
        ${textField({
          id: 'recentLossText',
          label: c.t('interview.recentLossText'),
          value: loss?.description ?? '',
          onInput: (v) => {
            c.draft(
              'recentLossText',
              (rec) => setLoss(rec, { description: v.trim() ? v.slice(0, 5000) : undefined }),
              'interview.recentLoss',
            );
          },
          onChange: () => {
            c.commitDraft();
          },
        })}
      </div>
    </fieldset>
    ${
      a.consent.health?.granted
        ? html`<fieldset>
            <legend>${c.t('interview.healthTitle')}</legend>
            <div class="grid">
              ${bool('lossOfAutonomy', 'interview.lossOfAutonomy')}
              ${bool('mentalHealthConcern', 'interview.mentalHealthConcern')}
            </div>
          </fieldset>`
        : nothing
    }
    <p class="hint">${c.t('interview.instrumentsNote')}</p>`;
}
