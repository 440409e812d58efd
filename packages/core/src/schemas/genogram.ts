import { z } from '../zod.js';
import { idSchema, noteSchema, yearSchema } from './common.js';

/** Status of a union; separated and divorced draw one and two slashes. */
export const UNION_STATUSES = ['active', 'separated', 'divorced', 'widowed', 'ended'] as const;
export type UnionStatus = (typeof UNION_STATUSES)[number];

/** A union between two people; `type` comes from the `unionTypes` vocabulary. */
export const unionSchema = z.strictObject({
  id: idSchema,
  partnerIds: z.tuple([idSchema, idSchema]),
  type: idSchema,
  status: z.enum(UNION_STATUSES),
  startYear: z.optional(yearSchema),
  endYear: z.optional(yearSchema),
  /** Order among a person's unions, earliest first; the layout places partners in this order. */
  order: z.optional(z.int().check(z.gte(0), z.lte(99))),
  notes: z.optional(noteSchema),
});
export type Union = z.infer<typeof unionSchema>;

/** How a child is linked to a parent. */
export const PARENT_CHILD_KINDS = ['biological', 'adoptive', 'foster', 'step', 'kinship'] as const;
export type ParentChildKind = (typeof PARENT_CHILD_KINDS)[number];

/** One parent-child link; a child usually has one per parent, each with its own kind. */
export const parentChildSchema = z.strictObject({
  id: idSchema,
  parentId: idSchema,
  childId: idSchema,
  kind: z.enum(PARENT_CHILD_KINDS),
});
export type ParentChild = z.infer<typeof parentChildSchema>;

/** Twins, triplets...: MZ identical (drawn with a bar), DZ fraternal, or unknown. */
export const multipleBirthSchema = z.strictObject({
  id: idSchema,
  childIds: z.array(idSchema).check(z.minLength(2), z.maxLength(8)),
  zygosity: z.enum(['MZ', 'DZ', 'unknown']),
});
export type MultipleBirth = z.infer<typeof multipleBirthSchema>;

/** Outcomes of a pregnancy drawn on the genogram (NSGC symbols). */
export const PREGNANCY_OUTCOMES = ['ongoing', 'miscarriage', 'stillbirth', 'termination'] as const;
export type PregnancyOutcome = (typeof PREGNANCY_OUTCOMES)[number];

/** A pregnancy or a pregnancy loss, hanging from its parents like a child. */
export const pregnancySchema = z.strictObject({
  id: idSchema,
  parentIds: z.array(idSchema).check(z.minLength(1), z.maxLength(2)),
  outcome: z.enum(PREGNANCY_OUTCOMES),
  year: z.optional(yearSchema),
  /** Weeks of gestation, when known. */
  weeks: z.optional(z.int().check(z.gte(1), z.lte(45))),
  notes: z.optional(noteSchema),
});
export type Pregnancy = z.infer<typeof pregnancySchema>;

/** An emotional relation between two people; `type` comes from the `emotionalRelations` vocabulary. */
export const emotionalRelationSchema = z.strictObject({
  id: idSchema,
  fromId: idSchema,
  toId: idSchema,
  type: idSchema,
  notes: z.optional(noteSchema),
});
export type EmotionalRelation = z.infer<typeof emotionalRelationSchema>;

/** A household: people who live together, drawn as a dashed outline. */
export const householdSchema = z.strictObject({
  id: idSchema,
  memberIds: z.array(idSchema).check(z.minLength(1)),
  label: z.optional(z.string().check(z.maxLength(200))),
});
export type Household = z.infer<typeof householdSchema>;

/** A manual adjustment of a drawn position, in layout units, added to the computed position. */
export const offsetSchema = z.strictObject({
  dx: z.number().check(z.gte(-100000), z.lte(100000)),
  dy: z.number().check(z.gte(-100000), z.lte(100000)),
});
export type Offset = z.infer<typeof offsetSchema>;

/** The genogram: which registry persons are drawn, and the family structure between them. */
export const genogramSchema = z.strictObject({
  /** Registry ids of the persons drawn on the genogram. */
  memberIds: z.array(idSchema),
  unions: z.array(unionSchema),
  parentChild: z.array(parentChildSchema),
  multipleBirths: z.array(multipleBirthSchema),
  pregnancies: z.array(pregnancySchema),
  emotionalRelations: z.array(emotionalRelationSchema),
  /** Manual position adjustments by person id. */
  offsets: z.record(idSchema, offsetSchema),
});
export type Genogram = z.infer<typeof genogramSchema>;
