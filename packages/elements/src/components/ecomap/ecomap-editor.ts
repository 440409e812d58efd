import { html, nothing, type TemplateResult } from 'lit';
import {
  ENUM_LABELS,
  type Contact,
  type Flow,
  type Frequency,
  type Proximity,
  type Season,
  type Strength,
  type SupportType,
  type Tie,
} from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import { entryName, type DescribeContext } from './ecomap-describe.js';

// The enumerations' values, in ENUM_LABELS order (the schema order).
const keys = <T extends object>(o: T): (keyof T & string)[] =>
  Object.keys(o) as (keyof T & string)[];
const STRENGTHS = keys(ENUM_LABELS.strength);
const FLOWS = keys(ENUM_LABELS.flow);
const SUPPORT_TYPES = keys(ENUM_LABELS.supportType);
const SEASONS = keys(ENUM_LABELS.season);
const FREQUENCIES = keys(ENUM_LABELS.frequency);
const PROXIMITIES = keys(ENUM_LABELS.proximity);

/** Which form is open: adding a tie, or editing one. */
export type EditorState =
  { readonly mode: 'add' } | { readonly mode: 'edit'; readonly tieId: string };

/** The form's values, typed. */
export interface EditorValues {
  readonly targetKind: 'person' | 'system' | 'existing';
  readonly name: string;
  readonly existingId: string;
  readonly tie: Omit<Tie, 'id' | 'targetId' | 'offset'>;
  /** Contact answers; `undefined` means not asked (the key is removed). */
  readonly contact: { [K in keyof Contact]: Contact[K] | undefined };
  /** Registry ids of the contacts this one knows. */
  readonly links: readonly string[];
}

const tri = (v: FormDataEntryValue | null): boolean | undefined =>
  v === 'yes' ? true : v === 'no' ? false : undefined;
const str = (v: FormDataEntryValue | null): string => (typeof v === 'string' ? v : '');

/** Reads the editor form. */
export function readEditor(form: HTMLFormElement): EditorValues {
  const d = new FormData(form);
  const notes = str(d.get('notes')).trim();
  const frequency = str(d.get('frequency'));
  const proximity = str(d.get('proximity'));
  const relationType = str(d.get('relationType'));
  const kind = str(d.get('targetKind'));
  return {
    targetKind: kind === 'system' || kind === 'existing' ? kind : 'person',
    name: str(d.get('name')),
    existingId: str(d.get('existingId')),
    tie: {
      sector: str(d.get('sector')) || 'other',
      strength: (str(d.get('strength')) || 'moderate') as Strength,
      stressful: d.get('stressful') === 'on',
      flow: (str(d.get('flow')) || 'both') as Flow,
      supportTypes: d.getAll('supportTypes').map(str) as SupportType[],
      formal: d.get('formal') === 'on',
      seasonal: (str(d.get('seasonal')) || 'all_year') as Season,
      ...(notes ? { notes } : {}),
    },
    contact: {
      relationType: relationType || undefined,
      frequency: (frequency || undefined) as Frequency | undefined,
      proximity: (proximity || undefined) as Proximity | undefined,
      confidant: tri(d.get('confidant')),
      canHelp: tri(d.get('canHelp')),
      caregiver: tri(d.get('caregiver')),
      visitsRegularly: tri(d.get('visitsRegularly')),
    },
    links: d.getAll('links').map(str),
  };
}

