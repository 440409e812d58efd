import type { Assessment, Label } from '@toile/core';
import type { MessageKey } from '../../i18n/fr.js';
import type { Lang, MessageParams } from '../../i18n/types.js';
import type { InterviewStep } from './interview-steps.js';

/** What a step's render function gets from the element. */
export interface StepContext {
  /** The record being edited (valid). */
  readonly record: Assessment;
  readonly lang: Lang;
  /** The worker recorded with consents (the `worker` attribute, or what was typed). */
  readonly worker: string;
  /** Today's local date, `YYYY-MM-DD`. */
  readonly today: string;
  /** Ids the risk element asked to highlight on the maps. */
  readonly highlight: readonly string[];
  t(key: MessageKey, params?: MessageParams): string;
  label(l: Label): string;
  formatDate(isoDate: string): string;
  /** Commits one edit (validated; one undo step; autosaved). `what` names it for screen readers. */
  edit(next: Assessment, what: MessageKey): void;
  /**
   * Keeps a keystroke-level edit of one text field as a draft (applied to the record at the next
   * autosave or commit). `apply` returns undefined when the text is not valid yet.
   */
  draft(field: string, apply: (a: Assessment) => Assessment | undefined, what: MessageKey): void;
  /** Commits the pending draft now (on `change`). */
  commitDraft(): void;
  goTo(step: InterviewStep): void;
  setWorker(name: string): void;
}

/** A copy of `obj` with `key` set to `value`, or removed when `value` is undefined (absent = not asked). */
export function withField<T extends object, K extends keyof T>(
  obj: T,
  key: K,
  value: T[K] | undefined,
): T {
  const copy = { ...obj };
  if (value === undefined) Reflect.deleteProperty(copy, key);
  else copy[key] = value;
  return copy;
}
