import { html, nothing, type TemplateResult } from 'lit';
import {
  ENUM_LABELS,
  TENURES,
  nextId,
  collectIds,
  type Assessment,
  type Identity,
  type Person,
  type Tenant,
} from '@toile/core';
import { withField, type StepContext } from './interview-context.js';
import { parseList, parseYear, radioGroup, selectField, textField } from './interview-fields.js';
import type { MessageKey } from '../../i18n/fr.js';

const INDIGENOUS = ['first_nations', 'inuit', 'metis', 'no', 'prefer_not'] as const;

function tenantPerson(a: Assessment): Person | undefined {
  const e = a.registry.find((x) => x.id === a.tenant.personId);
  return e?.kind === 'person' ? e : undefined;
}

function withPerson(a: Assessment, person: Person): Assessment {
  return { ...a, registry: a.registry.map((e) => (e.id === person.id ? person : e)) };
}

function withTenant(a: Assessment, tenant: Tenant): Assessment {
  return { ...a, tenant };
}

function yesNo(c: StepContext): [string, string][] {
  return [
    ['yes', c.t('interview.yes')],
    ['no', c.t('interview.no')],
  ];
}

const toBool = (v: string | undefined): boolean | undefined =>
  v === undefined ? undefined : v === 'yes';
const fromBool = (v: boolean | undefined): string | undefined =>
  v === undefined ? undefined : v ? 'yes' : 'no';

/** The household label of the tenant's household, creating the household on first use. */
function withHouseholdLabel(a: Assessment, label: string): Assessment {
  const text = label.trim().slice(0, 200);
  const id = a.tenant.householdId;
  const existing = id ? a.households.find((h) => h.id === id) : undefined;
  if (existing) {
    const h = withField(existing, 'label', text || undefined);
    return { ...a, households: a.households.map((x) => (x.id === existing.id ? h : x)) };
  }
  if (!text) return a;
  const newId = nextId('household', collectIds(a));
  return {
    ...a,
    households: [...a.households, { id: newId, memberIds: [a.tenant.personId], label: text }],
    tenant: { ...a.tenant, householdId: newId },
  };
}

/** The « about the person » step: the tenant's fields, and identity fields when consented. */
export function renderAbout(c: StepContext): TemplateResult {
  const a = c.record;
  const t = a.tenant;
  const person = tenantPerson(a);
  const household = t.householdId ? a.households.find((h) => h.id === t.householdId) : undefined;
  const text = (
    field: string,
    label: MessageKey,
    value: string,
    apply: (a: Assessment, v: string) => Assessment | undefined,
    extra: { hint?: MessageKey; type?: 'text' | 'number'; min?: number; max?: number } = {},
  ): TemplateResult =>
    textField({
      id: field,
      label: c.t(label),
      ...(extra.hint ? { hint: c.t(extra.hint) } : {}),
      ...(extra.type ? { type: extra.type } : {}),
      ...(extra.min !== undefined ? { min: extra.min, max: extra.max ?? 2200 } : {}),
      value: value,
      onInput: (v) => {
        c.draft(field, (rec) => apply(rec, v), label);
      },
      onChange: () => {
        c.commitDraft();
      },
    });
  const year = (
    field: string,
    label: MessageKey,
    value: number | undefined,
    apply: (a: Assessment, y: number | undefined) => Assessment,
  ): TemplateResult =>
    text(
      field,
      label,
      value === undefined ? '' : String(value),
      (rec, v) => {
        const y = parseYear(v);
        return y === null ? undefined : apply(rec, y);
      },
      { type: 'number', min: 1850, max: 2200 },
    );
  const tenantBool = (
    field: 'livesAlone' | 'interpreterNeeded',
    label: MessageKey,
  ): TemplateResult =>
    selectField({
      id: field,
      label: c.t(label),
      value: fromBool(t[field]),
      empty: c.t('interview.unanswered'),
      choices: yesNo(c),
      onChange: (v) => {
        c.edit(withTenant(a, withField(t, field, toBool(v))), label);
      },
    });

  return html`<p>${c.t('interview.aboutIntro')}</p>
    <div class="grid">
      ${text('name', 'interview.name', person?.name ?? '', (rec, v) => {
        const p = tenantPerson(rec);
        const name = v.trim().slice(0, 200);
        return p && name ? withPerson(rec, { ...p, name }) : undefined;
      })}
      ${year('birthYear', 'interview.birthYear', person?.birthYear, (rec, y) => {
        const p = tenantPerson(rec);
        return p ? withPerson(rec, withField(p, 'birthYear', y)) : rec;
      })}
      ${selectField({
        id: 'tenure',
        label: c.t('interview.tenure'),
        value: t.tenure,
        choices: TENURES.map((x) => [x, c.label(ENUM_LABELS.tenure[x])] as const),
        onChange: (v) => {
          const tenure = TENURES.find((x) => x === v);
          if (tenure) c.edit(withTenant(a, { ...t, tenure }), 'interview.tenure');
        },
      })}
      ${text('household', 'interview.household', household?.label ?? '', withHouseholdLabel, {
        hint: 'interview.householdHint',
      })}
      ${tenantBool('livesAlone', 'interview.livesAlone')}
      ${text(
        'languages',
        'interview.languages',
        t.languages.join(', '),
        (rec, v) => withTenant(rec, { ...rec.tenant, languages: parseList(v, 60) }),
        { hint: 'interview.languagesHint' },
      )}
      ${tenantBool('interpreterNeeded', 'interview.interpreter')}
      ${year('arrivedInRegion', 'interview.arrivedInRegion', t.arrivedInRegionYear, (rec, y) =>
        withTenant(rec, withField(rec.tenant, 'arrivedInRegionYear', y)),
      )}
      ${year('tenancyStart', 'interview.tenancyStart', t.tenancyStartYear, (rec, y) =>
        withTenant(rec, withField(rec.tenant, 'tenancyStartYear', y)),
      )}
    </div>
    ${radioGroup({
      name: 'address',
      legend: c.t('interview.address'),
      value: t.formOfAddress,
      choices: [
        ['vous', c.t('interview.vous')],
        ['tu', c.t('interview.tu')],
      ],
      onChange: (v) => {
        c.edit(
          withTenant(a, { ...t, formOfAddress: v === 'tu' ? 'tu' : 'vous' }),
          'interview.address',
        );
      },
    })}
    ${a.consent.identity?.granted ? renderIdentity(c) : nothing}`;
}

