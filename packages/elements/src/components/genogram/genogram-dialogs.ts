import { html, type TemplateResult } from 'lit';
import {
  ENUM_LABELS,
  PREGNANCY_OUTCOMES,
  type Assessment,
  type Label,
  type Person,
  type Vocabularies,
} from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import type { MessageParams } from '../../i18n/types.js';

/** The editor dialogs beyond the person editor: one per family element the worker can edit. */
export type ExtraMode = 'relation' | 'twins' | 'pregnancy' | 'household' | 'place';

interface Tools {
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly label: (l: Label) => string;
}

const opt = (value: string, text: string, selected: boolean): TemplateResult =>
  html`<option value=${value} ?selected=${selected}>${text}</option>`;

/** Persons of the registry by id. */
function peopleOf(a: Assessment): Map<string, Person> {
  const m = new Map<string, Person>();
  for (const e of a.registry) if (e.kind === 'person') m.set(e.id, e);
  return m;
}

const byName =
  (people: ReadonlyMap<string, Person>) =>
  (x: string, y: string): number =>
    (people.get(x)?.name ?? x).localeCompare(people.get(y)?.name ?? y);

/** A scrollable list of checkboxes named `name`, one per person id (names set as text). */
function checklist(
  name: string,
  legend: string,
  ids: readonly string[],
  checked: ReadonlySet<string>,
  people: ReadonlyMap<string, Person>,
): TemplateResult {
  return html`<fieldset class="pick">
    <legend>${legend}</legend>
    ${ids.map(
      (id) =>
        html`<label class="check"
          ><input
            type="checkbox"
            name=${name}
            value=${id}
            ?checked=${checked.has(id)}
          />${people.get(id)?.name ?? id}</label
        >`,
    )}
  </fieldset>`;
}

function yearInput(name: string, text: string, value: number | undefined): TemplateResult {
  return html`<label
    >${text}<input
      name=${name}
      type="number"
      min="1850"
      max="2200"
      .value=${value !== undefined ? String(value) : ''}
  /></label>`;
}

/** The siblings a person can be marked as born with: shared parent, else the same layout row. */
export function twinCandidates(a: Assessment, id: string, row: readonly string[]): string[] {
  const parents = new Set(
    a.genogram.parentChild.filter((l) => l.childId === id).map((l) => l.parentId),
  );
  const sibs = new Set<string>();
  for (const l of a.genogram.parentChild)
    if (parents.has(l.parentId) && l.childId !== id) sibs.add(l.childId);
  const pool = sibs.size > 0 ? [...sibs] : row.filter((x) => x !== id);
  const own = a.genogram.multipleBirths.find((m) => m.childIds.includes(id));
  return pool.filter(
    (x) =>
      own?.childIds.includes(x) || !a.genogram.multipleBirths.some((m) => m.childIds.includes(x)),
  );
}

/**
 * The form of one extra dialog (relations, twins, pregnancies, households, placing a registry
 * person), for the person `id`. Every user text is set as text or as a value, never as markup.
 */
