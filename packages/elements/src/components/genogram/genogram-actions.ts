import {
  addChild,
  addEmotionalRelation,
  addHousehold,
  addMultipleBirth,
  addParent,
  addPartner,
  addPregnancy,
  addSibling,
  placeOnGenogram,
  PREGNANCY_OUTCOMES,
  removeEmotionalRelation,
  removeHousehold,
  removeMultipleBirth,
  removePregnancy,
  updateEmotionalRelation,
  updateHousehold,
  updateMultipleBirth,
  updatePregnancy,
  type Assessment,
  type GenogramEditResult,
  type MultipleBirth,
  type PregnancyOutcome,
} from '@toile/core';
import type { ExtraMode } from './genogram-dialogs.js';
import { field, yearField } from './genogram-editor.js';
import type { MessageKey } from '../../i18n/fr.js';

/** What submitting an extra dialog does: nothing, a refusal, or one new record to commit. */
export type ExtraOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'refused'; readonly result: Extract<GenogramEditResult, { ok: false }> }
  | {
      readonly kind: 'commit';
      readonly next: Assessment;
      /** The change kind of `toile-change`. */
      readonly change: string;
      /** The message announcing it (takes `name`, the focused person's name). */
      readonly message: MessageKey;
      /** The person to focus afterwards. */
      readonly focus: string;
    };

/**
 * Chains pure edits on one record, so that a dialog that changes several things commits once
 * (one `toile-change`, one undo step). Stops at the first refusal.
 */
class Chain {
  next: Assessment;
  changed = false;
  refused: Extract<GenogramEditResult, { ok: false }> | undefined;
  lastId: string | undefined;
  constructor(a: Assessment) {
    this.next = a;
  }
  step(edit: (a: Assessment) => GenogramEditResult): void {
    if (this.refused) return;
    const r = edit(this.next);
    if (!r.ok) {
      this.refused = r;
      return;
    }
    this.next = r.assessment;
    this.lastId = r.id;
    this.changed = true;
  }
  outcome(change: string, message: MessageKey, focus: string): ExtraOutcome {
    if (this.refused) return { kind: 'refused', result: this.refused };
    if (!this.changed) return { kind: 'none' };
    return { kind: 'commit', next: this.next, change, message, focus };
  }
}

const checked = (data: FormData, name: string): boolean => data.get(name) !== null;
const values = (data: FormData, name: string): string[] =>
  data.getAll(name).filter((v): v is string => typeof v === 'string');

/** Reads an extra dialog's form and turns it into at most one commit. */
export function submitExtra(
  mode: ExtraMode,
  id: string,
  a: Assessment,
  data: FormData,
): ExtraOutcome {
  const c = new Chain(a);
  switch (mode) {
    case 'relation': {
      for (const r of a.genogram.emotionalRelations) {
        if (r.fromId !== id && r.toId !== id) continue;
        if (checked(data, `er:${r.id}:remove`)) {
          c.step((x) => removeEmotionalRelation(x, r.id));
          continue;
        }
        const type = field(data, `er:${r.id}:type`, r.type);
        const swap = checked(data, `er:${r.id}:swap`);
        if (type !== r.type || swap)
          c.step((x) =>
            updateEmotionalRelation(x, r.id, {
              type,
              ...(swap ? { fromId: r.toId, toId: r.fromId } : {}),
            }),
          );
      }
      const other = field(data, 'new:other');
      const type = field(data, 'new:type');
      if (other !== '' && type !== '') c.step((x) => addEmotionalRelation(x, id, other, type));
      return c.outcome('relation-edit', 'genogram.relationsEdited', id);
    }
    case 'twins': {
      const own = a.genogram.multipleBirths.find((m) => m.childIds.includes(id));
      const chosen = [id, ...values(data, 'twin').filter((x) => x !== id)];
      const z = field(data, 'zygosity', 'unknown');
      const zygosity: MultipleBirth['zygosity'] = z === 'MZ' || z === 'DZ' ? z : 'unknown';
      if (own) {
        if (chosen.length < 2) c.step((x) => removeMultipleBirth(x, own.id));
        else if (
          zygosity !== own.zygosity ||
          chosen.length !== own.childIds.length ||
          chosen.some((x) => !own.childIds.includes(x))
        )
          c.step((x) => updateMultipleBirth(x, own.id, { childIds: chosen, zygosity }));
      } else if (chosen.length >= 2) {
        c.step((x) => addMultipleBirth(x, chosen, zygosity));
      }
      return c.outcome('twins-edit', 'genogram.twinsEdited', id);
    }
    case 'pregnancy': {
      const isOutcome = (o: string): o is PregnancyOutcome =>
        (PREGNANCY_OUTCOMES as readonly string[]).includes(o);
      for (const p of a.genogram.pregnancies) {
        if (!p.parentIds.includes(id)) continue;
        if (checked(data, `pg:${p.id}:remove`)) {
          c.step((x) => removePregnancy(x, p.id));
          continue;
        }
        const o = field(data, `pg:${p.id}:outcome`, p.outcome);
        const year = yearField(data, `pg:${p.id}:year`);
        if ((isOutcome(o) && o !== p.outcome) || year !== p.year)
          c.step((x) => updatePregnancy(x, p.id, { outcome: isOutcome(o) ? o : p.outcome, year }));
      }
      const o = field(data, 'new:outcome');
      if (isOutcome(o)) {
        const of = field(data, 'new:of', 'single');
        const u = of.startsWith('union:')
          ? a.genogram.unions.find((x) => x.id === of.slice(6))
          : undefined;
        const year = yearField(data, 'new:year');
        const weeks = yearField(data, 'new:weeks');
        c.step((x) =>
          addPregnancy(x, {
            parentIds: u ? [...u.partnerIds] : [id],
            outcome: o,
            ...(year !== undefined ? { year } : {}),
            ...(weeks !== undefined ? { weeks } : {}),
          }),
        );
      }
      return c.outcome('pregnancy-edit', 'genogram.pregnanciesEdited', id);
    }
    case 'household': {
      for (const h of a.households) {
        if (checked(data, `h:${h.id}:remove`)) {
          c.step((x) => removeHousehold(x, h.id));
          continue;
        }
        const label = field(data, `h:${h.id}:label`, h.label ?? '').trim();
        const m = values(data, `h:${h.id}:m`);
        const same = m.length === h.memberIds.length && m.every((x) => h.memberIds.includes(x));
        if (m.length === 0) c.step((x) => removeHousehold(x, h.id));
        else if (!same || label !== (h.label ?? ''))
          c.step((x) =>
            updateHousehold(x, h.id, { memberIds: m, label: label === '' ? undefined : label }),
          );
      }
      if (checked(data, 'new:create')) {
        const m = values(data, 'new:m');
        const label = field(data, 'new:label').trim();
        if (m.length > 0) c.step((x) => addHousehold(x, m, label === '' ? undefined : label));
      }
      return c.outcome('household-edit', 'genogram.householdsEdited', id);
    }
    case 'place': {
      const existing = field(data, 'existing');
      if (existing === '') return { kind: 'none' };
      const as = field(data, 'as', 'none');
      const input = { existingId: existing };
      c.step((x) => {
        switch (as) {
          case 'parent':
            return addParent(x, id, input);
          case 'partner':
            return addPartner(x, id, input);
          case 'child':
            return addChild(x, { parentId: id }, input);
          case 'sibling':
            return addSibling(x, id, input);
          default:
            return placeOnGenogram(x, existing);
        }
      });
      return c.outcome('person-place', 'genogram.placed', existing);
    }
  }
}