function renderIdentity(c: StepContext): TemplateResult {
  const a = c.record;
  const identity: Identity = a.tenant.identity ?? {};
  const set = <K extends keyof Identity>(key: K, value: Identity[K] | undefined): Assessment => {
    const next = withField(identity, key, value);
    return withTenant(
      a,
      withField(a.tenant, 'identity', Object.keys(next).length ? next : undefined),
    );
  };
  const setOn = <K extends keyof Identity>(
    rec: Assessment,
    key: K,
    value: Identity[K] | undefined,
  ): Assessment => {
    const id = withField(rec.tenant.identity ?? {}, key, value);
    return withTenant(
      rec,
      withField(rec.tenant, 'identity', Object.keys(id).length ? id : undefined),
    );
  };
  const free = (field: 'culturalCommunity' | 'disability', label: MessageKey): TemplateResult =>
    textField({
      id: field,
      label: c.t(label),
      value: identity[field] ?? '',
      onInput: (v) => {
        c.draft(field, (rec) => setOn(rec, field, v.trim().slice(0, 200) || undefined), label);
      },
      onChange: () => {
        c.commitDraft();
      },
    });
  return html`<fieldset class="identity">
    <legend>${c.t('interview.identityTitle')}</legend>
    <p class="hint">${c.t('interview.identityHint')}</p>
    <div class="grid">
      ${selectField({
        id: 'indigenous',
        label: c.t('interview.indigenous'),
        value: identity.indigenous,
        empty: c.t('interview.unanswered'),
        choices: INDIGENOUS.map((v) => [v, c.t(`interview.indigenous.${v}`)] as const),
        onChange: (v) => {
          c.edit(
            set(
              'indigenous',
              INDIGENOUS.find((x) => x === v),
            ),
            'interview.indigenous',
          );
        },
      })}
      ${free('culturalCommunity', 'interview.culturalCommunity')}
      ${free('disability', 'interview.disability')}
      ${selectField({
        id: 'immigrant',
        label: c.t('interview.immigrant'),
        value: fromBool(identity.immigrant),
        empty: c.t('interview.unanswered'),
        choices: yesNo(c),
        onChange: (v) => {
          c.edit(set('immigrant', toBool(v)), 'interview.immigrant');
        },
      })}
      ${textField({
        id: 'arrivedInCanada',
        label: c.t('interview.arrivedInCanada'),
        type: 'number',
        min: 1850,
        max: 2200,
        value: identity.arrivedInCanadaYear?.toString() ?? '',
        onInput: (v) => {
          c.draft(
            'arrivedInCanada',
            (rec) => {
              const y = parseYear(v);
              return y === null ? undefined : setOn(rec, 'arrivedInCanadaYear', y);
            },
            'interview.arrivedInCanada',
          );
        },
        onChange: () => {
          c.commitDraft();
        },
      })}
    </div>
  </fieldset>`;
}