export function renderExtra(
  mode: ExtraMode,
  id: string,
  a: Assessment,
  vocab: Vocabularies,
  row: readonly string[],
  k: Tools,
): TemplateResult {
  const people = peopleOf(a);
  const name = people.get(id)?.name ?? id;
  const nameOf = (x: string): string => people.get(x)?.name ?? x;
  const members = a.genogram.memberIds.filter((x) => people.has(x));
  const sorted = [...members].sort(byName(people));
  switch (mode) {
    case 'relation': {
      const rels = a.genogram.emotionalRelations.filter((r) => r.fromId === id || r.toId === id);
      const types = (current: string): TemplateResult[] =>
        vocab.emotionalRelations.map((t) => opt(t.id, k.label(t.label), t.id === current));
      return html`<h2 id="editor-h">${k.t('genogram.relationsTitle', { name })}</h2>
        ${rels.map((r) => {
          const other = r.fromId === id ? r.toId : r.fromId;
          return html`<fieldset>
            <legend>
              ${k.t(r.fromId === id ? 'genogram.relationTo' : 'genogram.relationFrom', { name: nameOf(other) })}
            </legend>
            <label
              >${k.t('genogram.relationType')}<select name=${`er:${r.id}:type`}>
                ${types(r.type)}
              </select></label
            >
            <label class="check"
              ><input
                type="checkbox"
                name=${`er:${r.id}:swap`}
              />${k.t('genogram.swapDirection')}</label
            >
            <label class="check"
              ><input
                type="checkbox"
                name=${`er:${r.id}:remove`}
              />${k.t('genogram.removeThis')}</label
            >
          </fieldset>`;
        })}
        <fieldset>
          <legend>${k.t('genogram.newRelation')}</legend>
          <label
            >${k.t('genogram.otherPerson')}<select name="new:other">
              ${opt('', k.t('genogram.nobody'), true)}
              ${sorted.filter((x) => x !== id).map((x) => opt(x, nameOf(x), false))}
            </select></label
          >
          <label
            >${k.t('genogram.relationType')}<select name="new:type">
              ${types(vocab.emotionalRelations[0]?.id ?? '')}
            </select></label
          >
        </fieldset>`;
    }
    case 'twins': {
      const own = a.genogram.multipleBirths.find((m) => m.childIds.includes(id));
      const candidates = twinCandidates(a, id, row).sort(byName(people));
      return html`<h2 id="editor-h">${k.t('genogram.twinsTitle', { name })}</h2>
        ${
          candidates.length === 0
            ? html`<p>${k.t('genogram.noSiblings')}</p>`
            : checklist(
                'twin',
                k.t('genogram.bornWith', { name }),
                candidates,
                new Set(own?.childIds ?? []),
                people,
              )
        }
        <label
          >${k.t('genogram.zygosity')}<select name="zygosity">
            ${(['MZ', 'DZ', 'unknown'] as const).map((z) => opt(z, k.label(ENUM_LABELS.zygosity[z]), (own?.zygosity ?? 'unknown') === z))}
          </select></label
        >`;
    }
    case 'pregnancy': {
      const list = a.genogram.pregnancies.filter((p) => p.parentIds.includes(id));
      const unions = a.genogram.unions.filter((u) => u.partnerIds.includes(id));
      const outcomes = (current: string): TemplateResult[] =>
        PREGNANCY_OUTCOMES.map((o) =>
          opt(o, k.label(ENUM_LABELS.pregnancyOutcome[o]), o === current),
        );
      return html`<h2 id="editor-h">${k.t('genogram.pregnancyTitle', { name })}</h2>
        ${list.map(
          (p) =>
            html`<fieldset>
              <legend>
                ${k.label(ENUM_LABELS.pregnancyOutcome[p.outcome])}${p.parentIds.length > 1 ? ` (${p.parentIds.map(nameOf).join(', ')})` : ''}
              </legend>
              <label
                >${k.t('genogram.outcome')}<select name=${`pg:${p.id}:outcome`}>
                  ${outcomes(p.outcome)}
                </select></label
              >
              ${yearInput(`pg:${p.id}:year`, k.t('genogram.year'), p.year)}
              <label class="check"
                ><input
                  type="checkbox"
                  name=${`pg:${p.id}:remove`}
                />${k.t('genogram.removeThis')}</label
              >
            </fieldset>`,
        )}
        <fieldset>
          <legend>${k.t('genogram.newPregnancy')}</legend>
          <label
            >${k.t('genogram.outcome')}<select name="new:outcome">
              ${opt('', k.t('genogram.none'), list.length > 0)}${outcomes(list.length > 0 ? '' : 'ongoing')}
            </select></label
          >
          <label
            >${k.t('genogram.parents')}<select name="new:of">
              ${unions.map((u) =>
                opt(
                  `union:${u.id}`,
                  k.t('genogram.with', {
                    name: nameOf(u.partnerIds[0] === id ? u.partnerIds[1] : u.partnerIds[0]),
                  }),
                  false,
                ),
              )}${opt('single', k.t('genogram.singleParent', { name }), unions.length === 0)}
            </select></label
          >
          ${yearInput('new:year', k.t('genogram.year'), undefined)}
          <label
            >${k.t('genogram.weeks')}<input name="new:weeks" type="number" min="1" max="45"
          /></label>
        </fieldset>`;
    }
    case 'household': {
      const pool = (extra: readonly string[]): string[] =>
        [...new Set([...members, ...extra])].filter((x) => people.has(x)).sort(byName(people));
      const inOne = a.households.some((h) => h.memberIds.includes(id));
      return html`<h2 id="editor-h">${k.t('genogram.householdsTitle', { name })}</h2>
        ${a.households.map(
          (h, i) =>
            html`<fieldset>
              <legend>${h.label ?? k.t('genogram.householdN', { n: i + 1 })}</legend>
              <label
                >${k.t('genogram.householdLabel')}<input
                  name=${`h:${h.id}:label`}
                  maxlength="200"
                  .value=${h.label ?? ''}
              /></label>
              ${checklist(`h:${h.id}:m`, k.t('genogram.livingThere'), pool(h.memberIds), new Set(h.memberIds), people)}
              <label class="check"
                ><input
                  type="checkbox"
                  name=${`h:${h.id}:remove`}
                />${k.t('genogram.removeThis')}</label
              >
            </fieldset>`,
        )}
        <fieldset>
          <legend>${k.t('genogram.newHousehold')}</legend>
          <label class="check"
            ><input
              type="checkbox"
              name="new:create"
              ?checked=${!inOne}
            />${k.t('genogram.createHousehold')}</label
          >
          <label>${k.t('genogram.householdLabel')}<input name="new:label" maxlength="200" /></label>
          ${checklist('new:m', k.t('genogram.livingThere'), pool([]), new Set([id]), people)}
        </fieldset>`;
    }
    case 'place': {
      const onGenogram = new Set(a.genogram.memberIds);
      const outside = [...people.keys()].filter((x) => !onGenogram.has(x)).sort(byName(people));
      return html`<h2 id="editor-h">${k.t('genogram.placeTitle')}</h2>
        ${
          outside.length === 0
            ? html`<p>${k.t('genogram.nobodyToPlace')}</p>`
            : html`<label
                  >${k.t('genogram.registryPerson')}<select name="existing">
                    ${outside.map((x, i) => opt(x, nameOf(x), i === 0))}
                  </select></label
                >
                <label
                  >${k.t('genogram.placeAs')}<select name="as">
                    ${opt('none', k.t('genogram.placeAlone'), true)}
                    ${(['parent', 'partner', 'child', 'sibling'] as const).map((r) => opt(r, k.t(`genogram.placeAs.${r}`, { name }), false))}
                  </select></label
                >`
        }`;
    }
  }
}

/** The keyboard shortcut of each extra dialog (French initial first, as the add keys). */
export const EXTRA_KEYS: Readonly<Record<string, ExtraMode>> = {
  r: 'relation',
  t: 'twins',
  j: 'twins',
  g: 'pregnancy',
  m: 'household',
  h: 'household',
  l: 'place',
};
