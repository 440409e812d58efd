import type { Assessment } from '../schemas/assessment.js';
import { CONSENT_SECTIONS } from '../schemas/consent.js';
import { fhirText, type AnswerSystem, type ToileUrls } from './codes.js';
import type { QuestionnaireResponseAnswer, QuestionnaireResponseItem } from './types.js';

/** How one answer is written in FHIR. */
export type AnswerKind =
  | 'boolean'
  | 'integer'
  | 'date'
  | 'string'
  | 'strings'
  | { readonly coding: AnswerSystem }
  | { readonly codings: AnswerSystem };

/** One question of the Toile Questionnaire: its linkId, where the answer lives in the record, and its type. */
export interface ItemSpec {
  readonly linkId: string;
  readonly path: readonly (string | number)[];
  readonly kind: AnswerKind;
}

/** One node of the Questionnaire in document order: a group, or a question. */
export type QuestionnaireNode =
  { readonly group: string; readonly path?: readonly string[] } | { readonly item: ItemSpec };

const q = (
  linkId: string,
  kind: AnswerKind,
  path?: readonly (string | number)[],
): QuestionnaireNode => ({
  item: { linkId, kind, path: path ?? linkId.split('.') },
});

function instrument(
  name: 'lsns6' | 'ucla3' | 'djg6',
  count: number,
  kind: AnswerKind,
): QuestionnaireNode[] {
  const base = `instruments.${name}`;
  return [
    // The group is present whenever the instrument was administered, even with no answer.
    { group: base, path: ['instruments', name] },
    q(`${base}.date`, 'date'),
    q(`${base}.administeredBy`, 'string'),
    ...Array.from({ length: count }, (_, i) =>
      q(`${base}.item${String(i + 1)}`, kind, ['instruments', name, 'answers', i]),
    ),
  ];
}

/**
 * The Toile Questionnaire `entrevue-accueil` version 2, in document order. Groups and linkIds
 * follow the record's field paths (`context.feelsAlone` answers `context.feelsAlone`); an item
 * under `context.recentLoss.` hangs under the answer of `context.recentLoss` (FHIR nests
 * follow-up questions under an answer).
 */
export const QUESTIONNAIRE_NODES: readonly QuestionnaireNode[] = [
  q('interviewDate', 'date'),
  { group: 'tenant' },
  q('tenant.tenure', { coding: 'toile-tenure' }),
  q('tenant.livesAlone', 'boolean'),
  q('tenant.languages', 'strings'),
  q('tenant.interpreterNeeded', 'boolean'),
  q('tenant.formOfAddress', { coding: 'toile-form-of-address' }),
  q('tenant.arrivedInRegionYear', 'integer'),
  q('tenant.tenancyStartYear', 'integer'),
  { group: 'tenant.identity' },
  q('tenant.identity.indigenous', { coding: 'toile-indigenous' }),
  q('tenant.identity.culturalCommunity', 'string'),
  q('tenant.identity.disability', 'string'),
  q('tenant.identity.immigrant', 'boolean'),
  q('tenant.identity.arrivedInCanadaYear', 'integer'),
  { group: 'context' },
  q('context.feelsAlone', { coding: 'toile-frequency' }),
  q('context.asksForHelp', { coding: 'toile-frequency' }),
  q('context.lossOfAutonomy', 'boolean'),
  q('context.mentalHealthConcern', 'boolean'),
  q('context.digitalLiteracy', 'integer'),
  q('context.notFromRegion', 'boolean'),
  q('context.recentLoss', 'boolean'),
  q('context.recentLoss.year', 'integer'),
  q('context.recentLoss.description', 'string'),
  q('context.engagedOverloaded', 'boolean'),
  q('context.shameUsingServices', 'boolean'),
  q('context.fearOfRejection', 'boolean'),
  q('context.foodInsecurity', { coding: 'toile-frequency' }),
  { group: 'preferences' },
  q('preferences.needSocialisation', 'integer'),
  q('preferences.needPrivateSpace', 'integer'),
  q('preferences.supportPreference', { coding: 'toile-support-preference' }),
  q('preferences.interests', 'strings'),
  q('preferences.contactModes', { codings: 'toile-contact-mode' }),
  q('preferences.wantsCommitteeInvolvement', 'integer'),
  q('selfManagement', 'integer'),
  { group: 'instruments' },
  ...instrument('lsns6', 6, 'integer'),
  ...instrument('ucla3', 3, 'integer'),
  ...instrument('djg6', 6, { coding: 'toile-djg6-answer' }),
  { group: 'consent' },
  ...CONSENT_SECTIONS.flatMap((s): QuestionnaireNode[] => [
    { group: `consent.${s}`, path: ['consent', s] },
    q(`consent.${s}.granted`, 'boolean'),
    q(`consent.${s}.date`, 'date'),
    q(`consent.${s}.recordedBy`, 'string'),
    q(`consent.${s}.notes`, 'string'),
  ]),
];

