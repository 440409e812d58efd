import { z } from '../zod.js';
import { dateSchema, dateTimeSchema, idSchema } from './common.js';
import { consentSchema, retentionSchema } from './consent.js';
import { ecomapSchema } from './ecomap.js';
import { genogramSchema, householdSchema } from './genogram.js';
import {
  contextSchema,
  instrumentsSchema,
  noteEntrySchema,
  planActionSchema,
  preferencesSchema,
  profileItemSchema,
} from './interview.js';
import { registryEntrySchema } from './registry.js';
import { tenantSchema } from './tenant.js';

/** The current version of the assessment record. Older records are brought here by `migrateAssessment`. */
export const SCHEMA_VERSION = 2;

/**
 * One tenant's welcome-interview assessment: the registry of people and systems shared by the
 * genogram and the ecomap, the answers to the interview, the profile, consent and retention.
 * `revision` is incremented only by the store.
 */
export const assessmentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: idSchema,
  createdAt: dateTimeSchema,
  updatedAt: dateTimeSchema,
  /** Incremented by the store on every successful write; 0 for a record never stored. */
  revision: z.int().check(z.gte(0)),
  /** Date of the welcome interview. */
  interviewDate: z.optional(dateSchema),
  /** The assessment this one re-assesses, when started from a previous one. */
  previousAssessmentId: z.optional(idSchema),
  tenant: tenantSchema,
  /** The people and systems around the tenant, the tenant included; referenced by id everywhere else. */
  registry: z.array(registryEntrySchema),
  households: z.array(householdSchema),
  genogram: genogramSchema,
  ecomap: ecomapSchema,
  context: contextSchema,
  preferences: preferencesSchema,
  /** Self-management capacity, 1 (needs a lot of support) to 10 (fully autonomous). */
  selfManagement: z.optional(z.int().check(z.gte(1), z.lte(10))),
  instruments: instrumentsSchema,
  profile: z.array(profileItemSchema),
  plan: z.array(planActionSchema),
  notes: z.array(noteEntrySchema),
  consent: consentSchema,
  retention: retentionSchema,
});

/** A valid assessment record of the current schema version. */
export type Assessment = z.infer<typeof assessmentSchema>;
