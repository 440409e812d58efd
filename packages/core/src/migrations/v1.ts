import { z } from '../zod.js';
import {
  dateTimeSchema,
  frequencySchema,
  idSchema,
  nameSchema,
  noteSchema,
  yearSchema,
} from '../schemas/common.js';

/**
 * Version 1: the record of Toile's first prototype, an ecomap only. Ties carried the contact's name
 * inline and family members were a flat list; there was no shared registry, genogram structure,
 * consent or profile. Kept so that files saved by the prototype still open.
 */
export const assessmentV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  id: idSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  revision: z.int().check(z.gte(0)),
  tenant: z.strictObject({
    name: nameSchema,
    birthYear: z.optional(yearSchema),
    tenure: z.enum(['hlm', 'osbl', 'coop', 'other']),
    livesAlone: z.optional(z.boolean()),
    languages: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(60)))),
    formOfAddress: z.optional(z.enum(['vous', 'tu'])),
  }),
  ties: z.array(
    z.strictObject({
      id: idSchema,
      name: nameSchema,
      kind: z.enum(['person', 'system']),
      sector: idSchema,
      strength: z.enum(['strong', 'moderate', 'tenuous']),
      stressful: z.boolean(),
      flow: z.enum(['toward_person', 'from_person', 'both', 'none']),
      frequency: z.optional(frequencySchema),
      notes: z.optional(noteSchema),
    }),
  ),
  family: z.array(
    z.strictObject({
      id: idSchema,
      name: nameSchema,
      sex: z.optional(z.enum(['female', 'male', 'intersex', 'unknown'])),
      birthYear: z.optional(yearSchema),
      deceased: z.optional(z.boolean()),
      relationType: z.optional(idSchema),
    }),
  ),
});
/** A version-1 record. */
export type AssessmentV1 = z.infer<typeof assessmentV1Schema>;
