/**
 * Asks the host to highlight people, systems or ties elsewhere (e.g. the risk element pointing at
 * the ties behind a score); `ids` is empty to clear the highlight.
 */
export class ToileHighlightEvent extends Event {
  /** The event name, `toile-highlight`. */
  static readonly eventName = 'toile-highlight';
  /** The ids to highlight; empty to clear. */
  readonly ids: readonly string[];

  constructor(ids: readonly string[]) {
    super(ToileHighlightEvent.eventName, { bubbles: true, composed: true });
    this.ids = Object.freeze([...ids]);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'toile-highlight': ToileHighlightEvent;
  }
  interface HTMLElementEventMap {
    'toile-highlight': ToileHighlightEvent;
  }
}
