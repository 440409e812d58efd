/** Fired when the selection changes; `ids` are person, system or tie ids, empty when cleared. */
export class ToileSelectEvent extends Event {
  /** The event name, `toile-select`. */
  static readonly eventName = 'toile-select';
  /** The selected ids, in selection order; empty when the selection is cleared. */
  readonly ids: readonly string[];

  constructor(ids: readonly string[]) {
    super(ToileSelectEvent.eventName, { bubbles: true, composed: true });
    this.ids = Object.freeze([...ids]);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-select': ToileSelectEvent;
  }
  interface HTMLElementEventMap {
    'toile-select': ToileSelectEvent;
  }
}
