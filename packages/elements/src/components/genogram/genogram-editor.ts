import { html, nothing, type TemplateResult } from 'lit';
import {
  ENUM_LABELS,
  FREQUENCIES,
  PARENT_CHILD_KINDS,
  PROXIMITIES,
  SEXES,
  TRISTATE,
  UNION_STATUSES,
  type Assessment,
  type Contact,
  type Label,
  type Person,
  type Vocabularies,
} from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import type { MessageParams } from '../../i18n/types.js';
import type { ExtraMode } from './genogram-dialogs.js';

/** The person editor: editing a person, or adding a relative to one. */
export type PersonEditorState =
  | { readonly mode: 'edit'; readonly id: string }
  | {
      readonly mode: 'add';
      readonly relation: 'parent' | 'partner' | 'child' | 'sibling';
      readonly id: string;
    };

/** What the editor dialog is doing. */
export type EditorState = PersonEditorState | { readonly mode: ExtraMode; readonly id: string };

interface Tools {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly label: (l: Label) => string;
}

const opt = (value: string, text: string, selected: boolean): TemplateResult =>
  html`<option value=${value} ?selected=${selected}>${text}</option>`;

function personFields(p: Partial<Person>, k: Tools): TemplateResult {
  return html`<label
      >${k.t('genogram.name')}<input name="name" required maxlength="200" .value=${p.name ?? ''}
    /></label>
    <label
      >${k.t('genogram.sex')}<select name="sex">
        ${SEXES.map((s) => opt(s, k.label(ENUM_LABELS.sex[s]), (p.sex ?? 'unknown') === s))}
      </select></label
    >
    <label
      >${k.t('genogram.genderIdentity')}<input
        name="genderIdentity"
        maxlength="100"
        .value=${p.genderIdentity ?? ''}
    /></label>
    <label
      >${k.t('genogram.birthYear')}<input
        name="birthYear"
        type="number"
        min="1850"
        max="2200"
        .value=${p.birthYear !== undefined ? String(p.birthYear) : ''}
    /></label>
    <label
      ><span
        ><input name="deceased" type="checkbox" ?checked=${p.deceased === true} />
        ${k.t('genogram.deceased')}</span
      ></label
    >
    <label
      >${k.t('genogram.deathYear')}<input
        name="deathYear"
        type="number"
        min="1850"
        max="2200"
        .value=${p.deathYear !== undefined ? String(p.deathYear) : ''}
    /></label>`;
}

const BOOLEAN_CONTACT = ['confidant', 'canHelp', 'caregiver', 'visitsRegularly'] as const;

/**
 * The tenant's relation to this person (the registry's contact fields, shared with the ecomap).
 * Every question can stay unanswered ("—"), which the scores count as missing information.
 */
function contactFields(c: Contact | undefined, vocab: Vocabularies, k: Tools): TemplateResult {
  const none = (v: unknown): TemplateResult => opt('', '—', v === undefined);
  return html`<fieldset>
    <legend>${k.t('genogram.contact')}</legend>
    <label
      >${k.t('genogram.relationType')}<select name="c:relationType">
        ${none(c?.relationType)}${vocab.relationTypes.map((r) => opt(r.id, k.label(r.label), c?.relationType === r.id))}
      </select></label
    >
    <label
      >${k.t('genogram.frequency')}<select name="c:frequency">
        ${none(c?.frequency)}${FREQUENCIES.map((f) => opt(f, k.label(ENUM_LABELS.frequency[f]), c?.frequency === f))}
      </select></label
    >
    <label
      >${k.t('genogram.atLeastMonthly')}<select name="c:atLeastMonthly">
        ${none(c?.atLeastMonthly)}${TRISTATE.map((f) => opt(f, k.label(ENUM_LABELS.tristate[f]), c?.atLeastMonthly === f))}
      </select></label
    >
    <label
      >${k.t('genogram.proximity')}<select name="c:proximity">
        ${none(c?.proximity)}${PROXIMITIES.map((f) => opt(f, k.label(ENUM_LABELS.proximity[f]), c?.proximity === f))}
      </select></label
    >
    ${BOOLEAN_CONTACT.map(
      (key) =>
        html`<label
          >${k.t(`genogram.${key}`)}<select name=${`c:${key}`}>
            ${none(c?.[key])}${opt('true', k.label(ENUM_LABELS.tristate.yes), c?.[key] === true)}${opt('false', k.label(ENUM_LABELS.tristate.no), c?.[key] === false)}
          </select></label
        >`,
    )}
  </fieldset>`;
}

