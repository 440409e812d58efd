import { z } from '../zod.js';
import { idSchema } from '../schemas/common.js';

/** A text in French and English; French is the reference wording. */
export const labelSchema = z.strictObject({
  fr: z.string().check(z.minLength(1), z.maxLength(200)),
  en: z.string().check(z.minLength(1), z.maxLength(200)),
});
/** A text in French and English. */
export type Label = z.infer<typeof labelSchema>;

const entryBase = { id: idSchema, label: labelSchema, description: z.optional(labelSchema) };

/** An ecomap sector (a wedge of the map). `formal` is the default formality of ties drawn in it. */
export const sectorEntrySchema = z.strictObject({
  ...entryBase,
  formal: z.boolean(),
  /** Whether ties in this sector count as participation in an organization or group (Steptoe index). */
  participation: z.optional(z.boolean()),
});
export type SectorEntry = z.infer<typeof sectorEntrySchema>;

/** How the scores read a relation: family and friends feed the LSNS-6 subscales, neighbours count as friends. */
export const RELATION_CATEGORIES = [
  'partner',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other_family',
  'friend',
  'neighbour',
  'professional',
  'other',
] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];

/** A kind of relation between the tenant and a person of the registry (mother, friend, neighbour...). */
export const relationTypeEntrySchema = z.strictObject({
  ...entryBase,
  category: z.enum(RELATION_CATEGORIES),
});
export type RelationTypeEntry = z.infer<typeof relationTypeEntrySchema>;

/** Line patterns the genogram can draw for an emotional relation. */
export const EMOTIONAL_LINES = [
  'double',
  'triple',
  'dotted',
  'zigzag',
  'double-zigzag',
  'cut',
  'arrow-zigzag',
  'arrow',
  'dashed',
  'solid',
] as const;
export type EmotionalLine = (typeof EMOTIONAL_LINES)[number];

/** An emotional relation between two people of the genogram (McGoldrick conventions). */
export const emotionalRelationEntrySchema = z.strictObject({
  ...entryBase,
  line: z.enum(EMOTIONAL_LINES),
  /** A CSS colour for the line; the theme's relation colour when absent. */
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{3,8}$/))),
  /** Whether the relation is strained (counts against support in the scores). */
  strained: z.boolean(),
});
export type EmotionalRelationEntry = z.infer<typeof emotionalRelationEntrySchema>;

/** A kind of union between two partners. */
export const unionTypeEntrySchema = z.strictObject({
  ...entryBase,
  line: z.enum(['solid', 'dashed', 'dotted']),
});
export type UnionTypeEntry = z.infer<typeof unionTypeEntrySchema>;

/** The extensible vocabularies; an organization's configuration adds entries or relabels existing ones. */
export const vocabularyConfigSchema = z.strictObject({
  sectors: z.optional(z.array(sectorEntrySchema)),
  relationTypes: z.optional(z.array(relationTypeEntrySchema)),
  emotionalRelations: z.optional(z.array(emotionalRelationEntrySchema)),
  unionTypes: z.optional(z.array(unionTypeEntrySchema)),
});
/** An organization's additions to the vocabularies. */
export type VocabularyConfig = z.infer<typeof vocabularyConfigSchema>;

/** The vocabularies in force: the defaults merged with an organization's configuration. */
export interface Vocabularies {
  readonly sectors: readonly SectorEntry[];
  readonly relationTypes: readonly RelationTypeEntry[];
  readonly emotionalRelations: readonly EmotionalRelationEntry[];
  readonly unionTypes: readonly UnionTypeEntry[];
}
