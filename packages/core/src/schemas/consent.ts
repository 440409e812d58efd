import { z } from '../zod.js';
import { dateSchema, noteSchema } from './common.js';

/** Sections of an assessment that need their own consent. */
export const CONSENT_SECTIONS = ['genogram', 'ecomap', 'health', 'identity', 'sharing'] as const;
export type ConsentSection = (typeof CONSENT_SECTIONS)[number];

/** One consent decision: given or refused, when, and who recorded it. */
export const consentRecordSchema = z.strictObject({
  granted: z.boolean(),
  date: dateSchema,
  recordedBy: z.string().check(z.minLength(1), z.maxLength(200)),
  notes: z.optional(noteSchema),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** Consent per section; a section without a record has not been asked (treated as not consented). */
export const consentSchema = z.strictObject({
  genogram: z.optional(consentRecordSchema),
  ecomap: z.optional(consentRecordSchema),
  health: z.optional(consentRecordSchema),
  identity: z.optional(consentRecordSchema),
  sharing: z.optional(consentRecordSchema),
});
export type Consent = z.infer<typeof consentSchema>;

/** When the record must be reviewed for destruction (Law 25: destroy once the purpose is met). */
export const retentionSchema = z.strictObject({
  retainUntil: z.optional(dateSchema),
});
export type Retention = z.infer<typeof retentionSchema>;
