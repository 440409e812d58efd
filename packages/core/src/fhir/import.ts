import { SCHEMA_VERSION, type Assessment } from '../schemas/assessment.js';
import type { Person, RegistryEntry } from '../schemas/registry.js';
import { issue, toIssues, type IssuePath, type ValidationIssue } from '../validation/issues.js';
import { parseAssessment } from '../validation/parse.js';
import type { Vocabularies } from '../vocabulary/types.js';
import { ROLE_CODES, QUESTIONNAIRE_VERSION, toileUrls, type ToileUrls } from './codes.js';
import { GROUPS, ITEM_SPECS, RECENT_LOSS, type AnswerKind } from './questionnaire-items.js';
import { bundleSchema } from './schemas.js';
import type {
  AdministrativeGender,
  Bundle,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
  RelatedPerson,
} from './types.js';

/** Options of `importFhirBundle`. */
export interface FhirImportOptions {
  /** The base URL the Bundle was exported with; `DEFAULT_FHIR_BASE_URL` by default. */
  readonly baseUrl?: string;
  /** Vocabularies in force for validating the result; core's defaults by default. */
  readonly vocabularies?: Vocabularies;
}

/** An imported assessment, or every issue found (French and English, with JSON paths into the Bundle). */
export type FhirImportResult =
  | { readonly ok: true; readonly value: Assessment }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

type Json = Record<string, unknown>;

const SEX: Readonly<Record<AdministrativeGender, NonNullable<Person['sex']>>> = {
  female: 'female',
  male: 'male',
  other: 'intersex',
  unknown: 'unknown',
};

const INSTRUMENT_LENGTHS: Readonly<Record<string, number>> = {
  'instruments.lsns6': 6,
  'instruments.ucla3': 3,
  'instruments.djg6': 6,
};

function setPath(root: Json, path: readonly (string | number)[], value: unknown): void {
  let cur: Json = root;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      cur[key] = value;
      return;
    }
    const next = cur[key];
    if (next === null || typeof next !== 'object') cur[key] = {};
    cur = cur[key] as Json;
  });
}

/** Reads the answers of one QuestionnaireResponse into a draft record. */
class ItemReader {
  readonly issues: ValidationIssue[] = [];
  /** Record path (as JSON) → Bundle path of the answer it came from, to point issues at the Bundle. */
  readonly origins = new Map<string, IssuePath>();

  constructor(
    private readonly draft: Json,
    private readonly urls: ToileUrls,
  ) {}

  readItems(items: readonly QuestionnaireResponseItem[], path: IssuePath): void {
    items.forEach((item, i) => {
      this.readItem(item, [...path, i]);
    });
  }

  private readItem(item: QuestionnaireResponseItem, path: IssuePath): void {
    const linkId = item.linkId;
    if (GROUPS.has(linkId)) {
      const recordPath = GROUPS.get(linkId);
      if (recordPath) {
        const size = INSTRUMENT_LENGTHS[linkId];
        setPath(
          this.draft,
          recordPath,
          size === undefined ? {} : { answers: Array<null>(size).fill(null) },
        );
      }
      if (item.answer)
        this.issues.push(
          issue(
            [...path, 'answer'],
            'unexpected_answer',
            'Un groupe ne porte pas de réponse.',
            'A group has no answer.',
          ),
        );
      this.readItems(item.item ?? [], [...path, 'item']);
      return;
    }
    const spec = ITEM_SPECS.get(linkId);
    if (!spec) {
      this.issues.push(
        issue(
          [...path, 'linkId'],
          'unknown_item',
          `Question « ${linkId} » inconnue du questionnaire Toile.`,
          `Question "${linkId}" is not in the Toile questionnaire.`,
        ),
      );
      return;
    }
    if (item.item) {
      this.issues.push(
        issue(
          [...path, 'item'],
          'unexpected_item',
          'Une question ne contient pas d’autres questions.',
          'A question holds no nested items.',
        ),
      );
    }
    const answers = item.answer ?? [];
    if (linkId === RECENT_LOSS) {
      const first = answers[0];
      if (answers.length !== 1 || first?.valueBoolean !== true) {
        this.issues.push(
          issue(
            [...path, 'answer'],
            'invalid_answer',
            'Réponse attendue : vrai.',
            'Expected answer: true.',
          ),
        );
        return;
      }
      setPath(this.draft, spec.path, {});
      this.readItems(first.item ?? [], [...path, 'answer', 0, 'item']);
      return;
    }
    answers.forEach((answer, j) => {
      if (answer.item) {
        this.issues.push(
          issue(
            [...path, 'answer', j, 'item'],
            'unexpected_item',
            'Cette réponse n’a pas de question de suivi.',
            'This answer has no follow-up question.',
          ),
        );
      }
    });
    const multiple =
      spec.kind === 'strings' || (typeof spec.kind === 'object' && 'codings' in spec.kind);
    if (!multiple && answers.length > 1) {
      this.issues.push(
        issue(
          [...path, 'answer'],
          'too_many_answers',
          'Une seule réponse est permise.',
          'Only one answer is allowed.',
        ),
      );
      return;
    }
    const values: unknown[] = [];
    answers.forEach((answer, j) => {
      const value = this.decode(answer, spec.kind, [...path, 'answer', j]);
      if (value !== undefined) values.push(value);
    });
    if (values.length !== answers.length) return;
    const value = multiple ? values : values[0];
    if (value === undefined) return;
    setPath(this.draft, spec.path, value);
    this.origins.set(JSON.stringify(spec.path), [...path, 'answer']);
  }

