import type { Assessment, Label } from '@toile/core';

/** What one committed edit did: a machine-readable kind (`tie-add`, `undo`...) and a bilingual label. */
export interface ToileChange {
  /** A stable kind, e.g. `tie-add`, `person-move`, `undo`, `redo`. */
  readonly kind: string;
  /** A short human description, announced to screen readers (e.g. « Lien ajouté : Marie »). */
  readonly label: Label;
}

/**
 * Fired once per committed edit (never during a drag, never on first render) with the whole new
 * record. The host decides whether to store it; elements never write to storage themselves.
 */
export class ToileChangeEvent extends Event {
  /** The event name, `toile-change`. */
  static readonly eventName = 'toile-change';
  /** The new record, valid and with `updatedAt` set; `revision` is unchanged (the store increments it). */
  readonly assessment: Assessment;
  /** The edit that produced it. */
  readonly change: ToileChange;

  constructor(assessment: Assessment, change: ToileChange) {
    super(ToileChangeEvent.eventName, { bubbles: true, composed: true });
    this.assessment = assessment;
    this.change = change;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-change': ToileChangeEvent;
  }
  interface HTMLElementEventMap {
    'toile-change': ToileChangeEvent;
  }
}
