import type { ReactiveController } from 'lit';
import {
  parseAssessment,
  type Assessment,
  type Label,
  type ValidationIssue,
  type Vocabularies,
} from '@toile/core';
import type { ToileElement } from '../base/toile-element.js';
import { ToileChangeEvent, type ToileChange } from '../events/toile-change.js';
import { ToileErrorEvent } from '../events/toile-error.js';
import { resolveLang, translate } from '../i18n/translate.js';
import { Announcer } from './announcer.js';

/** Options of `AssessmentController`. */
export interface AssessmentControllerOptions {
  /** The vocabularies records are checked against; core's defaults when absent or returning undefined. */
  readonly vocabularies?: () => Vocabularies | undefined;
  /** The clock for `updatedAt`; `new Date().toISOString()` by default. */
  readonly now?: () => string;
  /** The live region used for announcements; a new `Announcer` on the host by default. */
  readonly announcer?: Announcer;
}

/** Options of one `commit`. */
export interface CommitOptions {
  /**
   * The caller vouches that `next` is valid: it came from a valid `value` through an edit that is
   * proven (by tests) to keep records valid, with no free user input that could break a schema
   * limit. Skips `parseAssessment` (a few ms on a large record). False by default.
   */
  readonly trusted?: boolean;
}

interface HistoryEntry {
  readonly record: Assessment;
  readonly change: ToileChange;
}

/** How many edits `undo` can go back. */
export const HISTORY_LIMIT = 100;

/**
 * The element/host contract for every map element (see docs/element-contract.md).
 *
 * The host element forwards its `assessment` property here (`set`), renders `value` (or the error
 * state from `issues`), and turns each user edit into exactly one `commit`, which validates it,
 * stamps `updatedAt`, records undo history, and fires one `toile-change`. Pointer drags keep a
 * transient preview state in the element while the pointer moves and call `commit` once, on
 * pointerup (a cancelled drag commits nothing).
 *
 * History rule: setting back the record this controller last emitted (the same object, or the
 * same `id` and `revision`) keeps undo/redo; any other record resets it.
 */
export class AssessmentController implements ReactiveController {
  /** The live region announcing edits, undo and redo. */
  readonly announcer: Announcer;

  readonly #host: ToileElement;
  readonly #vocabularies: () => Vocabularies | undefined;
  readonly #now: () => string;
  #value: Assessment | undefined;
  #issues: readonly ValidationIssue[] | undefined;
  #lastEmitted: Assessment | undefined;
  #undo: HistoryEntry[] = [];
  #redo: HistoryEntry[] = [];
  // An error found while the host was detached waits for it to connect (nobody would hear it).
  #pendingError: ToileErrorEvent | undefined;

  constructor(host: ToileElement, options: AssessmentControllerOptions = {}) {
    this.#host = host;
    this.#vocabularies = options.vocabularies ?? (() => undefined);
    this.#now = options.now ?? (() => new Date().toISOString());
    this.announcer = options.announcer ?? new Announcer(host);
    host.addController(this);
  }

  /** The current valid record; undefined when empty or invalid. */
  get value(): Assessment | undefined {
    return this.#value;
  }

  /** Every issue of the last invalid input; undefined when the input was valid or empty. */
  get issues(): readonly ValidationIssue[] | undefined {
    return this.#issues;
  }