/** The contact fields of the form merged over `old` (fields the form does not show are kept). */
export function readContact(data: FormData, old: Contact | undefined): Contact | undefined {
  const out: Record<string, unknown> = { ...(old ?? {}) };
  const pick = (key: string, allowed: readonly string[]): void => {
    const v = field(data, `c:${key}`, '');
    if (allowed.includes(v)) out[key] = v;
    else Reflect.deleteProperty(out, key);
  };
  if (data.has('c:relationType')) {
    const v = field(data, 'c:relationType', '');
    if (v === '') Reflect.deleteProperty(out, 'relationType');
    else out['relationType'] = v;
    pick('frequency', FREQUENCIES);
    pick('atLeastMonthly', TRISTATE);
    pick('proximity', PROXIMITIES);
    for (const key of BOOLEAN_CONTACT) {
      const v2 = field(data, `c:${key}`, '');
      if (v2 === 'true' || v2 === 'false') out[key] = v2 === 'true';
      else Reflect.deleteProperty(out, key);
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The dialog's form for the current editor state (user text set as values, never as markup). */
export function renderEditor(
  state: PersonEditorState,
  a: Assessment,
  vocab: Vocabularies,
  k: Tools,
): TemplateResult {
  const person = a.registry.find((e) => e.id === state.id && e.kind === 'person') as
    Person | undefined;
  const name = person?.name ?? state.id;
  const nameOf = (id: string): string => a.registry.find((e) => e.id === id)?.name ?? id;
  const unions = a.genogram.unions.filter((u) => u.partnerIds.includes(state.id));
  const unionFields = (
    prefix: string,
    u?: { type: string; status: string; startYear?: number; endYear?: number; order?: number },
  ): TemplateResult =>
    html`<label
        >${k.t('genogram.unionType')}<select name=${`${prefix}type`}>
          ${vocab.unionTypes.map((t) => opt(t.id, k.label(t.label), (u?.type ?? 'married') === t.id))}
        </select></label
      >
      <label
        >${k.t('genogram.unionStatus')}<select name=${`${prefix}status`}>
          ${UNION_STATUSES.map((s) => opt(s, k.label(ENUM_LABELS.unionStatus[s]), (u?.status ?? 'active') === s))}
        </select></label
      >
      <label
        >${k.t('genogram.startYear')}<input
          name=${`${prefix}startYear`}
          type="number"
          min="1850"
          max="2200"
          .value=${u?.startYear !== undefined ? String(u.startYear) : ''}
      /></label>
      <label
        >${k.t('genogram.endYear')}<input
          name=${`${prefix}endYear`}
          type="number"
          min="1850"
          max="2200"
          .value=${u?.endYear !== undefined ? String(u.endYear) : ''}
      /></label>
      <label
        >${k.t('genogram.unionOrder')}<input
          name=${`${prefix}order`}
          type="number"
          min="0"
          max="99"
          .value=${u?.order !== undefined ? String(u.order) : ''}
      /></label>`;
  const kindSelect = (field: string, current: string): TemplateResult =>
    html`<select name=${field}>
      ${PARENT_CHILD_KINDS.map((x) => opt(x, k.label(ENUM_LABELS.parentChildKind[x]), current === x))}
    </select>`;
  if (state.mode === 'edit') {
    const links = a.genogram.parentChild.filter((l) => l.childId === state.id);
    return html`<h2 id="editor-h">${k.t('genogram.editorTitle', { name })}</h2>
      ${personFields(person ?? {}, k)}
      ${state.id === a.tenant.personId ? nothing : contactFields(person?.contact, vocab, k)}
      ${unions.map(
        (u) =>
          html`<fieldset>
            <legend>
              ${k.t('genogram.unionWith', { name: nameOf(u.partnerIds[0] === state.id ? u.partnerIds[1] : u.partnerIds[0]) })}
            </legend>
            ${unionFields(`u:${u.id}:`, u)}
          </fieldset>`,
      )}
      ${links.map((l) => html`<label>${k.t('genogram.parentLink', { name: nameOf(l.parentId) })}${kindSelect(`l:${l.id}`, l.kind)}</label>`)}`;
  }
  const action = k.t(
    state.relation === 'parent'
      ? 'genogram.addParent'
      : state.relation === 'partner'
        ? 'genogram.addPartner'
        : state.relation === 'child'
          ? 'genogram.addChild'
          : 'genogram.addSibling',
  );
  return html`<h2 id="editor-h">${k.t('genogram.newTitle', { action, name })}</h2>
    ${personFields({}, k)} ${state.relation === 'partner' ? unionFields('new:') : nothing}
    ${
      state.relation === 'child'
        ? html`<label
            >${k.t('genogram.childOf')}<select name="childOf">
              ${unions.map((u) =>
                opt(
                  `union:${u.id}`,
                  k.t('genogram.with', {
                    name: nameOf(u.partnerIds[0] === state.id ? u.partnerIds[1] : u.partnerIds[0]),
                  }),
                  false,
                ),
              )}${opt('single', k.t('genogram.singleParent', { name }), unions.length === 0)}
            </select></label
          >`
        : nothing
    }
    ${state.relation === 'parent' || state.relation === 'child' ? html`<label>${k.t('genogram.linkKind')}${kindSelect('kind', 'biological')}</label>` : nothing}`;
}

/** A text field of the form, or `fallback` when absent (files never appear in this form). */
export function field(data: FormData, name: string, fallback = ''): string {
  const v = data.get(name);
  return typeof v === 'string' ? v : fallback;
}

/** Reads an optional year field. */
export function yearField(data: FormData, name: string): number | undefined {
  const v = field(data, name, '').trim();
  if (v === '') return undefined;
  const n = Number(v);
  return Number.isInteger(n) ? n : undefined;
}

/** The person fields of the form as a patch (empty optional fields become `undefined`). */
export function readPerson(data: FormData): {
  name: string;
  sex: Person['sex'];
  genderIdentity: string | undefined;
  birthYear: number | undefined;
  deceased: boolean | undefined;
  deathYear: number | undefined;
} {
  const sex = field(data, 'sex', 'unknown');
  const deceased = data.get('deceased') !== null;
  const gi = field(data, 'genderIdentity', '').trim();
  return {
    name: field(data, 'name', '').trim(),
    sex: (SEXES as readonly string[]).includes(sex) ? (sex as Person['sex']) : 'unknown',
    genderIdentity: gi === '' ? undefined : gi,
    birthYear: yearField(data, 'birthYear'),
    deceased: deceased ? true : undefined,
    deathYear: deceased ? yearField(data, 'deathYear') : undefined,
  };
}