function select(
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  blank: string | undefined,
): TemplateResult {
  const id = `f-${name}`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name=${name}>
      ${blank !== undefined ? html`<option value="" ?selected=${value === ''}>${blank}</option>` : nothing}
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select>
  </div>`;
}

const triValue = (b: boolean | undefined): string => (b === true ? 'yes' : b === false ? 'no' : '');

/** The tie editor form: every attribute of the tie and of the contact, with labelled fields. */
export function renderEditorForm(
  state: EditorState,
  ctx: DescribeContext,
  handlers: {
    submit: (e: SubmitEvent) => void;
    cancel: () => void;
    remove: (() => void) | undefined;
  },
): TemplateResult {
  const { l10n, assessment: a, vocabularies } = ctx;
  const tie = state.mode === 'edit' ? a.ecomap.ties.find((t) => t.id === state.tieId) : undefined;
  const entry = tie ? ctx.entries.get(tie.targetId) : undefined;
  const contact = entry?.contact ?? {};
  const tied = new Set(a.ecomap.ties.map((t) => t.targetId));
  const candidates = a.registry.filter((e) => e.id !== a.tenant.personId && !tied.has(e.id));
  const enumOptions = <K extends string>(
    values: readonly K[],
    labels: Record<K, { fr: string; en: string }>,
  ) => values.map((v) => [v, l10n.label(labels[v])] as const);
  const yesNo: (readonly [string, string])[] = [
    ['yes', l10n.label(ENUM_LABELS.tristate.yes)],
    ['no', l10n.label(ENUM_LABELS.tristate.no)],
  ];
  const title = tie
    ? l10n.t('ecomap.editorEdit', { name: entry?.name ?? tie.targetId })
    : l10n.t('ecomap.editorAdd');
  const check = (name: string, label: string, checked: boolean, value = 'on') =>
    html`<label
      ><input type="checkbox" name=${name} value=${value} ?checked=${checked} /> ${label}</label
    >`;
  const others = a.ecomap.ties.filter((t) => t.id !== tie?.id).map((t) => t.targetId);
  const knows = new Set(tie ? (ctx.knows.get(tie.targetId) ?? []) : []);
  return html`<form method="dialog" aria-labelledby="editor-title" @submit=${handlers.submit}>
    <h2 id="editor-title">${title}</h2>
    ${
      tie
        ? html`<div class="field">
            <label for="f-name">${l10n.t('ecomap.name')}</label>
            <input id="f-name" name="name" required maxlength="200" .value=${entry?.name ?? ''} />
          </div>`
        : html`<fieldset>
              <legend>${l10n.t('ecomap.target')}</legend>
              <label
                ><input type="radio" name="targetKind" value="person" checked />
                ${l10n.t('ecomap.newPerson')}</label
              >
              <label
                ><input type="radio" name="targetKind" value="system" />
                ${l10n.t('ecomap.newSystem')}</label
              >
              ${
                candidates.length
                  ? html`<label
                      ><input type="radio" name="targetKind" value="existing" />
                      ${l10n.t('ecomap.existing')}</label
                    >`
                  : nothing
              }
            </fieldset>
            <div class="field">
              <label for="f-name">${l10n.t('ecomap.name')}</label>
              <input id="f-name" name="name" maxlength="200" />
            </div>
            ${
              candidates.length
                ? select(
                    'existingId',
                    l10n.t('ecomap.existingEntry'),
                    candidates.map((e) => [e.id, e.name] as const),
                    '',
                    l10n.t('ecomap.notSet'),
                  )
                : nothing
            }`
    }
    ${select(
      'sector',
      l10n.t('ecomap.sector'),
      vocabularies.sectors.map((s) => [s.id, l10n.label(s.label)] as const),
      tie?.sector ?? 'family',
      undefined,
    )}
    ${select('strength', l10n.t('ecomap.strength'), enumOptions(STRENGTHS, ENUM_LABELS.strength), tie?.strength ?? 'moderate', undefined)}
    ${check('stressful', l10n.t('ecomap.legendStressful'), tie?.stressful ?? false)}
    ${select('flow', l10n.t('ecomap.flow'), enumOptions(FLOWS, ENUM_LABELS.flow), tie?.flow ?? 'both', undefined)}
    <fieldset>
      <legend>${l10n.t('ecomap.supportTypes')}</legend>
      ${SUPPORT_TYPES.map((s) => check('supportTypes', l10n.label(ENUM_LABELS.supportType[s]), tie?.supportTypes.includes(s) ?? false, s))}
    </fieldset>
    ${check('formal', l10n.t('ecomap.formal'), tie?.formal ?? false)}
    ${select('seasonal', l10n.t('ecomap.seasonal'), enumOptions(SEASONS, ENUM_LABELS.season), tie?.seasonal ?? 'all_year', undefined)}
    ${
      entry?.kind === 'system'
        ? nothing
        : select(
            'relationType',
            l10n.t('ecomap.relationType'),
            vocabularies.relationTypes.map((r) => [r.id, l10n.label(r.label)] as const),
            contact.relationType ?? '',
            l10n.t('ecomap.notSet'),
          )
    }
    ${select('frequency', l10n.t('ecomap.frequency'), enumOptions(FREQUENCIES, ENUM_LABELS.frequency), contact.frequency ?? '', l10n.t('ecomap.notSet'))}
    ${select('proximity', l10n.t('ecomap.proximity'), enumOptions(PROXIMITIES, ENUM_LABELS.proximity), contact.proximity ?? '', l10n.t('ecomap.notSet'))}
    ${(
      [
        ['confidant', 'ecomap.confidant', contact.confidant],
        ['canHelp', 'ecomap.canHelp', contact.canHelp],
        ['caregiver', 'ecomap.caregiver', contact.caregiver],
        ['visitsRegularly', 'ecomap.visits', contact.visitsRegularly],
      ] as const satisfies readonly (readonly [string, MessageKey, boolean | undefined])[]
    ).map(([name, key, v]) =>
      select(name, l10n.t(key), yesNo, triValue(v), l10n.t('ecomap.notSet')),
    )}
    ${
      others.length
        ? html`<fieldset>
            <legend>${l10n.t('ecomap.links')}</legend>
            ${others.map((id) => check('links', entryName(ctx, id), knows.has(id), id))}
          </fieldset>`
        : nothing
    }
    <div class="field">
      <label for="f-notes">${l10n.t('ecomap.notes')}</label>
      <textarea
        id="f-notes"
        name="notes"
        rows="3"
        maxlength="5000"
        .value=${tie?.notes ?? ''}
      ></textarea>
    </div>
    <div class="actions">
      ${handlers.remove ? html`<button type="button" class="remove" @click=${handlers.remove}>${l10n.t('common.delete')}</button>` : nothing}
      <button type="button" class="cancel" @click=${handlers.cancel}>
        ${l10n.t('common.cancel')}
      </button>
      <button type="submit" class="save">${l10n.t('common.save')}</button>
    </div>
  </form>`;
}
