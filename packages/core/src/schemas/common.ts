import { z } from '../zod.js';

/** An identifier: 1-64 letters, digits, `_`, `-` or `:`; stable across versions of a record. */
export const idSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_:-]+$/));

/** A short piece of user text (a name, a label): 1-200 characters. */
export const nameSchema = z.string().check(z.minLength(1), z.maxLength(200));

/** Free text written by a worker or a tenant (notes): up to 5,000 characters. */
export const noteSchema = z.string().check(z.maxLength(5000));

/** A calendar year between 1850 and 2200. */
export const yearSchema = z.int().check(z.gte(1850), z.lte(2200));

/** An ISO 8601 calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date();

/** An ISO 8601 date-time with offset, e.g. `2026-11-23T15:20:00Z`. */
export const dateTimeSchema = z.iso.datetime({ offset: true });

/** The survey's four-level frequency scale (pas du tout, quelques fois, souvent, très souvent), coded 1-4. */
export const FREQUENCIES = ['not_at_all', 'sometimes', 'often', 'very_often'] as const;
/** One level of the survey's four-level frequency scale. */
export type Frequency = (typeof FREQUENCIES)[number];
export const frequencySchema = z.enum(FREQUENCIES);

/** A yes / no / unknown answer, kept apart from "not asked" (the field is then absent). */
export const TRISTATE = ['yes', 'no', 'unknown'] as const;
export type Tristate = (typeof TRISTATE)[number];
export const tristateSchema = z.enum(TRISTATE);

/** Where someone lives relative to the tenant. */
export const PROXIMITIES = [
  'same_household',
  'same_building',
  'neighbourhood',
  'region',
  'quebec',
  'canada',
  'abroad',
] as const;
export type Proximity = (typeof PROXIMITIES)[number];
export const proximitySchema = z.enum(PROXIMITIES);

/** A four-level intensity used by preference questions (1 = not at all … 4 = very much). */
export const levelSchema = z.int().check(z.gte(1), z.lte(4));
