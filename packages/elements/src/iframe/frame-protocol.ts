import type { Assessment, ValidationIssue } from '@toile/core';
import type { ToileChange } from '../events/toile-change.js';
import type { ToileErrorSource } from '../events/toile-error.js';

/** The elements a frame can host: those that take an `assessment` property. */
export const FRAME_ELEMENTS = [
  'ecomap',
  'genogram',
  'isolation-risk',
  'profile',
  'summary',
] as const;
/** One element a frame can host (`toile-<name>`). */
export type FrameElement = (typeof FRAME_ELEMENTS)[number];

/**
 * Parent → frame: show `assessment` in `element` (default `ecomap`), in `lang` (default: the
 * frame's `<html lang>`), read-only when `readonly` is true (default false).
 */
export interface SetAssessmentMessage {
  readonly type: 'toile:set-assessment';
  readonly assessment: unknown;
  readonly element: FrameElement;
  readonly lang?: string;
  readonly readonly?: boolean;
}

/** Frame → parent: the messages the frame posts, always to the allow-listed parent origin only. */
export type FrameOutMessage =
  | { readonly type: 'toile:ready'; readonly elements: readonly FrameElement[] }
  | { readonly type: 'toile:change'; readonly assessment: Assessment; readonly change: ToileChange }
  | { readonly type: 'toile:select'; readonly ids: readonly string[] }
  | {
      readonly type: 'toile:error';
      readonly source: ToileErrorSource;
      readonly issues: readonly ValidationIssue[];
    };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// BCP 47 shape only (letters, digits, dashes; at most 35 characters, RFC 5646's practical limit).
const LANG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/;
const KEYS = new Set(['type', 'assessment', 'element', 'lang', 'readonly']);

/**
 * Validates one incoming message structurally (the frame never trusts its shape): returns the
 * message, or `undefined` for anything malformed (unknown type or key, unknown element, bad
 * `lang`, missing `assessment`). The assessment itself is validated by the element, which replies
 * with `toile:error` when it is refused.
 */
export function parseFrameMessage(data: unknown): SetAssessmentMessage | undefined {
  if (!isRecord(data) || data.type !== 'toile:set-assessment') return undefined;
  if (Object.keys(data).some((k) => !KEYS.has(k))) return undefined;
  if (!('assessment' in data)) return undefined;
  const element = data.element ?? 'ecomap';
  if (typeof element !== 'string' || !(FRAME_ELEMENTS as readonly string[]).includes(element)) {
    return undefined;
  }
  const { lang, readonly } = data;
  if (lang !== undefined && (typeof lang !== 'string' || lang.length > 35 || !LANG.test(lang))) {
    return undefined;
  }
  if (readonly !== undefined && typeof readonly !== 'boolean') return undefined;
  return {
    type: 'toile:set-assessment',
    assessment: data.assessment,
    element: element as FrameElement,
    ...(lang === undefined ? {} : { lang }),
    ...(readonly === undefined ? {} : { readonly }),
  };
}

/**
 * Reads the allow-listed parent origin: the `parentOrigin` query parameter, else
 * `<meta name="toile-parent-origin" content="…">`. Returns `undefined` (the frame then stays
 * silent) unless it is one serialized http(s) origin: never `*`, never `null`, no path.
 */
export function readParentOrigin(search: string, metaContent: string | null): string | undefined {
  const raw = new URLSearchParams(search).get('parentOrigin') ?? metaContent ?? '';
  if (!/^https?:\/\//.test(raw)) return undefined;
  try {
    const url = new URL(raw);
    return url.origin === raw.replace(/\/$/, '') ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
