import type { Assessment } from '@toile/core';
import type { InterviewStep } from './interview-steps.js';

/**
 * Fired by <toile-interview> when the worker moves to another step or opens an interview, so a host
 * can keep both in its URL (e.g. `#entrevue/<id>/<step>`) and pass them back as `assessment-id`
 * and `step` when the page is reopened.
 */
export class ToileStepEvent extends Event {
  /** The event name, `toile-step`. */
  static readonly eventName = 'toile-step';
  /** The step now shown. */
  readonly step: InterviewStep;
  /** The open interview's id; undefined on the start screen. */
  readonly assessmentId: string | undefined;

  constructor(step: InterviewStep, assessmentId: string | undefined) {
    super(ToileStepEvent.eventName, { bubbles: true, composed: true });
    this.step = step;
    this.assessmentId = assessmentId;
  }
}

/** Fired by <toile-interview> after each successful autosave, with the store's copy of the record. */
export class ToileSavedEvent extends Event {
  /** The event name, `toile-saved`. */
  static readonly eventName = 'toile-saved';
  /** The record as stored (its `revision` is the stored one). */
  readonly assessment: Assessment;

  constructor(assessment: Assessment) {
    super(ToileSavedEvent.eventName, { bubbles: true, composed: true });
    this.assessment = assessment;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-step': ToileStepEvent;
    'toile-saved': ToileSavedEvent;
  }
  interface HTMLElementEventMap {
    'toile-step': ToileStepEvent;
    'toile-saved': ToileSavedEvent;
  }
}
