import { z } from '../zod.js';
import type {
  Bundle,
  CodeableConcept,
  Coding,
  Extension,
  HumanName,
  Identifier,
  Meta,
  ObservationComponent,
  Quantity,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
  Reference,
} from './types.js';

// Primitive formats, from the regular expressions of the R4 specification
// (https://hl7.org/fhir/R4/datatypes.html), anchored because FHIR applies them to the whole value.
const YEAR = '([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const TIME = 'T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\\.[0-9]+)?';
const ZONE = '(Z|(\\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const MONTH = '-(0[1-9]|1[0-2])';
const DAY = '-(0[1-9]|[1-2][0-9]|3[0-1])';

/** R4 `id`: 1-64 letters, digits, `-` and `.`. */
export const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
/** R4 `uri` (and `canonical`): no whitespace. */
export const FHIR_URI = /^\S*$/;
/** R4 `code`: tokens separated by single spaces. */
export const FHIR_CODE = /^[^\s]+( [^\s]+)*$/;
/** R4 `string`: non-empty; whitespace other than space, CR, LF and tab is not allowed. */
export const FHIR_STRING = /^[ \r\n\t\S]+$/;
/** R4 `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const FHIR_DATE = new RegExp(`^${YEAR}(${MONTH}(${DAY})?)?$`);
/** R4 `dateTime`: a date, or a full date-time with a zone. */
export const FHIR_DATE_TIME = new RegExp(`^${YEAR}(${MONTH}(${DAY}(${TIME}${ZONE})?)?)?$`);
/** R4 `instant`: a full date-time with seconds and a zone. */
export const FHIR_INSTANT = new RegExp(`^${YEAR}${MONTH}${DAY}${TIME}${ZONE}$`);

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

const fhirString = z.string().check(z.regex(FHIR_STRING), z.maxLength(1048576));
const uri = z.string().check(z.regex(FHIR_URI));
const code = z.string().check(z.regex(FHIR_CODE));
const id = z.string().check(z.regex(FHIR_ID));
const date = z.string().check(z.regex(FHIR_DATE));
const dateTime = z.string().check(z.regex(FHIR_DATE_TIME));
const instant = z.string().check(z.regex(FHIR_INSTANT));
const integer = z.int().check(z.gte(INT32_MIN), z.lte(INT32_MAX));
const decimal = z.number();

/** Keys of an object that are `value[x]` variants. */
function valueKeys(o: object): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    /^value[A-Z]/.test(k) && v !== undefined ? [k] : [],
  );
}

/** value[x] is a choice: at most one variant (R4 "[x]" elements, 0..1). */
const oneValueAtMost = z.refine<object>((o) => valueKeys(o).length <= 1, {
  message: 'value[x] is a choice: only one value variant may be present',
});

export const codingSchema: z.ZodMiniType<Coding> = z.strictObject({
  system: z.optional(uri),
  version: z.optional(fhirString),
  code: z.optional(code),
  display: z.optional(fhirString),
  userSelected: z.optional(z.boolean()),
});

export const codeableConceptSchema: z.ZodMiniType<CodeableConcept> = z.strictObject({
  coding: z.optional(z.array(codingSchema).check(z.minLength(1))),
  text: z.optional(fhirString),
});

export const identifierSchema: z.ZodMiniType<Identifier> = z.strictObject({
  use: z.optional(z.enum(['usual', 'official', 'temp', 'secondary', 'old'])),
  system: z.optional(uri),
  value: z.optional(fhirString),
});

export const referenceSchema: z.ZodMiniType<Reference> = z.strictObject({
  reference: z.optional(fhirString),
  type: z.optional(uri),
  identifier: z.optional(identifierSchema),
  display: z.optional(fhirString),
});

export const quantitySchema: z.ZodMiniType<Quantity> = z.strictObject({
  value: z.optional(decimal),
  comparator: z.optional(z.enum(['<', '<=', '>=', '>'])),
  unit: z.optional(fhirString),
  system: z.optional(uri),
  code: z.optional(code),
});

export const humanNameSchema: z.ZodMiniType<HumanName> = z.strictObject({
  use: z.optional(z.enum(['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden'])),
  text: z.optional(fhirString),
  family: z.optional(fhirString),
  given: z.optional(z.array(fhirString).check(z.minLength(1))),
});

export const extensionSchema: z.ZodMiniType<Extension> = z
  .strictObject({
    url: uri.check(z.minLength(1)),
    valueString: z.optional(fhirString),
    valueBoolean: z.optional(z.boolean()),
    valueInteger: z.optional(integer),
    valueCode: z.optional(code),
  })
  .check(oneValueAtMost);

export const metaSchema: z.ZodMiniType<Meta> = z.strictObject({
  profile: z.optional(z.array(uri).check(z.minLength(1))),
  tag: z.optional(z.array(codingSchema).check(z.minLength(1))),
});

const gender = z.enum(['male', 'female', 'other', 'unknown']);
const list = <T>(item: z.ZodMiniType<T>) => z.optional(z.array(item).check(z.minLength(1)));

export const patientSchema = z.strictObject({
  resourceType: z.literal('Patient'),
  id: z.optional(id),
  meta: z.optional(metaSchema),
  extension: list(extensionSchema),
  identifier: list(identifierSchema),
  active: z.optional(z.boolean()),
  name: list(humanNameSchema),
  gender: z.optional(gender),
  birthDate: z.optional(date),
});

