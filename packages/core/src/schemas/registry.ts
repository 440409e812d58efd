import { z } from '../zod.js';
import {
  dateSchema,
  frequencySchema,
  idSchema,
  nameSchema,
  noteSchema,
  proximitySchema,
  tristateSchema,
  yearSchema,
} from './common.js';

/** Sex recorded for the genogram symbol; never defaulted: absent means not recorded. */
export const SEXES = ['female', 'male', 'intersex', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * The tenant's relation to one person or system, held once in the registry so that every view
 * (genogram, ecomap, scores) reads the same answer. Every field is optional: absent means the
 * question was not asked, which the scores report as missing information.
 */
export const contactSchema = z.strictObject({
  /** Relation type id from the `relationTypes` vocabulary (persons only). */
  relationType: z.optional(idSchema),
  /** How often they are in contact, on the survey's four-level scale. */
  frequency: z.optional(frequencySchema),
  /** The LSNS-6 question: sees or hears from them at least once a month. */
  atLeastMonthly: z.optional(tristateSchema),
  proximity: z.optional(proximitySchema),
  /** Someone the tenant can talk to about private matters. */
  confidant: z.optional(z.boolean()),
  /** Someone the tenant could call on for help. */
  canHelp: z.optional(z.boolean()),
  /** A proche aidant·e (caregiver) for the tenant. */
  caregiver: z.optional(z.boolean()),
  /** Visits the tenant regularly. */
  visitsRegularly: z.optional(z.boolean()),
  /** Money sent or received (remittances, help). */
  financialTie: z.optional(z.enum(['none', 'sends', 'receives', 'both'])),
  lastContact: z.optional(dateSchema),
});
export type Contact = z.infer<typeof contactSchema>;

/** A person of the tenant's world: a relative, a friend, a neighbour, a worker, or the tenant. */
export const personSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('person'),
  /** Display name or pseudonym; first names are enough. */
  name: nameSchema,
  sex: z.optional(z.enum(SEXES)),
  /** Gender identity in the person's own words, kept apart from sex. */
  genderIdentity: z.optional(z.string().check(z.maxLength(100))),
  birthYear: z.optional(yearSchema),
  deceased: z.optional(z.boolean()),
  deathYear: z.optional(yearSchema),
  contact: z.optional(contactSchema),
  notes: z.optional(noteSchema),
});
export type Person = z.infer<typeof personSchema>;

/** A service, organization, place or group around the tenant (a CLSC, a food bank, a choir...). */
export const systemSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('system'),
  name: nameSchema,
  /** Sector id from the `sectors` vocabulary. */
  sector: idSchema,
  /** A subtype in the organization's words (aide alimentaire, SAD, santé mentale...). */
  subtype: z.optional(z.string().check(z.maxLength(100))),
  /** A named contact person there. */
  contactPerson: z.optional(z.string().check(z.maxLength(200))),
  contact: z.optional(contactSchema),
  notes: z.optional(noteSchema),
});
export type System = z.infer<typeof systemSchema>;

/** One entry of the registry shared by the genogram and the ecomap. */
export const registryEntrySchema = z.discriminatedUnion('kind', [personSchema, systemSchema]);
export type RegistryEntry = z.infer<typeof registryEntrySchema>;