  /** Whether `undo` has an edit to revert. */
  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  /** Whether `redo` has an undone edit to reapply. */
  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /**
   * Takes a new input from the host's `assessment` property. Valid: becomes `value`. Invalid:
   * `value` is cleared, `issues` set and a `toile-error` (source `assessment`) dispatched. `null`
   * or `undefined`: the empty state. Never throws.
   */
  set(input: unknown): void {
    if (input === this.#value && input !== undefined) return;
    if (input === undefined || input === null) {
      this.#value = undefined;
      this.#issues = undefined;
      this.#resetHistory();
      this.#host.requestUpdate();
      return;
    }
    const result = this.#parse(input);
    if (!result.ok) {
      this.#value = undefined;
      this.#issues = result.issues;
      this.#resetHistory();
      this.#host.requestUpdate();
      this.#dispatchError(new ToileErrorEvent(result.issues, 'assessment'));
      return;
    }
    const last = this.#lastEmitted;
    const keep =
      last !== undefined &&
      (input === last || (result.value.id === last.id && result.value.revision === last.revision));
    if (!keep) this.#resetHistory();
    this.#value = result.value;
    this.#issues = undefined;
    this.#host.requestUpdate();
  }

  /**
   * Applies one edit. `next` is validated first; an invalid edit is refused (`toile-error`, the
   * old value stays, returns false). Otherwise `updatedAt` is stamped (`revision` is kept: only
   * the store increments it), the previous record goes on the undo stack, redo is cleared, one
   * `toile-change` is dispatched and `change.label` is announced. Returns true. With
   * `{ trusted: true }` the validation is skipped (see `CommitOptions`).
   */
  commit(next: Assessment, change: ToileChange, options: CommitOptions = {}): boolean {
    const result = options.trusted ? ({ ok: true, value: next } as const) : this.#parse(next);
    if (!result.ok) {
      this.#dispatchError(new ToileErrorEvent(result.issues, 'assessment'));
      return false;
    }
    if (this.#value) this.#push(this.#undo, { record: this.#value, change });
    this.#redo = [];
    this.#apply({ ...result.value, updatedAt: this.#now() }, change, change.label);
    return true;
  }

  /** Reverts the last edit, fires `toile-change` (kind `undo`) and announces « Annulé : … ». */
  undo(): boolean {
    const entry = this.#undo.pop();
    if (!entry || !this.#value) return false;
    this.#push(this.#redo, { record: this.#value, change: entry.change });
    this.#apply(
      { ...entry.record, updatedAt: this.#now() },
      { kind: 'undo', label: this.#prefixed('common.undone', entry.change.label) },
    );
    return true;
  }

  /** Reapplies the last undone edit, fires `toile-change` (kind `redo`) and announces « Rétabli : … ». */
  redo(): boolean {
    const entry = this.#redo.pop();
    if (!entry || !this.#value) return false;
    this.#push(this.#undo, { record: this.#value, change: entry.change });
    this.#apply(
      { ...entry.record, updatedAt: this.#now() },
      { kind: 'redo', label: this.#prefixed('common.redone', entry.change.label) },
    );
    return true;
  }

  hostConnected(): void {
    const pending = this.#pendingError;
    this.#pendingError = undefined;
    if (pending) this.#host.dispatchEvent(pending);
  }

  #parse(input: unknown): ReturnType<typeof parseAssessment> {
    const vocabularies = this.#vocabularies();
    return parseAssessment(input, vocabularies ? { vocabularies } : {});
  }

  #apply(record: Assessment, change: ToileChange, announced: Label = change.label): void {
    this.#value = record;
    this.#issues = undefined;
    this.#lastEmitted = record;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new ToileChangeEvent(record, change));
    const lang = this.#host.isConnected ? resolveLang(this.#host) : 'fr';
    void this.announcer.announce(announced[lang]);
  }

  #prefixed(key: 'common.undone' | 'common.redone', label: Label): Label {
    return {
      fr: translate('fr', key, { label: label.fr }),
      en: translate('en', key, { label: label.en }),
    };
  }

  #push(stack: HistoryEntry[], entry: HistoryEntry): void {
    stack.push(entry);
    if (stack.length > HISTORY_LIMIT) stack.shift();
  }

  #resetHistory(): void {
    this.#undo = [];
    this.#redo = [];
    this.#lastEmitted = undefined;
  }

  #dispatchError(event: ToileErrorEvent): void {
    if (this.#host.isConnected) this.#host.dispatchEvent(event);
    else this.#pendingError = event;
  }
}
