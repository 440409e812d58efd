import { z } from '../zod.js';
import { idSchema, noteSchema } from './common.js';
import { offsetSchema } from './genogram.js';

/** Hartman's tie strengths: strong (thick), moderate (plain), tenuous (dashed). */
export const STRENGTHS = ['strong', 'moderate', 'tenuous'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** Direction of the flow of energy or support along a tie. */
export const FLOWS = ['toward_person', 'from_person', 'both', 'none'] as const;
export type Flow = (typeof FLOWS)[number];

/** Kinds of support a tie brings (easyNWK's five types). */
export const SUPPORT_TYPES = [
  'emotional',
  'practical',
  'informational',
  'social',
  'linking',
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** When a tie is available; some ties exist only in one season (a garden, a snowbird). */
export const SEASONS = ['all_year', 'summer', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** A tie from the tenant to one registry entry, drawn on the ecomap. */
export const tieSchema = z.strictObject({
  id: idSchema,
  /** The registry entry (person or system) at the other end. */
  targetId: idSchema,
  /** Sector id from the `sectors` vocabulary: the wedge the tie is drawn in. */
  sector: idSchema,
  strength: z.enum(STRENGTHS),
  stressful: z.boolean(),
  flow: z.enum(FLOWS),
  supportTypes: z.array(z.enum(SUPPORT_TYPES)),
  formal: z.boolean(),
  seasonal: z.enum(SEASONS),
  notes: z.optional(noteSchema),
  /** A manual adjustment of the drawn position, in layout units. */
  offset: z.optional(offsetSchema),
});
export type Tie = z.infer<typeof tieSchema>;

/** Two people or systems of the network who know each other (drawn lightly). */
export const networkLinkSchema = z.strictObject({
  id: idSchema,
  aId: idSchema,
  bId: idSchema,
});
export type NetworkLink = z.infer<typeof networkLinkSchema>;

/** The ecomap: the tenant's ties and the links between the people and systems tied to them. */
export const ecomapSchema = z.strictObject({
  ties: z.array(tieSchema),
  links: z.array(networkLinkSchema),
});
export type Ecomap = z.infer<typeof ecomapSchema>;
