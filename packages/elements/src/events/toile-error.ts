import type { ValidationIssue } from '@toile/core';

/** Where a `toile-error` comes from. */
export type ToileErrorSource = 'assessment' | 'import' | 'export' | 'config';

/**
 * Fired when input is refused: an invalid `assessment` property, a refused edit, a bad import file
 * or configuration. Carries every issue (bilingual messages, JSON paths); nothing is thrown.
 */
export class ToileErrorEvent extends Event {
  /** The event name, `toile-error`. */
  static readonly eventName = 'toile-error';
  /** Every issue found (at least one). */
  readonly issues: readonly ValidationIssue[];
  /** What was refused. */
  readonly source: ToileErrorSource;

  constructor(issues: readonly ValidationIssue[], source: ToileErrorSource) {
    super(ToileErrorEvent.eventName, { bubbles: true, composed: true });
    this.issues = Object.freeze([...issues]);
    this.source = source;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-error': ToileErrorEvent;
  }
  interface HTMLElementEventMap {
    'toile-error': ToileErrorEvent;
  }
}
