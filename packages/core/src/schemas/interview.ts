import { z } from '../zod.js';
import {
  dateSchema,
  frequencySchema,
  idSchema,
  levelSchema,
  noteSchema,
  yearSchema,
} from './common.js';

/**
 * Context factors the research names (domain.md §7.5). Every field is optional: absent means not
 * asked, which the risk score lists as missing information rather than assuming an answer.
 */
export const contextSchema = z.strictObject({
  /** Survey item VS6: feels alone or isolated in the milieu. */
  feelsAlone: z.optional(frequencySchema),
  /** Survey item RM6: asks the milieu for help. */
  asksForHelp: z.optional(frequencySchema),
  lossOfAutonomy: z.optional(z.boolean()),
  mentalHealthConcern: z.optional(z.boolean()),
  /** Digital literacy, 1 (none) to 4 (at ease). */
  digitalLiteracy: z.optional(levelSchema),
  /** Not from the region (family and roots elsewhere). */
  notFromRegion: z.optional(z.boolean()),
  /** A recent loss (death, separation, move), with its year. */
  recentLoss: z.optional(
    z.strictObject({ year: z.optional(yearSchema), description: z.optional(noteSchema) }),
  ),
  /** An engaged tenant (committee, board) who feels overloaded. */
  engagedOverloaded: z.optional(z.boolean()),
  /** Shame or reluctance about using services (food aid, clothing...). */
  shameUsingServices: z.optional(z.boolean()),
  /** Fear of being rejected because of decline or losses. */
  fearOfRejection: z.optional(z.boolean()),
  foodInsecurity: z.optional(frequencySchema),
});
export type Context = z.infer<typeof contextSchema>;

/** Preferences: the need to socialize versus the need for private space, and how to support. */
export const preferencesSchema = z.strictObject({
  needSocialisation: z.optional(levelSchema),
  needPrivateSpace: z.optional(levelSchema),
  supportPreference: z.optional(z.enum(['individual', 'collective', 'mixed'])),
  interests: z.array(z.string().check(z.minLength(1), z.maxLength(100))),
  contactModes: z.array(
    z.enum(['home_visit', 'door_to_door', 'phone', 'group', 'digital', 'other']),
  ),
  wantsCommitteeInvolvement: z.optional(levelSchema),
});
export type Preferences = z.infer<typeof preferencesSchema>;

const administered = {
  date: z.optional(dateSchema),
  administeredBy: z.optional(z.string().check(z.maxLength(200))),
};

/** Answers to validated instruments; `null` marks an item left unanswered. */
export const instrumentsSchema = z.strictObject({
  /** LSNS-6 items 1-6 (family ×3 then friends ×3), each scored 0-5. */
  lsns6: z.optional(
    z.strictObject({
      ...administered,
      answers: z.array(z.nullable(z.int().check(z.gte(0), z.lte(5)))).check(z.length(6)),
    }),
  ),
  /** UCLA-3 items, each 1 (hardly ever) to 3 (often). */
  ucla3: z.optional(
    z.strictObject({
      ...administered,
      answers: z.array(z.nullable(z.int().check(z.gte(1), z.lte(3)))).check(z.length(3)),
    }),
  ),
  /** De Jong Gierveld 6 items (emotional ×3 then social ×3). */
  djg6: z.optional(
    z.strictObject({
      ...administered,
      answers: z.array(z.nullable(z.enum(['yes', 'more_or_less', 'no']))).check(z.length(6)),
    }),
  ),
});
export type Instruments = z.infer<typeof instrumentsSchema>;

/** The four lists of the profile, strengths first. */
export const PROFILE_LISTS = ['strength', 'need', 'risk', 'vulnerability'] as const;
export type ProfileList = (typeof PROFILE_LISTS)[number];

/** One item of the strengths/needs profile, confirmed or added by the worker with the tenant. */
export const profileItemSchema = z.strictObject({
  id: idSchema,
  list: z.enum(PROFILE_LISTS),
  /** A taxonomy code (e.g. `helps_neighbours`), when the item comes from the taxonomy. */
  code: z.optional(idSchema),
  /** The wording, in the worker's and tenant's words. */
  label: z.string().check(z.minLength(1), z.maxLength(300)),
  status: z.enum(['present', 'to_explore', 'not_applicable']),
  priority: z.optional(z.int().check(z.gte(1), z.lte(3))),
  source: z.enum(['person', 'worker']),
  date: z.optional(dateSchema),
  /** The tenant agrees this item may appear in a referral summary. */
  shareable: z.boolean(),
  /** Registry or tie ids the item is about. */
  linkedIds: z.optional(z.array(idSchema)),
});
export type ProfileItem = z.infer<typeof profileItemSchema>;

/** A planned action, tied to a Cadre de référence category (1-7) and, optionally, a local resource. */
export const planActionSchema = z.strictObject({
  id: idSchema,
  label: z.string().check(z.minLength(1), z.maxLength(300)),
  category: z.int().check(z.gte(1), z.lte(7)),
  ruleId: z.optional(idSchema),
  resourceId: z.optional(idSchema),
  status: z.enum(['proposed', 'agreed', 'done', 'declined']),
  dueDate: z.optional(dateSchema),
});
export type PlanAction = z.infer<typeof planActionSchema>;

/** A dated note. */
export const noteEntrySchema = z.strictObject({
  id: idSchema,
  date: dateSchema,
  author: z.optional(z.string().check(z.maxLength(200))),
  section: z.optional(z.string().check(z.maxLength(40))),
  text: noteSchema,
});
export type NoteEntry = z.infer<typeof noteEntrySchema>;