export const relatedPersonSchema = z.strictObject({
  resourceType: z.literal('RelatedPerson'),
  id: z.optional(id),
  meta: z.optional(metaSchema),
  extension: list(extensionSchema),
  identifier: list(identifierSchema),
  active: z.optional(z.boolean()),
  patient: referenceSchema,
  relationship: list(codeableConceptSchema),
  name: list(humanNameSchema),
  gender: z.optional(gender),
  birthDate: z.optional(date),
});

const answerValues = {
  valueBoolean: z.optional(z.boolean()),
  valueDecimal: z.optional(decimal),
  valueInteger: z.optional(integer),
  valueDate: z.optional(date),
  valueDateTime: z.optional(dateTime),
  valueString: z.optional(fhirString),
  valueUri: z.optional(uri),
  valueCoding: z.optional(codingSchema),
  valueQuantity: z.optional(quantitySchema),
  valueReference: z.optional(referenceSchema),
};

export const questionnaireResponseItemSchema: z.ZodMiniType<QuestionnaireResponseItem> = z.lazy(
  () =>
    z
      .strictObject({
        linkId: fhirString,
        definition: z.optional(uri),
        text: z.optional(fhirString),
        answer: list(questionnaireResponseAnswerSchema),
        item: list(questionnaireResponseItemSchema),
      })
      // qrs-1: an item cannot hold both nested items and answers.
      .check(
        z.refine((i) => i.answer === undefined || i.item === undefined, {
          message: 'qrs-1: an item cannot contain both item and answer',
        }),
      ),
);

export const questionnaireResponseAnswerSchema: z.ZodMiniType<QuestionnaireResponseAnswer> = z.lazy(
  () =>
    z
      .strictObject({ ...answerValues, item: list(questionnaireResponseItemSchema) })
      .check(oneValueAtMost),
);

export const questionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.optional(id),
  meta: z.optional(metaSchema),
  extension: list(extensionSchema),
  identifier: z.optional(identifierSchema),
  questionnaire: z.optional(uri),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: z.optional(referenceSchema),
  authored: z.optional(dateTime),
  author: z.optional(referenceSchema),
  item: list(questionnaireResponseItemSchema),
});

const observationValues = {
  valueQuantity: z.optional(quantitySchema),
  valueCodeableConcept: z.optional(codeableConceptSchema),
  valueString: z.optional(fhirString),
  valueBoolean: z.optional(z.boolean()),
  valueInteger: z.optional(integer),
};

// obs-6: dataAbsentReason only when there is no value.
const absentOnlyWithoutValue = z.refine<{ dataAbsentReason?: unknown }>(
  (o) => o.dataAbsentReason === undefined || valueKeys(o).length === 0,
  { message: 'obs-6: dataAbsentReason SHALL only be present if value[x] is not present' },
);

export const observationComponentSchema: z.ZodMiniType<ObservationComponent> = z
  .strictObject({
    code: codeableConceptSchema,
    ...observationValues,
    dataAbsentReason: z.optional(codeableConceptSchema),
    interpretation: list(codeableConceptSchema),
  })
  .check(oneValueAtMost, absentOnlyWithoutValue);

export const observationSchema = z
  .strictObject({
    resourceType: z.literal('Observation'),
    id: z.optional(id),
    meta: z.optional(metaSchema),
    extension: list(extensionSchema),
    identifier: list(identifierSchema),
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: list(codeableConceptSchema),
    code: codeableConceptSchema,
    subject: z.optional(referenceSchema),
    effectiveDateTime: z.optional(dateTime),
    issued: z.optional(instant),
    ...observationValues,
    dataAbsentReason: z.optional(codeableConceptSchema),
    interpretation: list(codeableConceptSchema),
    hasMember: list(referenceSchema),
    derivedFrom: list(referenceSchema),
    component: list(observationComponentSchema),
  })
  .check(oneValueAtMost, absentOnlyWithoutValue);

/** Any resource Toile emits, told apart by `resourceType`. */
export const toileResourceSchema = z.discriminatedUnion('resourceType', [
  patientSchema,
  relatedPersonSchema,
  questionnaireResponseSchema,
  observationSchema,
]);

export const bundleSchema: z.ZodMiniType<Bundle> = z
  .strictObject({
    resourceType: z.literal('Bundle'),
    id: z.optional(id),
    meta: z.optional(metaSchema),
    identifier: z.optional(identifierSchema),
    type: z.enum([
      'document',
      'message',
      'transaction',
      'transaction-response',
      'batch',
      'batch-response',
      'history',
      'searchset',
      'collection',
    ]),
    timestamp: z.optional(instant),
    entry: list(
      z
        .strictObject({ fullUrl: z.optional(uri), resource: z.optional(toileResourceSchema) })
        // bdl-5 (reduced to what Toile emits): an entry carries a resource.
        .check(
          z.refine((e) => e.resource !== undefined, {
            message: 'bdl-5: an entry must contain a resource',
          }),
        ),
    ),
  })
  .check(
    // bdl-7: fullUrl unique within the Bundle.
    z.refine(
      (b) => {
        const urls = (b.entry ?? []).flatMap((e) => (e.fullUrl === undefined ? [] : [e.fullUrl]));
        return new Set(urls).size === urls.length;
      },
      { message: 'bdl-7: fullUrl must be unique in a bundle' },
    ),
  );
