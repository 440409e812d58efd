/**
 * Asks the host to open an assessment (the host navigates; the caseload never does). Fired by
 * « Ouvrir » and after a reassessment is started (with the new record's id).
 */
export class ToileOpenEvent extends Event {
  /** The event name, `toile-open`. */
  static readonly eventName = 'toile-open';
  /** The assessment to open. */
  readonly id: string;

  constructor(id: string) {
    super(ToileOpenEvent.eventName, { bubbles: true, composed: true });
    this.id = id;
  }
}

/**
 * Fired when the worker asks to compare an assessment with the previous one. Cancelable: its default
 * action shows <toile-compare> under the table; a host that shows the comparison itself calls
 * `preventDefault()`.
 */
export class ToileCompareEvent extends Event {
  /** The event name, `toile-compare`. */
  static readonly eventName = 'toile-compare';
  /** The earlier assessment's id. */
  readonly beforeId: string;
  /** The later assessment's id. */
  readonly afterId: string;

  constructor(beforeId: string, afterId: string) {
    super(ToileCompareEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.beforeId = beforeId;
    this.afterId = afterId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-open': ToileOpenEvent;
    'toile-compare': ToileCompareEvent;
  }
  interface HTMLElementEventMap {
    'toile-open': ToileOpenEvent;
    'toile-compare': ToileCompareEvent;
  }
}
