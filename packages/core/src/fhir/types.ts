/**
 * Minimal FHIR R4 (4.0.1) types for what Toile emits and reads back: only the elements Toile
 * uses, hand-written so that core depends on no FHIR library. Names and cardinalities follow
 * https://hl7.org/fhir/R4/; a `value[x]` choice is spelled out as its typed variants.
 */

/** A terminology code (R4 Coding). */
export interface Coding {
  system?: string;
  version?: string;
  code?: string;
  display?: string;
  userSelected?: boolean;
}

/** A concept as codings plus text (R4 CodeableConcept). */
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

/** A business identifier (R4 Identifier, without period and assigner). */
export interface Identifier {
  use?: 'usual' | 'official' | 'temp' | 'secondary' | 'old';
  system?: string;
  value?: string;
}

/** A reference to another resource (R4 Reference). */
export interface Reference {
  reference?: string;
  type?: string;
  identifier?: Identifier;
  display?: string;
}

/** A measured amount (R4 Quantity). */
export interface Quantity {
  value?: number;
  comparator?: '<' | '<=' | '>=' | '>';
  unit?: string;
  system?: string;
  code?: string;
}

/** A name of a person (R4 HumanName); Toile uses `text` only, since it stores display names. */
export interface HumanName {
  use?: 'usual' | 'official' | 'temp' | 'nickname' | 'anonymous' | 'old' | 'maiden';
  text?: string;
  family?: string;
  given?: string[];
}

/** An extension (R4 Extension) with the value types Toile uses. */
export interface Extension {
  url: string;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
  valueCode?: string;
}

/** Resource metadata (R4 Meta), reduced to profiles and tags. */
export interface Meta {
  profile?: string[];
  tag?: Coding[];
}

/** Administrative gender (R4 AdministrativeGender). */
export type AdministrativeGender = 'male' | 'female' | 'other' | 'unknown';

/** The tenant (R4 Patient, reduced). */
export interface Patient {
  resourceType: 'Patient';
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  active?: boolean;
  name?: HumanName[];
  gender?: AdministrativeGender;
  birthDate?: string;
}

/** A person of the tenant's network (R4 RelatedPerson, reduced). */
export interface RelatedPerson {
  resourceType: 'RelatedPerson';
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  active?: boolean;
  patient: Reference;
  relationship?: CodeableConcept[];
  name?: HumanName[];
  gender?: AdministrativeGender;
  birthDate?: string;
}

/** One answer of a QuestionnaireResponse item; at most one `value*` is set. */
export interface QuestionnaireResponseAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueDate?: string;
  valueDateTime?: string;
  valueString?: string;
  valueUri?: string;
  valueCoding?: Coding;
  valueQuantity?: Quantity;
  valueReference?: Reference;
  item?: QuestionnaireResponseItem[];
}

/** One item (a question or a group) of a QuestionnaireResponse. */
export interface QuestionnaireResponseItem {
  linkId: string;
  definition?: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

/** R4 QuestionnaireResponse status codes. */
export type QuestionnaireResponseStatus =
  'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';

/** The answers of one interview (R4 QuestionnaireResponse, reduced). */
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier;
  questionnaire?: string;
  status: QuestionnaireResponseStatus;
  subject?: Reference;
  authored?: string;
  author?: Reference;
  item?: QuestionnaireResponseItem[];
}

/** R4 Observation status codes. */
export type ObservationStatus =
  | 'registered'
  | 'preliminary'
  | 'final'
  | 'amended'
  | 'corrected'
  | 'cancelled'
  | 'entered-in-error'
  | 'unknown';

/** The `value[x]` variants of an Observation or component that Toile uses; at most one is set. */
export interface ObservationValue {
  valueQuantity?: Quantity;
  valueCodeableConcept?: CodeableConcept;
  valueString?: string;
  valueBoolean?: boolean;
  valueInteger?: number;
}

/** One component of an Observation (R4 Observation.component). */
export interface ObservationComponent extends ObservationValue {
  code: CodeableConcept;
  dataAbsentReason?: CodeableConcept;
  interpretation?: CodeableConcept[];
}

/** A score or an assessment (R4 Observation, reduced). */
export interface Observation extends ObservationValue {
  resourceType: 'Observation';
  id?: string;
  meta?: Meta;
  extension?: Extension[];
  identifier?: Identifier[];
  status: ObservationStatus;
  category?: CodeableConcept[];
  code: CodeableConcept;
  subject?: Reference;
  effectiveDateTime?: string;
  issued?: string;
  dataAbsentReason?: CodeableConcept;
  interpretation?: CodeableConcept[];
  hasMember?: Reference[];
  derivedFrom?: Reference[];
  component?: ObservationComponent[];
}

/** Any resource Toile puts in a Bundle. */
export type ToileFhirResource = Patient | RelatedPerson | QuestionnaireResponse | Observation;

/** One Bundle entry (R4 Bundle.entry, without search/request/response). */
export interface BundleEntry {
  fullUrl?: string;
  resource?: ToileFhirResource;
}

/** R4 Bundle type codes. */
export type BundleType =
  | 'document'
  | 'message'
  | 'transaction'
  | 'transaction-response'
  | 'batch'
  | 'batch-response'
  | 'history'
  | 'searchset'
  | 'collection';

/** A container of resources (R4 Bundle, reduced). */
export interface Bundle {
  resourceType: 'Bundle';
  id?: string;
  meta?: Meta;
  identifier?: Identifier;
  type: BundleType;
  timestamp?: string;
  entry?: BundleEntry[];
}