  private decode(answer: QuestionnaireResponseAnswer, kind: AnswerKind, path: IssuePath): unknown {
    const wrong = (expected: string): unknown => {
      this.issues.push(
        issue(
          path,
          'invalid_answer',
          `Type de réponse attendu : ${expected}.`,
          `Expected answer type: ${expected}.`,
        ),
      );
      return undefined;
    };
    if (kind === 'boolean') return answer.valueBoolean ?? wrong('valueBoolean');
    if (kind === 'integer') return answer.valueInteger ?? wrong('valueInteger');
    if (kind === 'date') return answer.valueDate ?? wrong('valueDate');
    if (kind === 'string' || kind === 'strings') return answer.valueString ?? wrong('valueString');
    const system = this.urls.codeSystem('coding' in kind ? kind.coding : kind.codings);
    const coding = answer.valueCoding;
    if (!coding) return wrong('valueCoding');
    if (coding.system !== system || coding.code === undefined) {
      this.issues.push(
        issue(
          [...path, 'valueCoding'],
          'unknown_code_system',
          `Code attendu du système ${system}.`,
          `Expected a code from ${system}.`,
        ),
      );
      return undefined;
    }
    return coding.code;
  }
}

function emptyRecord(): Json {
  return {
    schemaVersion: SCHEMA_VERSION,
    revision: 0,
    registry: [],
    households: [],
    genogram: {
      memberIds: [],
      unions: [],
      parentChild: [],
      multipleBirths: [],
      pregnancies: [],
      emotionalRelations: [],
      offsets: {},
    },
    ecomap: { ties: [], links: [] },
    profile: [],
    plan: [],
    notes: [],
    retention: {},
  };
}

/** Resets every field the QuestionnaireResponse carries, so its answers are the ones that count. */
function clearAnswers(draft: Json): void {
  const tenant = (draft.tenant ?? {}) as Json;
  const kept: Json = {};
  // The household is structure (genogram), not an answer of the questionnaire.
  if (tenant.personId !== undefined) kept.personId = tenant.personId;
  if (tenant.householdId !== undefined) kept.householdId = tenant.householdId;
  draft.tenant = { ...kept, languages: [] };
  delete draft.interviewDate;
  delete draft.selfManagement;
  draft.context = {};
  draft.preferences = { interests: [], contactModes: [] };
  draft.instruments = {};
  draft.consent = {};
}

function registryId(resource: Patient | RelatedPerson, urls: ToileUrls): string | undefined {
  return resource.identifier?.find((i) => i.system === urls.registryId)?.value;
}

function applyDemographics(entry: Json, r: Patient | RelatedPerson): void {
  const name = r.name?.[0]?.text;
  if (name !== undefined) entry.name = name;
  if (r.gender !== undefined) entry.sex = SEX[r.gender];
  else delete entry.sex;
  if (r.birthDate !== undefined) entry.birthYear = Number(r.birthDate.slice(0, 4));
  else delete entry.birthYear;
}

