import { z } from '../zod.js';
import { idSchema, yearSchema } from './common.js';

/** Housing tenures of Quebec social and community housing. */
export const TENURES = ['hlm', 'osbl', 'coop', 'other'] as const;
export type Tenure = (typeof TENURES)[number];

/**
 * Identity fields the tenant chooses to share, self-identified and consent-gated. They never add
 * risk points by themselves; they let suggestions be culturally safe.
 */
export const identitySchema = z.strictObject({
  indigenous: z.optional(z.enum(['first_nations', 'inuit', 'metis', 'no', 'prefer_not'])),
  culturalCommunity: z.optional(z.string().check(z.maxLength(200))),
  disability: z.optional(z.string().check(z.maxLength(200))),
  immigrant: z.optional(z.boolean()),
  arrivedInCanadaYear: z.optional(yearSchema),
});
export type Identity = z.infer<typeof identitySchema>;

/** The tenant: their registry person plus housing and communication details. */
export const tenantSchema = z.strictObject({
  /** The registry person who is the tenant: the ecomap's centre and the genogram's index person. */
  personId: idSchema,
  tenure: z.enum(TENURES),
  /** The tenant's household id (see `households`), when known. */
  householdId: z.optional(idSchema),
  livesAlone: z.optional(z.boolean()),
  /** Languages spoken, as BCP 47 tags or plain names (fr, en, es, "créole haïtien"). */
  languages: z.array(z.string().check(z.minLength(1), z.maxLength(60))),
  interpreterNeeded: z.optional(z.boolean()),
  /** How the tool addresses the tenant: vous by default. */
  formOfAddress: z.enum(['vous', 'tu']),
  /** Year the tenant moved into the region, when they came from elsewhere. */
  arrivedInRegionYear: z.optional(yearSchema),
  /** Year the tenancy began. */
  tenancyStartYear: z.optional(yearSchema),
  identity: z.optional(identitySchema),
});
export type Tenant = z.infer<typeof tenantSchema>;