/** The linkId of `context.recentLoss`, whose answer holds the year and description items. */
export const RECENT_LOSS = 'context.recentLoss';

/** Every question by linkId. */
export const ITEM_SPECS: ReadonlyMap<string, ItemSpec> = new Map(
  QUESTIONNAIRE_NODES.flatMap((n) => ('item' in n ? [[n.item.linkId, n.item] as const] : [])),
);
/** Every group by linkId, with the record path whose presence makes the group appear. */
export const GROUPS: ReadonlyMap<string, readonly string[] | undefined> = new Map(
  QUESTIONNAIRE_NODES.flatMap((n) => ('group' in n ? [[n.group, n.path] as const] : [])),
);

/** The parent of a linkId: the group or question it hangs under, or undefined at the top. */
export function parentOf(linkId: string): string | undefined {
  const cut = linkId.lastIndexOf('.');
  if (cut < 0) return undefined;
  const parent = linkId.slice(0, cut);
  return GROUPS.has(parent) || parent === RECENT_LOSS ? parent : parentOf(parent);
}

function read(record: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = record;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function encode(value: unknown, kind: AnswerKind, urls: ToileUrls): QuestionnaireResponseAnswer[] {
  // FHIR strings cannot be empty, so an empty text is not exported (it reads back as absent).
  const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  if (kind === 'boolean') return typeof value === 'boolean' ? [{ valueBoolean: value }] : [];
  if (kind === 'integer') return typeof value === 'number' ? [{ valueInteger: value }] : [];
  if (kind === 'date') return text(value) ? [{ valueDate: value }] : [];
  if (kind === 'string') return text(value) ? [{ valueString: fhirText(value) }] : [];
  if (kind === 'strings')
    return Array.isArray(value)
      ? value.filter(text).map((v) => ({ valueString: fhirText(v) }))
      : [];
  if ('coding' in kind) {
    return text(value)
      ? [{ valueCoding: { system: urls.codeSystem(kind.coding), code: value } }]
      : [];
  }
  const system = urls.codeSystem(kind.codings);
  return Array.isArray(value)
    ? value.filter(text).map((v) => ({ valueCoding: { system, code: v } }))
    : [];
}

/**
 * The QuestionnaireResponse items of a record, groups created only when they hold an answer
 * (or, for an administered instrument or a consent record, when it exists).
 */
export function recordToItems(a: Assessment, urls: ToileUrls): QuestionnaireResponseItem[] {
  const top: QuestionnaireResponseItem[] = [];
  const made = new Map<string, QuestionnaireResponseItem>();
  let recentLossAnswer: QuestionnaireResponseAnswer | undefined;

  const container = (linkId: string | undefined): QuestionnaireResponseItem[] => {
    if (linkId === undefined) return top;
    if (linkId === RECENT_LOSS) {
      if (!recentLossAnswer) throw new Error('recentLoss follow-up before its question');
      return (recentLossAnswer.item ??= []);
    }
    return (ensureGroup(linkId).item ??= []);
  };
  const ensureGroup = (linkId: string): QuestionnaireResponseItem => {
    const existing = made.get(linkId);
    if (existing) return existing;
    const group: QuestionnaireResponseItem = { linkId };
    made.set(linkId, group);
    container(parentOf(linkId)).push(group);
    return group;
  };

  for (const node of QUESTIONNAIRE_NODES) {
    if ('group' in node) {
      if (node.path && read(a, node.path) !== undefined) ensureGroup(node.group);
      continue;
    }
    const spec = node.item;
    if (spec.linkId === RECENT_LOSS) {
      if (a.context.recentLoss) {
        recentLossAnswer = { valueBoolean: true };
        container(parentOf(spec.linkId)).push({ linkId: spec.linkId, answer: [recentLossAnswer] });
      }
      continue;
    }
    const answer = encode(read(a, spec.path), spec.kind, urls);
    if (answer.length > 0) container(parentOf(spec.linkId)).push({ linkId: spec.linkId, answer });
  }
  return top;
}
