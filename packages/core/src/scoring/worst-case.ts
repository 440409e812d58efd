import type { Assessment } from '../schemas/assessment.js';
import type { Contact } from '../schemas/registry.js';
import type { Network } from './network.js';

/**
 * A copy of the record where every answer the scale reads but the record lacks is filled with its
 * least favourable value. Scoring it gives the upper bound of the score: how far the missing
 * information could move it (the confidence), never the score itself.
 */
export function worstCase(a: Assessment, network: Network): Assessment {
  const members = new Map(network.members.map((m) => [m.id, m] as const));
  const registry = a.registry.map((e) => {
    const m = members.get(e.id);
    if (!m || e.kind !== 'person') return e;
    const contact: Contact = { ...e.contact };
    if (m.monthly === 'unknown') contact.atLeastMonthly = 'no';
    if (m.monthly === 'unknown' && contact.frequency !== undefined)
      contact.frequency = 'not_at_all';
    if (m.confidant === 'unknown') contact.confidant = false;
    if (m.canHelp === 'unknown') contact.canHelp = false;
    contact.proximity ??= 'abroad';
    return { ...e, contact };
  });
  const c = a.context;
  return {
    ...a,
    registry,
    tenant: { ...a.tenant, livesAlone: a.tenant.livesAlone ?? true },
    context: {
      ...c,
      feelsAlone: c.feelsAlone ?? 'very_often',
      asksForHelp: c.asksForHelp ?? 'not_at_all',
      lossOfAutonomy: c.lossOfAutonomy ?? true,
      mentalHealthConcern: c.mentalHealthConcern ?? true,
      digitalLiteracy: c.digitalLiteracy ?? 1,
      notFromRegion: c.notFromRegion ?? true,
      engagedOverloaded: c.engagedOverloaded ?? true,
      shameUsingServices: c.shameUsingServices ?? true,
      fearOfRejection: c.fearOfRejection ?? true,
    },
  };
}