function relationTypeOf(r: RelatedPerson, urls: ToileUrls): string | undefined {
  const codings = (r.relationship ?? []).flatMap((c) => c.coding ?? []);
  const toile = codings.find((c) => c.system === urls.codeSystem('toile-relation-type'))?.code;
  if (toile !== undefined) return toile;
  // A Bundle edited by another system may keep only the HL7 code.
  const role = codings.find(
    (c) => c.system === 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  )?.code;
  return Object.entries(ROLE_CODES).find(([, v]) => v.code === role)?.[0];
}

/**
 * Imports a Bundle made by `exportFhirBundle` back into an assessment: the answers from the
 * QuestionnaireResponse, the tenant from the Patient, network members from RelatedPerson, and,
 * when the Bundle carries the embedded Toile record, the drawings (genogram, ecomap, profile,
 * plan, notes) from it. FHIR content wins over the embedded record. The result is checked with
 * `parseAssessment`. Never throws on bad input.
 */
export function importFhirBundle(
  bundle: unknown,
  options: FhirImportOptions = {},
): FhirImportResult {
  const parsed = bundleSchema.safeParse(bundle, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues) };
  const b: Bundle = parsed.data;
  const urls = toileUrls(options.baseUrl);
  const entries = b.entry ?? [];
  const issues: ValidationIssue[] = [];

  const qrs = entries.flatMap((e, i) =>
    e.resource?.resourceType === 'QuestionnaireResponse' &&
    (e.resource.questionnaire ?? '').split('|')[0] === urls.questionnaireUnversioned
      ? [{ qr: e.resource, index: i }]
      : [],
  );
  const found = qrs[0];
  if (!found || qrs.length > 1) {
    return {
      ok: false,
      issues: [
        issue(
          ['entry'],
          found ? 'multiple_questionnaire_responses' : 'missing_questionnaire_response',
          `Le Bundle doit contenir une seule QuestionnaireResponse du questionnaire ${urls.questionnaire}.`,
          `The Bundle must hold exactly one QuestionnaireResponse of ${urls.questionnaire}.`,
        ),
      ],
    };
  }
  const qr: QuestionnaireResponse = found.qr;
  const qrPath: IssuePath = ['entry', found.index, 'resource'];
  const version = (qr.questionnaire ?? '').split('|')[1];
  if (version !== QUESTIONNAIRE_VERSION) {
    issues.push(
      issue(
        [...qrPath, 'questionnaire'],
        'unsupported_version',
        `Version ${String(version)} du questionnaire non prise en charge (attendue : ${QUESTIONNAIRE_VERSION}).`,
        `Questionnaire version ${String(version)} is not supported (expected ${QUESTIONNAIRE_VERSION}).`,
      ),
    );
  }
  const assessmentId =
    qr.identifier?.system === urls.assessmentId ? qr.identifier.value : undefined;
  if (assessmentId === undefined) {
    issues.push(
      issue(
        [...qrPath, 'identifier'],
        'required',
        'Identifiant de l’évaluation manquant.',
        'The assessment identifier is missing.',
      ),
    );
  }
  if (qr.authored === undefined) {
    issues.push(
      issue(
        [...qrPath, 'authored'],
        'required',
        'Date de la réponse manquante.',
        'The authored date is missing.',
      ),
    );
  }

  // The embedded record (only present when sharing was consented and the exporter asked for it).
  let draft: Json = emptyRecord();
  const extIndex = (qr.extension ?? []).findIndex((x) => x.url === urls.recordExtension);
  const ext = qr.extension?.[extIndex];
  if (ext) {
    const extPath: IssuePath = [...qrPath, 'extension', extIndex, 'valueString'];
    let raw: unknown;
    try {
      raw = JSON.parse(ext.valueString ?? '');
    } catch {
      return {
        ok: false,
        issues: [
          issue(
            extPath,
            'invalid_json',
            'Le dossier intégré n’est pas du JSON valide.',
            'The embedded record is not valid JSON.',
          ),
        ],
      };
    }
    const embedded = parseAssessment(
      raw,
      options.vocabularies ? { vocabularies: options.vocabularies } : {},
    );
    if (!embedded.ok) {
      return {
        ok: false,
        issues: embedded.issues.map((i) =>
          issue([...extPath, ...i.path], i.code, i.message.fr, i.message.en),
        ),
      };
    }
    if (embedded.value.id !== assessmentId) {
      issues.push(
        issue(
          extPath,
          'record_mismatch',
          'Le dossier intégré ne correspond pas à l’identifiant de la réponse.',
          'The embedded record does not match the response identifier.',
        ),
      );
    }
    draft = JSON.parse(JSON.stringify(embedded.value)) as Json;
  } else {
    draft.createdAt = qr.authored;
  }
  clearAnswers(draft);
  draft.id = assessmentId;
  draft.updatedAt = qr.authored;

  // The tenant.
  const subjectRef = qr.subject?.reference;
  const patientIndex = entries.findIndex(
    (e) => e.fullUrl !== undefined && e.fullUrl === subjectRef,
  );
  const patient = entries[patientIndex]?.resource;
  const registry = draft.registry as Json[];
  const upsert = (id: string, r: Patient | RelatedPerson, path: IssuePath): Json | undefined => {
    let entry = registry.find((e) => e.id === id);
    if (entry && entry.kind !== 'person') {
      issues.push(
        issue(
          path,
          'kind_mismatch',
          `« ${id} » n’est pas une personne.`,
          `"${id}" is not a person.`,
        ),
      );
      return undefined;
    }
    if (!entry) {
      entry = { id, kind: 'person' };
      registry.push(entry);
    }
    applyDemographics(entry, r);
    return entry;
  };
  if (patient?.resourceType !== 'Patient') {
    issues.push(
      issue(
        [...qrPath, 'subject'],
        'dangling_reference',
        'Le locataire (Patient) est introuvable dans le Bundle.',
        'The tenant (Patient) is not in the Bundle.',
      ),
    );
  } else {
    const id = registryId(patient, urls);
    if (id === undefined) {
      issues.push(
        issue(
          ['entry', patientIndex, 'resource', 'identifier'],
          'required',
          'Identifiant du locataire manquant.',
          'The tenant identifier is missing.',
        ),
      );
    } else {
      (draft.tenant as Json).personId = id;
      upsert(id, patient, ['entry', patientIndex, 'resource']);
    }
  }

  // Network members.
  entries.forEach((e, i) => {
    if (e.resource?.resourceType !== 'RelatedPerson') return;
    const rp = e.resource;
    const path: IssuePath = ['entry', i, 'resource'];
    if (rp.patient.reference !== subjectRef) {
      issues.push(
        issue(
          [...path, 'patient'],
          'wrong_patient',
          'Cette personne est liée à un autre patient.',
          'This person is related to another patient.',
        ),
      );
      return;
    }
    const id = registryId(rp, urls);
    if (id === undefined) {
      issues.push(
        issue(
          [...path, 'identifier'],
          'required',
          'Identifiant de la personne manquant.',
          'The person identifier is missing.',
        ),
      );
      return;
    }
    const entry = upsert(id, rp, path);
    if (!entry) return;
    const type = relationTypeOf(rp, urls);
    const contact = { ...((entry.contact ?? {}) as Json) };
    if (type !== undefined) contact.relationType = type;
    else delete contact.relationType;
    if (Object.keys(contact).length > 0) entry.contact = contact;
    else delete entry.contact;
  });

  const reader = new ItemReader(draft, urls);
  reader.readItems(qr.item ?? [], [...qrPath, 'item']);
  issues.push(...reader.issues);
  if (issues.length > 0) return { ok: false, issues };

  const result = parseAssessment(
    draft,
    options.vocabularies ? { vocabularies: options.vocabularies } : {},
  );
  if (result.ok) return { ok: true, value: result.value };
  // Point each issue at the answer it came from when there is one.
  return {
    ok: false,
    issues: result.issues.map((i) => {
      const origin = reader.origins.get(JSON.stringify(i.path));
      return origin ? issue(origin, i.code, i.message.fr, i.message.en) : i;
    }),
  };
}

/** The registry entries of a record that a FHIR Bundle carries as RelatedPerson (living persons other than the tenant). */
export function fhirNetworkMembers(a: Assessment): Person[] {
  return a.registry.filter(
    (e: RegistryEntry): e is Person =>
      e.kind === 'person' && e.id !== a.tenant.personId && e.deceased !== true,
  );
}
